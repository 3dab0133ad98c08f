'use strict';
// A client that uploads faster than the handler reads is paused: while the handler does
// not read, the server reads only a bounded amount from the socket; once it reads, the
// whole body arrives intact.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const SIZE = 32 * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024, 'a');

const server = http.createServer(common.mustCall((req, res) => {
  setTimeout(common.mustCall(() => {
    // The request stream's buffer is full and reading stopped: far less than the body.
    assert.ok(req.socket.bytesRead < 8 * 1024 * 1024, `read ${req.socket.bytesRead}`);
    assert.ok(req.readableLength > 0);
    let received = 0;
    req.on('data', (d) => { received += d.length; });
    req.on('end', common.mustCall(() => {
      assert.strictEqual(received, SIZE);
      res.end(String(received));
    }));
  }), 300);
}));

server.listen(0, common.mustCall(() => {
  const req = http.request({
    port: server.address().port, method: 'POST',
    headers: { 'content-length': SIZE },
  }, common.mustCall((res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, String(SIZE));
      server.close();
    }));
  }));
  let sent = 0;
  const write = () => {
    while (sent < SIZE) {
      sent += chunk.length;
      if (sent >= SIZE) { req.end(chunk); return; }
      if (!req.write(chunk)) { req.once('drain', write); return; }
    }
  };
  write();
}));
