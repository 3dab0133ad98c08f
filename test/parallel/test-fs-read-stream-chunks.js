'use strict';
// fs.ReadStream chunks: each is a Buffer of its own (never reused while reachable, even when
// many megabytes pass through and collections run), a short read is copied to a Buffer of its
// size, positions follow start/end and the file position, a replaced fs.read or options.fs
// read is still what the stream calls, and read errors are Node's.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fs-rs-chunks-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const j = (...parts) => path.join(tmp, ...parts);

// 24 MiB + 100 bytes where every 64 KiB block starts with its index, so a chunk whose memory
// was reused for a later read would show another block's bytes.
const blockSize = 64 * 1024;
const blocks = 384;
const big = Buffer.alloc(blocks * blockSize + 100);
for (let i = 0; i < blocks; i++) {
  big.fill(i % 251, i * blockSize, (i + 1) * blockSize);
  big.writeUInt32BE(i, i * blockSize);
}
big.fill(7, blocks * blockSize);
fs.writeFileSync(j('big'), big);

// Every chunk kept: all of them must still hold their own bytes at the end.
{
  const chunks = [];
  const rs = fs.createReadStream(j('big'));
  rs.on('data', (chunk) => {
    assert(Buffer.isBuffer(chunk));
    assert.strictEqual(chunk.byteOffset, 0);
    assert.strictEqual(chunk.buffer.byteLength, chunk.length);
    chunks.push(chunk);
  });
  rs.on('end', common.mustCall(() => {
    assert.strictEqual(rs.bytesRead, big.length);
    assert.strictEqual(chunks.length, blocks + 1);
    for (let i = 0; i < blocks; i++) {
      assert.strictEqual(chunks[i].length, blockSize);
      assert.strictEqual(chunks[i].readUInt32BE(0), i);
      assert.strictEqual(chunks[i][blockSize - 1], i % 251);
    }
    // The short last read is a Buffer of its own size.
    const last = chunks[blocks];
    assert.strictEqual(last.length, 100);
    assert.strictEqual(last.buffer.byteLength, 100);
    assert(last.every((b) => b === 7));
    assert(Buffer.concat(chunks).equals(big));
  }));
}

// Chunks dropped as they go (what a pipe does) while others are written to them: a chunk
// handed out is not given to a later read while it is still reachable.
{
  let n = 0;
  const held = [];
  fs.createReadStream(j('big'))
    .on('data', (chunk) => {
      if (n < blocks) assert.strictEqual(chunk.readUInt32BE(0), n);
      if (n % 50 === 0) held.push([n, chunk]);
      chunk.fill(0xee, 8); // writing into a chunk must not disturb any other
      n++;
    })
    .on('end', common.mustCall(() => {
      assert.strictEqual(n, blocks + 1);
      for (const [i, chunk] of held) {
        if (i < blocks) assert.strictEqual(chunk.readUInt32BE(0), i);
        assert.strictEqual(chunk[8], 0xee);
      }
    }));
}

// A pipe of the whole file copies it exactly.
{
  const out = fs.createWriteStream(j('copy'));
  out.on('finish', common.mustCall(() => assert(fs.readFileSync(j('copy')).equals(big))));
  fs.createReadStream(j('big')).pipe(out);
}

// start/end, a small highWaterMark and one that is not a power of two.
for (const highWaterMark of [1, 1000, 65535, 65536, 100000]) {
  const start = 70000;
  const end = 70000 + 3 * 65536 + 12;
  const chunks = [];
  fs.createReadStream(j('big'), { start, end, highWaterMark })
    .on('data', (chunk) => {
      assert(chunk.length <= highWaterMark);
      chunks.push(chunk);
    })
    .on('end', common.mustCall(() => {
      assert(Buffer.concat(chunks).equals(big.subarray(start, end + 1)));
    }));
}

// Without start, reads follow the descriptor's position.
{
  const fd = fs.openSync(j('big'), 'r');
  fs.readSync(fd, Buffer.alloc(10), 0, 10, null);
  const chunks = [];
  fs.createReadStream(null, { fd, end: 109 })
    .on('data', (chunk) => chunks.push(chunk))
    .on('end', common.mustCall(() => {
      // `end` counts from the start of the file, the data from the descriptor's position.
      assert(Buffer.concat(chunks).equals(big.subarray(10, 120)));
    }));
}

// An empty file ends with no data.
fs.writeFileSync(j('empty'), '');
fs.createReadStream(j('empty'))
  .on('data', common.mustNotCall())
  .on('end', common.mustCall());

// Reading a directory fails in read, as in Node.
fs.createReadStream(tmp).resume().on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'EISDIR');
  assert.strictEqual(err.syscall, 'read');
  assert.strictEqual(err.errno, os.constants.errno.EISDIR * -1);
}));

// A stream calls options.fs.read, with a buffer of its own to fill.
{
  const myFs = {
    open: common.mustCall(fs.open),
    read: common.mustCallAtLeast((fd, buffer, offset, length, position, cb) => {
      assert(Buffer.isBuffer(buffer));
      fs.read(fd, buffer, offset, length, position, cb);
    }),
    close: common.mustCall(fs.close),
  };
  const chunks = [];
  fs.createReadStream(j('big'), { fs: myFs, end: 199999 })
    .on('data', (chunk) => chunks.push(chunk))
    .on('end', common.mustCall(() => {
      assert(Buffer.concat(chunks).equals(big.subarray(0, 200000)));
    }));
}

// A replaced fs.read is what streams call (graceful-fs and mocks rely on it).
{
  const original = fs.read;
  let calls = 0;
  fs.read = function(...args) {
    calls++;
    return original.apply(this, args);
  };
  const chunks = [];
  fs.createReadStream(j('big'), { end: 99 })
    .on('data', (chunk) => chunks.push(chunk))
    .on('end', common.mustCall(() => {
      fs.read = original;
      assert(calls >= 1);
      assert(Buffer.concat(chunks).equals(big.subarray(0, 100)));
    }));
}

// Destroyed while a read is in flight: no data after destroy, 'close' once.
{
  const rs = fs.createReadStream(j('big'));
  rs.on('open', () => rs.destroy());
  rs.on('data', common.mustNotCall());
  rs.on('close', common.mustCall(() => assert.strictEqual(rs.destroyed, true)));
}
