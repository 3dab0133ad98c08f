#!/bin/bash
# With no script, or with `-`, the program is read from standard input; arguments after `-`
# are the program's arguments.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

out=$(echo 'console.log("from stdin", 1 + 1)' | "$LODE") || fail "piped stdin exited with $?"
[ "$out" = 'from stdin 2' ] || fail "piped stdin: $out"

out=$(echo 'console.log(JSON.stringify(process.argv.slice(1)), __filename)' | "$LODE" - a --b) ||
  fail "- exited with $?"
[ "$out" = '["-","a","--b"] [stdin]' ] || fail "- with arguments: $out"

out=$(printf 'setTimeout(() => console.log("async"), 1);\nprocess.exitCode = 3;\n' | "$LODE" -)
code=$?
[ $code -eq 3 ] || fail "stdin exit code $code"
[ "$out" = async ] || fail "stdin async: $out"

# A multi-line program with a multi-byte character.
out=$(printf 'const s = "h\xc3\xa9";\nconsole.log(s.length);\n' | "$LODE" -)
[ "$out" = 2 ] || fail "UTF-8 source: $out"
exit 0
