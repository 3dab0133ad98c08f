#!/bin/bash
# NODE_OPTIONS adds options (here --require=./fixture and --no-warnings) before the command
# line's; they are not listed in process.execArgv; options not allowed there, or unknown,
# are refused with exit code 9.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

out=$(NODE_OPTIONS='--require=../fixtures/core/preload-a.js' "$LODE" ../fixtures/core/print-preload-order.js) ||
  fail "exited with $?"
[ "$out" = a,main ] || fail "NODE_OPTIONS --require=: $out"

out=$(NODE_OPTIONS='-r ../fixtures/core/preload-a.js' "$LODE" -r ../fixtures/core/preload-b.js \
  -e 'console.log(preloadOrder.join(","), JSON.stringify(process.execArgv.slice(0, 2)))') || fail "exited with $?"
[ "$out" = 'a,b ["-r","../fixtures/core/preload-b.js"]' ] || fail "NODE_OPTIONS and -r: $out"

err=$(NODE_OPTIONS='--no-warnings' "$LODE" -e 'process.emitWarning("hidden")' 2>&1)
[ -z "$err" ] || fail "NODE_OPTIONS --no-warnings: $err"

# Quoted values keep their spaces.
tmp=$(mktemp -d)
mkdir "$tmp/dir with space"
cp ../fixtures/core/preload-b.js "$tmp/dir with space/"
out=$(NODE_OPTIONS="--require \"$tmp/dir with space/preload-b.js\"" "$LODE" -e 'console.log(preloadOrder.join())')
code=$?
rm -rf "$tmp"
[ $code -eq 0 ] || fail "quoted NODE_OPTIONS exited with $code"
[ "$out" = b ] || fail "quoted NODE_OPTIONS: $out"

NODE_OPTIONS='--nope' "$LODE" -e 0 2>/dev/null
[ $? -eq 9 ] || fail "unknown option in NODE_OPTIONS accepted"
NODE_OPTIONS='-e 1' "$LODE" -e 0 2>/dev/null
[ $? -eq 9 ] || fail "-e in NODE_OPTIONS accepted"

# The negation of a boolean flag is accepted (and undoes it); not that of a valued one.
NODE_OPTIONS='--no-preserve-symlinks --no-enable-source-maps' "$LODE" -e 0 ||
  fail "negated flags in NODE_OPTIONS refused"
"$LODE" --no-trace-warnings --no-experimental-vm-modules -e 0 || fail "negated flags refused"
out=$("$LODE" --throw-deprecation --no-throw-deprecation \
  -e 'require("util").deprecate(() => {}, "gone")(); console.log("ran")' 2>/dev/null)
[ "$out" = ran ] || fail "--no-throw-deprecation did not undo --throw-deprecation: $out"
"$LODE" --no-inspect=1 -e 0 2>/dev/null
[ $? -eq 9 ] || fail "a negation with a value accepted"
"$LODE" --no-such-flag -e 0 2>/dev/null
[ $? -eq 9 ] || fail "the negation of an unknown flag accepted"
exit 0
