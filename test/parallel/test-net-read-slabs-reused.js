'use strict';
// Many large reads (tens of MiB in reads of up to 64 KiB): chunks a 'data' listener drops
// are collected and their memory reused for later reads, while the chunks it keeps (all of
// them on one connection, every 37th on another) still hold what was sent when the
// transfer is over. Also checks each chunk as it arrives, with a pause now and then.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const TOTAL = 24 * 1024 * 1024;
const BLOCK = 256 * 1024;

// The byte at offset i of the stream: differs between neighbouring 64 KiB blocks.
function byteAt(i) {
  return (i * 31 + Math.floor(i / 65536) * 7 + 1) & 0xff;
}

function check(chunk, offset, what) {
  for (let j = 0; j < chunk.length; j++) {
    if (chunk[j] !== byteAt(offset + j)) {
      assert.fail(`${what}: byte ${offset + j} is ${chunk[j]}, expected ${byteAt(offset + j)}`);
    }
  }
}

const server = net.createServer(common.mustCall((socket) => {
  let sent = 0;
  function pump() {
    while (sent < TOTAL) {
      const block = Buffer.allocUnsafe(BLOCK);
      for (let j = 0; j < BLOCK; j++) block[j] = byteAt(sent + j);
      sent += BLOCK;
      if (!socket.write(block)) {
        socket.once('drain', pump);
        return;
      }
    }
    socket.end();
  }
  pump();
}, 2));

function receive(port, keepEvery, done) {
  const client = net.connect(port, '127.0.0.1');
  const kept = [];
  let offset = 0;
  let count = 0;
  client.on('data', (chunk) => {
    assert.ok(Buffer.isBuffer(chunk));
    check(chunk, offset, 'on arrival');
    if (count++ % keepEvery === 0) kept.push({ chunk, offset });
    offset += chunk.length;
    if (count % 101 === 0) {
      client.pause();
      setImmediate(() => client.resume());
    }
  });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(offset, TOTAL);
    for (const { chunk, offset } of kept) check(chunk, offset, 'kept');
    done();
  }));
}

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  let left = 2;
  const done = common.mustCall(() => {
    if (--left === 0) server.close();
  }, 2);
  receive(port, 1, done); // keeps every chunk
  receive(port, 37, done); // drops most
}));
