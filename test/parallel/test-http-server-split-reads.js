'use strict';
// A request whose bytes arrive one at a time (head and chunked body split at every
// position) is parsed as if it came in one piece; then a request with 100 headers.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const names = [];
for (let i = 0; i < 100; i++) names.push(`x-header-${i}`);

const server = http.createServer(common.mustCall((req, res) => {
  if (req.url === '/split') {
    assert.strictEqual(req.method, 'POST');
    assert.strictEqual(req.headers.host, 'example');
    assert.strictEqual(req.headers['x-long'], 'v'.repeat(40));
    let body = '';
    req.setEncoding('latin1');
    req.on('data', (d) => { body += d; });
    req.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'hello world');
      assert.deepStrictEqual(req.trailers, { 'x-trailer': 'done' });
      res.end('split ok');
    }));
  } else {
    assert.strictEqual(req.url, '/many');
    // Host, the 100 named ones and Connection.
    assert.strictEqual(req.rawHeaders.length, 2 * (names.length + 2));
    for (let i = 0; i < names.length; i++) assert.strictEqual(req.headers[names[i]], `value ${i}`);
    res.end('many ok');
  }
}, 2));

server.listen(0, common.mustCall(() => {
  const split = 'POST /split HTTP/1.1\r\nHost: example\r\nX-Long: ' + 'v'.repeat(40) +
    '\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n' +
    'X-Trailer: done\r\n\r\n';
  let many = 'GET /many HTTP/1.1\r\nHost: example\r\n';
  for (let i = 0; i < names.length; i++) many += `${names[i]}: value ${i}\r\n`;
  many += 'Connection: close\r\n\r\n';
  const socket = net.connect(server.address().port);
  socket.setNoDelay(true);
  let i = 0;
  const next = () => {
    if (i < split.length) {
      socket.write(split[i++]);
      setTimeout(next, 1);
    } else {
      socket.write(many);
    }
  };
  socket.on('connect', next);
  let data = '';
  socket.setEncoding('latin1');
  socket.on('data', (d) => { data += d; });
  socket.on('end', common.mustCall(() => {
    assert.match(data, /split ok/);
    assert.match(data, /many ok/);
    assert.strictEqual(data.match(/HTTP\/1\.1 200 OK/g).length, 2);
    server.close();
  }));
}));
