'use strict';
// ws-style upgrade: the client's upgraded socket delivers the server's bytes to a
// 'data' listener added in the 'upgrade' handler (it must not stay paused).
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustNotCall());
server.on('upgrade', common.mustCall((req, socket, head) => {
  assert.strictEqual(head.length, 0);
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  socket.on('data', common.mustCall((d) => {
    assert.strictEqual(String(d), 'ping');
    socket.end('pong');
  }));
}));

server.listen(0, common.mustCall(() => {
  const req = http.request({
    port: server.address().port,
    headers: { Connection: 'Upgrade', Upgrade: 'echo' },
  });
  req.on('upgrade', common.mustCall((res, socket, head) => {
    assert.strictEqual(res.statusCode, 101);
    assert.strictEqual(head.length, 0);
    assert.strictEqual(socket.readableFlowing, null);
    let got = '';
    socket.setEncoding('utf8');
    socket.on('data', (d) => { got += d; });
    socket.on('end', common.mustCall(() => {
      assert.strictEqual(got, 'pong');
      server.close();
    }));
    socket.write('ping');
  }));
  req.end();
}));
