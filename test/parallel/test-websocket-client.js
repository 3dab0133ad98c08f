'use strict';
// The global WebSocket client against a small server written here (manual framing):
// handshake and protocol negotiation, text/binary/Blob messages both ways, binaryType,
// fragmented messages, ping → pong, the close handshake from either side.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const { acceptKey, frame, frameReader } = require('../fixtures/websocket-frames');

const server = http.createServer(common.mustNotCall());
server.on('upgrade', (req, socket) => {
  assert.strictEqual(req.headers.upgrade.toLowerCase(), 'websocket');
  assert.strictEqual(req.headers['sec-websocket-version'], '13');
  assert.strictEqual(req.headers['sec-websocket-protocol'], 'chat, superchat');
  assert.strictEqual(req.url, '/path?q=1');
  const accept = acceptKey(req);
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n' +
    'Connection: Upgrade\r\nSec-WebSocket-Protocol: superchat\r\n' +
    `Sec-WebSocket-Accept: ${accept}\r\n\r\n`);
  // Straight after the handshake: a fragmented text message with a ping in between.
  socket.write(Buffer.concat([
    frame(0x1, 'hel', false), frame(0x9, 'p1'), frame(0x0, 'lo ', false),
    frame(0x0, 'wörld'),
  ]));
  socket.on('data', frameReader((opcode, payload, fin, masked) => {
    assert.strictEqual(masked, true, 'client frames are masked');
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
