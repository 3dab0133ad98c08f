#!/bin/bash
# Strings made in C normally go straight into the engine's own string memory, and 8-bit
# strings are read where the engine keeps them (src/js.c); if the engine's string layout ever
# differs from the one checked at first use, both take the C API's path instead.
# LODE_SLOW_STRINGS=1 forces that path: the string tests must pass on it.
LODE=$1
dir=$(dirname "$0")
for t in test-fs-readfile-utf8-string.js test-buffer-tostring-native-sizes.js \
  test-string-decoder.js test-buffer-string-encode-sizes.js; do
  [ -f "$dir/$t" ] || continue
  LODE_SLOW_STRINGS=1 "$LODE" "$dir/$t" >/dev/null || { echo "FAIL: $t with LODE_SLOW_STRINGS=1" >&2; exit 1; }
done
code="
const b = Buffer.from('h\u00e9llo w\u00f6rld \u2603 \u{1F600} ascii only here');
process.stdout.write(b.toString() + '|' + b.toString('latin1') + '|' + b.toString('hex') + '|' +
  b.toString('utf16le') + '|' + new TextDecoder().decode(b))"
fast=$("$LODE" -e "$code")
slow=$(LODE_SLOW_STRINGS=1 "$LODE" -e "$code")
[ -n "$fast" ] && [ "$fast" = "$slow" ] || { echo "FAIL: '$slow' != '$fast'" >&2; exit 1; }
case $fast in "héllo wörld ☃ 😀 ascii only here|"*) ;; *) echo "FAIL: got $fast" >&2; exit 1 ;; esac
