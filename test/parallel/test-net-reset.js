'use strict';
// resetAndDestroy() closes with RST: the peer gets ECONNRESET ('read ECONNRESET' on the
// right socket), never a crash; a write to the reset peer fails with an error event.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.on('data', common.mustCall(() => {
    assert.strictEqual(socket.resetAndDestroy(), socket);
    assert.strictEqual(socket.destroyed, true);
  }));
  socket.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, false)));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', () => client.write('x'));
  client.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.syscall, 'read');
    assert.strictEqual(err.message, 'read ECONNRESET');
    assert.strictEqual(typeof err.errno, 'number');
  }));
  client.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, true);
    server.close();
  }));
}));

// A socket with no handle: resetAndDestroy destroys it with ERR_SOCKET_CLOSED.
const s = new net.Socket();
s.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_SOCKET_CLOSED')));
s.resetAndDestroy();
