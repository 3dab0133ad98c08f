#!/bin/bash
# console output before and after process.stdout exists keeps its order, to a pipe and to a
# file (test-cli-stdout-epipe.sh covers a reader that goes away).
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
code='console.log("1"); process.stdout.write("2\n"); console.log("3"); console.error("e");'
out=$("$LODE" -e "$code" 2>/dev/null | cat)
[ "$out" = $'1\n2\n3' ] || fail "pipe: $out"
"$LODE" -e "$code" >"$tmp/f" 2>&1
[ "$(cat "$tmp/f")" = $'1\n2\n3\ne' ] || fail "file: $(cat "$tmp/f")"
exit 0
