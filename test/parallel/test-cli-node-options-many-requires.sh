#!/bin/bash
# NODE_OPTIONS may carry any number of --require options (here 200, plus 2 on the command
# line); each preload runs once (the module cache), and none is lost or overflows.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
fixture=$(cd ../fixtures/core && pwd)/preload-a.js
opts=""
for i in $(seq 200); do opts+="--require $fixture "; done
out=$(NODE_OPTIONS="$opts" "$LODE" -r "$fixture" -r "$fixture" -e 'console.log("main")' 2>&1)
[ $? -eq 0 ] || fail "exit status: $out"
[ "$(echo "$out" | tail -1)" = main ] || fail "output: $out"
exit 0
