'use strict';
// strictContentLength: ending a body longer or shorter than the Content-Length header
// says throws ERR_HTTP_CONTENT_LENGTH_MISMATCH (checked at end()); without it nothing is.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { duplexPair } = require('stream');

function serve(handler) {
  const server = http.createServer(common.mustCall(handler));
  const [a, b] = duplexPair();
  server.emit('connection', a);
  b.resume();
  b.write('GET / HTTP/1.1\r\nHost: a\r\n\r\n');
}

serve((req, res) => {
  res.strictContentLength = true;
  res.setHeader('Content-Length', 2);
  res.write('abc');
  assert.throws(() => res.end(), {
    code: 'ERR_HTTP_CONTENT_LENGTH_MISMATCH',
    message: "Response body's content-length of 3 byte(s) does not match the content-length of 2 byte(s) set in header",
  });
  res.destroy();
});

serve((req, res) => {
  res.strictContentLength = true;
  res.setHeader('Content-Length', 5);
  res.write('ab');
  assert.throws(() => res.end('c'), {
    code: 'ERR_HTTP_CONTENT_LENGTH_MISMATCH',
    message: "Response body's content-length of 3 byte(s) does not match the content-length of 5 byte(s) set in header",
  });
  res.destroy();
});

serve((req, res) => {
  res.setHeader('Content-Length', 5);
  res.end('ab');
});
