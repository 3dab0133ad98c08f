#!/bin/bash
# --help and -h print usage on stdout and exit 0.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

for flag in --help -h; do
  out=$("$LODE" "$flag") || fail "$flag exited with $?"
  [[ $out == Usage:* ]] || fail "$flag printed: $(head -1 <<<"$out")"
  [[ $out == *--eval* ]] || fail "$flag does not mention --eval"
done
exit 0
