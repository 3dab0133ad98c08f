#!/bin/bash
# crypto throughput: runs bench/crypto.js RUNS times under Lode and Node (alternating),
# and prints per case the median ops/s of each and the ratio Lode/Node (≥ 1.0 = Lode as fast).
# Usage: bench/crypto.sh [filter]   (env: LODE, NODE, RUNS, BENCH_TIME_MS, BENCH_CLOCK=cpu to
# time by process CPU time instead of wall time)
set -e
cd "$(dirname "$0")"
. ./common.sh

for i in $(seq 1 "$RUNS"); do
  "$LODE" crypto.js "$1" >>"$work/lode"
  "$NODE" crypto.js "$1" >>"$work/node"
done
print_ratios ops/s "$work/lode" "$work/node"
