#!/bin/bash
# process.emitWarning prints "(node:PID) Type: message" on stderr (with [CODE] when there is
# a code), the --trace-warnings hint after the first one only; --no-warnings silences the
# output but not the 'warning' event; --no-deprecation silences DeprecationWarnings only.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$LODE" -e '
console.log(process.pid);
process.emitWarning("first message");
process.emitWarning("old api", "DeprecationWarning", "DEP0999");
process.emitWarning("custom", "CustomWarning");' >"$tmp/out" 2>"$tmp/err"
code=$?
pid=$(cat "$tmp/out"); err=$(cat "$tmp/err")
[ $code -eq 0 ] || fail "exit code $code"
expected="(node:$pid) Warning: first message
(Use \`$(basename "$LODE") --trace-warnings ...\` to show where the warning was created)
(node:$pid) [DEP0999] DeprecationWarning: old api
(node:$pid) CustomWarning: custom"
[ "$err" = "$expected" ] || fail "stderr was:
$err
expected:
$expected"

out=$("$LODE" --no-warnings -e '
process.on("warning", (w) => console.log("event", w.message));
process.emitWarning("hidden");' 2>"$tmp/err")
err=$(cat "$tmp/err")
[ -z "$err" ] || fail "--no-warnings printed: $err"
[ "$out" = "event hidden" ] || fail "--no-warnings event: $out"

err=$("$LODE" --no-deprecation -e '
process.emitWarning("old api", "DeprecationWarning", "DEP0999");
process.emitWarning("shown");' 2>&1 >/dev/null)
[[ $err != *DeprecationWarning* ]] || fail "--no-deprecation printed: $err"
[[ $err == *"Warning: shown"* ]] || fail "--no-deprecation hid other warnings: $err"
exit 0
