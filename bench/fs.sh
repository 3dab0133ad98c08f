#!/bin/bash
# File system throughput (bench/fs.js): readFile/writeFile of 4 KiB x10,000 and of 64 MiB,
# readdir of 10,000 entries, stat x100,000 (sync and promises), and a 1 GiB
# createReadStream().pipe(createWriteStream()) with its peak RSS (FS_BENCH_PIPE_MB sets the
# size). Runs Lode and Node alternately RUNS times and prints the medians and the Lode/Node
# ratio (above 1 is faster than Node; for RSS, below 1 is smaller). Target (issue 4): >= 1.0,
# pipe peak RSS < 64 MiB.
set -e
cd "$(dirname "$0")"
RUNS=${RUNS:-3}
. ./common.sh

for i in $(seq 1 "$RUNS"); do
  "$LODE" fs.js >>"$work/lode"
  "$NODE" fs.js >>"$work/node"
  "$LODE" fs.js pipe >>"$work/lode"
  "$NODE" fs.js pipe >>"$work/node"
done

print_ratios "of each run's best of 3" "$work/lode" "$work/node"
