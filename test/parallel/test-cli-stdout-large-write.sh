#!/bin/bash
# A single 1 MB process.stdout.write (string or bytes) into a pipe arrives whole, also when
# the reader is slow; the same for stderr.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

n=$("$LODE" -e "process.stdout.write('x'.repeat(1e6))" | wc -c)
[ "$n" -eq 1000000 ] || fail "wc -c: $n"

n=$("$LODE" -e "process.stdout.write(new Uint8Array(1e6).fill(121))" | { sleep 0.2; wc -c; })
[ "$n" -eq 1000000 ] || fail "bytes to a slow reader: wc -c: $n"

n=$("$LODE" -e "process.stderr.write('z'.repeat(1e6))" 2>&1 >/dev/null | wc -c)
[ "$n" -eq 1000000 ] || fail "stderr: wc -c: $n"
exit 0
