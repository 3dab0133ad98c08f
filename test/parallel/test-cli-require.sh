#!/bin/bash
# -r / --require preload modules, in order, before the main script or -e code; the option
# repeats.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

out=$("$LODE" -r ../fixtures/core/preload-a.js ../fixtures/core/print-preload-order.js) ||
  fail "-r exited with $?"
[ "$out" = a,main ] || fail "-r: $out"

out=$("$LODE" -r ../fixtures/core/preload-a.js --require ../fixtures/core/preload-b.js \
  ../fixtures/core/print-preload-order.js) || fail "-r twice exited with $?"
[ "$out" = a,b,main ] || fail "-r twice: $out"

out=$("$LODE" --require=../fixtures/core/preload-b.js -r ../fixtures/core/preload-a.js \
  -e 'console.log(preloadOrder.join(","))') || fail "-r with -e exited with $?"
[ "$out" = b,a ] || fail "-r with -e: $out"

# A built-in module can be preloaded too.
"$LODE" -r path -e 0 || fail "-r path exited with $?"

"$LODE" -r ./no-such-module-for-lode -e 0 2>/dev/null
[ $? -eq 1 ] || fail "-r of a missing module should exit 1"
exit 0
