'use strict';
// node:zlib zstd: one-shot (sync, callback, promisified) and stream forms, params,
// pledgedSrcSize, flush, frames, errors, and fetch's content-encoding: zstd.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const util = require('util');
const zlib = require('zlib');

const { constants } = zlib;
const text = Buffer.from('hello zstd, '.repeat(1000));

// Sync round trips, strings and views.
assert.deepStrictEqual(zlib.zstdDecompressSync(zlib.zstdCompressSync(text)), text);
assert.strictEqual(zlib.zstdDecompressSync(zlib.zstdCompressSync('abc')).toString(), 'abc');
assert.deepStrictEqual(zlib.zstdDecompressSync(zlib.zstdCompressSync(new Uint8Array(text))), text);
assert.deepStrictEqual(zlib.zstdDecompressSync(zlib.zstdCompressSync(Buffer.alloc(0))), Buffer.alloc(0));
const frame = zlib.zstdCompressSync(text);
assert.deepStrictEqual(frame.subarray(0, 4), Buffer.from([0x28, 0xb5, 0x2f, 0xfd]));
assert.ok(frame.length < text.length / 10);

// Levels and params.
for (const level of [1, 3, 9, 19]) {
  const c = zlib.zstdCompressSync(text, { params: { [constants.ZSTD_c_compressionLevel]: level } });
  assert.deepStrictEqual(zlib.zstdDecompressSync(c), text);
}
const withSum = zlib.zstdCompressSync('hello', { params: { [constants.ZSTD_c_checksumFlag]: 1 } });
assert.strictEqual(withSum.length, zlib.zstdCompressSync('hello').length + 4);
const strat = zlib.zstdCompressSync(text, { params: {
  [constants.ZSTD_c_strategy]: constants.ZSTD_btultra2, [constants.ZSTD_c_windowLog]: 20 } });
assert.deepStrictEqual(zlib.zstdDecompressSync(strat), text);
assert.deepStrictEqual(zlib.zstdDecompressSync(frame, { params: { [constants.ZSTD_d_windowLogMax]: 20 } }),
  text);
// A corrupted checksum is detected.
const badSum = Buffer.from(withSum);
badSum[badSum.length - 1] ^= 0xff;
assert.throws(() => zlib.zstdDecompressSync(badSum), { code: 'ZSTD_error_checksum_wrong', errno: 22 });

// pledgedSrcSize: the frame records the size; a wrong one fails.
assert.strictEqual(zlib.zstdCompressSync('hello', { pledgedSrcSize: 5 }).toString('hex'),
  '28b52ffd200529000068656c6c6f');
assert.throws(() => zlib.zstdCompressSync('hello', { pledgedSrcSize: 4 }),
  { name: 'Error', code: 'ZSTD_error_srcSize_wrong', errno: 72, message: 'Src size is incorrect' });

// Only the first frame is decoded; what follows it is left.
const two = Buffer.concat([zlib.zstdCompressSync('one'), zlib.zstdCompressSync('two')]);
const info = zlib.zstdDecompressSync(two, { info: true });
assert.strictEqual(info.buffer.toString(), 'one');
assert.strictEqual(info.engine.bytesWritten, two.length / 2);
assert.strictEqual(zlib.zstdDecompressSync(Buffer.concat([frame, Buffer.from('xx')])).length, text.length);

// Corrupt and truncated input.
assert.throws(() => zlib.zstdDecompressSync(Buffer.from('garbage data here')), {
  name: 'Error', message: 'Unknown frame descriptor', code: 'ZSTD_error_prefix_unknown', errno: 10,
});
for (const bad of [frame.subarray(0, frame.length - 3), Buffer.alloc(0), frame.subarray(0, 3)]) {
  assert.throws(() => zlib.zstdDecompressSync(bad),
    { name: 'Error', message: 'unexpected end of file', code: 'Z_BUF_ERROR', errno: -5 });
}
zlib.zstdDecompress(frame.subarray(0, 5), common.mustCall((err) => {
  assert.strictEqual(err.code, 'Z_BUF_ERROR');
}));
zlib.zstdDecompress(Buffer.from('not zstd at all'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ZSTD_error_prefix_unknown');
}));
assert.throws(() => zlib.zstdDecompressSync(zlib.zstdCompressSync(Buffer.alloc(1000)),
  { maxOutputLength: 10 }), { code: 'ERR_BUFFER_TOO_LARGE' });

// Bad options.
assert.throws(() => zlib.zstdCompressSync('x', { params: { 999: 1 } }),
  { name: 'RangeError', code: 'ERR_ZSTD_INVALID_PARAM', message: '999 is not a valid zstd parameter' });
assert.throws(() => zlib.zstdCompressSync('x', { params: { '-1': 1 } }), { code: 'ERR_ZSTD_INVALID_PARAM' });
assert.throws(() => zlib.zstdDecompressSync(frame, { params: { 101: 1 } }), { code: 'ERR_ZSTD_INVALID_PARAM' });
assert.throws(() => zlib.zstdCompressSync('x', { params: { 100: 'x' } }),
  { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => zlib.zstdCompressSync('x', { params: { 101: 5 } }),
  { name: 'Error', code: 'ERR_ZLIB_INITIALIZATION_FAILED', message: 'Setting parameter failed' });
assert.throws(() => zlib.zstdDecompressSync(frame, { params: { 100: 5 } }),
  { code: 'ERR_ZLIB_INITIALIZATION_FAILED' });
assert.throws(() => zlib.createZstdCompress({ pledgedSrcSize: 'x' }),
  { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'pledgedSrcSize must be a number' });
assert.throws(() => zlib.createZstdCompress({ pledgedSrcSize: -1 }),
  { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'pledgedSrcSize must be non-negative' });
assert.throws(() => zlib.createZstdCompress({ pledgedSrcSize: 1.5 }),
  { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'pledgedSrcSize must be a safe integer' });
assert.throws(() => zlib.createZstdCompress({ flush: 5 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => zlib.ZstdCompress(), TypeError);
assert.throws(() => zlib.zstdCompressSync(5), { code: 'ERR_INVALID_ARG_TYPE' });

// Classes.
const s = new zlib.ZstdCompress();
assert.ok(s instanceof require('stream').Transform);
assert.strictEqual(zlib.ZstdCompress.name, 'ZstdCompress');
assert.strictEqual(s._finishFlushFlag, constants.ZSTD_e_end);
assert.strictEqual(s._defaultFullFlushFlag, constants.ZSTD_e_flush);
s.destroy();
assert.ok(zlib.createZstdDecompress() instanceof zlib.ZstdDecompress);

// Callback and promisified forms.
zlib.zstdCompress(text, common.mustSucceed((c) => {
  zlib.zstdDecompress(c, common.mustSucceed((d) => assert.deepStrictEqual(d, text)));
}));
(async () => {
  const c = await util.promisify(zlib.zstdCompress)('promised', { pledgedSrcSize: 8 });
  assert.strictEqual((await util.promisify(zlib.zstdDecompress)(c)).toString(), 'promised');
})().then(common.mustCall());

// Streams, a large input split in chunks both ways.
const large = Buffer.alloc(3 * 1024 * 1024);
for (let i = 0; i < large.length; i++) large[i] = (i * 7 + (i >> 10)) & 0xff;
{
  const comp = zlib.createZstdCompress({ params: { [constants.ZSTD_c_compressionLevel]: 1 } });
  const dec = zlib.createZstdDecompress();
  const parts = [];
  comp.pipe(dec).on('data', (b) => parts.push(b)).on('end', common.mustCall(() => {
    assert.deepStrictEqual(Buffer.concat(parts), large);
  }));
  for (let i = 0; i < large.length; i += 100000) comp.write(large.subarray(i, i + 100000));
  comp.end();
}
assert.deepStrictEqual(zlib.zstdDecompressSync(zlib.zstdCompressSync(large)), large);

// flush() emits what was written so far as a decodable block.
{
  const comp = zlib.createZstdCompress();
  const got = [];
  comp.on('data', (b) => got.push(b));
  comp.write('abc');
  comp.flush(common.mustCall(() => {
    const dec = zlib.createZstdDecompress();
    dec.on('data', common.mustCall((b) => {
      assert.strictEqual(b.toString(), 'abc');
      dec.destroy();
      comp.destroy();
    }));
    dec.write(Buffer.concat(got));
  }));
}

// Stream errors: truncated input, garbage.
{
  const dec = zlib.createZstdDecompress();
  dec.resume();
  dec.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'Z_BUF_ERROR')));
  dec.end(frame.subarray(0, frame.length - 2));
}
{
  const dec = zlib.createZstdDecompress();
  dec.resume();
  dec.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ZSTD_error_prefix_unknown')));
  dec.end(Buffer.from('garbagegarbage'));
}

// fetch decodes content-encoding: zstd.
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'content-encoding': 'zstd' });
  res.end(zlib.zstdCompressSync(text));
}).listen(0, common.mustCall(async () => {
  const res = await fetch(`http://127.0.0.1:${server.address().port}/`);
  assert.strictEqual(await res.text(), text.toString());
  server.close();
}));
