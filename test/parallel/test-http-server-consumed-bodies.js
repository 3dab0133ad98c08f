'use strict';
// Request bodies that arrive in the same read as their headers (and as other requests) are
// delivered whole and in order, small and large; a parse error later in such a read reaches
// 'clientError' with the read's bytes as err.rawPacket.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

function post(path, body) {
  return `POST ${path} HTTP/1.1\r\nHost: a\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n` +
    body;
}

async function bodiesInOneRead() {
  const bodies = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      bodies.push(`${req.method} ${req.url} ${body}`);
      res.end(`${req.url}:${body.length}`);
    });
  });
  await new Promise((resolve) => server.listen(0, resolve));
  const large = 'y'.repeat(100 * 1024);
  const text = post('/a', '{"a":1}') + post('/b', 'h\u00e9llo') + post('/c', large) +
    'GET /d HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n';
  const received = await new Promise((resolve) => {
    const socket = net.connect(server.address().port, () => socket.write(text));
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => { data += d; });
    socket.on('end', () => resolve(data));
  });
  assert.deepStrictEqual(bodies,
    ['POST /a {"a":1}', 'POST /b h\u00e9llo', `POST /c ${large}`, 'GET /d ']);
  assert.deepStrictEqual(received.match(/\/[abcd]:\d+/g),
    ['/a:7', '/b:5', `/c:${large.length}`, '/d:0']);
  server.close();
}

async function errorAfterABody() {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.end('ok'));
  });
  const text = post('/a', 'body') + 'G@T / HTTP/1.1\r\n\r\n';
  const clientError = new Promise((resolve) => {
    server.on('clientError', common.mustCall((err, socket) => {
      assert.strictEqual(err.code, 'HPE_INVALID_METHOD');
      assert.ok(Buffer.isBuffer(err.rawPacket));
      // The packet is the read the error was found in: its last bytes are the bad line.
      assert.ok(err.rawPacket.toString('latin1').endsWith('G@T / HTTP/1.1\r\n\r\n'));
      socket.destroy();
      resolve();
    }));
  });
  await new Promise((resolve) => server.listen(0, resolve));
  const socket = net.connect(server.address().port, () => socket.write(text));
  socket.on('error', () => {});
  socket.resume();
  await clientError;
  server.close();
}

(async () => {
  await bodiesInOneRead();
  await errorAfterABody();
})().then(common.mustCall());
