#!/bin/bash
# --expose-gc (and --expose_gc) defines a global gc() function; without it there is none.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

out=$("$LODE" --expose-gc -e 'gc(); console.log(typeof gc)') || fail "exited with $?"
[ "$out" = function ] || fail "--expose-gc: $out"
out=$("$LODE" --expose_gc -p 'typeof globalThis.gc')
[ "$out" = function ] || fail "--expose_gc: $out"
out=$("$LODE" -p 'typeof gc')
[ "$out" = undefined ] || fail "without --expose-gc: $out"
exit 0
