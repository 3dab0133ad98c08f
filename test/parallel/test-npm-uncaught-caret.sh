#!/bin/bash
# The caret under the quoted source line of an uncaught error lines up with the source
# as the terminal shows it: a tab in the source is copied as a tab (js-yaml and many
# packages indent with tabs), and on line 1 the column is not shifted by the module
# wrapper a second time.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
fixtures=$(cd ../fixtures/npm && pwd)

err=$("$LODE" "$fixtures/throw-after-tabs.js" 2>&1 >/dev/null)
mapfile -t lines <<<"$err"
[ "${lines[0]}" = "$fixtures/throw-after-tabs.js:2" ] || fail "header: ${lines[0]}"
[ "${lines[1]}" = $'\t\t'"throw new Error('thrown after two tabs');" ] || fail "source line: ${lines[1]}"
[[ ${lines[2]} == $'\t\t'* ]] || fail "caret line does not keep the tabs: $(printf '%q' "${lines[2]}")"
[[ ${lines[2]} =~ ^[[:space:]]*\^+$ ]] || fail "caret line: $(printf '%q' "${lines[2]}")"

err=$("$LODE" "$fixtures/throw-on-line-one.js" 2>&1 >/dev/null)
mapfile -t lines <<<"$err"
[ "${lines[0]}" = "$fixtures/throw-on-line-one.js:1" ] || fail "header: ${lines[0]}"
src=${lines[1]}
caret=${lines[2]}
[[ $caret =~ ^(\ *)\^+$ ]] || fail "caret line: $caret"
col=$(( ${#BASH_REMATCH[1]} + 1 ))
prefix=${src%%throw new Error*}
start=$(( ${#prefix} + 1 ))
# Node puts the caret on `throw`; anything inside the throw statement is acceptable.
[ $col -ge $start ] && [ $col -le ${#src} ] ||
  fail "caret at column $col, outside the throw statement (columns $start-${#src})"
exit 0
