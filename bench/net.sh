#!/bin/bash
# TCP echo throughput: 50 connections to an echo server in the same process, 64 KiB writes
# (MB/s) and 100-byte messages (messages/s). Runs each case RUNS times under Lode and Node
# (alternating) and prints the medians and the ratio Lode/Node (≥ 1.0 = Lode as fast).
# Usage: bench/net.sh   (env: LODE, NODE, RUNS, DURATION_MS)
set -e
cd "$(dirname "$0")"
. ./common.sh

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for mode in bulk small; do
  lode=(); node=()
  for i in $(seq 1 "$RUNS"); do
    lode+=("$("$LODE" net.js "$mode")")
    node+=("$("$NODE" net.js "$mode")")
  done
  l=$(printf '%s\n' "${lode[@]}" | median)
  n=$(printf '%s\n' "${node[@]}" | median)
  unit=$([ "$mode" = bulk ] && echo MB/s || echo msg/s)
  printf '%-6s lode %10s %s   node %10s %s   lode/node %.2f\n' "$mode" "$l" "$unit" "$n" "$unit" \
    "$(echo "$l / $n" | bc -l)"
done
