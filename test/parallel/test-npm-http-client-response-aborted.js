'use strict';
// A server that sends the headers and part of the body, then destroys the socket. Node:
// the response emits 'aborted', then 'error' (ECONNRESET, "aborted"), then 'close'; the
// request emits no 'error' (fastify's web-api test with a ReadableStream that errors
// mid-body relies on it).
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.write('hello');
  setTimeout(() => res.destroy(), 20);
});
server.listen(0, common.mustCall(() => {
  const req = http.get(`http://127.0.0.1:${server.address().port}`, common.mustCall((res) => {
    const events = [];
    res.on('aborted', () => events.push('aborted'));
    res.on('error', (err) => events.push(`error ${err.code} ${err.message}`));
    res.on('close', common.mustCall(() => {
      assert.deepStrictEqual(events, ['aborted', 'error ECONNRESET aborted']);
      server.close();
    }));
    res.resume();
  }));
  req.on('error', common.mustNotCall());
}));
