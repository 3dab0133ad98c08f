'use strict';
// Writing after end() fails with ERR_STREAM_WRITE_AFTER_END (callback and 'error'); on a
// socket whose peer ended first (no allowHalfOpen) it fails with EPIPE.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.resume();
  socket.on('end', common.mustCall(() => {
    socket.end();
    // Without allowHalfOpen, write() after the peer's FIN is writeAfterFIN: EPIPE.
    socket.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'EPIPE');
      assert.strictEqual(err.message, 'This socket has been ended by the other party');
    }));
    socket.write('late', common.mustCall((err) => assert.strictEqual(err.code, 'EPIPE')));
  }));
  socket.on('close', common.mustCall(() => server.close()));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    client.end('bye');
    client.write('more', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    }));
  }));
  client.resume();
  client.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    assert.strictEqual(err.message, 'write after end');
  }));
}));
