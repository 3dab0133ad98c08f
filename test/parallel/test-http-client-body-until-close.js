'use strict';
// A response with neither Content-Length nor chunked encoding (HTTP/1.0 style) ends
// when the server closes the connection; the client still gets 'end' and the body.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = net.createServer((socket) => {
  socket.once('data', () => {
    socket.write('HTTP/1.1 200 OK\r\nConnection: close\r\n\r\npart1,');
    setTimeout(() => socket.end('part2'), 20);
  });
});
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port, agent: false }, common.mustCall((res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'part1,part2');
      assert.strictEqual(res.complete, true);
      server.close();
    }));
  }));
}));
