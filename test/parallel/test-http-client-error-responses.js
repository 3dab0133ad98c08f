'use strict';
// Malformed requests get Node's default responses and the connection is closed: 400 for
// syntax errors (bad method, bad chunk size, Content-Length with Transfer-Encoding,
// duplicate Content-Length, invalid header characters, missing Host on HTTP/1.1), 431 for
// oversized headers; 'clientError' receives the parse error with its HPE_ code.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const cases = [
  ['G@T / HTTP/1.1\r\nHost: a\r\n\r\n', 400],
  ['POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n', 400],
  ['POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n', 400],
  ['POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab', 400],
  ['GET / HTTP/1.1\r\nHost: a\r\nX-Bad: a\x01b\r\n\r\n', 400],
  ['GET / HTTP/1.1\r\nHo st: a\r\n\r\n', 400],
  ['GET / HTTP/1.1\r\n\r\n', 400],
  [`GET / HTTP/1.1\r\nHost: a\r\nX-Big: ${'x'.repeat(20000)}\r\n\r\n`, 431],
  [`GET /${'a'.repeat(20000)} HTTP/1.1\r\nHost: a\r\n\r\n`, 431],
];

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => res.end('fine'));
});
server.listen(0, common.mustCall(() => {
  let left = cases.length;
  for (const [raw, status] of cases) {
    const socket = net.connect(server.address().port);
    socket.write(raw);
    let data = '';
    socket.on('data', (d) => { data += d; });
    socket.on('error', () => {});
    socket.on('close', common.mustCall(() => {
      assert.match(data, new RegExp(`^HTTP/1\\.1 ${status} `), JSON.stringify(raw.slice(0, 60)));
      assert.match(data, /Connection: close\r\n/);
      if (--left === 0) server.close();
    }));
  }
}));

const server2 = http.createServer(common.mustNotCall());
server2.on('clientError', common.mustCall((err, socket) => {
  assert.strictEqual(err.code, 'HPE_INVALID_METHOD');
  assert.strictEqual(typeof err.reason, 'string');
  assert.ok(Buffer.isBuffer(err.rawPacket) || err.rawPacket instanceof Uint8Array);
  socket.end('HTTP/1.1 418 Custom\r\n\r\n');
}));
server2.listen(0, common.mustCall(() => {
  const socket = net.connect(server2.address().port);
  socket.end('G@T / HTTP/1.1\r\n\r\n');
  let data = '';
  socket.on('data', (d) => { data += d; });
  socket.on('close', common.mustCall(() => {
    assert.strictEqual(data, 'HTTP/1.1 418 Custom\r\n\r\n');
    server2.close();
  }));
}));
