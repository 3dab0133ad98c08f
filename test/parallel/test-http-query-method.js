'use strict';
// The QUERY method (in http.METHODS, as in Node 24): a server receives it with its body,
// pipelined after other requests; http.request sends it; an unknown method still gets 400.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

assert.ok(http.METHODS.includes('QUERY'));

const server = http.createServer(common.mustCall((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(`${req.method} ${req.url} ${body}`));
}, 4));

server.listen(0, common.mustCall(async () => {
  const { port } = server.address();

  // Raw, pipelined: GET, QUERY with a body, QUERY with a chunked body.
  const raw = await new Promise((resolve) => {
    const c = net.connect(port, () => {
      c.end('GET /a HTTP/1.1\r\nHost: x\r\n\r\n' +
        'QUERY /q?x=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello' +
        'QUERY /r HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n' +
        'Connection: close\r\n\r\n2\r\nhi\r\n0\r\n\r\n');
    });
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('end', () => resolve(out));
  });
  assert.deepStrictEqual(raw.match(/HTTP\/1\.1 \d+/g), ['HTTP/1.1 200', 'HTTP/1.1 200', 'HTTP/1.1 200']);
  assert.ok(raw.includes('GET /a '), raw);
  assert.ok(raw.includes('QUERY /q?x=1 hello'), raw);
  assert.ok(raw.includes('QUERY /r hi'), raw);

  // The client sends it.
  const text = await new Promise((resolve, reject) => {
    const req = http.request({ port, method: 'QUERY', path: '/c' }, (res) => {
      let t = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { t += d; });
      res.on('end', () => resolve(t));
    });
    req.on('error', reject);
    req.end('{"find":1}');
  });
  assert.strictEqual(text, 'QUERY /c {"find":1}');

  // A method nobody knows is still a 400.
  const bad = await new Promise((resolve) => {
    const c = net.connect(port, () => c.write('QUERX / HTTP/1.1\r\nHost: x\r\n\r\n'));
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('end', () => resolve(out));
  });
  assert.match(bad, /^HTTP\/1\.1 400 /);
  server.close();
}));
