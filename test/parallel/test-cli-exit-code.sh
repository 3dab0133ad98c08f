#!/bin/bash
# The process exit status: process.exitCode, process.exit(code), the code passed to 'exit'
# listeners, process.exit() inside an 'exit' listener, and exitCode set in 'exit'.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$LODE" -e 'process.exitCode = 3'
[ $? -eq 3 ] || fail "exitCode = 3"

"$LODE" -e 'process.exit(5); console.log("not reached")' >"$tmp/out" 2>&1
code=$?
out=$(cat "$tmp/out")
[ $code -eq 5 ] || fail "process.exit(5) gave $code"
[ -z "$out" ] || fail "code after process.exit(5) ran: $out"

"$LODE" -e 'process.exitCode = 9; process.exit()'
[ $? -eq 9 ] || fail "process.exit() with exitCode 9"

"$LODE" -e 'process.exitCode = 9; process.exit(0)'
[ $? -eq 0 ] || fail "process.exit(0) overrides exitCode"

"$LODE" -e 'process.exit("6")'
[ $? -eq 6 ] || fail "process.exit('6')"

# The 'exit' listener receives the code.
out=$("$LODE" -e 'process.on("exit", (code) => console.log("exit", code)); process.exitCode = 4')
code=$?
[ $code -eq 4 ] || fail "exit status $code, expected 4"
[ "$out" = "exit 4" ] || fail "'exit' listener printed: $out"

out=$("$LODE" -e 'process.on("exit", (code) => console.log("exit", code)); process.exit(2)')
[ "$out" = "exit 2" ] || fail "'exit' listener after process.exit(2) printed: $out"

# process.exit() inside an 'exit' listener ends the process at once with that code.
out=$("$LODE" -e '
process.on("exit", () => { console.log("first"); process.exit(4); });
process.on("exit", () => console.log("second"));')
code=$?
[ $code -eq 4 ] || fail "process.exit(4) in 'exit' gave $code"
[ "$out" = "first" ] || fail "output of exit in 'exit': $out"

# Setting exitCode inside an 'exit' listener changes the final status.
"$LODE" -e 'process.on("exit", () => { process.exitCode = 8; })'
[ $? -eq 8 ] || fail "exitCode set in 'exit'"

# An uncaught error exits with 1 and the 'exit' listeners see 1.
out=$("$LODE" -e 'process.on("exit", (code) => console.log("exit", code)); throw new Error("x")' 2>/dev/null)
code=$?
[ $code -eq 1 ] || fail "uncaught error gave $code"
[ "$out" = "exit 1" ] || fail "'exit' after uncaught error printed: $out"
exit 0
