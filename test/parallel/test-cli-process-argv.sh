#!/bin/bash
# process.argv, argv0, execArgv and execPath for a script run with options and arguments, for
# -e, and for a script after `--`.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

fixture=$(cd ../fixtures/core && pwd)/print-process-args.js
exec_path=$(readlink -f "$LODE")

out=$("$LODE" --no-deprecation --expose-gc ../fixtures/core/print-process-args.js a --b -c 'd e') ||
  fail "script exited with $?"
mapfile -t lines <<<"$out"
[ "${lines[0]}" = "[\"$exec_path\",\"$fixture\",\"a\",\"--b\",\"-c\",\"d e\"]" ] ||
  fail "argv: ${lines[0]}"
[ "${lines[1]}" = "\"$LODE\"" ] || fail "argv0: ${lines[1]}"
[ "${lines[2]}" = '["--no-deprecation","--expose-gc"]' ] || fail "execArgv: ${lines[2]}"
[ "${lines[3]}" = "\"$exec_path\"" ] || fail "execPath: ${lines[3]}"

# With -e, the arguments follow execPath directly; -e and its code are in execArgv.
out=$("$LODE" -e 'console.log(JSON.stringify([process.argv.slice(1), process.execArgv]))' x --y) ||
  fail "-e exited with $?"
[ "$out" = '[["x","--y"],["-e","console.log(JSON.stringify([process.argv.slice(1), process.execArgv]))"]]' ] ||
  fail "-e argv/execArgv: $out"

# After --, everything is the script and its arguments, even what looks like an option.
out=$("$LODE" -- ../fixtures/core/print-process-args.js --version) || fail "-- exited with $?"
mapfile -t lines <<<"$out"
[ "${lines[0]}" = "[\"$exec_path\",\"$fixture\",\"--version\"]" ] || fail "argv after --: ${lines[0]}"
[ "${lines[2]}" = '[]' ] || fail "execArgv after --: ${lines[2]}"
exit 0
