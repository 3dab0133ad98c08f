'use strict';
// Node's errors: EADDRINUSE on listen, ECONNREFUSED on connect (with errno, code, syscall,
// address, port), ENOENT for a missing Unix socket, and bad input thrown synchronously.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const os = require('os');
const path = require('path');

const first = net.createServer();
first.listen(0, common.mustCall(() => {
  const { port } = first.address();
  const second = net.createServer();
  second.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.syscall, 'listen');
    assert.strictEqual(err.port, port);
    assert.match(err.message, new RegExp(`^listen EADDRINUSE: address already in use (:::|0\\.0\\.0\\.0:)${port}$`));
    assert.strictEqual(second.listening, false);
    first.close(common.mustCall(() => {
      // The port is free now: connecting to it is refused.
      const c = net.connect(port, '127.0.0.1');
      c.on('connect', common.mustNotCall());
      c.on('error', common.mustCall((err) => {
        assert.strictEqual(err.code, 'ECONNREFUSED');
        assert.strictEqual(err.syscall, 'connect');
        assert.strictEqual(err.address, '127.0.0.1');
        assert.strictEqual(err.port, port);
        assert.strictEqual(typeof err.errno, 'number');
        assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
      }));
      c.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, true)));
    }));
  }));
  second.listen(port);
}));

const missing = path.join(os.tmpdir(), `lode-net-missing-${process.pid}.sock`);
net.connect(missing).on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'connect');
  assert.strictEqual(err.address, missing);
}));

// Bad input.
assert.throws(() => net.connect({ port: 70000 }), { code: 'ERR_SOCKET_BAD_PORT', name: 'RangeError' });
assert.throws(() => net.connect({ port: -1 }), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => net.connect({ port: true }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => net.connect({ port: 80, localAddress: 'nope' }),
              { code: 'ERR_INVALID_IP_ADDRESS', message: 'Invalid IP address: nope' });
assert.throws(() => net.connect({ port: 80, host: 'localhost', lookup: 1 }),
              { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => net.connect({}), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => net.createServer().listen(65536), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => net.createServer().listen({ host: 'localhost' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => net.createServer(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => net.setDefaultAutoSelectFamily(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => net.setDefaultAutoSelectFamilyAttemptTimeout(0), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new net.Socket({ fd: -1 }), { code: 'ERR_OUT_OF_RANGE' });

// A custom lookup that yields an invalid address.
const bad = net.connect({ port: 80, host: 'example.invalid', family: 4,
                          lookup: (host, opts, cb) => setImmediate(cb, null, 'not-an-ip', 4) });
bad.on('lookup', common.mustCall((err, ip, family, host) => {
  assert.strictEqual(err, null);
  assert.strictEqual(ip, 'not-an-ip');
  assert.strictEqual(host, 'example.invalid');
}));
bad.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_INVALID_IP_ADDRESS')));

// A lookup error surfaces as the socket's error.
const failing = net.connect({ port: 80, host: 'x.invalid', family: 4,
                              lookup: (host, opts, cb) => {
                                const e = new Error('getaddrinfo ENOTFOUND x.invalid');
                                e.code = 'ENOTFOUND';
                                cb(e);
                              } });
failing.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ENOTFOUND')));

const s = new net.Server();
assert.strictEqual(s.address(), null);
s.listen(0, '127.0.0.1', common.mustCall(() => {
  assert.throws(() => s.listen(0), { code: 'ERR_SERVER_ALREADY_LISTEN' });
  s.close();
}));
