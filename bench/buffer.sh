#!/bin/bash
# Buffer/encoding throughput: runs bench/buffer.js RUNS times under Lode and Node (alternating),
# and prints per case the median MB/s of each and the ratio Lode/Node (≥ 1.0 = Lode as fast).
# Usage: bench/buffer.sh [filter]   (env: LODE, NODE, RUNS, BENCH_TIME_MS)
set -e
cd "$(dirname "$0")"
. ./common.sh

for i in $(seq 1 "$RUNS"); do
  "$LODE" buffer.js "$1" >>"$work/lode"
  "$NODE" buffer.js "$1" >>"$work/node"
done
print_ratios MB/s "$work/lode" "$work/node"
