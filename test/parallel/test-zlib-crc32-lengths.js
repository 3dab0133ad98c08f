'use strict';
// zlib.crc32() agrees with a bitwise CRC-32 (the reflected 0xEDB88320 polynomial) for every
// length from 0 to 1100 bytes and a few large ones, at every alignment of the view, starting
// from 0 and from other values, and when a buffer is checksummed in pieces.
require('../common');
const assert = require('assert');
const zlib = require('zlib');

const table = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
  table[n] = c >>> 0;
}

function reference(bytes, value = 0) {
  let c = ~value >>> 0;
  for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

const data = Buffer.alloc(300000);
let x = 99;
for (let i = 0; i < data.length; i++) {
  x = (x * 1103515245 + 12345) & 0x7fffffff;
  data[i] = x >> 13;
}

for (let len = 0; len <= 1100; len++) {
  const offset = len % 17;
  const view = data.subarray(offset, offset + len);
  assert.strictEqual(zlib.crc32(view), reference(view), `length ${len}`);
  const start = (len * 2654435761) >>> 0;
  assert.strictEqual(zlib.crc32(view, start), reference(view, start), `length ${len} from ${start}`);
}

for (const len of [4096, 65536, 65537, 100003, 299999]) {
  for (const offset of [0, 1, 15]) {
    const view = data.subarray(offset, offset + len);
    assert.strictEqual(zlib.crc32(view), reference(view), `length ${len} at ${offset}`);
  }
}

// In pieces: each result continues the previous one.
let running = 0;
for (let off = 0; off < data.length; off += 7777) running = zlib.crc32(data.subarray(off, off + 7777), running);
assert.strictEqual(running, reference(data));

// All ones and all zeros (no lucky cancellation in the folding).
for (const fill of [0, 0xff]) {
  const b = Buffer.alloc(5000, fill);
  assert.strictEqual(zlib.crc32(b), reference(b));
  assert.strictEqual(zlib.crc32(b, 0xffffffff), reference(b, 0xffffffff));
}

// Other views over the same bytes.
const u16 = new Uint16Array(data.buffer, data.byteOffset, 2000);
assert.strictEqual(zlib.crc32(u16), reference(data.subarray(0, 4000)));
const dv = new DataView(data.buffer, data.byteOffset + 3, 3000);
assert.strictEqual(zlib.crc32(dv), reference(data.subarray(3, 3003)));
