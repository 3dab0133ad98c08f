'use strict';
// Every format round-trips at several levels and sizes (0 bytes, 1 byte, 1 MiB random and
// 1 MiB compressible) through the sync, callback and promisified one-shot functions, with
// every input type they accept.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');
const util = require('util');
const crypto = require('crypto');

const compressible = Buffer.alloc(1 << 20);
for (let i = 0; i < compressible.length; i++) compressible[i] = 97 + ((i * 7 + (i >> 9)) % 13);
const inputs = [
  Buffer.alloc(0),
  Buffer.from('x'),
  crypto.randomBytes(1 << 20),
  compressible,
];

const pairs = [
  ['deflate', 'inflate'],
  ['gzip', 'gunzip'],
  ['deflateRaw', 'inflateRaw'],
  ['gzip', 'unzip'],
  ['deflate', 'unzip'],
];

for (const [c, d] of pairs) {
  for (const level of [0, 1, 6, 9]) {
    for (const input of inputs) {
      const packed = zlib[`${c}Sync`](input, { level });
      assert(Buffer.isBuffer(packed));
      assert.deepStrictEqual(zlib[`${d}Sync`](packed), input, `${c}/${d} level ${level}`);
    }
  }
}

for (const quality of [0, 4, 11]) {
  for (const input of inputs) {
    if (quality === 11 && input.length > 100000 && input !== compressible) continue;
    const opts = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality } };
    const packed = zlib.brotliCompressSync(input, opts);
    assert.deepStrictEqual(zlib.brotliDecompressSync(packed), input, `brotli q${quality}`);
  }
}

// Input types: string, Buffer, other TypedArrays, DataView, ArrayBuffer.
const text = 'héllo wörld '.repeat(50);
const bytes = Buffer.from(text);
const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
for (const value of [text, bytes, new Uint8Array(ab), new Uint16Array(ab.slice(0, 600)),
  new DataView(ab), ab]) {
  const expected = typeof value === 'string' ? bytes :
    Buffer.from(value.buffer ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength) :
      new Uint8Array(value));
  assert.deepStrictEqual(zlib.gunzipSync(zlib.gzipSync(value)), expected);
  assert.deepStrictEqual(zlib.inflateSync(zlib.deflateSync(value)), expected);
  assert.deepStrictEqual(zlib.brotliDecompressSync(zlib.brotliCompressSync(value)), expected);
}

// A slice of a bigger buffer (pool memory) compresses only its own bytes.
const big = Buffer.from('0123456789abcdefghij');
assert.strictEqual(zlib.inflateSync(zlib.deflateSync(big.subarray(5, 9))).toString(), '5678');

// Callback and promise forms.
for (const [c, d] of [...pairs, ['brotliCompress', 'brotliDecompress']]) {
  zlib[c](compressible, common.mustSucceed((packed) => {
    zlib[d](packed, common.mustSucceed((out) => {
      assert.deepStrictEqual(out, compressible);
    }));
  }));
  zlib[c](text, {}, common.mustSucceed((packed) => {
    assert.strictEqual(zlib[`${d}Sync`](packed).toString(), text);
  }));
  util.promisify(zlib[c])(inputs[2]).then(common.mustCall((packed) =>
    util.promisify(zlib[d])(packed))).then(common.mustCall((out) => {
    assert.deepStrictEqual(out, inputs[2]);
  }));
}

// info: true gives the engine too.
const withInfo = zlib.gzipSync('abc', { info: true });
assert(withInfo.engine instanceof zlib.Gzip);
assert.strictEqual(zlib.gunzipSync(withInfo.buffer).toString(), 'abc');
zlib.deflate('abc', { info: true }, common.mustSucceed(({ buffer, engine }) => {
  assert(engine instanceof zlib.Deflate);
  assert.strictEqual(zlib.inflateSync(buffer).toString(), 'abc');
}));

// windowBits, memLevel and strategy give streams the other side reads.
for (const opts of [{ windowBits: 9 }, { memLevel: 1 }, { strategy: zlib.constants.Z_RLE },
  { strategy: zlib.constants.Z_HUFFMAN_ONLY }, { windowBits: 8 }]) {
  const packed = zlib.deflateRawSync(compressible, opts);
  assert.deepStrictEqual(zlib.inflateRawSync(packed), compressible, JSON.stringify(opts));
}
assert.deepStrictEqual(zlib.inflateSync(zlib.deflateSync('abc'), { windowBits: 0 }).toString(),
  'abc');

// The stream classes work without `new`, and create* return instances.
assert(zlib.createGzip() instanceof zlib.Gzip);
assert(zlib.createBrotliCompress() instanceof zlib.BrotliCompress);
assert(zlib.createUnzip() instanceof require('stream').Transform);
