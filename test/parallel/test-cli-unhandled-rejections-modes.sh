#!/bin/bash
# --unhandled-rejections modes as Node documents them, and bad values rejected with exit 9.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
hint='UnhandledPromiseRejectionWarning: Unhandled promise rejection.'

"$LODE" --unhandled-rejections=warn -e 'Promise.reject(new Error("x")); setTimeout(() => console.log("alive"), 5)' >"$tmp/out" 2>"$tmp/err"
[ $? -eq 0 ] || fail "warn: exit code"
[ "$(cat "$tmp/out")" = alive ] || fail "warn: process did not go on"
grep -q 'UnhandledPromiseRejectionWarning: Error: x' "$tmp/err" || fail "warn: $(cat "$tmp/err")"
grep -q "$hint.*(rejection id: 1)" "$tmp/err" || fail "warn: no hint"

"$LODE" --unhandled-rejections=warn-with-error-code -e 'Promise.reject(5)' 2>"$tmp/err"
[ $? -eq 1 ] || fail "warn-with-error-code: exit code"
grep -q 'UnhandledPromiseRejectionWarning: 5' "$tmp/err" || fail "warn-with-error-code: $(cat "$tmp/err")"

"$LODE" --unhandled-rejections=none -e 'Promise.reject(5)' >"$tmp/out" 2>"$tmp/err"
[ $? -eq 0 ] && [ ! -s "$tmp/err" ] || fail "none: $(cat "$tmp/err")"

out=$("$LODE" --unhandled-rejections=strict -e '
process.on("uncaughtException", (e) => console.log("uncaught", e.code));
process.on("unhandledRejection", () => console.log("unhandledRejection"));
Promise.reject(5)')
[ "$out" = $'uncaught ERR_UNHANDLED_REJECTION\nunhandledRejection' ] || fail "strict: $out"

out=$("$LODE" -e 'process.on("unhandledRejection", (r) => console.log("handled", r)); Promise.reject(7)')
[ "$out" = "handled 7" ] || fail "throw mode with a listener: $out"

"$LODE" --unhandled-rejections=bogus -e 0 2>"$tmp/err"
[ $? -eq 9 ] || fail "bad mode: exit code"
grep -q 'invalid value for --unhandled-rejections' "$tmp/err" || fail "bad mode: $(cat "$tmp/err")"
"$LODE" --input-type=bogus -e 0 2>"$tmp/err"
[ $? -eq 9 ] || fail "bad --input-type: exit code"
exit 0
