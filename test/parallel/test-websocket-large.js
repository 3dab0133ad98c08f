'use strict';
// The global WebSocket with messages needing 16- and 64-bit frame lengths, both ways,
// with the server's frames delivered in small pieces; then a server that closes the
// connection with a Close frame carrying a reason, echoed back by the client.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const crypto = require('crypto');

const { acceptKey, frame, frameReader } = require('../fixtures/websocket-frames');

const big = Buffer.alloc(70000, 'é'); // valid UTF-8 only as a whole
const medium = crypto.randomBytes(300);

const server = http.createServer(common.mustNotCall());
server.on('upgrade', common.mustCall((req, socket) => {
  const accept = acceptKey(req);
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n' +
    `Connection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
  const out = Buffer.concat([frame(0x1, big), frame(0x2, medium)]);
  // Small pieces, a few per tick.
  let at = 0;
  (function next() {
    if (at >= out.length) return;
    socket.write(out.subarray(at, at + 7919));
    at += 7919;
    setImmediate(next);
  })();

  socket.on('data', frameReader((opcode, payload) => {
    if (opcode === 0x2) {
      assert.strictEqual(payload.length, 100000);
      assert(payload.every((b, i) => b === (i & 0xff)));
      // Close with a reason; the client echoes the code.
      const close = Buffer.concat([Buffer.from([0x03, 0xe9]), Buffer.from('going away')]);
      socket.write(frame(0x8, close));
    } else if (opcode === 0x8) {
      assert.strictEqual(payload.readUInt16BE(0), 1001);
      socket.end();
    }
  }));
}));

server.listen(0, common.mustCall(() => {
  const ws = new WebSocket(`ws://localhost:${server.address().port}`);
  ws.binaryType = 'arraybuffer';
  let count = 0;
  ws.onmessage = common.mustCall((event) => {
    if (++count === 1) {
      assert.strictEqual(event.data, big.toString());
    } else {
      assert.deepStrictEqual(Buffer.from(event.data), medium);
      const out = new Uint8Array(100000).map((_, i) => i & 0xff);
      ws.send(out);
      assert.strictEqual(ws.bufferedAmount, 100000);
    }
  }, 2);
  ws.onerror = common.mustNotCall();
  ws.onclose = common.mustCall((event) => {
    assert.strictEqual(event.code, 1001);
    assert.strictEqual(event.reason, 'going away');
    assert.strictEqual(event.wasClean, true);
    assert.strictEqual(ws.bufferedAmount, 0);
    server.close();
  });
}));
