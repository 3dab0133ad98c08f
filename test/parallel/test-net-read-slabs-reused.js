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

const server = net.createServer(common.mustCall((socket) => {
  common.writePattern(socket, TOTAL, BLOCK, 1);
}, 2));

function receive(port, keepEvery, done) {
  const client = net.connect(port, '127.0.0.1');
  const kept = [];
  let offset = 0;
  let count = 0;
  client.on('data', (chunk) => {
    assert.ok(Buffer.isBuffer(chunk));
    common.checkPattern(chunk, offset, 1, 'on arrival');
    if (count++ % keepEvery === 0) kept.push({ chunk, offset });
    offset += chunk.length;
    if (count % 101 === 0) {
      client.pause();
      setImmediate(() => client.resume());
    }
  });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(offset, TOTAL);
    for (const { chunk, offset } of kept) common.checkPattern(chunk, offset, 1, 'kept');
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
