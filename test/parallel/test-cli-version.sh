#!/bin/bash
# --version and -v print the Node.js version implemented (v24.x) and exit 0; it matches
# process.version.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

for flag in --version -v; do
  out=$("$LODE" "$flag") || fail "$flag exited with $?"
  [[ $out == v24.* ]] || fail "$flag printed: $out"
  [ "$(wc -l <<<"$out")" -eq 1 ] || fail "$flag printed more than one line: $out"
done
version=$("$LODE" -p process.version)
out=$("$LODE" --version)
[[ $out == "$version"* ]] || fail "--version '$out' does not start with process.version '$version'"
if [ "$("$LODE" -p 'typeof process.versions.lode')" = string ]; then
  [ "$out" = "$version (lode $("$LODE" -p process.versions.lode))" ] ||
    fail "Lode's --version: $out"
fi
exit 0
