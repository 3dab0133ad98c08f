'use strict';
// IncomingMessage headers: lower-cased names, set-cookie as an array, cookie joined with
// '; ', single-valued fields keep the first value, others are comma-joined;
// headersDistinct and rawHeaders keep everything; joinDuplicateHeaders joins all.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { duplexPair } = require('stream');

const request = 'GET / HTTP/1.1\r\nHost: first\r\nHost: second\r\nX-List: a\r\nx-list: b\r\n' +
  'Set-Cookie: s1\r\nSet-Cookie: s2\r\nCookie: c1\r\nCookie: c2\r\n' +
  'Content-Type: text/a\r\nContent-Type: text/b\r\nX-Latin: caf\xe9\r\nConnection: close\r\n\r\n';

function check(options, verify) {
  const server = http.createServer(options, common.mustCall((req, res) => {
    verify(req);
    res.end();
  }));
  const [a, b] = duplexPair();
  server.emit('connection', a);
  b.resume();
  b.write(Buffer.from(request, 'latin1'));
}

check({}, (req) => {
  assert.deepStrictEqual({ ...req.headers }, {
    'host': 'first',
    'x-list': 'a, b',
    'set-cookie': ['s1', 's2'],
    'cookie': 'c1; c2',
    'content-type': 'text/a',
    'x-latin': 'caf\xe9',
    'connection': 'close',
  });
  assert.deepStrictEqual(req.headersDistinct.host, ['first', 'second']);
  assert.deepStrictEqual(req.headersDistinct['x-list'], ['a', 'b']);
  assert.deepStrictEqual(req.rawHeaders.slice(0, 6), ['Host', 'first', 'Host', 'second', 'X-List', 'a']);
  assert.strictEqual(req.rawHeaders.length, 24);
  assert.strictEqual(req.httpVersion, '1.1');
  assert.strictEqual(req.httpVersionMajor, 1);
  assert.strictEqual(req.httpVersionMinor, 1);
  assert.strictEqual(req.method, 'GET');
  assert.strictEqual(req.url, '/');
});

check({ joinDuplicateHeaders: true }, (req) => {
  assert.strictEqual(req.headers.host, 'first, second');
  assert.strictEqual(req.headers['content-type'], 'text/a, text/b');
  assert.deepStrictEqual(req.headers['set-cookie'], ['s1', 's2']);
});
