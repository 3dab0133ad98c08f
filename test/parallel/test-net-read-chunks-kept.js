'use strict';
// Chunks read from a socket stay intact when kept: small reads share one pool and large
// ones own their memory, and no later read rewrites an earlier chunk. Covers many small
// writes (each read small), one large write (reads of up to 64 KiB), pause/resume
// (backpressure stops and restarts reading) and a socket reconnected after destroy().
const common = require('../common');
const assert = require('assert');
const net = require('net');

// 2000 distinct 37-byte messages, then 1 MiB of a repeating pattern.
const small = [];
for (let i = 0; i < 2000; i++) small.push(Buffer.from(`message ${String(i).padStart(6, '0')} ${'.'.repeat(15)}\n`));
const smallBytes = Buffer.concat(small);
const big = Buffer.alloc(1 << 20);
for (let i = 0; i < big.length; i++) big[i] = (i * 7 + (i >> 9)) & 0xff;
const expected = Buffer.concat([smallBytes, big]);

const server = net.createServer(common.mustCall((socket) => {
  for (const m of small) socket.write(m);
  socket.end(big);
}, 2));

function receive(port, done) {
  const chunks = [];
  const client = net.connect(port, '127.0.0.1');
  let paused = false;
  client.on('data', (chunk) => {
    assert.ok(Buffer.isBuffer(chunk));
    chunks.push(chunk);
    // Pause now and then: reading stops (backpressure) and starts again.
    if (!paused && chunks.length % 7 === 0) {
      paused = true;
      client.pause();
      setImmediate(() => {
        paused = false;
        client.resume();
      });
    }
  });
  client.on('end', common.mustCall(() => {
    const all = Buffer.concat(chunks);
    assert.strictEqual(all.length, expected.length);
    assert.ok(all.equals(expected), 'the kept chunks hold what was sent');
    assert.strictEqual(client.bytesRead, expected.length);
    done(client);
  }));
}

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  receive(port, common.mustCall((first) => {
    // The same Socket object connects again after being destroyed.
    first.destroy();
    first.once('close', common.mustCall(() => {
      const chunks = [];
      first.on('data', (chunk) => chunks.push(chunk));
      first.removeAllListeners('end');
      first.on('end', common.mustCall(() => {
        assert.ok(Buffer.concat(chunks).equals(expected));
        server.close();
      }));
      first.connect(port, '127.0.0.1');
    }));
  }));
}));
