#!/bin/bash
# URL parsing throughput (bench/url.js): `new URL()` over 100,000 varied URLs (absolute,
# relative with a base, and with components read), `url.parse()` and URLSearchParams.
# Runs Lode and Node alternately RUNS times and prints the median ops/s of each and the
# Lode/Node throughput ratio (above 1 is faster than Node). Target (issue 3): ≥ 1.0.
set -e
cd "$(dirname "$0")"
. ./common.sh

for i in $(seq 1 "$RUNS"); do
  "$LODE" url.js >>"$work/lode"
  "$NODE" url.js >>"$work/node"
done

print_ratios "ops/s of each run's best of 3" "$work/lode" "$work/node"
