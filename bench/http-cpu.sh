#!/bin/bash
# CPU time per HTTP request of the server (user + system, all threads), a steadier measure
# than requests/s on a shared machine: bench/http-server.js, run by Lode and by Node in
# turn (ROUNDS rounds), serves N requests driven by `wrk -t1 -c$CONNS` and exits
# (EXIT_AFTER); /usr/bin/time gives its CPU time. Prints per case the median µs of CPU per
# request of each and the Node/Lode ratio (> 1: Lode needs less CPU per request).
# Start-up and JIT warm-up are included (not small: JavaScriptCore's FTL compiles of the
# request path take ~0.3-0.6 s of CPU, 3-6 µs per request over 100k); the `-warm` rows are
# the CPU per request of the last N - WARM requests only (process.cpuUsage() taken by the
# server after WARM requests and at its exit), the warmed-up cost.
# Usage: bench/http-cpu.sh [case...] (cases hello, json; env: LODE, NODE, ROUNDS, N, CONNS,
# WARM: default N/2, 0 for no -warm rows)
set -e
cd "$(dirname "$0")"
. ./common.sh
ROUNDS=${ROUNDS:-3}
N=${N:-100000}
CONNS=${CONNS:-50}
WARM=${WARM:-$((N / 2))}
need_wrk
[ -x /usr/bin/time ] ||
  { echo "bench/http-cpu.sh needs /usr/bin/time (apt-get install time)"; exit 1; }
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(hello json)
wrk_json_script

run() { # binary name case
  local bin=$1 name=$2 kind=$3 script=""
  [ "$kind" = json ] && script="-s $work/json.lua"
  port=$((port + 1))
  EXIT_AFTER=$N CPU_MARK=$WARM /usr/bin/time -f "%U %S" -o "$work/time" \
    "$bin" http-server.js "$kind" "$port" >/dev/null 2>"$work/cpu" &
  local pid=$!
  wait_port "$port"
  # shellcheck disable=SC2086
  wrk -t1 -c"$CONNS" -d600s $script "http://127.0.0.1:$port/" >/dev/null 2>&1 &
  local wpid=$!
  wait "$pid" || true
  kill "$wpid" 2>/dev/null; wait "$wpid" 2>/dev/null || true
  awk -v k="$kind" -v n="$N" '{ printf "%s %.3f\n", k, ($1 + $2) * 1e6 / n }' "$work/time" \
    >>"$work/$name"
  [ "$WARM" -gt 0 ] && awk -v k="$kind-warm" -v n=$((N - WARM)) '
    $1 == "cpu" { c[++i] = $2 + $3 }
    END { if (i == 2) printf "%s %.3f\n", k, (c[2] - c[1]) / n }' "$work/cpu" >>"$work/$name"
  return 0
}

for kind in "${cases[@]}"; do
  for _ in $(seq 1 "$ROUNDS"); do
    run "$LODE" lode "$kind"
    run "$NODE" node "$kind"
  done
done

echo "node: $("$NODE" --version)   $N requests, wrk -t1 -c$CONNS, $ROUNDS rounds (medians)"
printf "%-10s %14s %14s %12s\n" case "lode µs/req" "node µs/req" "node/lode"
awk "$awk_median"'
  FNR == 1 { file++ }
  { if (!($1 in seen)) { seen[$1] = 1; order[++count] = $1 } v[file, $1] = v[file, $1] " " $2 }
  END {
    for (i = 1; i <= count; i++) {
      k = order[i]; l = median(v[1, k]); n = median(v[2, k])
      printf "%-10s %14.2f %14.2f %12.2f\n", k, l, n, (l > 0 ? n / l : 0)
    }
  }' "$work/lode" "$work/node"
