#!/bin/bash
# process.stdout is made on first use with only the stream modules its kind of fd needs
# (a file: Writable alone; a pipe or terminal: a Duplex over a libuv handle, node:buffer
# loaded by the first read or non-UTF-8 write). Whatever was loaded first, the stream gives
# the same class answers as in Node, writes arrive whole and in order, and reads are Buffers.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat >"$tmp/classes.js" <<'JS'
'use strict';
// process.stdout before node:stream: the classes read afterwards answer for it.
const out = process.stdout;
out.write('first\n');
const stream = require('stream');
const EventEmitter = require('events');
const answers = [out instanceof stream.Writable, out instanceof stream.Readable,
  out instanceof stream.Duplex, out instanceof stream.Stream, out instanceof EventEmitter,
  out instanceof require('tty').WriteStream, typeof out.write, typeof out._writableState];
// A Writable and a Duplex made after stdout keep their own modes.
const w = new stream.Writable({ objectMode: true, write(chunk, enc, cb) { cb(); } });
const d = new stream.Duplex({ writableObjectMode: true, read() {}, write(c, e, cb) { cb(); } });
answers.push(w.writableObjectMode, d.writableObjectMode, d.readableObjectMode,
  w instanceof stream.Duplex, d instanceof stream.Writable);
out.write('é\n', 'latin1');
out.write(Buffer.from('bytes\n'));
out.cork();
out.write('a');
out.write(Buffer.from('b'));
out.write('63', 'hex');
out.uncork();
out.write('\n');
require('fs').writeFileSync(process.env.REPORT, answers.join(' '));
JS

expect_file='true false false true true false function object true true false false true'
expect_pipe='true true true true true false function object true true false false true'
expect_tty='true true true true true true function object true true false false true'
out_expected=$(printf 'first\n\351\nbytes\nabc\n')

REPORT="$tmp/r" "$LODE" "$tmp/classes.js" >"$tmp/out" || fail "file: exit $?"
[ "$(cat "$tmp/r")" = "$expect_file" ] || fail "file: $(cat "$tmp/r")"
[ "$(cat "$tmp/out")" = "$out_expected" ] || fail "file output: $(od -c "$tmp/out")"

REPORT="$tmp/r" "$LODE" "$tmp/classes.js" | cat >"$tmp/out" || fail "pipe: exit $?"
[ "$(cat "$tmp/r")" = "$expect_pipe" ] || fail "pipe: $(cat "$tmp/r")"
[ "$(cat "$tmp/out")" = "$out_expected" ] || fail "pipe output: $(od -c "$tmp/out")"

if command -v script >/dev/null 2>&1; then
  REPORT="$tmp/r" script -qec "$LODE $tmp/classes.js" /dev/null >"$tmp/out" </dev/null ||
    fail "tty: exit $?"
  [ "$(cat "$tmp/r")" = "$expect_tty" ] || fail "tty: $(cat "$tmp/r")"
  grep -q abc "$tmp/out" || fail "tty output: $(od -c "$tmp/out")"
fi

# Reads from a pipe are Buffers even when stdout (a pipe too) was made before anything
# loaded node:buffer.
out=$(printf 'in' | "$LODE" -e '
process.stdout.write("w:");
process.stdin.on("data", (c) => process.stdout.write(`${Buffer.isBuffer(c)} ${c}`));' | cat)
[ "$out" = 'w:true in' ] || fail "stdin pipe read: $out"

# A pipe stdout made before node:http: request and response bodies still arrive as Buffers.
cat >"$tmp/http.js" <<'JS'
'use strict';
process.stdout.write('start\n');
const http = require('http');
const server = http.createServer((req, res) => {
  const kinds = [];
  req.on('data', (c) => kinds.push(Buffer.isBuffer(c)));
  req.on('end', () => res.end(String(kinds.every(Boolean))));
});
server.listen(0, () => {
  const req = http.request({ port: server.address().port, method: 'POST' }, (res) => {
    let body = '';
    res.on('data', (c) => { body += `${Buffer.isBuffer(c)}:${c}`; });
    res.on('end', () => { process.stdout.write(`${body}\n`); server.close(); });
  });
  req.end('x'.repeat(100000));
});
JS
out=$("$LODE" "$tmp/http.js" | cat)
[ "$out" = $'start\ntrue:true' ] || fail "http after a pipe stdout: $out"

# console.log of objects and format strings after the stream exists, to a pipe and a file,
# all of it before a prompt exit.
prog='process.stdout.write("s\n"); console.log("%s=%d", "x", 5, { a: 1, b: [1, 2] });
console.log(new Map([[1, { c: "d" }]])); process.exit(0);'
want=$'s\nx=5 { a: 1, b: [ 1, 2 ] }\nMap(1) { 1 => { c: \'d\' } }'
out=$("$LODE" -e "$prog" | cat)
[ "$out" = "$want" ] || fail "console.log to a pipe: $out"
"$LODE" -e "$prog" >"$tmp/out"
[ "$(cat "$tmp/out")" = "$want" ] || fail "console.log to a file: $(cat "$tmp/out")"
exit 0
