'use strict';
// crypto.hash() and createHash().update(x).digest() (both one native call for short input)
// agree with a hash fed the same bytes in pieces (a native context throughout), for every
// length across the block boundaries of the SHA family and the other digests, from Buffers,
// other views, offsets into a larger buffer, and strings.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const data = Buffer.alloc(5000);
for (let i = 0; i < data.length; i++) data[i] = (i * 131 + (i >> 7)) & 0xff;

function inPieces(algorithm, bytes) {
  const h = crypto.createHash(algorithm);
  h.update(bytes.subarray(0, 1));  // a second update makes the native context
  for (let off = 1; off < bytes.length; off += 37) h.update(bytes.subarray(off, off + 37));
  h.update(Buffer.alloc(0));
  return h.digest('hex');
}

const lengths = [];
for (let n = 0; n <= 260; n++) lengths.push(n);
lengths.push(1000, 4095, 4096, 4097, 5000 - 3);

for (const algorithm of ['sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-256', 'md5',
  'sha3-256']) {
  for (const n of lengths) {
    const bytes = data.subarray(3, 3 + n);
    const expected = inPieces(algorithm, bytes);
    assert.strictEqual(crypto.hash(algorithm, bytes), expected, `${algorithm} ${n}`);
    assert.strictEqual(crypto.createHash(algorithm).update(bytes).digest('hex'), expected,
      `${algorithm} ${n}`);
    if (n % 16 === 0) {
      const u32 = new Uint32Array(data.buffer, data.byteOffset + 4, n >> 2);
      assert.strictEqual(crypto.hash(algorithm, u32),
        inPieces(algorithm, Buffer.from(u32.buffer, u32.byteOffset, u32.byteLength)));
      const text = bytes.toString('latin1');
      assert.strictEqual(crypto.hash(algorithm, text), inPieces(algorithm, Buffer.from(text)));
      assert.deepStrictEqual(crypto.hash(algorithm, bytes, 'buffer'), Buffer.from(expected, 'hex'));
    }
  }
}
