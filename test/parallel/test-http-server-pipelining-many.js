'use strict';
// Thousands of pipelined requests arriving in one write are all answered, in order (the
// parser's event space fills up mid-read and parsing continues where it stopped).
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const COUNT = 3000;
let seen = 0;
const server = http.createServer((req, res) => {
  assert.strictEqual(req.url, `/${seen++}`);
  res.end(`<${req.url}>`);
});
server.listen(0, common.mustCall(() => {
  let out = '';
  for (let i = 0; i < COUNT; i++) {
    out += `GET /${i} HTTP/1.1\r\nHost: a\r\n${i === COUNT - 1 ? 'Connection: close\r\n' : ''}\r\n`;
  }
  const socket = net.connect(server.address().port, () => socket.write(out));
  let data = '';
  socket.setEncoding('latin1');
  socket.on('data', (d) => { data += d; });
  socket.on('end', common.mustCall(() => {
    const bodies = data.match(/<\/\d+>/g);
    assert.strictEqual(bodies.length, COUNT);
    for (let i = 0; i < COUNT; i++) assert.strictEqual(bodies[i], `</${i}>`);
    assert.strictEqual(seen, COUNT);
    server.close();
  }));
}));
