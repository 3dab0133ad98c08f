'use strict';
// Pipelined requests sent in one write are answered in request order, even when a later
// handler finishes first.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  const delay = req.url === '/1' ? 50 : 0;
  setTimeout(() => res.end(`body${req.url}`), delay);
}, 3));
server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port);
  socket.write('GET /1 HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\n\r\n' +
    'GET /3 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
  let data = '';
  socket.setEncoding('latin1');
  socket.on('data', (d) => { data += d; });
  socket.on('end', common.mustCall(() => {
    const bodies = data.match(/body\/\d/g);
    assert.deepStrictEqual(bodies, ['body/1', 'body/2', 'body/3']);
    assert.strictEqual(data.match(/HTTP\/1\.1 200 OK/g).length, 3);
    server.close();
  }));
}));
