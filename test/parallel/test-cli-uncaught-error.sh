#!/bin/bash
# An uncaught error ends the process with exit code 1 and prints, on stderr, the file:line
# header, the source line, a caret, then the error and its stack, then the Node.js version.
# Nothing goes to stdout.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
# has_line REGEX TEXT: whether a line of TEXT matches the bash regular expression.
has_line() {
  local line
  while IFS= read -r line; do [[ $line =~ $1 ]] && return 0; done <<<"$2"
  return 1
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fixture=$(cd ../fixtures/core && pwd)/throw-error.js
"$LODE" "$fixture" >"$tmp/out" 2>"$tmp/err"
code=$?
out=$(cat "$tmp/out"); err=$(cat "$tmp/err")
[ $code -eq 1 ] || fail "exit code $code"
[ -z "$out" ] || fail "stdout: $out"
mapfile -t lines <<<"$err"
[ "${lines[0]}" = "$fixture:2" ] || fail "header: ${lines[0]}"
[ "${lines[1]}" = "throw new Error('boom from fixture');" ] || fail "source line: ${lines[1]}"
[[ ${lines[2]} =~ ^\ *\^+$ ]] || fail "caret line: ${lines[2]}"
[ -z "${lines[3]}" ] || fail "no blank line after the caret: ${lines[3]}"
[ "${lines[4]}" = "Error: boom from fixture" ] || fail "error line: ${lines[4]}"
[[ ${lines[5]} =~ ^\ \ \ \ at\ .*throw-error\.js:2:[0-9]+\)?$ ]] || fail "first frame: ${lines[5]}"
[[ ${lines[-1]} =~ ^Node\.js\ v24\. ]] || fail "last line: ${lines[-1]}"

# A thrown value that is not an error is printed as it is, on a line of its own.
err=$("$LODE" -e 'throw 42' 2>&1 >/dev/null)
code=$?
[ $code -eq 1 ] || fail "throw 42: exit code $code"
has_line '^42$' "$err" || fail "throw 42: stderr: $err"

# An error thrown by the engine itself is printed with its name and message and a stack.
err=$("$LODE" -e 'let x = 1;
nosuchVariable + x;' 2>&1 >/dev/null)
code=$?
[ $code -eq 1 ] || fail "ReferenceError: exit code $code"
mapfile -t lines <<<"$err"
[ "${lines[0]}" = "[eval]:2" ] || fail "ReferenceError header: ${lines[0]}"
[ "${lines[1]}" = "nosuchVariable + x;" ] || fail "ReferenceError source line: ${lines[1]}"
has_line '^ReferenceError: .*nosuchVariable' "$err" || fail "ReferenceError: stderr: $err"
has_line '^    at .*\[eval\]:2:[0-9]' "$err" || fail "ReferenceError: no frame: $err"
exit 0
