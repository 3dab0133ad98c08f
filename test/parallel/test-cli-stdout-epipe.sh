#!/bin/bash
# Writing to stdout after the reader has gone fails with EPIPE, as in Node: an 'error' on
# process.stdout ("Error: write EPIPE", code EPIPE), uncaught here, so exit code 1 — never
# death by SIGPIPE (status 141).
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$LODE" -e '
let i = 0;
function more() {
  for (let k = 0; k < 1000; k++) console.log("line", i++);
  setImmediate(more);
}
more();' 2>"$tmp/err" | head -1 >/dev/null
code=${PIPESTATUS[0]}
[ "$code" -eq 1 ] || fail "exit status $code (141 would mean killed by SIGPIPE)"
grep -q "Error: write EPIPE" "$tmp/err" || fail "stderr: $(cat "$tmp/err")"
grep -q "code: 'EPIPE'" "$tmp/err" || fail "no EPIPE code: $(cat "$tmp/err")"
exit 0
