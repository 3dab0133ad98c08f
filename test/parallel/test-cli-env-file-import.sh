#!/bin/bash
# --env-file / --env-file-if-exists load variables before the program runs (the environment
# wins over the file; a missing --env-file exits with 9, a missing -if-exists file is
# skipped) and --import evaluates ES modules, top-level await included, before the main
# entry point, in order, resolving from the working directory.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir" || exit 1
printf 'FOO=bar\n# a comment\nexport QUOTED="a b"\nKEPT=file\n' > a.env
printf 'SECOND=2\n' > b.env
printf 'globalThis.order = ["first"];\nawait new Promise((r) => setTimeout(r, 5));\nglobalThis.order.push("first done");\n' > first.mjs
printf 'globalThis.order.push("second");\n' > second.mjs
printf 'console.log(process.env.FOO, process.env.QUOTED, process.env.KEPT, process.env.SECOND, globalThis.order.join(","));\n' > main.js

out=$(KEPT=env "$LODE" --env-file=a.env --env-file b.env --import ./first.mjs --import ./second.mjs main.js 2>&1)
[ "$out" = "bar a b env 2 first,first done,second" ] || fail "output: $out"

"$LODE" --env-file=missing.env -e 0 >/dev/null 2>&1
code=$?
[ $code -eq 9 ] || fail "missing --env-file exit code $code"
out=$("$LODE" --env-file-if-exists=missing.env -p 40+2 2>/dev/null)
[ "$out" = 42 ] || fail "-if-exists output: $out"

"$LODE" --import ./nope.mjs main.js >/dev/null 2>&1
code=$?
[ $code -eq 1 ] || fail "missing --import exit code $code"

# The working directory is the referrer: packages resolve from its node_modules, and a
# missing module is "imported from <cwd>/".
mkdir -p node_modules/pkg
printf '{"name":"pkg","exports":"./index.mjs"}' > node_modules/pkg/package.json
printf 'globalThis.order = ["pkg"];\n' > node_modules/pkg/index.mjs
out=$("$LODE" --import pkg --import ./second.mjs -p 'globalThis.order.join()' 2>&1)
[ "$out" = "pkg,second" ] || fail "package --import output: $out"
out=$("$LODE" --import ./nope.mjs -e 0 2>&1)
case $out in
  *"Cannot find module '$PWD/nope.mjs' imported from $PWD/"$'\n'*) ;;
  *) fail "missing --import message: $out" ;;
esac
out=$("$LODE" --import nopkg -e 0 2>&1)
case $out in
  *"Cannot find package 'nopkg' imported from $PWD/"$'\n'*) ;;
  *) fail "missing package message: $out" ;;
esac
exit 0
