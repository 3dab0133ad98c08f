#!/bin/bash
# The hot functions of the stream, buffer and crypto bindings (writeBuffer, writev, readStart,
# toString, write, fromString, hash update...) are engine host functions that keep the
# engine's lock (src/js.c, lode_js_set_host_function); where the engine's call frame or symbols
# do not match the start-up probe, they are C API functions instead. LODE_SLOW_CALLS=1 forces
# that path (and numbers then go through the C API too, see lode_js_number in src/js.h): the
# socket, Buffer and hash tests must pass on both, and a program writing every
# kind of chunk must print the same on both.
LODE=$1
dir=$(dirname "$0")
# Lode reports the outcome of its start-up probe, with the number and Uint8Array fast paths
# (src/js.c) checked with it (Node has no such switch: skip the check).
on=$(LODE_DEBUG_HOST_CALLS=1 "$LODE" -e "require('net')" 2>&1)
case $on in
  "lode: host functions on, numbers, views") ;;
  "") ;;
  *) echo "FAIL: host functions not in use: $on" >&2; exit 1 ;;
esac
off=$(LODE_DEBUG_HOST_CALLS=1 LODE_SLOW_CALLS=1 "$LODE" -e "require('net')" 2>&1)
case $off in "lode: host functions off" | "") ;; *) echo "FAIL: LODE_SLOW_CALLS=1: $off" >&2; exit 1 ;; esac
for t in test-net-echo.js test-net-backpressure.js test-net-errors.js test-net-write-after-end.js \
  test-net-half-open.js test-net-reset.js test-buffer-encodings-utf8.js \
  test-buffer-compare-copy-fill.js test-buffer-indexof.js test-buffer-read-write.js \
  test-buffer-tostring-native-sizes.js test-buffer-encoding-sizes.js test-crypto-hash.js \
  test-crypto-hmac.js test-crypto-hash-oneshot-lengths.js test-buffer-string-encode-sizes.js \
  test-buffer-view-kinds.js; do
  [ -f "$dir/$t" ] || continue
  LODE_SLOW_CALLS=1 "$LODE" "$dir/$t" >/dev/null || { echo "FAIL: $t with LODE_SLOW_CALLS=1" >&2; exit 1; }
done
code="
const net = require('net');
const server = net.createServer((s) => {
  const got = [];
  s.on('data', (d) => got.push(d));
  s.on('end', () => { s.end(Buffer.concat(got)); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const out = [];
  c.write(Buffer.from('bytes|'), () => out.push('cb1'));
  out.push(c.write('utf8 \u00e9\u2603|'));
  c.write('latin1 \u00e9|', 'latin1');
  c.write('6869', 'hex');
  c.cork(); c.write('a'); c.write(Buffer.from('b')); c.write('c', 'latin1'); c.uncork();
  c.end('|end');
  let back = '';
  c.setEncoding('hex');
  c.on('data', (d) => { back += d; });
  c.on('close', () => {
    console.log(back, out.join(','), c.bytesWritten, c.bytesRead);
    server.close();
  });
});"
fast=$("$LODE" -e "$code")
slow=$(LODE_SLOW_CALLS=1 "$LODE" -e "$code")
[ -n "$fast" ] && [ "$fast" = "$slow" ] || { echo "FAIL: '$slow' != '$fast'" >&2; exit 1; }
expected='62797465737c7574663820c3a9e298837c6c6174696e3120e97c68696162637c656e64 true,cb1 35 35'
[ "$fast" = "$expected" ] || { echo "FAIL: got $fast" >&2; exit 1; }
