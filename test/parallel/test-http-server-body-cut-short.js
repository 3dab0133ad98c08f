'use strict';
// A client that ends its connection inside a request body: the server's parser reports
// HPE_INVALID_EOF_STATE at the end of input ('clientError' and the socket's 'error' get an
// Error with message 'Parse Error', code, reason and bytesParsed), and the request emits
// 'aborted' and an ECONNRESET 'error'.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req) => {
  req.socket.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'HPE_INVALID_EOF_STATE');
  }));
  req.on('aborted', common.mustCall());
  req.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.message, 'aborted');
  }));
  req.on('close', common.mustCall(() => server.close()));
  req.resume();
}));

server.on('clientError', common.mustCall((err, socket) => {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.message, 'Parse Error');
  assert.strictEqual(err.code, 'HPE_INVALID_EOF_STATE');
  assert.strictEqual(err.reason, 'Invalid EOF state');
  assert.strictEqual(err.bytesParsed, 0);
  socket.destroy(err);
}));

server.listen(0, common.mustCall(() => {
  const client = net.connect(server.address().port, common.mustCall(() => {
    client.end('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nhello');
  }));
  client.on('error', () => {});
  client.resume();
}));
