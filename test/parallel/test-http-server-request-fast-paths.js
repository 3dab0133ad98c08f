'use strict';
// What the server's per-request shortcuts must keep: Host and Expect found in any letter
// case (a missing Host on HTTP/1.1 gets 400 unless requireHostHeader is false), pipelined
// requests nobody reads answered in order, a body read only later still arriving whole,
// 'close' on a request, status lines and header checks that give the same answer twice.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

// Sends raw bytes (then ends the socket, unless keepOpen), resolves with everything the
// server wrote until it closed.
function exchange(port, text, keepOpen = false) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      if (keepOpen) socket.write(text);
      else socket.end(text);
    });
    let got = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => { got += d; });
    socket.on('end', () => resolve(got));
    socket.on('error', reject);
  });
}

function listen(options, handler) {
  return new Promise((resolve) => {
    const server = http.createServer(options, handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function hostAndExpect() {
  const server = await listen({}, (req, res) => {
    res.end(req.method + ' ' + req.url);
  });
  const { port } = server.address();
  let out = await exchange(port, 'GET /a HTTP/1.1\r\nConnection: close\r\n\r\n');
  assert.match(out, /^HTTP\/1\.1 400 Bad Request\r\n/);
  assert.match(out, /\r\nConnection: close\r\n/i);
  out = await exchange(port, 'GET /b HTTP/1.1\r\nhOsT: x\r\nConnection: close\r\n\r\n');
  assert.match(out, /^HTTP\/1\.1 200 OK\r\n/);
  assert.ok(out.endsWith('GET /b'));
  // HTTP/1.0 needs no Host.
  out = await exchange(port, 'GET /c HTTP/1.0\r\n\r\n');
  assert.match(out, /^HTTP\/1\.1 200 OK\r\n/);
  out = await exchange(port, 'POST /d HTTP/1.1\r\nHost: x\r\neXPECT: 100-continue\r\n' +
    'Content-Length: 2\r\nConnection: close\r\n\r\nhi');
  assert.match(out, /^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 OK\r\n/);
  server.close();

  const lax = await listen({ requireHostHeader: false }, (req, res) => res.end('ok'));
  out = await exchange(lax.address().port, 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n');
  assert.match(out, /^HTTP\/1\.1 200 OK\r\n/);
  lax.close();
}

async function pipelinedUnread() {
  let n = 0;
  const server = await listen({}, (req, res) => {
    n++;
    // Nobody reads the request; the body of the second one is thrown away.
    res.setHeader('X-N', String(n));
    res.end('r' + n);
  });
  const req = (path, extra = '') => `POST ${path} HTTP/1.1\r\nHost: x\r\n${extra}`;
  const out = await exchange(server.address().port,
    req('/1', 'Content-Length: 0\r\n\r\n') +
    req('/2', 'Content-Length: 5\r\n\r\nhello') +
    req('/3', 'Content-Length: 0\r\nConnection: close\r\n\r\n'));
  const bodies = out.split(/HTTP\/1\.1 200 OK\r\n/).slice(1)
    .map((r) => r.slice(r.indexOf('\r\n\r\n') + 4));
  assert.deepStrictEqual(bodies, ['r1', 'r2', 'r3']);
  assert.deepStrictEqual(out.match(/X-N: \d/g), ['X-N: 1', 'X-N: 2', 'X-N: 3']);
  server.close();
}

async function lateBodyAndClose() {
  const server = await listen({}, common.mustCall((req, res) => {
    req.on('close', common.mustCall(() => {
      assert.strictEqual(req.complete, true);
      assert.strictEqual(req.aborted, false);
    }));
    setTimeout(() => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (d) => { body += d; });
      req.on('end', common.mustCall(() => {
        assert.strictEqual(body, 'x'.repeat(3000));
        assert.strictEqual(req.readableEnded, true);
        res.end(String(body.length));
      }));
    }, 20);
  }));
  const out = await exchange(server.address().port,
    'PUT / HTTP/1.1\r\nHost: x\r\nContent-Length: 3000\r\nConnection: close\r\n\r\n' +
    'x'.repeat(3000), true);
  assert.ok(out.endsWith('\r\n3000'), out);
  server.close();
}

async function sameAnswerTwice() {
  const server = await listen({}, (req, res) => {
    if (req.url === '/custom') res.writeHead(200, 'Fine', { 'Content-Type': 'text/plain' });
    else res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end();
  });
  const { port } = server.address();
  const get = (path) => `GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`;
  const out = await exchange(port, get('/custom') + get('/') + get('/custom') +
    'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.deepStrictEqual(out.match(/^HTTP\/1\.1 .*$/mg).map((l) => l.trim()),
    ['HTTP/1.1 200 Fine', 'HTTP/1.1 200 OK', 'HTTP/1.1 200 Fine', 'HTTP/1.1 200 OK']);
  server.close();

  for (let i = 0; i < 2; i++) {
    assert.throws(() => http.validateHeaderName('bad name'), { code: 'ERR_INVALID_HTTP_TOKEN' });
    assert.throws(() => http.validateHeaderValue('x', 'a\nb'), { code: 'ERR_INVALID_CHAR' });
    assert.throws(() => http.validateHeaderValue('x', undefined),
      { code: 'ERR_HTTP_INVALID_HEADER_VALUE' });
    http.validateHeaderName('X-Good');
    http.validateHeaderValue('X-Good', 'fine value');
  }
  const res = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1 });
  assert.throws(() => res.writeHead(200, 'bad\nmessage'), { code: 'ERR_INVALID_CHAR' });
}

(async () => {
  await hostAndExpect();
  await pipelinedUnread();
  await lateBodyAndClose();
  await sameAnswerTwice();
})().then(common.mustCall());
