#!/bin/bash
# Sequential fetch() requests/s, Lode vs Node: bench/fetch.js RUNS times under each
# (alternating) against three local servers (bench/http-server.js hello/json/stream,
# always run by Node, so only the client side differs); prints per case the median
# requests/s of each and the ratio Lode/Node (≥ 1.0 = Lode as fast).
# Usage: bench/fetch.sh [filter]   (env: LODE, NODE, RUNS, BENCH_TIME_MS, BENCH_CLOCK=cpu to
# count requests per second of the client's CPU time instead of wall time)
set -e
cd "$(dirname "$0")"
. ./common.sh

servers=()
trap 'rm -rf "$work"; [ ${#servers[@]} -gt 0 ] && kill "${servers[@]}" 2>/dev/null || true' EXIT
urls=()
for kind in hello json stream; do
  port=$((port + 1))
  "$NODE" http-server.js "$kind" "$port" >/dev/null &
  servers+=($!)
  wait_port "$port"
  urls+=("http://127.0.0.1:$port/")
done

for _ in $(seq 1 "$RUNS"); do
  "$LODE" fetch.js "${urls[@]}" "$1" >>"$work/lode"
  "$NODE" fetch.js "${urls[@]}" "$1" >>"$work/node"
done
print_ratios req/s "$work/lode" "$work/node"
