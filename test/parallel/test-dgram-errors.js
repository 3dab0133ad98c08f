'use strict';
// dgram's errors: bad socket types and ports, closed sockets, binding twice, EADDRINUSE with
// Node's message, and socket options that need a bound socket.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

for (const type of ['udp5', 5, {}, { type: 'tcp' }, undefined]) {
  assert.throws(() => dgram.createSocket(type), {
    code: 'ERR_SOCKET_BAD_TYPE', name: 'TypeError',
    message: 'Bad socket type specified. Valid types are: udp4, udp6',
  });
}
assert.throws(() => dgram.createSocket({ type: 'udp4', lookup: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });

// Before bind: no file descriptor yet.
const fresh = dgram.createSocket('udp4');
assert.throws(() => fresh.address(), { code: 'EBADF', syscall: 'getsockname', message: 'getsockname EBADF' });
assert.throws(() => fresh.setBroadcast(true), { code: 'EBADF', syscall: 'setBroadcast', errno: -9 });
assert.throws(() => fresh.setTTL(1), { code: 'EBADF', syscall: 'setTTL' });
assert.throws(() => fresh.getRecvBufferSize(), {
  code: 'ERR_SOCKET_BUFFER_SIZE', name: 'SystemError',
  message: 'Could not get or set buffer size: uv_recv_buffer_size returned EBADF (bad file descriptor)',
});
assert.throws(() => fresh.setTTL('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fresh.addMembership(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => fresh.addSourceSpecificMembership(5, '224.0.0.1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fresh.setMulticastInterface(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fresh.setRecvBufferSize(-1), { code: 'ERR_SOCKET_BAD_BUFFER_SIZE' });
assert.throws(() => fresh.setSendBufferSize(1.5), { code: 'ERR_SOCKET_BAD_BUFFER_SIZE' });
fresh.close();

// Bad ports and messages.
const s = dgram.createSocket('udp4');
assert.throws(() => s.send('x', 0, '127.0.0.1'), {
  code: 'ERR_SOCKET_BAD_PORT', name: 'RangeError',
  message: 'Port should be > 0 and < 65536. Received type number (0).',
});
assert.throws(() => s.send('x', 65536, '127.0.0.1'), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => s.send('x'), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => s.send(5, 1234), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, ' +
    'or DataView. Received type number (5)',
});
assert.throws(() => s.send(['a', 5], 1234), { code: 'ERR_INVALID_ARG_TYPE', message: /"buffer list arguments"/ });
assert.throws(() => s.send('x', 1234, 5), { code: 'ERR_INVALID_ARG_TYPE' });

// Closing twice, and anything after close.
s.close(common.mustCall());
assert.throws(() => s.close(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING', message: 'Not running' });
assert.throws(() => s.send('x', 1234, '127.0.0.1'), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
assert.throws(() => s.bind(0), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
assert.throws(() => s.address(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
assert.strictEqual(s.ref(), s);
assert.strictEqual(s.unref(), s);

// Binding twice; EADDRINUSE with the address and port in the message.
const first = dgram.createSocket('udp4');
first.bind(0, common.mustCall(() => {
  assert.throws(() => first.bind(0), { code: 'ERR_SOCKET_ALREADY_BOUND', message: 'Socket is already bound' });
  const { port } = first.address();
  const second = dgram.createSocket('udp4');
  second.on('listening', common.mustNotCall());
  second.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.syscall, 'bind');
    assert.strictEqual(err.address, '0.0.0.0');
    assert.strictEqual(err.port, port);
    assert.strictEqual(err.message, `bind EADDRINUSE 0.0.0.0:${port}`);
    assert.strictEqual(typeof err.errno, 'number');
    // A send queued before the failed bind is dropped, and the socket can still close.
    second.close(common.mustCall(() => first.close()));
  }));
  second.bind(port);
  second.send('queued', port, '127.0.0.1', common.mustNotCall());
}));

// A bind address that does not resolve reaches 'error'.
const unresolved = dgram.createSocket('udp4');
unresolved.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOTFOUND');
  assert.strictEqual(err.syscall, 'getaddrinfo');
  unresolved.close();
}));
unresolved.bind(0, 'no-such-host.invalid');

// A send to a name that does not resolve fails through its callback.
const sender = dgram.createSocket('udp4');
sender.send('x', 9, 'no-such-host.invalid', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOTFOUND');
  sender.close();
}));
