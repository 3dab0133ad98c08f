#!/bin/bash
# cluster: bench/cluster.js (HTTP hello world) with 2 workers under Lode and under Node,
# and in a single Lode process, each driven by `wrk -t1 -c$CONNS -d$DURATION` for ROUNDS
# rounds (alternating); prints median requests/s and the ratios Lode cluster / Node
# cluster and Lode cluster / Lode single process.
# Also per case the CPU time per request (user + system, from /proc) of the server (primary
# and workers) and of wrk itself: on a 2-core machine wrk and the workers share the cores,
# so requests/s can only grow as the sum of the two shrinks (2 cores / (server + wrk)).
# bench/http_floor.c in $WORKERS processes (SO_REUSEPORT: the kernel spreads the
# connections evenly) is the ceiling: the same answer from C with no JavaScript.
# WARMUP=2s runs wrk that long before the measured run (default none: JIT warm-up, done once
# per worker, is part of the figures; in a cluster it costs more per request than in one
# process, as every worker compiles the same code and sees only its share of the requests).
# Needs wrk (Debian package `wrk`).
# (env: LODE, NODE, ROUNDS, DURATION, CONNS, WORKERS, WARMUP)
set -e
cd "$(dirname "$0")"
. ./common.sh
ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-5s}
CONNS=${CONNS:-50}
WORKERS=${WORKERS:-2}
WARMUP=${WARMUP:-}
need_wrk
cc -O2 -o "$work/http_floor" http_floor.c $(pkg-config --cflags --libs libuv)
ticks=$(getconf CLK_TCK)

# cpu_ticks PID...: user + system clock ticks used so far by these processes.
cpu_ticks() {
  local p total=0
  for p in "$@"; do total=$((total + $(awk '{ print $14 + $15 }' "/proc/$p/stat"))); done
  echo "$total"
}

run() { # binary name workers
  local bin=$1 name=$2 workers=$3
  port=$((port + 1))
  if [ "$name" = floor ]; then
    "$bin" "$port" "$workers" &
    pid=$!
    wait_port "$port"
  else
    "$bin" cluster.js "$workers" "$port" >"$work/ready" &
    pid=$!
    for _ in $(seq 1 400); do # up to 20 s: forking workers is slow on a loaded machine
      grep -q ready "$work/ready" 2>/dev/null && break
      sleep 0.05
    done
  fi
  [ -z "$WARMUP" ] || wrk -t1 -c"$CONNS" -d"$WARMUP" "http://127.0.0.1:$port/" >/dev/null
  local pids before after
  pids="$pid $(pgrep -P "$pid" | tr '\n' ' ')"
  # shellcheck disable=SC2086
  before=$(cpu_ticks $pids)
  wrk -t1 -c"$CONNS" -d"$DURATION" "http://127.0.0.1:$port/" >"$work/out" &
  local wrk_pid=$!
  # wrk's own CPU time: read from /proc until it is gone (bash reaps it) or a zombie.
  local wrk_ticks=0 state=R t
  while [ "$state" != Z ] && t=$(awk '{ print $3, $14 + $15 }' "/proc/$wrk_pid/stat" 2>/dev/null); do
    state=${t% *}; wrk_ticks=${t#* }
    sleep 0.05
  done
  wait "$wrk_pid"
  # shellcheck disable=SC2086
  after=$(cpu_ticks $pids)
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  awk -v server=$((after - before)) -v client="$wrk_ticks" -v hz="$ticks" '
    /requests in/ { n = $1 }
    /Requests\/sec/ { rps = $2 }
    END { printf "%s %.2f %.2f\n", rps, server * 1e6 / hz / n, client * 1e6 / hz / n }' \
    "$work/out" >>"$work/$name"
}

for _ in $(seq 1 "$ROUNDS"); do
  run "$LODE" lode "$WORKERS"
  run "$NODE" node "$WORKERS"
  run "$LODE" single 0
  run "$work/http_floor" floor "$WORKERS"
done

col() { awk -v c="$2" '{ print $c }' "$work/$1" | median; }
lode=$(col lode 1); node=$(col node 1); single=$(col single 1); floor=$(col floor 1)
echo "node: $("$NODE" --version)   wrk -t1 -c$CONNS -d$DURATION${WARMUP:+ after $WARMUP warm-up}, $WORKERS workers, $ROUNDS rounds (medians)"
awk -v l="$lode" -v n="$node" -v s="$single" -v f="$floor" 'BEGIN {
  printf "cluster hello: lode %.0f r/s, node %.0f r/s, lode/node %.2f\n", l, n, l / n
  printf "lode cluster %.0f r/s vs lode single process %.0f r/s: %.2fx\n", l, s, l / s
  printf "ceiling: C (http_floor.c) in the same number of processes %.0f r/s, %.2fx node\n", f, f / n
}'
printf "CPU µs per request:   %-14s %-14s %-14s %s\n" "lode cluster" "node cluster" "lode single" "C floor"
printf "  server (all procs)  %-14s %-14s %-14s %s\n" "$(col lode 2)" "$(col node 2)" "$(col single 2)" "$(col floor 2)"
printf "  wrk                 %-14s %-14s %-14s %s\n" "$(col lode 3)" "$(col node 3)" "$(col single 3)" "$(col floor 3)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
