#!/bin/bash
# An unknown option is refused with "bad option: ..." on stderr and exit code 9, before any
# code runs.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

out=$("$LODE" --nope -e 'console.log("ran")' 2>"$tmp/err")
code=$?
err=$(cat "$tmp/err")
[ $code -eq 9 ] || fail "exit code $code"
[ -z "$out" ] || fail "code ran: $out"
[[ $err == *"bad option: --nope"* ]] || fail "stderr: $err"

"$LODE" --nope=1 -e 0 2>/dev/null
[ $? -eq 9 ] || fail "--nope=1 accepted"
exit 0
