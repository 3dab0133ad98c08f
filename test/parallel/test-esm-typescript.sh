#!/bin/bash
# TypeScript files run with their types erased: .mts (module), .cts (CommonJS), .ts (by
# syntax outside any "type"), and syntax that needs more than erasure is
# ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX naming file:line.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
# Lode erases types with src/transform; until that binding is in the tree there is nothing
# to test (the loader's temporary stand-in does not do TypeScript).
case $("$LODE" --version) in
  *lode*) [ -f ../../src/bindings/transform.c ] || { echo "skipped: no transform binding"; exit 0; } ;;
esac
dir=$(cd ../fixtures/esm/ts && pwd)

out=$("$LODE" ../fixtures/esm/ts/app.ts 2>&1) || fail "app.ts exited with $?: $out"
[ "$out" = "ts 3 7" ] || fail "app.ts: $out"

err=$("$LODE" ../fixtures/esm/ts/enum.ts 2>&1)
code=$?
[ $code -eq 1 ] || fail "enum.ts exit code $code"
case $err in
  *"$dir/enum.ts:2"*"SyntaxError [ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX]: TypeScript enum is not supported in strip-only mode"*) ;;
  *) fail "enum.ts output: $err" ;;
esac

out=$("$LODE" ../fixtures/esm/ts/default-forms.mts 2>&1) || fail "default-forms.mts exited with $?: $out"
[ "$out" = "default Base Named default 7" ] || fail "default-forms.mts: $out"

out=$("$LODE" --input-type=module-typescript -e 'const n: number = 2; console.log(n * 2)') ||
  fail "--input-type=module-typescript exited with $?"
[ "$out" = 4 ] || fail "--input-type=module-typescript: $out"
exit 0
