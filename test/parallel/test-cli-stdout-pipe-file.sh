#!/bin/bash
# process.stdout and process.stderr are Writables whatever they point at: a pipe (_type
# 'pipe'), a file ('fs') or nothing (a closed fd: writes vanish). Writes are synchronous, so
# large writes arrive whole, interleaved stdout/stderr keep their order in one file, and
# nothing is lost at exit.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check='
const { Writable } = require("stream");
let report = "";
for (const s of [process.stdout, process.stderr]) {
  report += `${s instanceof Writable} ${s._type} ${s.fd} ${s.isTTY} ${typeof s.destroySoon} ${s.writable}\n`;
}
require("fs").writeFileSync(process.env.REPORT, report);'
REPORT="$tmp/report" "$LODE" -e "$check" 2>&1 | cat
[ "$(cat "$tmp/report")" = $'true pipe 1 undefined function true\ntrue pipe 2 undefined function true' ] ||
  fail "pipes: $(cat "$tmp/report")"
REPORT="$tmp/report" "$LODE" -e "$check" >"$tmp/out" 2>"$tmp/err"
[ "$(cat "$tmp/report")" = $'true fs 1 undefined function true\ntrue fs 2 undefined function true' ] ||
  fail "files: $(cat "$tmp/report")"

# Large writes to a file and to a pipe, as strings, bytes and with cork()/uncork() (writev).
"$LODE" -e "process.stdout.write('x'.repeat(2e6)); process.stderr.write(new Uint8Array(2e6))" \
  >"$tmp/out" 2>"$tmp/err"
[ "$(wc -c <"$tmp/out")" -eq 2000000 ] || fail "file stdout: $(wc -c <"$tmp/out")"
[ "$(wc -c <"$tmp/err")" -eq 2000000 ] || fail "file stderr: $(wc -c <"$tmp/err")"
out=$("$LODE" -e '
process.stdout.cork();
for (let i = 0; i < 5; i++) process.stdout.write(i % 2 ? Buffer.from(`${i}`) : `${i}`);
process.stdout.write("é", "latin1");
process.stdout.uncork();
process.stdout.end("!");' | od -An -c | tr -s ' ')
[ "$out" = ' 0 1 2 3 4 351 !' ] || fail "corked writes: $out"

# stdout and stderr into the same file keep the order they were written in.
"$LODE" -e '
for (let i = 0; i < 300; i++) (i % 2 ? process.stderr : process.stdout).write(`${i}\n`);
console.log("end");' >"$tmp/both" 2>&1
expected=$(seq 0 299; echo end)
[ "$(cat "$tmp/both")" = "$expected" ] || fail "interleaved order: $(head -5 "$tmp/both")"
"$LODE" -e '
for (let i = 0; i < 300; i++) (i % 2 ? process.stderr : process.stdout).write(`${i}\n`);
console.log("end");' 2>&1 | cat >"$tmp/both"
[ "$(cat "$tmp/both")" = "$expected" ] || fail "interleaved order in a pipe: $(head -5 "$tmp/both")"

# The write callback runs after the bytes are out, with no error.
out=$("$LODE" -e 'process.stdout.write("a", (err) => process.stdout.write(`b${err}`));' | cat)
[ "$out" = abnull ] || [ "$out" = abundefined ] || fail "callback: $out"

# A closed stdout or stderr swallows writes without failing.
out=$("$LODE" -e '
console.log("lost");
process.stderr.write(`${process.stdout.writable} ${typeof process.stdout.fd}\n`);' 2>&1 >&-)
[ "$out" = 'true number' ] || fail "closed stdout: $out"

# The descriptor stays usable after the stream ends or is destroyed (like Node).
out=$("$LODE" -e '
process.stdout.destroy();
process.stdout.on("close", () => require("fs").writeSync(1, "still open\n"));' | cat)
[ "$out" = 'still open' ] || fail "destroy: $out"
exit 0
