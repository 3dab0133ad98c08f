'use strict';
// Connected UDP sockets: connect(), 'connect', send without an address, remoteAddress(),
// disconnect(), and the errors of connecting twice or sending to an address while connected.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const client = dgram.createSocket('udp4');
  assert.throws(() => client.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED', message: 'Not connected' });
  assert.throws(() => client.disconnect(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
  assert.throws(() => client.connect(0), { code: 'ERR_SOCKET_BAD_PORT' });
  assert.throws(() => client.connect(port, 5), { code: 'ERR_INVALID_ARG_TYPE' });

  client.connect(port, '127.0.0.1', common.mustCall(function() {
    assert.strictEqual(this, client);
    assert.deepStrictEqual(client.remoteAddress(), { address: '127.0.0.1', family: 'IPv4', port });
    assert.throws(() => client.connect(port), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED', message: 'Already connected' });
    assert.throws(() => client.send('x', 0, 1, port, '127.0.0.1'), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED' });
    client.send('one', common.mustSucceed((bytes) => assert.strictEqual(bytes, 3)));
    client.send(Buffer.from('xtwox'), 1, 3, common.mustSucceed());
  }));
  // Connecting twice before the first completes is also an error.
  assert.throws(() => client.connect(port), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED' });

  const got = [];
  server.on('message', common.mustCall((msg, rinfo) => {
    got.push(msg.toString());
    if (got.length < 2) return;
    assert.deepStrictEqual(got, ['one', 'two']);
    client.disconnect();
    assert.throws(() => client.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
    // Once disconnected, an address is required again.
    assert.throws(() => client.send('x'), { code: 'ERR_SOCKET_BAD_PORT' });
    client.close();
    server.close();
  }, 2));
}));

// A failing connect reaches the callback (or 'error' without one).
const lonely = dgram.createSocket('udp4');
lonely.connect(9, 'no-such-host.invalid', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOTFOUND');
  lonely.close();
}));

const lonely2 = dgram.createSocket('udp6');
lonely2.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOTFOUND');
  lonely2.close();
}));
lonely2.connect(9, 'no-such-host.invalid');
