'use strict';
// The global WebSocket with messages needing 16- and 64-bit frame lengths, both ways,
// with the server's frames delivered in small pieces; then a server that closes the
// connection with a Close frame carrying a reason, echoed back by the client.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const crypto = require('crypto');

function frame(opcode, payload) {
  let header;
  if (payload.length < 126) {
    header = Buffer.from([0x80 | opcode, payload.length]);
  } else if (payload.length < 65536) {
    header = Buffer.from([0x80 | opcode, 126, 0, 0]);
    header.writeUInt16BE(payload.length, 2);
  } else {
    header = Buffer.from([0x80 | opcode, 127, 0, 0, 0, 0, 0, 0, 0, 0]);
    header.writeBigUInt64BE(BigInt(payload.length), 2);
  }
  return Buffer.concat([header, payload]);
}

const big = Buffer.alloc(70000, 'é'); // valid UTF-8 only as a whole
const medium = crypto.randomBytes(300);

const server = http.createServer(common.mustNotCall());
server.on('upgrade', common.mustCall((req, socket) => {
  const accept = crypto.createHash('sha1')
    .update(`${req.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`)
    .digest('base64');
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

  let buf = Buffer.alloc(0);
  socket.on('data', (chunk) => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      if (buf.length < 2) return;
      let len = buf[1] & 0x7f;
      let off = 2;
      if (len === 126) { len = buf.readUInt16BE(2); off = 4; }
      else if (len === 127) { len = Number(buf.readBigUInt64BE(2)); off = 10; }
      if (buf.length < off + 4 + len) return;
      const mask = buf.subarray(off, off + 4);
      const payload = Buffer.alloc(len);
      for (let i = 0; i < len; i++) payload[i] = buf[off + 4 + i] ^ mask[i & 3];
      const opcode = buf[0] & 0x0f;
      buf = buf.subarray(off + 4 + len);
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
    }
  });
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
