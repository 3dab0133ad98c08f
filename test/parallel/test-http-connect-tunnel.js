'use strict';
// CONNECT: the server's 'connect' gets the socket and the bytes after the head; the
// client's 'connect' gets the tunnel once the server answers 200.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustNotCall());
server.on('connect', common.mustCall((req, socket, head) => {
  assert.strictEqual(req.method, 'CONNECT');
  assert.strictEqual(req.url, 'example.com:443');
  assert.strictEqual(head.toString(), 'early');
  socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
  socket.on('data', (d) => socket.write(`echo:${d}`));
  socket.on('end', () => socket.end());
  socket.resume();
}));

server.listen(0, common.mustCall(() => {
  const req = http.request({
    port: server.address().port,
    method: 'CONNECT',
    path: 'example.com:443',
  });
  req.on('connect', common.mustCall((res, socket, head) => {
    assert.strictEqual(res.statusCode, 200);
    socket.write('ping');
    let data = head.toString();
    socket.on('data', (d) => {
      data += d;
      if (data.includes('ping')) {
        socket.end();
      }
    });
    socket.on('close', common.mustCall(() => {
      assert.match(data, /echo:ping/);
      server.close();
    }));
    socket.resume();
  }));
  req.end('early');
}));
