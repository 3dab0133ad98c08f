'use strict';
// write() before end() without a Content-Length gives a chunked response with the exact
// framing, trailers from addTrailers(), and a zero-length write adds no chunk.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  res.setHeader('Trailer', 'X-Check');
  res.write('abc');
  res.write('');
  res.write(Buffer.from('0123456789abcdef'));
  res.addTrailers({ 'X-Check': 'yes' });
  res.end('!');
}));
server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port);
  socket.write('GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
  let data = '';
  socket.setEncoding('latin1');
  socket.on('data', (d) => { data += d; });
  socket.on('end', common.mustCall(() => {
    const [head, body] = data.split('\r\n\r\n', 2).concat();
    assert.match(head, /\r\nTransfer-Encoding: chunked$/);
    assert.doesNotMatch(head, /Content-Length/);
    assert.strictEqual(data.slice(data.indexOf('\r\n\r\n') + 4),
      '3\r\nabc\r\n10\r\n0123456789abcdef\r\n1\r\n!\r\n0\r\nX-Check: yes\r\n\r\n');
    server.close();
  }));
}));

// Trailers also reach a Lode/Node client.
const server2 = http.createServer((req, res) => {
  res.writeHead(200, { Trailer: 'X-T' });
  res.write('x');
  res.addTrailers([['X-T', 'v']]);
  res.end();
});
server2.listen(0, common.mustCall(() => {
  http.get({ port: server2.address().port, agent: false }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => {
      assert.deepStrictEqual(res.trailers, { 'x-t': 'v' });
      server2.close();
    }));
  }));
}));
