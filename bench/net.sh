#!/bin/bash
# TCP echo throughput: 50 connections to an echo server in the same process, 64 KiB writes
# (MB/s) and 100-byte messages (messages/s). Runs each case RUNS times under Lode and Node
# (alternating) and prints the medians and the ratio Lode/Node (≥ 1.0 = Lode as fast), then
# the same rates per second of CPU time (bulk/cpu, small/cpu).
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
