#!/bin/bash
# TLS 1.3 in one process (bench/tls.js): full handshakes/s (8 concurrent clients) and bulk
# MB/s (4 connections, 64 KiB writes). Runs each case RUNS times under Lode and Node
# (alternating) and prints the medians and the ratio Lode/Node (≥ 1.0 = Lode as fast).
# Then https hello-world (bench/tls.js https) under `wrk -t1 -c$CONNS -d$DURATION` over
# keep-alive connections, RUNS rounds: median requests/s (needs wrk, else skipped).
# Usage: bench/tls.sh   (env: LODE, NODE, RUNS, DURATION_MS, DURATION, CONNS)
set -e
cd "$(dirname "$0")"
. ./common.sh

compare 9 handshake hs/s tls.js handshake
compare 9 bulk MB/s tls.js bulk

command -v wrk >/dev/null || { echo "https: skipped (no wrk)"; exit 0; }
DURATION=${DURATION:-5s}
CONNS=${CONNS:-50}
https_rps() { # runtime → requests/s
  port=$((port + 1))
  "$1" tls.js https "$port" &
  pid=$!
  wait_port "$port"
  wrk -t1 -c"$CONNS" -d"$DURATION" "https://127.0.0.1:$port/" | awk '/Requests\/sec/ { print $2 }'
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
}
compare 9 https req/s https_rps
