#!/bin/bash
# NODE_PATH and Module.globalPaths as in Node (Lode computes them on first use): a bare
# require finds a module through NODE_PATH, globalPaths lists it first, the property can be
# assigned, and a program that requires only relative files still sees the full list.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/lib/zzglobalpkg" "$tmp/app"
echo "module.exports = 'from NODE_PATH';" >"$tmp/lib/zzglobalpkg/index.js"
echo "module.exports = 'local';" >"$tmp/app/local.js"
cat >"$tmp/app/main.js" <<'JS'
const Module = require('module');
const local = require('./local.js');
const paths = Module.globalPaths;
const found = require('zzglobalpkg');
console.log(local, found, paths[0] === process.env.NODE_PATH,
            Object.getOwnPropertyDescriptor(Module, 'globalPaths').writable);
Module.globalPaths = ['x'];
console.log(JSON.stringify(Module.globalPaths));
JS
out=$(cd "$tmp/app" && NODE_PATH="$tmp/lib" "$LODE" main.js) || fail "run"
[ "$out" = $'local from NODE_PATH true true\n["x"]' ] || fail "output: $out"
out=$(cd "$tmp/app" && NODE_PATH= "$LODE" -e 'try { require("zzglobalpkg"); } catch (e) { console.log(e.code); }')
[ "$out" = "MODULE_NOT_FOUND" ] || fail "without NODE_PATH: $out"
exit 0
