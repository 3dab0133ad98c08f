'use strict';
// A connection that has not sent its first request yet is not idle: closeIdleConnections()
// and close() leave it open, and it still gets its response (as in Node, where a new
// connection counts as busy from the start). After its response it is idle.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  res.end('ok');
}));

server.on('connection', common.mustCall(() => {
  server.closeIdleConnections();
  // close() stops listening but waits for this connection.
  server.close(common.mustCall());
  setImmediate(() => {
    assert.strictEqual(socket.destroyed, false);
    socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  });
}));

let socket;
let response = '';
server.listen(0, common.mustCall(() => {
  socket = net.connect(server.address().port);
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { response += chunk; });
  socket.on('close', common.mustCall(() => {
    assert.match(response, /^HTTP\/1\.1 200 OK\r\n/);
    assert.match(response, /\r\n\r\nok$/);
  }));
}));
