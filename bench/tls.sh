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

command -v wrk >/dev/null || { echo "https: skipped (no wrk)"; exit 0; }
DURATION=${DURATION:-5s}
CONNS=${CONNS:-50}
port=$((20000 + RANDOM % 20000))
trap 'rm -rf "$work"; [ -n "$pid" ] && kill "$pid" 2>/dev/null || true' EXIT
https_rps() { # runtime → requests/s
  port=$((port + 1))
  "$1" tls.js https "$port" &
  pid=$!
  for _ in $(seq 1 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
  done
  wrk -t1 -c"$CONNS" -d"$DURATION" "https://127.0.0.1:$port/" | awk '/Requests\/sec/ { print $2 }'
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
}
lode=(); node=()
for i in $(seq 1 "$RUNS"); do
  lode+=("$(https_rps "$LODE")")
  node+=("$(https_rps "$NODE")")
done
l=$(printf '%s\n' "${lode[@]}" | median)
n=$(printf '%s\n' "${node[@]}" | median)
printf '%-9s lode %10s %s   node %10s %s   lode/node %.2f\n' https "$l" "req/s" "$n" "req/s" \
  "$(echo "$l / $n" | bc -l)"
