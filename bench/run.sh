#!/bin/bash
# Runs every benchmark in bench/ against Lode and Node side by side and prints ratios.
# NODE: the Node 24 binary to compare with (default: node on PATH).
set -e
cd "$(dirname "$0")"
for b in startup url buffer stdio zlib crypto ipc; do
  bash "./$b.sh"
done
# The HTTP benchmark needs wrk (Debian package `wrk`).
if command -v wrk >/dev/null; then bash ./http.sh; else echo "http: skipped (no wrk)"; fi
