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

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "node: $("$NODE" --version)   runs: $RUNS (median of each run's best of 3)"
printf "%-28s %12s %12s %8s\n" "benchmark" "lode ops/s" "node ops/s" "ratio"
cut -f1 "$work/lode" | awk '!seen[$0]++' | while IFS= read -r name; do
  l=$(grep -F "$name	" "$work/lode" | cut -f2 | median)
  n=$(grep -F "$name	" "$work/node" | cut -f2 | median)
  printf "%-28s %12.0f %12.0f %8.2f\n" "$name" "$l" "$n" "$(awk "BEGIN{print $l / $n}")"
done
