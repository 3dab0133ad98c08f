#!/bin/bash
# TCP echo throughput: 50 connections to an echo server in the same process, 64 KiB writes
# (MB/s) and 100-byte messages (messages/s). Runs each case RUNS times under Lode and Node
# (alternating) and prints the medians and the ratio Lode/Node (≥ 1.0 = Lode as fast), then
# the same rates per second of CPU time (bulk/cpu, small/cpu), then the ceiling: the same
# echo in C with no JavaScript (net_floor.c) against Node.
# Usage: bench/net.sh   (env: LODE, NODE, RUNS, DURATION_MS)
set -e
cd "$(dirname "$0")"
. ./common.sh

compare 6 bulk MB/s net.js bulk
compare 6 small msg/s net.js small
# The same per second of CPU time (the process's user + system time): the work each
# runtime does per unit of CPU, less sensitive to other load than the rates above.
export PER_CPU=1
compare 10 bulk/cpu MB/cpu-s net.js bulk
compare 10 small/cpu msg/cpu-s net.js small

# floor_row NAME MODE: RUNS rounds of net_floor and Node's net.js alternating (PER_CPU as set).
cc -O2 -o "$work/net_floor" net_floor.c $(pkg-config --cflags --libs libuv)
floor_row() {
  local fs=() ns=() f n
  for _ in $(seq 1 "$RUNS"); do
    fs+=("$("$work/net_floor" "$2")")
    ns+=("$("$NODE" net.js "$2")")
  done
  f=$(printf '%s\n' "${fs[@]}" | median)
  n=$(printf '%s\n' "${ns[@]}" | median)
  printf "%-10s C floor %10s   node %10s   floor/node %.2f\n" "$1" "$f" "$n" "$(echo "$f / $n" | bc -l)"
}
unset PER_CPU
floor_row bulk bulk
floor_row small small
PER_CPU=1 floor_row bulk/cpu bulk
