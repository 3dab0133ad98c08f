'use strict';
// maxRequestsPerSocket: the last allowed response says Connection: close (and
// Keep-Alive: max=N before that); requests beyond it get 503 and 'dropRequest'.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => res.end('ok'), 2));
server.maxRequestsPerSocket = 2;
server.on('dropRequest', common.mustCall());
server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port);
  socket.write('GET /1 HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\n\r\n' +
    'GET /3 HTTP/1.1\r\nHost: a\r\n\r\n');
  let data = '';
  socket.on('data', (d) => { data += d; });
  socket.on('error', () => {});
  socket.on('close', common.mustCall(() => {
    const heads = data.split('HTTP/1.1 ').slice(1);
    assert.match(heads[0], /^200 OK\r\n[^]*Keep-Alive: timeout=5, max=2\r\n/);
    assert.match(heads[1], /^200 OK\r\n[^]*Connection: close\r\n/);
    if (heads.length > 2) assert.match(heads[2], /^503 Service Unavailable/);
    server.close();
  }));
}));
