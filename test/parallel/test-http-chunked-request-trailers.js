'use strict';
// A chunked request body arrives in pieces, with its trailers after 'end'; the chunked
// framing may be split anywhere across reads.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', common.mustCall(() => {
    assert.strictEqual(body, 'hello world, chunked');
    assert.strictEqual(req.complete, true);
    assert.deepStrictEqual(req.trailers, { 'x-sum': 'abc', 'x-two': '1, 2' });
    assert.deepStrictEqual(req.rawTrailers, ['X-Sum', 'abc', 'X-Two', '1', 'X-Two', '2']);
    res.end('ok');
  }));
}));
server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port);
  const raw = 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n' +
    '5\r\nhello\r\n6\r\n world\r\n9;ext=1\r\n, chunked\r\n0\r\nX-Sum: abc\r\nX-Two: 1\r\nX-Two: 2\r\n\r\n';
  // One byte per write for the first part, to split the framing everywhere.
  let i = 0;
  const step = () => {
    if (i < raw.length) {
      socket.write(raw.slice(i, i + 7));
      i += 7;
      setImmediate(step);
    }
  };
  step();
  let data = '';
  socket.on('data', (d) => { data += d; });
  socket.on('end', common.mustCall(() => {
    assert.match(data, /^HTTP\/1\.1 200 OK\r\n/);
    assert.match(data, /\r\n\r\nok$/);
    server.close();
  }));
}));
