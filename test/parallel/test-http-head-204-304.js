'use strict';
// Responses without a body: HEAD sends the head only (no length for a body given to
// end()); 204 and 304 send neither a body nor a length, and keep the connection.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  if (req.url === '/204') { res.writeHead(204); res.end('ignored'); return; }
  if (req.url === '/304') { res.statusCode = 304; res.end(); return; }
  res.end('hello');
});
server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port);
  socket.write('HEAD / HTTP/1.1\r\nHost: a\r\n\r\nGET /204 HTTP/1.1\r\nHost: a\r\n\r\n' +
    'GET /304 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
  let data = '';
  socket.setEncoding('latin1');
  socket.on('data', (d) => { data += d; });
  socket.on('end', common.mustCall(() => {
    const masked = data.replace(/Date: [^\r]*\r\n/g, '');
    assert.strictEqual(masked,
      'HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\n' +
      'HTTP/1.1 204 No Content\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\n' +
      'HTTP/1.1 304 Not Modified\r\nConnection: close\r\n\r\n');
    // A client HEAD request does not wait for a body.
    http.request({ port: server.address().port, method: 'HEAD', agent: false },
      common.mustCall((res) => {
        assert.strictEqual(res.statusCode, 200);
        res.on('data', common.mustNotCall());
        res.on('end', common.mustCall(() => server.close()));
      })).end();
  }));
}));
