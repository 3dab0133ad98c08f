#!/bin/bash
# Node options that change nothing observable here are accepted (with their values, in both
# spellings) and listed in process.execArgv.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

"$LODE" --max-old-space-size=100 -e 0 || fail "--max-old-space-size=100 exited with $?"

out=$("$LODE" --max-old-space-size=100 --max-http-header-size 16384 --enable-source-maps --trace-warnings \
  --unhandled-rejections=strict -e 'console.log(JSON.stringify(process.execArgv.slice(0, 6)))') ||
  fail "exited with $?"
[ "$out" = '["--max-old-space-size=100","--max-http-header-size","16384","--enable-source-maps","--trace-warnings","--unhandled-rejections=strict"]' ] ||
  fail "execArgv: $out"
exit 0
