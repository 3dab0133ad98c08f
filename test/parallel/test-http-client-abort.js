'use strict';
// Ending a request early: an AbortSignal destroys it with an AbortError, destroy()
// before a response gives 'socket hang up' (ECONNRESET), abort() emits 'abort', then
// that same error, then 'close'; a server request sees 'close' with aborted set.
const common = require('../common');
const assert = require('assert');
const http = require('http');

let serverReq;
const server = http.createServer((req) => {
  serverReq = req;
  req.on('close', common.mustCall(() => {
    assert.strictEqual(req.aborted, true);
  }));
});
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const controller = new AbortController();
  const req1 = http.get({ port, signal: controller.signal, agent: false }, common.mustNotCall());
  req1.on('error', common.mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
  }));
  req1.on('close', common.mustCall(() => {
    const req2 = http.get({ port, agent: false }, common.mustNotCall());
    req2.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNRESET');
      assert.strictEqual(err.message, 'socket hang up');
    }));
    req2.on('close', common.mustCall(() => {
      const req3 = http.get({ port, agent: false }, common.mustNotCall());
      const order = [];
      req3.on('error', common.mustCall((err) => {
        order.push('error');
        assert.strictEqual(err.code, 'ECONNRESET');
      }));
      req3.on('abort', common.mustCall(() => order.push('abort')));
      req3.on('close', common.mustCall(() => {
        assert.strictEqual(req3.aborted, true);
        assert.deepStrictEqual(order, ['abort', 'error']);
        server.close();
      }));
      req3.on('socket', () => setTimeout(() => req3.abort(), 20));
    }));
    req2.on('socket', () => setTimeout(() => req2.destroy(), 20));
  }));
  req1.on('socket', () => setTimeout(() => controller.abort(), 20));
}));
