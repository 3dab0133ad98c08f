'use strict';
// headersTimeout cuts off a client that sends its head too slowly with Node's 408
// response; server defaults and option validation.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const defaults = http.createServer();
assert.strictEqual(defaults.requestTimeout, 300000);
assert.strictEqual(defaults.headersTimeout, 60000);
assert.strictEqual(defaults.keepAliveTimeout, 5000);
assert.strictEqual(defaults.timeout, 0);
assert.strictEqual(defaults.maxHeadersCount, null);
assert.strictEqual(defaults.maxRequestsPerSocket, 0);
assert.throws(() => http.createServer({ headersTimeout: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => http.createServer({ requestTimeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });

const server = http.createServer({
  headersTimeout: 200,
  requestTimeout: 400,
  connectionsCheckingInterval: 50,
}, common.mustNotCall());
server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port);
  const start = Date.now();
  socket.write('GET / HTTP/1.1\r\n');
  const slow = setInterval(() => socket.write('X-Slow: 1\r\n'), 30);
  let data = '';
  socket.on('data', (d) => { data += d; });
  socket.on('error', () => {});
  socket.on('close', common.mustCall(() => {
    clearInterval(slow);
    assert.strictEqual(data, 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
    assert.ok(Date.now() - start >= 150);
    server.close();
  }));
}));
