'use strict';
// CompressionStream and DecompressionStream (globals and node:stream/web) round-trip every
// format, interoperate with node:zlib, reject trailing data and bad formats.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');
const web = require('stream/web');

assert.strictEqual(globalThis.CompressionStream, web.CompressionStream);
assert.strictEqual(globalThis.DecompressionStream, web.DecompressionStream);

async function readAll(readable) {
  const chunks = [];
  for await (const chunk of readable) {
    assert(chunk instanceof Uint8Array);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function compress(format, data) {
  const cs = new CompressionStream(format);
  const writer = cs.writable.getWriter();
  const done = readAll(cs.readable);
  for (let i = 0; i < data.length; i += 10000) await writer.write(data.subarray(i, i + 10000));
  await writer.close();
  return done;
}

async function decompress(format, data) {
  const ds = new DecompressionStream(format);
  const writer = ds.writable.getWriter();
  const done = readAll(ds.readable);
  writer.write(data).catch(() => {});
  writer.close().catch(() => {});
  return done;
}

(async () => {
  const data = Buffer.from('web streams compress too. '.repeat(4000));
  for (const format of ['gzip', 'deflate', 'deflate-raw', 'brotli']) {
    const packed = await compress(format, data);
    assert(packed.length < data.length);
    assert.deepStrictEqual(await decompress(format, packed), data, format);
    assert.deepStrictEqual(await compress(format, Buffer.alloc(0)).then((p) => decompress(format, p)),
      Buffer.alloc(0));
  }
  // Interoperates with node:zlib.
  assert.deepStrictEqual(zlib.gunzipSync(await compress('gzip', data)), data);
  assert.deepStrictEqual(await decompress('deflate-raw', zlib.deflateRawSync(data)), data);
  // Piping through.
  const piped = new Blob([data]).stream()
    .pipeThrough(new CompressionStream('gzip'))
    .pipeThrough(new DecompressionStream('gzip'));
  assert.deepStrictEqual(await readAll(piped), data);

  // Trailing data after the compressed stream is an error.
  await assert.rejects(decompress('gzip', Buffer.concat([zlib.gzipSync('abc'), Buffer.from('zz')])), {
    name: 'TypeError', code: 'ERR_TRAILING_JUNK_AFTER_STREAM_END',
    message: 'Trailing junk found after the end of the compressed stream',
  });
  await assert.rejects(decompress('deflate', Buffer.concat([zlib.deflateSync('abc'), Buffer.from('z')])),
    { code: 'ERR_TRAILING_JUNK_AFTER_STREAM_END' });
  // Corrupt and truncated input.
  await assert.rejects(decompress('deflate', Buffer.from('not deflate data')), { code: 'Z_DATA_ERROR' });
  await assert.rejects(decompress('gzip', zlib.gzipSync('abcdef').subarray(0, 12)),
    { code: 'Z_BUF_ERROR' });

  for (const C of [CompressionStream, DecompressionStream]) {
    assert.throws(() => new C('zip'), {
      name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
      message: `Failed to construct '${C.name}': 1st argument 'zip' is not a valid enum value of type CompressionFormat.`,
    });
    assert.throws(() => C('gzip'), TypeError);
    const s = new C('gzip');
    assert(s.readable instanceof ReadableStream);
    assert(s.writable instanceof WritableStream);
    assert.strictEqual(Object.prototype.toString.call(s), `[object ${C.name}]`);
  }
})().then(common.mustCall());
