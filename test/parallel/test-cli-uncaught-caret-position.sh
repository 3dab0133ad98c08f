#!/bin/bash
# The caret under an uncaught error's source line sits where Node puts it: on `throw` for
# `throw new X(...)`, and on the method name for a call of something that is not a function.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
dir=$(cd ../fixtures/core && pwd)

err=$("$LODE" "$dir/throw-in-function.js" 2>&1 >/dev/null)
mapfile -t lines <<<"$err"
[ "${lines[0]}" = "$dir/throw-in-function.js:3" ] || fail "header: ${lines[0]}"
[ "${lines[1]}" = "  throw new TypeError('bad');" ] || fail "source: ${lines[1]}"
[ "${lines[2]}" = "  ^" ] || fail "caret: '${lines[2]}'"

err=$("$LODE" "$dir/call-missing-method.js" 2>&1 >/dev/null)
mapfile -t lines <<<"$err"
[ "${lines[0]}" = "$dir/call-missing-method.js:3" ] || fail "header: ${lines[0]}"
[ "${lines[1]}" = "const x = 1; o.missing(x);" ] || fail "source: ${lines[1]}"
[ "${lines[2]}" = "               ^" ] || fail "caret: '${lines[2]}'"
exit 0
