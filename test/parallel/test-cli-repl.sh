#!/bin/bash
# `lode -i` starts the REPL even when stdin is not a terminal; `lode` on a terminal starts
# it too (run here under script(1), which gives it a pseudo-terminal), and piped standard
# input without -i still runs as the program.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

out=$(printf '40 + 2\nlet x = 3\nx * 2\nawait Promise.resolve("done")\nrequire("path").sep\nos.EOL === "\\n"\n.exit\n' | "$LODE" -i 2>&1)
code=$?
[ $code -eq 0 ] || fail "exit code $code: $out"
for want in '> 42' '> 6' "> 'done'" "> '/'" '> true' 'Type ".help" for more information.'; do
  [[ $out == *"$want"* ]] || fail "-i output lacks [$want]: $out"
done

out=$(echo 'console.log(40 + 2)' | "$LODE")
[ "$out" = 42 ] || fail "piped program printed: $out"

if command -v script >/dev/null; then
  hist=$(mktemp)
  out=$(printf '6 * 7\r.exit\r' |
        NODE_REPL_HISTORY=$hist script -qec "$LODE" /dev/null 2>&1)
  [[ $out == *42* ]] || fail "terminal REPL printed: $out"
  # Node writes its history file asynchronously and may not have written it when .exit
  # follows at once; Lode writes each entry as it is added.
  case $(basename "$LODE") in node*) ;; *)
    grep -q '6 \* 7' "$hist" || fail "history file: $(cat "$hist")" ;;
  esac
  rm -f "$hist"
fi
exit 0
