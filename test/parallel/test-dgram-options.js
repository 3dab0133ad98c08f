'use strict';
// Implicit bind on send, the send queue before 'listening', socket options on a bound socket,
// buffer sizes, reuseAddr, ref/unref, AbortSignal and Symbol.asyncDispose.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

// send() without bind() binds to a random port first and emits 'listening'.
const receiver = dgram.createSocket('udp4', common.mustCall((msg, rinfo) => {
  assert.strictEqual(msg.toString(), 'implicit');
  assert.strictEqual(rinfo.port, implicitPort);
  receiver.close();
}));
let implicit;
let implicitPort;
receiver.bind(0, '127.0.0.1', common.mustCall(() => {
  implicit = dgram.createSocket('udp4');
  implicit.on('listening', common.mustCall(() => {
    implicitPort = implicit.address().port;
  }));
  implicit.send('implicit', receiver.address().port, '127.0.0.1', common.mustSucceed((bytes) => {
    assert.strictEqual(bytes, 8);
    assert.strictEqual(implicit.address().family, 'IPv4');
    assert(implicit.address().port > 0);
    implicit.close();
  }));
  // Closing while the bind is pending waits for it.
  const early = dgram.createSocket('udp4');
  early.send('x', receiver.address().port, '127.0.0.1');
  early.close(common.mustCall());
}));

// Options on a bound socket.
const opts = dgram.createSocket({ type: 'udp4', recvBufferSize: 16384, sendBufferSize: 16384 });
opts.bind(0, '127.0.0.1', common.mustCall(() => {
  opts.setBroadcast(true);
  opts.setBroadcast(false);
  assert.strictEqual(opts.setTTL(16), 16);
  assert.strictEqual(opts.setMulticastTTL(4), 4);
  assert.strictEqual(opts.setMulticastLoopback(true), true);
  assert.throws(() => opts.setTTL(1000), { code: 'EINVAL', syscall: 'setTTL' });
  opts.setMulticastInterface('127.0.0.1');
  assert.throws(() => opts.addMembership('not an ip'), { code: 'EINVAL', syscall: 'addMembership' });
  assert.throws(() => opts.dropMembership('224.0.0.114'), { syscall: 'dropMembership' });
  // Linux doubles what is asked for.
  assert(opts.getRecvBufferSize() >= 16384);
  assert(opts.getSendBufferSize() >= 16384);
  opts.setRecvBufferSize(32768);
  assert(opts.getRecvBufferSize() >= 32768);
  assert.strictEqual(opts.getSendQueueSize(), 0);
  assert.strictEqual(opts.getSendQueueCount(), 0);
  opts.close();
}));

// Two sockets share a port with reuseAddr.
const shared1 = dgram.createSocket({ type: 'udp4', reuseAddr: true });
shared1.bind(0, '127.0.0.1', common.mustCall(() => {
  const shared2 = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  shared2.bind(shared1.address().port, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(shared2.address().port, shared1.address().port);
    shared1.close();
    shared2.close();
  }));
}));

// An unref'd socket does not keep the process alive; ref() undoes it.
const idle = dgram.createSocket('udp6');
idle.bind(0, '::1', common.mustCall(() => {
  assert.strictEqual(idle.unref(), idle);
}));

// An aborted signal closes the socket.
const controller = new AbortController();
const aborted = dgram.createSocket({ type: 'udp4', signal: controller.signal });
aborted.on('close', common.mustCall());
aborted.bind(0, common.mustCall(() => controller.abort()));
const preAborted = dgram.createSocket({ type: 'udp4', signal: AbortSignal.abort() });
preAborted.on('close', common.mustCall());
assert.throws(() => dgram.createSocket({ type: 'udp4', signal: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });

// Symbol.asyncDispose closes, once.
const disposable = dgram.createSocket('udp4');
disposable.bind(0, common.mustCall(async () => {
  disposable.on('close', common.mustCall());
  await disposable[Symbol.asyncDispose]();
  await disposable[Symbol.asyncDispose]();
}));

// A custom lookup is used for bind and send.
const looked = dgram.createSocket({
  type: 'udp4',
  lookup: common.mustCall((address, family, callback) => {
    assert.strictEqual(family, 4);
    callback(null, '127.0.0.1', 4);
  }),
});
looked.bind(0, 'my-own-name', common.mustCall(() => {
  assert.strictEqual(looked.address().address, '127.0.0.1');
  looked.close();
}));
