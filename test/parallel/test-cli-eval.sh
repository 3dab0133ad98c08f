#!/bin/bash
# -e and --eval run code in the global scope with require, module, __filename and
# __dirname; the exit code follows; -e with nothing after it is an error.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

out=$("$LODE" -e 'console.log(1 + 1)') || fail "-e exited with $?"
[ "$out" = 2 ] || fail "-e: $out"
out=$("$LODE" --eval 'console.log("long")') || fail "--eval exited with $?"
[ "$out" = long ] || fail "--eval: $out"
out=$("$LODE" --eval='console.log("equals")') || fail "--eval= exited with $?"
[ "$out" = equals ] || fail "--eval=: $out"

out=$("$LODE" -e 'var g = 5; console.log(globalThis.g, typeof require, typeof module, __filename)')
[ "$out" = '5 function object [eval]' ] || fail "-e scope: $out"
# process._eval is the code given to -e/-p (read-only, enumerable), and absent for a script.
out=$("$LODE" -e 'const d = Object.getOwnPropertyDescriptor(process, "_eval"); console.log(d.value.length, d.writable, d.enumerable)')
[ "$out" = '114 false true' ] || fail "process._eval: $out"
out=$("$LODE" -p 'process._eval') || fail "-p process._eval"
[ "$out" = 'process._eval' ] || fail "-p process._eval: $out"
out=$("$LODE" -e 'console.log(require("path").join("a", "b"))')
[ "$out" = a/b ] || fail "-e require: $out"

"$LODE" -e 'process.exitCode = 4'
[ $? -eq 4 ] || fail "-e exit code"

# Asynchronous work started by -e runs before exit.
out=$("$LODE" -e 'setTimeout(() => console.log("later"), 1); console.log("now")')
[ "$out" = 'now
later' ] || fail "-e async: $out"

"$LODE" -e 2>/dev/null
[ $? -eq 9 ] || fail "-e without code should exit 9"
exit 0
