'use strict';
// Clients that send a request and reset the connection at once: the server still answers
// each request, and each connection's failure reaches 'clientError' as a socket error
// (ECONNRESET or EPIPE, from the response's write or the read), never silently and never
// more than once. (Lode holds response bytes until the loop phase ends; a failure found
// then, or when the socket is ended, must still fail the socket as the write would have.)
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const kClients = 30;
const errors = [];
const server = http.createServer(common.mustCall((req, res) => {
  res.end('x'.repeat(100));
}, kClients));

server.on('clientError', (err, socket) => {
  errors.push(err);
  socket.destroy();
  if (errors.length === kClients) checkErrors();
});

server.listen(0, common.mustCall(() => {
  for (let i = 0; i < kClients; i++) {
    const client = net.connect(server.address().port, common.mustCall(() => {
      client.write('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n');
      client.resetAndDestroy();
    }));
  }
}));

function checkErrors() {
  for (const err of errors) {
    assert.ok(['ECONNRESET', 'EPIPE'].includes(err.code), err.code);
    assert.ok(['write', 'read'].includes(err.syscall), err.syscall);
  }
  // close() calls back once every connection is gone: none reported twice by then.
  server.close(common.mustCall(() => assert.strictEqual(errors.length, kClients)));
}
