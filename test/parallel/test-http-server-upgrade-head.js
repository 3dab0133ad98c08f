'use strict';
// An upgrade request whose first bytes of the new protocol arrive in the same packet gets
// them as `head`; later bytes reach the socket's 'data' listeners. A 'data' listener that
// a 'connection' handler adds sees the raw request bytes and requests are still answered.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  res.end('plain');
}));
let raw = '';
let connections = 0;
server.on('connection', common.mustCall((socket) => {
  // Only the first connection is observed; the upgrade one is parsed natively.
  if (connections++ === 0) socket.on('data', (d) => { raw += d.toString('latin1'); });
}, 2));
server.on('upgrade', common.mustCall((req, socket, head) => {
  assert.strictEqual(req.headers.upgrade, 'echo');
  assert.strictEqual(head.toString(), 'first|');
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  socket.write(head);
  socket.on('data', (d) => socket.write(d));
  socket.on('end', () => socket.end());
}));

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  // A plain request first, on a connection whose 'data' is observed.
  http.get({ port, path: '/plain', agent: false }, common.mustCall((res) => {
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'plain');
      assert.match(raw, /^GET \/plain HTTP\/1\.1\r\n/);
      upgrade(port);
    }));
  }));
}));

function upgrade(port) {
  const socket = net.connect(port, () => {
    socket.write('GET /ws HTTP/1.1\r\nHost: a\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\nfirst|');
  });
  let data = '';
  socket.setEncoding('latin1');
  socket.on('data', (d) => {
    data += d;
    if (data.endsWith('first|')) socket.end('second');
  });
  socket.on('end', common.mustCall(() => {
    assert.match(data, /^HTTP\/1\.1 101 /);
    assert.ok(data.endsWith('\r\n\r\nfirst|second'), JSON.stringify(data));
    server.close();
  }));
}
