'use strict';
// Memory handed out as 64 KiB Buffers and dropped at once must be given back: a loop that
// allocates and drops 512 MiB of them in each of several ways, a TCP socket whose 'data'
// chunks (512 MiB) are dropped, and an fs.ReadStream of /dev/zero whose chunks are dropped
// must each keep the process's RSS within a bound far below what they went through.
// (The collector, not the program, frees these Buffers: how much it lets pile up between
// collections is the engine's choice, hence the generous bound.)
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const net = require('net');

const MiB = 1024 * 1024;
const CHUNK = 64 * 1024;
const TOTAL = 512 * MiB;
const BOUND = 256 * MiB; // RSS growth allowed over the baseline while TOTAL goes through

const baseline = process.memoryUsage.rss();
let peak = baseline;
function sample() {
  const rss = process.memoryUsage.rss();
  if (rss > peak) peak = rss;
}
function check(what) {
  assert.ok(peak - baseline < BOUND,
            `${what}: RSS grew by ${((peak - baseline) / MiB).toFixed(0)} MiB ` +
            `while ${TOTAL / MiB} MiB went through`);
}

// Allocation loops.
const makers = {
  alloc: () => Buffer.alloc(CHUNK),
  allocUnsafe: () => Buffer.allocUnsafe(CHUNK),
  allocUnsafeSlow: () => Buffer.allocUnsafeSlow(CHUNK),
  fromArrayBuffer: () => Buffer.from(new ArrayBuffer(CHUNK)),
  uint8Array: () => new Uint8Array(CHUNK),
  concat: () => Buffer.concat([Buffer.allocUnsafe(CHUNK / 2), Buffer.allocUnsafe(CHUNK / 2)]),
  subarrayOfCopy: () => Buffer.from(Buffer.allocUnsafe(CHUNK)).subarray(1),
};
for (const [name, make] of Object.entries(makers)) {
  let touched = 0;
  for (let i = 0; i < TOTAL / CHUNK; i++) {
    const b = make();
    b[i % b.length] = 1;
    touched += b.length;
    if ((i & 127) === 0) sample();
  }
  assert.ok(touched >= TOTAL - TOTAL / CHUNK);
  check(name);
}

// A socket's read chunks, dropped by the 'data' listener.
function socketChunks(next) {
  const big = Buffer.alloc(CHUNK, 'z');
  const server = net.createServer(common.mustCall((socket) => {
    let sent = 0;
    const pump = () => {
      while (sent < TOTAL) {
        sent += big.length;
        if (!socket.write(big)) return;
      }
      socket.end();
    };
    socket.on('drain', pump);
    pump();
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const client = net.connect(server.address().port, '127.0.0.1');
    let received = 0;
    let chunks = 0;
    client.on('data', (chunk) => {
      received += chunk.length;
      if ((++chunks & 63) === 0) sample();
    });
    client.on('end', common.mustCall(() => {
      assert.strictEqual(received, TOTAL);
      check('socket reads');
      server.close(next);
    }));
  }));
}

// An fs.ReadStream's chunks, dropped by the 'data' listener.
function fileChunks(next) {
  let received = 0;
  let chunks = 0;
  fs.createReadStream('/dev/zero', { end: TOTAL - 1 })
    .on('data', (chunk) => {
      received += chunk.length;
      if ((++chunks & 63) === 0) sample();
    })
    .on('end', common.mustCall(() => {
      assert.strictEqual(received, TOTAL);
      check('fs.ReadStream reads');
      next();
    }));
}

socketChunks(common.mustCall(() => fileChunks(common.mustCall())));
