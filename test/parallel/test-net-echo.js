'use strict';
// An echo server and client over IPv4, IPv6 (when the machine has ::1) and a Unix socket:
// all bytes come back in order, addresses and byte counts are right, both sides close.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const os = require('os');
const path = require('path');

const payload = Buffer.alloc(1024 * 1024);
for (let i = 0; i < payload.length; i++) payload[i] = (i * 7) & 0xff;

function echo(listenArgs, connectOptions, check, done) {
  const server = net.createServer(common.mustCall((socket) => {
    assert.strictEqual(socket.readyState, 'open');
    assert.strictEqual(socket.pending, false);
    socket.pipe(socket);
    socket.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, false)));
  }));
  server.listen(...listenArgs, common.mustCall(() => {
    const options = { ...connectOptions };
    if (options.port === 0) options.port = server.address().port;
    const client = net.connect(options);
    assert.strictEqual(client.connecting, true);
    assert.strictEqual(client.pending, true);
    assert.strictEqual(client.readyState, 'opening');
    const chunks = [];
    client.on('connect', common.mustCall(() => {
      assert.strictEqual(client.connecting, false);
      check(client, server);
    }));
    client.on('ready', common.mustCall());
    // Written before the connection exists: queued until 'connect'.
    client.write(payload.subarray(0, 1000));
    client.end(payload.subarray(1000));
    client.on('data', (chunk) => chunks.push(chunk));
    client.on('end', common.mustCall(() => {
      const got = Buffer.concat(chunks);
      assert.strictEqual(got.length, payload.length);
      assert(got.equals(payload));
      assert.strictEqual(client.bytesRead, payload.length);
      assert.strictEqual(client.bytesWritten, payload.length);
    }));
    client.on('close', common.mustCall((hadError) => {
      assert.strictEqual(hadError, false);
      assert.strictEqual(client.readyState, 'closed');
      server.close(common.mustCall(done));
    }));
  }));
}

const steps = [];
steps.push((next) => echo([0, '127.0.0.1'], { port: 0, host: '127.0.0.1' }, (client, server) => {
  assert.strictEqual(client.remoteAddress, '127.0.0.1');
  assert.strictEqual(client.remoteFamily, 'IPv4');
  assert.strictEqual(client.remotePort, server.address().port);
  assert.strictEqual(client.localAddress, '127.0.0.1');
  assert.strictEqual(client.localFamily, 'IPv4');
  assert.strictEqual(typeof client.localPort, 'number');
  assert.deepStrictEqual(server.address(),
                         { address: '127.0.0.1', family: 'IPv4', port: server.address().port });
}, next));

const hasIPv6 = Object.values(os.networkInterfaces()).flat()
  .some((i) => i.family === 'IPv6' && i.address === '::1');
if (hasIPv6) {
  steps.push((next) => echo([{ port: 0, host: '::1' }], { port: 0, host: '::1' }, (client, server) => {
    assert.strictEqual(client.remoteAddress, '::1');
    assert.strictEqual(client.remoteFamily, 'IPv6');
    assert.strictEqual(server.address().family, 'IPv6');
  }, next));
} else {
  console.log('# IPv6 is not available: skipping the ::1 echo');
}

const sockPath = path.join(os.tmpdir(), `lode-net-echo-${process.pid}.sock`);
steps.push((next) => echo([sockPath], { path: sockPath }, (client, server) => {
  assert.strictEqual(server.address(), sockPath);
  assert.strictEqual(client.remoteAddress, undefined);
}, next));

(function run() {
  const step = steps.shift();
  if (step) step(run);
})();
