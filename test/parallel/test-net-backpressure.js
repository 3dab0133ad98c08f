'use strict';
// A client that does not read: the server's write() returns false once the kernel buffers
// and highWaterMark are full, 'drain' comes only after the client resumes, and the server
// stops at that point (its buffered data stays bounded) instead of queueing without limit.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const chunk = Buffer.alloc(64 * 1024, 'a');
let written = 0;
let received = 0;

const server = net.createServer(common.mustCall((socket) => {
  let stalled = false;
  function pump() {
    while (socket.write(chunk)) {
      written += chunk.length;
      assert(written < 512 * 1024 * 1024, 'write() never returned false');
    }
    written += chunk.length;
    // Bounded: no more than about highWaterMark plus one chunk is queued in the process.
    assert(socket.writableLength <= socket.writableHighWaterMark + chunk.length);
    // Once the kernel buffers are full no 'drain' comes while the client does not read.
    const timer = setTimeout(() => {
      stalled = true;
      assert.strictEqual(socket.writableNeedDrain, true);
      client.resume();
    }, 300);
    socket.once('drain', () => {
      clearTimeout(timer);
      if (stalled) socket.end();
      else pump();
    });
  }
  pump();
}));

let client;
server.listen(0, '127.0.0.1', common.mustCall(() => {
  client = net.connect(server.address().port, '127.0.0.1');
  client.pause();
  client.on('data', (d) => { received += d.length; });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(received, written);
    server.close();
  }));
}));

// The reading side stops reading when its buffer is full: a paused socket buffers at most
// about highWaterMark, however much the peer sends.
const server2 = net.createServer(common.mustCall((socket) => {
  socket.pause();
  setTimeout(() => {
    assert(socket.readableLength <= socket.readableHighWaterMark + 64 * 1024,
           `buffered ${socket.readableLength}`);
    socket.destroy();
    server2.close();
  }, 200);
}));
server2.listen(0, '127.0.0.1', common.mustCall(() => {
  const sender = net.connect(server2.address().port, '127.0.0.1');
  const big = Buffer.alloc(1024 * 1024);
  sender.on('error', () => {});
  sender.on('connect', () => { for (let i = 0; i < 16; i++) sender.write(big); });
  sender.on('close', common.mustCall());
}));
