#!/bin/bash
# Native functions that build arrays of new values (process.env keys, the libuv error map, the
# built-in ids, argv) must keep every value where the garbage collector sees it. With a
# collection forced every few allocations, a value held only in malloc'd memory is freed
# early and the process crashes or returns garbage.
LODE=$1
case $(basename "$LODE") in node*) exit 0 ;; esac
out=$(JSC_slowPathAllocsBetweenGCs=3 "$LODE" -e '
for (let i = 0; i < 3000; i++) process.env["LODE_GC_" + i] = "x";
for (let k = 0; k < 10; k++) {
  const keys = Object.keys(process.env).filter((key) => key.startsWith("LODE_GC_"));
  if (keys.length !== 3000) throw new Error("env keys: " + keys.length);
}
const map = require("util").getSystemErrorMap();
if (map.get(-2)[0] !== "ENOENT") throw new Error("error map");
if (!require("module").builtinModules.includes("fs")) throw new Error("builtins");
console.log("ok", process.argv.length);' a b c)
[ "$out" = "ok 4" ] || { echo "FAIL: output: $out"; exit 1; }
