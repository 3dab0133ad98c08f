'use strict';
// An http.Server answers requests over any Duplex handed to 'connection' (here an
// in-memory stream.duplexPair): exact response bytes, keep-alive then Connection: close.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { duplexPair } = require('stream');

const server = http.createServer(common.mustCall((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.end(`${req.method} ${req.url}\n`);
}, 2));
const [serverSide, clientSide] = duplexPair();
server.emit('connection', serverSide);
let received = '';
clientSide.setEncoding('latin1');
clientSide.on('data', (d) => { received += d; });
clientSide.on('end', common.mustCall(() => {
  const masked = received.replace(/Date: [^\r]*\r\n/g, 'Date: X\r\n');
  assert.strictEqual(masked,
    'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nDate: X\r\nConnection: keep-alive\r\n' +
    'Keep-Alive: timeout=5\r\nContent-Length: 7\r\n\r\nGET /a\n' +
    'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nDate: X\r\nConnection: close\r\n' +
    'Content-Length: 8\r\n\r\nPOST /b\n');
}));
clientSide.write('GET /a HTTP/1.1\r\nHost: x\r\n\r\n');
clientSide.write('POST /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
