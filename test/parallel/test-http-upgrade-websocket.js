'use strict';
// A WebSocket opening handshake (RFC 6455) through 'upgrade' on both sides: the server
// answers 101 with Sec-WebSocket-Accept, the bytes after the request head arrive as
// `head`, and both sides then own the raw socket (one text frame each way).
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const http = require('http');

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const key = crypto.randomBytes(16).toString('base64');

function frame(text, mask) {
  const payload = Buffer.from(text);
  const head = Buffer.from([0x81, (mask ? 0x80 : 0) | payload.length]);
  if (!mask) return Buffer.concat([head, payload]);
  const m = Buffer.from([1, 2, 3, 4]);
  const masked = Buffer.from(payload.map((b, i) => b ^ m[i % 4]));
  return Buffer.concat([head, m, masked]);
}

function unframe(buf) {
  assert.strictEqual(buf[0], 0x81);
  const len = buf[1] & 0x7f;
  if (buf[1] & 0x80) {
    const m = buf.subarray(2, 6);
    return Buffer.from(buf.subarray(6, 6 + len).map((b, i) => b ^ m[i % 4])).toString();
  }
  return buf.subarray(2, 2 + len).toString();
}

const server = http.createServer(common.mustNotCall());
server.on('upgrade', common.mustCall((req, socket, head) => {
  assert.strictEqual(req.headers.upgrade, 'websocket');
  assert.strictEqual(unframe(head), 'hello server');
  const accept = crypto.createHash('sha1').update(req.headers['sec-websocket-key'] + GUID)
    .digest('base64');
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n' +
    `Connection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
  socket.write(frame('hello client', false));
  socket.on('data', common.mustNotCall());
  socket.on('end', common.mustCall(() => socket.end()));
  socket.resume();
}));

server.listen(0, common.mustCall(() => {
  const req = http.request({
    port: server.address().port,
    headers: {
      'Connection': 'Upgrade',
      'Upgrade': 'websocket',
      'Sec-WebSocket-Key': key,
      'Sec-WebSocket-Version': '13',
    },
  });
  req.on('response', common.mustNotCall());
  req.on('upgrade', common.mustCall((res, socket, head) => {
    assert.strictEqual(res.statusCode, 101);
    const expected = crypto.createHash('sha1').update(key + GUID).digest('base64');
    assert.strictEqual(res.headers['sec-websocket-accept'], expected);
    const got = (buf) => {
      assert.strictEqual(unframe(buf), 'hello client');
      socket.end();
    };
    if (head.length) got(head);
    else socket.once('data', got);
    socket.on('close', common.mustCall(() => server.close()));
    socket.resume();
  }));
  // The first frame travels with the request head.
  req.end(frame('hello server', true));
}));
