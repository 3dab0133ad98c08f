#!/bin/bash
# TLS 1.3 in one process (bench/tls.js): full handshakes/s (8 concurrent clients) and bulk
# MB/s (4 connections, 64 KiB writes). Runs each case RUNS times under Lode and Node
# (alternating) and prints the medians and the ratio Lode/Node (≥ 1.0 = Lode as fast).
# Then https hello-world (bench/tls.js https) under `wrk -t1 -c$CONNS -d$DURATION` over
# keep-alive connections, RUNS rounds: median requests/s (needs wrk, else skipped).
# `bench/tls.sh cpu` instead measures the CPU time (user + system) the https server spends
# per request over N requests driven by wrk (as bench/http-cpu.sh does for http), steadier
# than requests/s on a shared machine: medians in µs/request and Node/Lode (> 1: Lode
# needs less).
# Usage: bench/tls.sh [cpu]   (env: LODE, NODE, RUNS, DURATION_MS, DURATION, CONNS, N)
set -e
cd "$(dirname "$0")"
. ./common.sh

if [ "${1:-}" = cpu ]; then
  need_wrk
  [ -x /usr/bin/time ] ||
    { echo "bench/tls.sh cpu needs /usr/bin/time (apt-get install time)"; exit 1; }
  N=${N:-50000}
  https_cpu() { # runtime → µs of CPU per request
    port=$((port + 1))
    EXIT_AFTER=$N /usr/bin/time -f "%U %S" -o "$work/time" "$1" tls.js https "$port" \
      >/dev/null 2>&1 &
    pid=$!
    wait_port "$port"
    wrk -t1 -c"${CONNS:-50}" -d600s "https://127.0.0.1:$port/" >/dev/null 2>&1 &
    local wpid=$!
    wait "$pid" || true
    pid=
    kill "$wpid" 2>/dev/null; wait "$wpid" 2>/dev/null || true
    awk -v n="$N" '{ printf "%.2f\n", ($1 + $2) * 1e6 / n }' "$work/time"
  }
  echo "https server CPU per request, $N requests, $RUNS rounds (lode/node > 1: Lode needs more)"
  compare 9 https-cpu µs/req https_cpu
  exit 0
fi

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
