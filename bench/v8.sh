#!/bin/bash
# v8.serialize / v8.deserialize throughput (bench/v8.js): Lode and Node alternately RUNS
# times; prints the median ops/s of each and the Lode/Node ratio (above 1 is faster).
set -e
cd "$(dirname "$0")"
. ./common.sh

for _ in $(seq 1 "$RUNS"); do
  "$LODE" v8.js >>"$work/lode"
  "$NODE" v8.js >>"$work/node"
done
print_ratios "ops/s" "$work/lode" "$work/node"
