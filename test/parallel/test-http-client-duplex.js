'use strict';
// http.request with createConnection returning an in-memory Duplex: the exact request
// bytes (Host, Connection: close, chunked body), and the response parsed from the pair.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { duplexPair } = require('stream');

const [clientSide, serverSide] = duplexPair();
let seen = '';
serverSide.setEncoding('latin1');
serverSide.on('data', (d) => {
  seen += d;
  if (seen.endsWith('0\r\n\r\n')) {
    assert.strictEqual(seen, 'POST /up?x=1 HTTP/1.1\r\nX-Custom: c\r\nHost: example.com:8080\r\n' +
      'Connection: close\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n');
    serverSide.end('HTTP/1.1 201 Created\r\nContent-Length: 2\r\nX-A: 1\r\nX-A: 2\r\n\r\nok');
  }
});
const req = http.request({
  host: 'example.com',
  port: 8080,
  method: 'post',
  path: '/up?x=1',
  headers: { 'X-Custom': 'c' },
  createConnection: () => clientSide,
}, common.mustCall((res) => {
  assert.strictEqual(res.statusCode, 201);
  assert.strictEqual(res.headers['x-a'], '1, 2');
  let body = '';
  res.on('data', (d) => { body += d; });
  res.on('end', common.mustCall(() => assert.strictEqual(body, 'ok')));
}));
req.write('abc');
req.end('de');
