#!/bin/bash
# HTTP server throughput and latency: bench/http-server.js run by Lode and by Node in turn
# (ROUNDS rounds, alternating), each driven by `wrk -t1 -c$CONNS -d$DURATION`; prints per
# case the median requests/s and p99 latency of each and the Lode/Node ratios
# (req/s ratio ≥ 1 and p99 ratio ≤ 1 mean Lode is ahead), plus idle and post-load RSS.
# Cases: hello (Content-Type + 12-byte body), json (POST 1 KiB JSON, JSON answer),
# stream (1 MiB in 64 KiB writes), pipelined (hello, 16 requests per write; wrk counts
# responses).
# For hello and pipelined it also runs bench/http_floor.c, a plain C libuv server that sends
# the same answer without running any JavaScript: the most any runtime could reach with this
# wrk on this machine, printed as its req/s and its ratio to Node.
# Needs wrk (Debian package `wrk`). Usage: bench/http.sh [case...]
# (env: LODE, NODE, ROUNDS, DURATION, CONNS)
set -e
cd "$(dirname "$0")"
. ./common.sh
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-5s}
CONNS=${CONNS:-50}
need_wrk
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(hello json stream pipelined)

# wrk scripts: a 1 KiB JSON POST body, and 16 pipelined GETs per write.
wrk_json_script
cat >"$work/pipelined.lua" <<'EOF'
init = function(args)
  local r = {}
  for i = 1, 16 do r[i] = wrk.format(nil, "/") end
  req = table.concat(r)
end
request = function() return req end
EOF

cc -O2 -o "$work/http_floor" http_floor.c $(pkg-config --cflags --libs libuv)

rss() { awk '/VmRSS/ { print $2 }' "/proc/$1/status"; }

run() { # runtime name case
  local bin=$1 name=$2 kind=$3 server=$3 script=""
  case $kind in
    json) script="-s $work/json.lua" ;;
    pipelined) server=hello; script="-s $work/pipelined.lua" ;;
  esac
  port=$((port + 1))
  if [ "$name" = floor ]; then "$bin" "$port" & else "$bin" http-server.js "$server" "$port" >/dev/null & fi
  pid=$!
  wait_port "$port"
  local idle; idle=$(rss "$pid")
  # shellcheck disable=SC2086
  wrk -t1 -c"$CONNS" -d"$DURATION" --latency $script "http://127.0.0.1:$port/" >"$work/out"
  local loaded; loaded=$(rss "$pid")
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  local rps p99
  rps=$(awk '/Requests\/sec/ { print $2 }' "$work/out")
  p99=$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) v = v / 1000; else if (v ~ /ms$/) v = v + 0; else if (v ~ /s$/) v = v * 1000; print v }' "$work/out")
  echo "$kind $rps $p99 $idle $loaded" >>"$work/$name"
}

for kind in "${cases[@]}"; do
  for _ in $(seq 1 "$ROUNDS"); do
    run "$LODE" lode "$kind"
    run "$NODE" node "$kind"
    case $kind in hello | pipelined) run "$work/http_floor" floor "$kind" ;; esac
  done
done

echo "node: $("$NODE" --version)   wrk -t1 -c$CONNS -d$DURATION, $ROUNDS rounds (medians)"
printf "%-10s %10s %10s %6s %9s %9s %6s %8s %8s\n" case "lode r/s" "node r/s" ratio \
  "lode p99" "node p99" ratio "lode RSS" "node RSS"
awk "$awk_median"'
  FNR == 1 { file++ }
  { k = $1; if (!(k in seen)) { seen[k] = 1; order[++count] = k }
    rps[file, k] = rps[file, k] " " $2; p99[file, k] = p99[file, k] " " $3
    idle[file, k] = idle[file, k] " " $4; load[file, k] = load[file, k] " " $5 }
  END {
    for (i = 1; i <= count; i++) {
      k = order[i]
      lr = median(rps[1, k]); nr = median(rps[2, k]); lp = median(p99[1, k]); np = median(p99[2, k])
      printf "%-10s %10.0f %10.0f %6.2f %7.2fms %7.2fms %6.2f %5.0f/%-5.0f %5.0f/%-5.0f MB idle/loaded\n", k, lr, nr, lr / nr, lp, np, (np > 0 ? lp / np : 0),
        median(idle[1, k]) / 1024, median(load[1, k]) / 1024, median(idle[2, k]) / 1024, median(load[2, k]) / 1024
    }
  }' "$work/lode" "$work/node"
[ -s "$work/floor" ] || exit 0
echo "ceiling (bench/http_floor.c: C on libuv, no JavaScript):"
awk "$awk_median"'
  FNR == 1 { file++ }
  { if (file == 1) f[$1] = f[$1] " " $2; else if ($1 in f) n[$1] = n[$1] " " $2 }
  END { for (k in f) printf "%-10s %10.0f r/s = %.2f x node\n", k, median(f[k]), median(f[k]) / median(n[k]) }' \
  "$work/floor" "$work/node"
