#!/bin/bash
# On a terminal (a pseudo-terminal made by script(1), when installed), process.stdout is a
# tty.WriteStream with the terminal's size, 'resize' on SIGWINCH, the cursor helpers, and
# process.stdin a tty.ReadStream with setRawMode.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
if ! command -v script >/dev/null 2>&1; then
  echo "skipped: script(1) is not installed (no pseudo-terminal to test on)"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat >"$tmp/t.js" <<'JS'
const tty = require('tty');
const out = process.stdout;
const line = [out.isTTY, out instanceof tty.WriteStream, out._type, out.columns, out.rows,
  out.getWindowSize().join('x'), process.stderr.isTTY, tty.isatty(1),
  process.stdin.isTTY, process.stdin instanceof tty.ReadStream, process.stdin.isRaw];
process.stdin.setRawMode(true);
line.push(process.stdin.isRaw);
process.stdin.setRawMode(false);
line.push(process.stdin.isRaw);
out.write(`${line.join(' ')}\n`);
out.cursorTo(2);
out.clearLine(0);
out.moveCursor(1, -1);
out.write('|\n');
// stty may change the columns and the rows one at a time: wait for both.
out.on('resize', () => {
  if (out.columns !== 90 || out.rows !== 30) return;
  out.write(`resized ${out.columns}x${out.rows}\n`);
  process.exit(0);
});
out.write('ready\n');
require('fs').writeFileSync(process.argv[2], '');
setTimeout(() => { out.write('no resize\n'); process.exit(1); }, 20000);
JS
# The size changes once the program has read it and listens for 'resize' (it creates the
# file "ready" then); SIGWINCH is sent until the program exits.
script -qc "stty cols 77 rows 22; \"$LODE\" \"$tmp/t.js\" \"$tmp/ready\" </dev/tty & pid=\$!; while [ ! -e \"$tmp/ready\" ] && kill -0 \$pid 2>/dev/null; do sleep 0.05; done; stty cols 90 rows 30; while kill -WINCH \$pid 2>/dev/null; do sleep 0.1; done; wait \$pid" /dev/null \
  </dev/null >"$tmp/out" 2>&1
out=$(tr -d '\r' <"$tmp/out")
first=$(printf '%s\n' "$out" | head -1)
[ "$first" = 'true true tty 77 22 77x22 true true true true false true false' ] ||
  fail "terminal streams: $out"
printf '%s' "$out" | grep -qF $'\x1b[3G\x1b[2K\x1b[1C\x1b[1A|' || fail "cursor sequences: $(printf '%s' "$out" | od -c | head)"
printf '%s\n' "$out" | grep -qx 'resized 90x30' || fail "resize: $out"
exit 0
