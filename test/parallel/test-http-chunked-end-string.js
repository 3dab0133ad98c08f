'use strict';
// res.end(string) on a chunked response (writeHead before end, no Content-Length): the
// body's chunk, the last-chunk and any trailers arrive intact on the wire, and the end
// callback and 'finish' run once.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const cases = {
  '/plain': {
    handle(res) {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('h\u00e9llo', common.mustCall());
    },
    body: '6\r\nh\u00e9llo\r\n0\r\n\r\n',
  },
  '/written': {
    handle(res) {
      res.writeHead(200);
      res.write('x');
      res.end('yz', common.mustCall());
    },
    body: '1\r\nx\r\n2\r\nyz\r\n0\r\n\r\n',
  },
  '/trailers': {
    handle(res) {
      res.writeHead(200, { Trailer: 'X-T' });
      res.addTrailers({ 'X-T': '1' });
      res.end('abc', common.mustCall());
    },
    body: '3\r\nabc\r\n0\r\nX-T: 1\r\n\r\n',
  },
  '/latin1': {
    handle(res) {
      res.writeHead(200);
      res.end('\u00ff\u00fe', 'latin1', common.mustCall());
    },
    body: Buffer.from('2\r\n\u00ff\u00fe\r\n0\r\n\r\n', 'latin1').toString('latin1'),
    encoding: 'latin1',
  },
  '/hex': {
    handle(res) {
      res.writeHead(200);
      res.end('616263', 'hex', common.mustCall());
    },
    body: '3\r\nabc\r\n0\r\n\r\n',
  },
};

const server = http.createServer(common.mustCall((req, res) => {
  res.on('finish', common.mustCall());
  cases[req.url].handle(res);
}, Object.keys(cases).length));

server.listen(0, common.mustCall(() => {
  let left = Object.keys(cases).length;
  for (const [path, { body, encoding = 'utf8' }] of Object.entries(cases)) {
    const socket = net.connect(server.address().port);
    const chunks = [];
    socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    socket.on('data', (d) => chunks.push(d));
    socket.on('end', common.mustCall(() => {
      const raw = Buffer.concat(chunks);
      const split = raw.indexOf('\r\n\r\n');
      const head = raw.subarray(0, split).toString('latin1');
      assert.match(head, /^HTTP\/1\.1 200 OK\r\n/);
      assert.match(head, /\r\nTransfer-Encoding: chunked(\r\n|$)/);
      assert.strictEqual(raw.subarray(split + 4).toString(encoding), body);
      if (--left === 0) server.close();
    }));
  }
}));

// HEAD: end(string) sends no body at all.
const headServer = http.createServer(common.mustCall((req, res) => {
  res.writeHead(200);
  res.end('abc', common.mustCall());
}));
headServer.listen(0, common.mustCall(() => {
  const socket = net.connect(headServer.address().port);
  const chunks = [];
  socket.write('HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  socket.on('data', (d) => chunks.push(d));
  socket.on('end', common.mustCall(() => {
    const raw = Buffer.concat(chunks).toString('latin1');
    assert.ok(raw.endsWith('\r\n\r\n'));
    assert.doesNotMatch(raw, /abc/);
    headServer.close();
  }));
}));
