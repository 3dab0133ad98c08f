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

print_ratios "ops/s of each run's best of 3" "$work/lode" "$work/node"
