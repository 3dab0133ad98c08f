#!/bin/bash
# child_process: IPC throughput parent→child (50,000 1 KiB messages, json and advanced;
# 25 × 4 MiB JSON messages), IPC round trips (5,000 ping-pongs), 500 × spawn('true') (8 at a
# time) and 200 × execSync('echo hi'). Runs each case RUNS times under Lode and Node
# (alternating) and prints the medians (messages/s, MB/s or operations/s) and the ratio
# Lode/Node (≥ 1.0 = Lode as fast); the 1 KiB cases also as messages per CPU second of parent
# and child together (the "-cpu" lines: comparable when the machine is loaded, where the
# wall-clock rates are not).  Usage: bench/ipc.sh   (env: LODE, NODE, RUNS)
set -e
cd "$(dirname "$0")"
. ./common.sh

cases="ipc-json-1k ipc-advanced-1k ipc-json-4m ipc-pingpong spawn-true execsync-echo"
for i in $(seq 1 "$RUNS"); do
  for c in $cases; do
    "$LODE" ipc.js "$c" 2>>"$work/lode"
    "$NODE" ipc.js "$c" 2>>"$work/node"
  done
done

print_ratios "per second: messages, MB or operations" "$work/lode" "$work/node"
