#!/bin/bash
# -p and --print evaluate the code and print the result (strings as they are).
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

out=$("$LODE" -p '1 + 2') || fail "-p exited with $?"
[ "$out" = 3 ] || fail "-p 1 + 2: $out"
out=$("$LODE" --print '"text"')
[ "$out" = text ] || fail "--print string: $out"
out=$("$LODE" -p 'undefined')
[ "$out" = undefined ] || fail "-p undefined: $out"
out=$("$LODE" -p 'null')
[ "$out" = null ] || fail "-p null: $out"
out=$("$LODE" -p 'true')
[ "$out" = true ] || fail "-p true: $out"
out=$("$LODE" -p 'process.argv.length' a b)
[ "$out" = 3 ] || fail "-p with arguments: $out"
out=$("$LODE" -pe '6 * 7')
[ "$out" = 42 ] || fail "-pe: $out"
# The result is printed when the process exits, after asynchronous work started by the code.
out=$("$LODE" -p 'setTimeout(() => console.log("timer"), 1), "result"')
[ "$out" = 'timer
result' ] || fail "-p with a timer: $out"
# -p with nothing after it evaluates standard input and prints the result.
out=$(echo '6 * 7' | "$LODE" -p)
[ "$out" = 42 ] || fail "-p reading stdin: $out"
exit 0
