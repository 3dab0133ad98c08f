'use strict';
// The maxHeaderSize server option and http.maxHeaderSize bound the header bytes: past
// the limit the server answers 431; a client refuses a response with larger headers.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

assert.strictEqual(http.maxHeaderSize, 16384);

const server = http.createServer({ maxHeaderSize: 100 }, common.mustCall((req, res) => res.end('ok')));
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const small = net.connect(port);
  small.end('GET / HTTP/1.1\r\nHost: a\r\n\r\n');
  let a = '';
  small.on('data', (d) => { a += d; });
  small.on('close', common.mustCall(() => {
    assert.match(a, /^HTTP\/1\.1 200 OK/);
    const big = net.connect(port);
    big.on('error', () => {});
    big.write(`GET / HTTP/1.1\r\nHost: a\r\nX: ${'y'.repeat(120)}\r\n\r\n`);
    let b = '';
    big.on('data', (d) => { b += d; });
    big.on('close', common.mustCall(() => {
      assert.strictEqual(b, 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n');
      server.close();
    }));
  }));
}));

const server2 = http.createServer((req, res) => {
  res.setHeader('X-Big', 'z'.repeat(300));
  res.end();
});
server2.listen(0, common.mustCall(() => {
  const req = http.get({ port: server2.address().port, maxHeaderSize: 100, agent: false },
    common.mustNotCall());
  req.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'HPE_HEADER_OVERFLOW');
    server2.close();
  }));
}));
