#!/bin/bash
# Runs every benchmark in bench/ against Lode and Node side by side and prints ratios.
# NODE: the Node 24 binary to compare with (default: the one under /opt/node24, else node).
set -e
cd "$(dirname "$0")"
. ./common.sh
for b in startup esm/startup esm/transform url buffer stdio fs net zlib crypto tls ipc v8 fetch vm sqlite; do
  echo "== $b"
  bash "./$b.sh"
done
# These two drive both runtimes from a script of their own.
for b in stream readline; do
  echo "== $b"
  "$NODE" "./$b.js" "$LODE"
done
# The HTTP and cluster benchmarks need wrk (Debian package `wrk`).
for b in http cluster; do
  echo "== $b"
  if command -v wrk >/dev/null; then bash "./$b.sh"; else echo "$b: skipped (no wrk)"; fi
done
