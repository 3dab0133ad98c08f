#!/bin/bash
# A top-level await that never settles: exit code 13 and Node's warning naming the await.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
fixtures=$(cd ../fixtures/esm/tla && pwd)

err=$("$LODE" ../fixtures/esm/tla/never.mjs 2>&1 >/dev/null)
code=$?
[ $code -eq 13 ] || fail "exit code $code, expected 13"
expected="Warning: Detected unsettled top-level await at file://$fixtures/never.mjs:3
  await new Promise(() => {});
  ^"
[ "$err" = "$expected" ] || fail "warning: $err"

"$LODE" ../fixtures/esm/tla/imports-never.mjs 2>/dev/null
[ $? -eq 13 ] || fail "imports-never: exit code $?"

# process.exitCode set by the program wins.
"$LODE" --input-type=module -e 'process.exitCode = 3; await new Promise(() => {});' 2>/dev/null
code=$?
[ $code -eq 3 ] || fail "exitCode 3 expected, got $code"

# A rejection of the entry point's evaluation is an uncaught error: exit 1.
"$LODE" ../fixtures/esm/tla/rejects.mjs 2>/dev/null
code=$?
[ $code -eq 1 ] || fail "rejects.mjs: exit code $code"
exit 0
