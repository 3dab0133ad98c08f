'use strict';
// writeHead takes headers as an object, a flat [name, value, ...] array or an array of
// pairs; array values become repeated lines, and the bytes keep the given case.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { duplexPair } = require('stream');

function respond(handler, check) {
  const server = http.createServer(common.mustCall(handler));
  const [a, b] = duplexPair();
  server.emit('connection', a);
  let data = '';
  b.setEncoding('latin1');
  b.on('data', (d) => { data += d; });
  b.on('end', common.mustCall(() => check(data)));
  b.write('GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
}

respond((req, res) => {
  res.writeHead(200, ['X-A', '1', 'X-A', '2', 'Set-Cookie', 'c']);
  res.end('x');
}, (data) => {
  assert.match(data, /^HTTP\/1\.1 200 OK\r\nX-A: 1\r\nX-A: 2\r\nSet-Cookie: c\r\nDate: /);
});

respond((req, res) => {
  res.writeHead(404, [['X-P', 'p'], ['X-Q', ['q1', 'q2']]]);
  res.end();
}, (data) => {
  assert.match(data, /^HTTP\/1\.1 404 Not Found\r\nX-P: p\r\nX-Q: q1\r\nX-Q: q2\r\n/);
  // writeHead() fixes the head before end(): no length is known, so it is chunked.
  assert.match(data, /Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n$/);
});

respond((req, res) => {
  res.statusCode = 299;
  res.sendDate = false;
  res.end('body');
}, (data) => {
  assert.strictEqual(data, 'HTTP/1.1 299 unknown\r\nConnection: close\r\nContent-Length: 4\r\n\r\nbody');
});
