'use strict';
// Decompresses bytes that Node 24 produced (gzip, zlib at level 1, raw at level 9, brotli,
// zlib with a dictionary) and checks crc32 against known vectors.
require('../common');
const assert = require('assert');
const zlib = require('zlib');

// The input Node compressed: 4000 bytes from a linear congruential generator.
function generate(n) {
  const b = Buffer.alloc(n);
  let x = 1;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    b[i] = 97 + ((x >> 16) % 7);
  }
  return b;
}
const data = generate(4000);

const vectors = require('../fixtures/zlib-node24-vectors.json');
assert.deepStrictEqual(zlib.gunzipSync(Buffer.from(vectors.gzip, 'hex')), data);
assert.deepStrictEqual(zlib.unzipSync(Buffer.from(vectors.gzip, 'hex')), data);
assert.deepStrictEqual(zlib.inflateSync(Buffer.from(vectors.deflate, 'hex')), data);
assert.deepStrictEqual(zlib.unzipSync(Buffer.from(vectors.deflate, 'hex')), data);
assert.deepStrictEqual(zlib.inflateRawSync(Buffer.from(vectors.raw, 'hex')), data);
assert.deepStrictEqual(zlib.brotliDecompressSync(Buffer.from(vectors.br, 'hex')), data);
assert.deepStrictEqual(zlib.inflateSync(Buffer.from(vectors.dict, 'hex'),
  { dictionary: Buffer.from('abcdefg') }), data);

// Small vectors, inline.
const small = [
  ['gunzipSync', '1f8b080000000000020303000000000000000000', ''],
  ['inflateSync', '789c030000000001', ''],
  ['inflateRawSync', '0300', ''],
  ['brotliDecompressSync', '3b', ''],
  ['gunzipSync', '1f8b08000000000002034b040043beb7e801000000', 'a'],
  ['inflateSync', '789c4b040000620062', 'a'],
  ['brotliDecompressSync', '0b00806103', 'a'],
  ['gunzipSync', '1f8b0800000000000203cb48cdc9c957c8402701e3513d8d17000000',
    'hello hello hello hello'],
  ['inflateSync', '789ccb48cdc9c957c8402701680308b1', 'hello hello hello hello'],
  ['inflateRawSync', 'cb48cdc9c957c8402701', 'hello hello hello hello'],
  ['brotliDecompressSync', '1b1600f88d946ede445586966c206f214f1ce038', 'hello hello hello hello'],
];
for (const [fn, hex, text] of small) {
  assert.strictEqual(zlib[fn](Buffer.from(hex, 'hex')).toString(), text, `${fn} ${hex}`);
}
assert.strictEqual(zlib.inflateSync(Buffer.from('78bb024d01274b042300080c024d', 'hex'),
  { dictionary: Buffer.from('abc') }).toString(), 'abcabc');

// crc32: the check value of CRC-32/ISO-HDLC, chaining, strings as UTF-8, views.
assert.strictEqual(zlib.crc32(''), 0);
assert.strictEqual(zlib.crc32(Buffer.from('123456789')), 0xCBF43926);
assert.strictEqual(zlib.crc32('The quick brown fox jumps over the lazy dog'), 1095738169);
assert.strictEqual(zlib.crc32('b', zlib.crc32('a')), zlib.crc32('ab'));
assert.strictEqual(zlib.crc32('b', zlib.crc32('a')), 2659403885);
assert.strictEqual(zlib.crc32(data), 3506365555);
assert.strictEqual(zlib.crc32('é'), zlib.crc32(Buffer.from('é')));
const u8 = new Uint8Array([49, 50, 51, 52, 53, 54, 55, 56, 57]);
assert.strictEqual(zlib.crc32(new DataView(u8.buffer)), 0xCBF43926);
assert.strictEqual(zlib.crc32(new Uint16Array(u8.buffer, 0, 4)), zlib.crc32('12345678'));
assert.throws(() => zlib.crc32(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => zlib.crc32('a', -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => zlib.crc32('a', 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
