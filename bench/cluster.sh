#!/bin/bash
# cluster: bench/cluster.js (HTTP hello world) with 2 workers under Lode and under Node,
# and in a single Lode process, each driven by `wrk -t1 -c$CONNS -d$DURATION` for ROUNDS
# rounds (alternating); prints median requests/s and the ratios Lode cluster / Node
# cluster and Lode cluster / Lode single process.
# Needs wrk (Debian package `wrk`). (env: LODE, NODE, ROUNDS, DURATION, CONNS, WORKERS)
set -e
cd "$(dirname "$0")"
. ./common.sh
ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-5s}
CONNS=${CONNS:-50}
WORKERS=${WORKERS:-2}
need_wrk

run() { # binary name workers
  local bin=$1 name=$2 workers=$3
  port=$((port + 1))
  "$bin" cluster.js "$workers" "$port" >"$work/ready" &
  pid=$!
  for _ in $(seq 1 100); do
    grep -q ready "$work/ready" 2>/dev/null && break
    sleep 0.05
  done
  wrk -t1 -c"$CONNS" -d"$DURATION" "http://127.0.0.1:$port/" >"$work/out"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  awk '/Requests\/sec/ { print $2 }' "$work/out" >>"$work/$name"
}

for _ in $(seq 1 "$ROUNDS"); do
  run "$LODE" lode "$WORKERS"
  run "$NODE" node "$WORKERS"
  run "$LODE" single 0
done

lode=$(median <"$work/lode"); node=$(median <"$work/node"); single=$(median <"$work/single")
echo "node: $("$NODE" --version)   wrk -t1 -c$CONNS -d$DURATION, $WORKERS workers, $ROUNDS rounds (medians)"
awk -v l="$lode" -v n="$node" -v s="$single" 'BEGIN {
  printf "cluster hello: lode %.0f r/s, node %.0f r/s, lode/node %.2f\n", l, n, l / n
  printf "lode cluster %.0f r/s vs lode single process %.0f r/s: %.2fx\n", l, s, l / s
}'
