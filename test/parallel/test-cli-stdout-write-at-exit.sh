#!/bin/bash
# What is written to stdout and stderr just before the process ends — in an 'exit' listener,
# right before process.exit(), or before an uncaught error — is not lost.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

out=$("$LODE" -e '
process.on("exit", () => { process.stdout.write("in exit\n"); console.log("log in exit"); });
for (let i = 0; i < 1000; i++) process.stdout.write(`line ${i}\n`);
process.exit(3);' | tail -n 3)
expected='line 999
in exit
log in exit'
[ "$out" = "$expected" ] || fail "got: $out"

out=$("$LODE" -e 'console.log("before throw"); throw new Error("x")' 2>/dev/null)
[ "$out" = "before throw" ] || fail "before an uncaught error: $out"

err=$("$LODE" -e 'process.on("exit", () => console.error("stderr in exit")); process.exitCode = 2' 2>&1 >/dev/null)
[ "$err" = "stderr in exit" ] || fail "stderr in exit: $err"
exit 0
