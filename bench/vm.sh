#!/bin/bash
# node:vm costs (bench/vm.js): vm.createContext, running a small script in a context (a
# prepared Script, and runInContext with its compile), global reads and writes inside a
# context, runInThisContext, a new context plus a run. Runs Lode and Node alternately RUNS
# times and prints the median ops/s of each and the Lode/Node ratio (above 1 is faster).
set -e
cd "$(dirname "$0")"
. ./common.sh

for _ in $(seq 1 "$RUNS"); do
  "$LODE" vm.js >>"$work/lode"
  "$NODE" vm.js >>"$work/node"
done

echo "node: $("$NODE" --version)   runs: $RUNS (median of each run's best of 3)"
printf "%-28s %12s %12s %8s\n" "benchmark" "lode ops/s" "node ops/s" "ratio"
cut -f1 "$work/lode" | awk '!seen[$0]++' | while IFS= read -r name; do
  l=$(grep -F "$name	" "$work/lode" | cut -f2 | median)
  n=$(grep -F "$name	" "$work/node" | cut -f2 | median)
  printf "%-28s %12.0f %12.0f %8.2f\n" "$name" "$l" "$n" "$(awk "BEGIN{print $l / $n}")"
done
