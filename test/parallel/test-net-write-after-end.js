'use strict';
// Writing after end() fails with ERR_STREAM_WRITE_AFTER_END (callback and 'error'); writing
// to a socket whose peer ended (allowHalfOpen false) fails with EPIPE.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.resume();
  socket.on('end', common.mustCall(() => {
    // The peer has ended and this side ended too (no half-open): writing now is an error.
    setImmediate(() => {
      socket.on('error', common.mustCall((err) => {
        assert(err.code === 'ERR_STREAM_WRITE_AFTER_END' || err.code === 'EPIPE', err.code);
      }));
      socket.write('late');
    });
  }));
  socket.on('close', common.mustCall(() => server.close()));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.resume();
  client.end('bye');
  client.write('more', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
  }));
  client.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    assert.strictEqual(err.message, 'write after end');
  }));
}));
