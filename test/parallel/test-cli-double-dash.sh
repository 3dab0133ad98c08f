#!/bin/bash
# `--` ends the runtime's options: what follows is the script and its arguments, even when
# they look like options.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

out=$("$LODE" -- ../fixtures/core/print-preload-order.js --version -e x) ||
  fail "exited with $?"
[ "$out" = main ] || fail "script after --: $out"

out=$("$LODE" -e 'console.log(JSON.stringify(process.argv.slice(1)))' -- --version -p) ||
  fail "-e then -- exited with $?"
[ "$out" = '["--version","-p"]' ] || fail "arguments after -e --: $out"
exit 0
