#!/bin/bash
# TLS 1.3 in one process (bench/tls.js): full handshakes/s (8 concurrent clients) and bulk
# MB/s (4 connections, 64 KiB writes). Runs each case RUNS times under Lode and Node
# (alternating) and prints the medians and the ratio Lode/Node (≥ 1.0 = Lode as fast).
# Usage: bench/tls.sh   (env: LODE, NODE, RUNS, DURATION_MS)
set -e
cd "$(dirname "$0")"
. ./common.sh

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for mode in handshake bulk; do
  lode=(); node=()
  for i in $(seq 1 "$RUNS"); do
    lode+=("$("$LODE" tls.js "$mode")")
    node+=("$("$NODE" tls.js "$mode")")
  done
  l=$(printf '%s\n' "${lode[@]}" | median)
  n=$(printf '%s\n' "${node[@]}" | median)
  unit=$([ "$mode" = bulk ] && echo MB/s || echo hs/s)
  printf '%-9s lode %10s %s   node %10s %s   lode/node %.2f\n' "$mode" "$l" "$unit" "$n" "$unit" \
    "$(echo "$l / $n" | bc -l)"
done
