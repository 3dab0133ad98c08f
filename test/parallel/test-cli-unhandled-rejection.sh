#!/bin/bash
# An unhandled rejection ends the process with exit code 1 (--unhandled-rejections=throw is
# the default), before later timers run, printing the reason; a non-Error reason is wrapped
# in an UnhandledPromiseRejection error that names it.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$LODE" ../fixtures/core/unhandled-rejection.js >"$tmp/out" 2>"$tmp/err"
code=$?
out=$(cat "$tmp/out"); err=$(cat "$tmp/err")
[ $code -eq 1 ] || fail "exit code $code"
[ -z "$out" ] || fail "the process went on: $out"
[[ $err == *"Error: rejected from fixture"* ]] || fail "stderr: $err"
[[ $err == *"unhandled-rejection.js:3"* ]] || fail "no location in stderr: $err"

err=$("$LODE" ../fixtures/core/unhandled-rejection-string.js 2>&1 >/dev/null)
code=$?
[ $code -eq 1 ] || fail "non-Error reason: exit code $code"
[[ $err == *"UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"plain reason\"."* ]] ||
  fail "non-Error reason: stderr: $err"

# With an 'unhandledRejection' listener the process goes on and exits 0.
out=$("$LODE" -e 'process.on("unhandledRejection", () => console.log("seen")); Promise.reject(1)')
code=$?
[ $code -eq 0 ] || fail "with a listener: exit code $code"
[ "$out" = seen ] || fail "with a listener: $out"
exit 0
