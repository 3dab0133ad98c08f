#!/bin/bash
# Entry points that are ES modules: .mjs, .js under "type": "module", .js with module syntax
# outside any "type" (detected), -e/stdin with --input-type=module or module syntax.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
dir=$(cd ../fixtures/esm/entry && pwd)

out=$("$LODE" ../fixtures/esm/entry/main.mjs) || fail "main.mjs exited with $?"
[ "$out" = "mjs 0 true true undefined" ] || fail "main.mjs: $out"

out=$("$LODE" ../fixtures/esm/entry/typed/main.js) || fail "typed/main.js exited with $?"
[ "$out" = "typed main.js true" ] || fail "typed/main.js: $out"

out=$("$LODE" ../fixtures/esm/entry/typeless/main.js 2>&1) || fail "typeless/main.js exited with $?"
[ "$out" = "detected main.js" ] || fail "typeless/main.js: $out"

out=$("$LODE" ../fixtures/esm/entry/typeless/cjs.js) || fail "typeless/cjs.js exited with $?"
[ "$out" = "commonjs function" ] || fail "typeless/cjs.js: $out"

out=$(cd "$dir" && "$LODE" --input-type=module -e 'import { sep } from "path"; console.log(sep, import.meta.url)') ||
  fail "--input-type=module exited with $?"
[ "$out" = "/ file://$dir/[eval1]" ] || fail "--input-type=module: $out"

out=$("$LODE" -e 'import { sep } from "node:path"; console.log(sep, typeof require)') ||
  fail "-e detection exited with $?"
[ "$out" = "/ undefined" ] || fail "-e detection: $out"

out=$("$LODE" -e 'console.log(typeof require); import("node:path").then((p) => console.log(p.sep))') ||
  fail "-e import() exited with $?"
[ "$out" = "function
/" ] || fail "-e import(): $out"

out=$(echo 'import { sep } from "path"; console.log(sep)' | "$LODE" --input-type=module) ||
  fail "stdin module exited with $?"
[ "$out" = "/" ] || fail "stdin module: $out"

# --input-type=commonjs: no detection, module syntax is a syntax error.
"$LODE" --input-type=commonjs -e 'import "path"' 2>/dev/null && fail "commonjs input accepted import"

# An error thrown by the entry module: Node's header with the file URL, exit code 1.
err=$("$LODE" ../fixtures/esm/entry/throws.mjs 2>&1)
code=$?
[ $code -eq 1 ] || fail "throws.mjs exit code $code"
case $err in
  "file://$dir/throws.mjs:2
throw new Error('boom at top level');
      ^

Error: boom at top level
    at file://$dir/throws.mjs:2:7"*) ;;
  *) fail "throws.mjs output: $err" ;;
esac

# A symlinked .mjs entry runs under its real path; a missing one is CommonJS's
# MODULE_NOT_FOUND; with -r preloads the entry still runs as an ES module.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ln -s "$dir/main.mjs" "$tmp/link.mjs"
out=$("$LODE" "$tmp/link.mjs") || fail "link.mjs exited with $?"
[ "$out" = "mjs 0 true false undefined" ] || fail "link.mjs: $out"
printf 'console.log(import.meta.url === "file://%s/real.mjs", typeof require);\n' "$tmp" >"$tmp/real.mjs"
ln -s real.mjs "$tmp/alias.mjs"
out=$("$LODE" "$tmp/alias.mjs") || fail "alias.mjs exited with $?"
[ "$out" = "true undefined" ] || fail "alias.mjs: $out"
echo 'globalThis.preloaded = 1;' >"$tmp/pre.cjs"
echo 'console.log(globalThis.preloaded, typeof require);' >"$tmp/after.mjs"
out=$("$LODE" -r "$tmp/pre.cjs" "$tmp/after.mjs") || fail "-r with .mjs exited with $?"
[ "$out" = "1 undefined" ] || fail "-r with .mjs: $out"
err=$("$LODE" "$tmp/missing.mjs" 2>&1)
[ $? -eq 1 ] || fail "missing.mjs should fail"
case $err in *"Cannot find module '$tmp/missing.mjs'"*"code: 'MODULE_NOT_FOUND'"*) ;;
  *) fail "missing.mjs output: $err" ;;
esac

# --input-type only applies to string input.
"$LODE" --input-type=module ../fixtures/esm/entry/main.mjs 2>/dev/null
[ $? -eq 1 ] || fail "--input-type with a file should fail"
exit 0
