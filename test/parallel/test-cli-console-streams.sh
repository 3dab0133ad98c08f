#!/bin/bash
# console.log, info and debug write to stdout; console.error, warn and trace to stderr.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$LODE" -e '
console.log("log");
console.info("info");
console.debug("debug");
console.error("error");
console.warn("warn");
console.trace("trace");
console.dir(1);
console.count();
console.assert(false, "assert");' >"$tmp/out" 2>"$tmp/err"
code=$?
out=$(cat "$tmp/out"); err=$(cat "$tmp/err")
[ $code -eq 0 ] || fail "exit code $code"
expected_out='log
info
debug
1
default: 1'
[ "$out" = "$expected_out" ] || fail "stdout was:
$out"
mapfile -t lines <<<"$err"
[ "${lines[0]}" = error ] || fail "stderr line 1: ${lines[0]}"
[ "${lines[1]}" = warn ] || fail "stderr line 2: ${lines[1]}"
[ "${lines[2]}" = 'Trace: trace' ] || fail "stderr line 3: ${lines[2]}"
[[ ${lines[3]} =~ ^\ \ \ \ at\  ]] || fail "trace has no stack: ${lines[3]}"
[ "${lines[-1]}" = 'Assertion failed: assert' ] || fail "last stderr line: ${lines[-1]}"
exit 0
