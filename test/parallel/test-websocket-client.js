'use strict';
// The global WebSocket client against a small server written here (manual framing):
// handshake and protocol negotiation, text/binary/Blob messages both ways, binaryType,
// fragmented messages, ping → pong, the close handshake from either side.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const crypto = require('crypto');

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function frame(opcode, payload, fin = true) {
  payload = Buffer.from(payload);
  let header;
  if (payload.length < 126) {
    header = Buffer.from([(fin ? 0x80 : 0) | opcode, payload.length]);
  } else {
    header = Buffer.alloc(4);
    header[0] = (fin ? 0x80 : 0) | opcode;
    header[1] = 126;
    header.writeUInt16BE(payload.length, 2);
  }
  return Buffer.concat([header, payload]);
}

// Parses the client's frames (which must be masked) and calls onFrame(opcode, payload, fin).
function frameReader(onFrame) {
  let buf = Buffer.alloc(0);
  return (chunk) => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      if (buf.length < 2) return;
      assert.strictEqual(buf[1] & 0x80, 0x80, 'client frames are masked');
      let len = buf[1] & 0x7f;
      let off = 2;
      if (len === 126) { len = buf.readUInt16BE(2); off = 4; }
      else if (len === 127) { len = Number(buf.readBigUInt64BE(2)); off = 10; }
      if (buf.length < off + 4 + len) return;
      const mask = buf.subarray(off, off + 4);
      const payload = Buffer.alloc(len);
      for (let i = 0; i < len; i++) payload[i] = buf[off + 4 + i] ^ mask[i & 3];
      const fin = (buf[0] & 0x80) !== 0;
      const opcode = buf[0] & 0x0f;
      buf = buf.subarray(off + 4 + len);
      onFrame(opcode, payload, fin);
    }
  };
}

const server = http.createServer(common.mustNotCall());
server.on('upgrade', (req, socket) => {
  assert.strictEqual(req.headers.upgrade.toLowerCase(), 'websocket');
  assert.strictEqual(req.headers['sec-websocket-version'], '13');
  assert.strictEqual(req.headers['sec-websocket-protocol'], 'chat, superchat');
  assert.strictEqual(req.url, '/path?q=1');
  const accept = crypto.createHash('sha1').update(req.headers['sec-websocket-key'] + GUID)
    .digest('base64');
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n' +
    'Connection: Upgrade\r\nSec-WebSocket-Protocol: superchat\r\n' +
    `Sec-WebSocket-Accept: ${accept}\r\n\r\n`);
  // Straight after the handshake: a fragmented text message with a ping in between.
  socket.write(Buffer.concat([
    frame(0x1, 'hel', false), frame(0x9, 'p1'), frame(0x0, 'lo ', false),
    frame(0x0, 'wörld'),
  ]));
  socket.on('data', frameReader((opcode, payload) => {
    if (opcode === 0xa) {
      assert.strictEqual(payload.toString(), 'p1');
      return;
    }
    if (opcode === 0x8) {
      assert.strictEqual(payload.readUInt16BE(0), 4000);
      assert.strictEqual(payload.subarray(2).toString(), 'bye');
      socket.end(frame(0x8, payload));
      return;
    }
    // Echo text and binary messages back.
    socket.write(frame(opcode, opcode === 0x1 ? `echo:${payload}` : payload));
  }));
});

server.listen(0, common.mustCall(() => {
  const ws = new WebSocket(`ws://127.0.0.1:${server.address().port}/path?q=1`,
    ['chat', 'superchat']);
  assert.strictEqual(ws.readyState, WebSocket.CONNECTING);
  assert.strictEqual(ws.binaryType, 'blob');
  assert.strictEqual(ws.bufferedAmount, 0);
  assert.strictEqual(ws.protocol, '');
  assert.throws(() => ws.send('x'), { name: 'InvalidStateError' });
  ws.binaryType = 'nonsense';
  assert.strictEqual(ws.binaryType, 'blob');

  const received = [];
  ws.onopen = common.mustCall((event) => {
    assert.strictEqual(event.type, 'open');
    assert.strictEqual(ws.readyState, WebSocket.OPEN);
    assert.strictEqual(ws.protocol, 'superchat');
    assert.strictEqual(ws.extensions, '');
  });
  ws.addEventListener('message', common.mustCall(async (event) => {
    assert(event instanceof MessageEvent);
    assert.strictEqual(event.origin, `ws://127.0.0.1:${server.address().port}`);
    received.push(event.data);
    if (received.length === 1) {
      assert.strictEqual(event.data, 'hello wörld');
      ws.send('abc');
      ws.send(new Uint8Array([1, 2, 3]));
      assert.strictEqual(ws.bufferedAmount, 6);
    } else if (received.length === 2) {
      assert.strictEqual(event.data, 'echo:abc');
    } else if (received.length === 3) {
      assert(event.data instanceof Blob);
      assert.deepStrictEqual([...new Uint8Array(await event.data.arrayBuffer())], [1, 2, 3]);
      ws.binaryType = 'arraybuffer';
      ws.send(new Blob(['xy']));
      ws.send(new Uint16Array([0x0201]).buffer);
    } else if (received.length === 4) {
      assert(event.data instanceof ArrayBuffer);
      assert.deepStrictEqual([...new Uint8Array(event.data)], [0x78, 0x79]);
    } else if (received.length === 5) {
      assert.deepStrictEqual([...new Uint8Array(event.data)], [1, 2]);
      ws.close(4000, 'bye');
      assert.strictEqual(ws.readyState, WebSocket.CLOSING);
      ws.close(); // no-op while closing
      ws.send('ignored'); // no throw while closing; not sent
    }
  }, 5));
  ws.onerror = common.mustNotCall();
  ws.onclose = common.mustCall((event) => {
    assert(event instanceof CloseEvent);
    assert.strictEqual(event.code, 4000);
    assert.strictEqual(event.reason, 'bye');
    assert.strictEqual(event.wasClean, true);
    assert.strictEqual(ws.readyState, WebSocket.CLOSED);
    server.close();
  });
}));
