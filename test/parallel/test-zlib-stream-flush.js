'use strict';
// Streams: flush() kinds, params() between writes, reset(), dictionaries, bytesWritten,
// chunkSize, brotli params, and the zero-byte and one-byte streams.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');
const { pipeline, Writable, Readable } = require('stream');

function collect(stream, done) {
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  stream.on('end', common.mustCall(() => done(Buffer.concat(chunks))));
}

// flush(Z_SYNC_FLUSH) makes everything written so far decodable.
{
  const gzip = zlib.createGzip();
  const chunks = [];
  gzip.on('data', (c) => chunks.push(c));
  gzip.write('first part ');
  gzip.flush(zlib.constants.Z_SYNC_FLUSH, common.mustCall(() => {
    const soFar = zlib.gunzipSync(Buffer.concat(chunks), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    assert.strictEqual(soFar.toString(), 'first part ');
    gzip.write('second part');
    gzip.flush(common.mustCall(() => {      // default kind: Z_FULL_FLUSH
      gzip.end();
    }));
  }));
  gzip.on('end', common.mustCall(() => {
    assert.strictEqual(zlib.gunzipSync(Buffer.concat(chunks)).toString(), 'first part second part');
    gzip.flush(common.mustCall()); // after the end: the callback still runs
  }));
}

// Brotli flush.
{
  const br = zlib.createBrotliCompress();
  const chunks = [];
  br.on('data', (c) => chunks.push(c));
  br.write('brotli data');
  br.flush(common.mustCall(() => {
    const d = zlib.createBrotliDecompress();
    d.write(Buffer.concat(chunks), common.mustCall());
    d.once('data', common.mustCall((c) => {
      assert.strictEqual(c.toString(), 'brotli data');
      d.destroy();
    }));
    br.end();
  }));
}

// params() between writes changes level and strategy; the output still round-trips.
{
  const input = Buffer.alloc(200000);
  for (let i = 0; i < input.length; i++) input[i] = (i * 13) % 251;
  const deflate = zlib.createDeflate({ level: 1 });
  collect(deflate, (out) => assert.deepStrictEqual(zlib.inflateSync(out), input));
  deflate.write(input.subarray(0, 100000));
  deflate.params(9, zlib.constants.Z_FILTERED, common.mustCall(() => {
    assert.strictEqual(deflate._level, 9);
    deflate.params(9, zlib.constants.Z_FILTERED, common.mustCall(() => {
      deflate.end(input.subarray(100000));
    }));
  }));
  assert.throws(() => deflate.params(10, 0), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => deflate.params(1, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
}

// reset() discards the state: a new stream starts.
{
  const inflate = zlib.createInflate();
  const half = zlib.deflateSync('first stream').subarray(0, 6);
  inflate.write(half, common.mustCall(() => {
    inflate.reset();
    // What the first half decoded to before the reset comes first.
    collect(inflate, (out) => assert.match(out.toString(), /^f?i?r?second stream$/));
    inflate.end(zlib.deflateSync('second stream'));
  }));
}

// Dictionaries in streams (zlib and raw), as Buffer and as ArrayBuffer.
{
  const dict = Buffer.from('a dictionary of words that the text will reuse');
  const text = 'the text will reuse words from a dictionary';
  for (const [C, D] of [['createDeflate', 'createInflate'], ['createDeflateRaw', 'createInflateRaw']]) {
    const c = zlib[C]({ dictionary: dict });
    const d = zlib[D]({ dictionary: new Uint8Array(dict).buffer });
    collect(d, (out) => assert.strictEqual(out.toString(), text));
    c.pipe(d);
    c.end(text);
  }
  // reset() keeps the dictionary.
  const c = zlib.createDeflateRaw({ dictionary: dict });
  c.reset();
  collect(c, (out) => {
    assert.strictEqual(zlib.inflateRawSync(out, { dictionary: dict }).toString(), text);
  });
  c.end(text);
}

// bytesWritten counts input consumed; small chunkSize gives many small outputs.
{
  const input = Buffer.alloc(100000, 'abc');
  const gz = zlib.createGzip({ chunkSize: 64, level: 0 });
  let outputs = 0;
  gz.on('data', (c) => {
    outputs++;
    assert(c.length <= 64);
  });
  gz.on('end', common.mustCall(() => {
    assert.strictEqual(gz.bytesWritten, input.length);
    assert(outputs > 1000);
  }));
  gz.end(input);
}

// Zero-byte and one-byte streams in every format.
for (const [C, D] of [['createGzip', 'createGunzip'], ['createDeflate', 'createInflate'],
  ['createDeflateRaw', 'createInflateRaw'], ['createBrotliCompress', 'createBrotliDecompress'],
  ['createGzip', 'createUnzip']]) {
  for (const input of ['', 'x']) {
    const out = [];
    pipeline(Readable.from(input ? [Buffer.from(input)] : []), zlib[C](), zlib[D](),
      new Writable({ write(c, e, cb) { out.push(c); cb(); } }),
      common.mustSucceed(() => assert.strictEqual(Buffer.concat(out).toString(), input)));
  }
}

// Brotli params: quality, size hint, text mode; large window needs the decoder param.
{
  const text = Buffer.from('brotli '.repeat(5000));
  const { constants } = zlib;
  const fast = zlib.brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 0 } });
  const best = zlib.brotliCompressSync(text, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: text.length,
    },
  });
  assert(best.length <= fast.length);
  assert.deepStrictEqual(zlib.brotliDecompressSync(fast), text);
  assert.deepStrictEqual(zlib.brotliDecompressSync(best), text);
  const large = zlib.brotliCompressSync(text, {
    params: { [constants.BROTLI_PARAM_LARGE_WINDOW]: true, [constants.BROTLI_PARAM_LGWIN]: 26 },
  });
  assert.deepStrictEqual(zlib.brotliDecompressSync(large, {
    params: { [constants.BROTLI_DECODER_PARAM_LARGE_WINDOW]: true },
  }), text);
}

// Strings written to a stream are compressed as UTF-8.
{
  const gz = zlib.createGzip();
  collect(gz, (out) => assert.strictEqual(zlib.gunzipSync(out).toString(), 'żółw'));
  gz.end('żółw');
}
