'use strict';
// Corrupt and truncated input give Node's errors (message, errno, code) in every form and
// never a crash; bad options throw Node's argument errors; maxOutputLength; trailing data
// and concatenated gzip members; a closed stream.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const text = 'hello world, hello zlib';
const gz = zlib.gzipSync(text);
const dataError = { name: 'Error', code: 'Z_DATA_ERROR', errno: -3, message: 'incorrect header check' };
const eof = { name: 'Error', code: 'Z_BUF_ERROR', errno: -5, message: 'unexpected end of file' };

assert.throws(() => zlib.gunzipSync(Buffer.from('not gzip at all')), dataError);
assert.throws(() => zlib.inflateSync(Buffer.from('not zlib at all')), dataError);
assert.throws(() => zlib.unzipSync(Buffer.from('not zlib at all')), dataError);
assert.throws(() => zlib.gunzipSync(gz.subarray(0, 10)), eof);
assert.throws(() => zlib.gunzipSync(gz.subarray(0, gz.length - 4)), eof);
assert.throws(() => zlib.inflateSync(zlib.deflateSync(text).subarray(0, 8)), eof);
assert.throws(() => zlib.inflateRawSync(zlib.deflateRawSync(text).subarray(0, 5)), eof);
for (const fn of ['inflateSync', 'inflateRawSync', 'gunzipSync', 'unzipSync',
  'brotliDecompressSync']) {
  assert.throws(() => zlib[fn](Buffer.alloc(0)), eof, fn);
}
assert.throws(() => zlib.brotliDecompressSync(zlib.brotliCompressSync(text).subarray(0, 5)), eof);
assert.throws(() => zlib.brotliDecompressSync(Buffer.from('garbage!!')), {
  name: 'Error', message: 'Decompression failed', code: 'ERR__ERROR_FORMAT_PADDING_1', errno: -14,
});
// A corrupt checksum.
const badCrc = Buffer.from(gz);
badCrc[badCrc.length - 6] ^= 1;
assert.throws(() => zlib.gunzipSync(badCrc), { code: 'Z_DATA_ERROR', message: 'incorrect data check' });

// Truncated input with finishFlush Z_SYNC_FLUSH gives what there is.
const partial = zlib.gunzipSync(gz.subarray(0, gz.length - 8),
  { finishFlush: zlib.constants.Z_SYNC_FLUSH });
assert.strictEqual(partial.toString(), text);

// Random corruption never crashes.
const packed = zlib.deflateSync(Buffer.alloc(5000, 'abcdefgh'));
for (let i = 0; i < 200; i++) {
  const bad = Buffer.from(packed);
  bad[(i * 7919) % bad.length] ^= 1 + (i % 255);
  try { zlib.inflateSync(bad); } catch (e) { assert.match(e.code, /^Z_/); }
  try { zlib.brotliDecompressSync(bad); } catch (e) { assert.match(e.code, /^(ERR_|Z_)/); }
}

// The async forms report the same errors.
zlib.gunzip(Buffer.from('nope'), common.mustCall((err, res) => {
  assert.strictEqual(res, undefined);
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  assert.strictEqual(err.errno, -3);
}));
zlib.inflate(zlib.deflateSync(text).subarray(0, 8), common.mustCall((err) => {
  assert.strictEqual(err.message, 'unexpected end of file');
}));
const stream = zlib.createGunzip();
stream.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'Z_BUF_ERROR');
  assert.strictEqual(err.message, 'unexpected end of file');
}));
stream.resume();
stream.end(gz.subarray(0, 12));
const stream2 = zlib.createInflate();
stream2.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'Z_DATA_ERROR')));
stream2.end('definitely not zlib');

// Concatenated gzip members are all decompressed; zero padding after a member is ignored;
// anything else after a member must be another member.
assert.strictEqual(zlib.gunzipSync(Buffer.concat([gz, gz])).toString(), text + text);
assert.strictEqual(zlib.unzipSync(Buffer.concat([gz, gz])).toString(), text + text);
assert.strictEqual(zlib.gunzipSync(Buffer.concat([gz, Buffer.alloc(10)])).toString(), text);
assert.throws(() => zlib.gunzipSync(Buffer.concat([gz, Buffer.from('xyz')])), dataError);
assert.throws(() => zlib.gunzipSync(Buffer.concat([gz, Buffer.from([0x1f, 0x8b, 0xff])])), eof);
// Other formats stop at the end of their stream.
assert.strictEqual(zlib.inflateSync(Buffer.concat([zlib.deflateSync(text), Buffer.from('xyz')]))
  .toString(), text);
zlib.gunzip(Buffer.concat([gz, gz, gz]), common.mustSucceed((out) => {
  assert.strictEqual(out.toString(), text.repeat(3));
}));

// Dictionary errors.
const withDict = zlib.deflateSync(text, { dictionary: Buffer.from('hello') });
assert.throws(() => zlib.inflateSync(withDict), { code: 'Z_NEED_DICT', errno: 2, message: 'Missing dictionary' });
assert.throws(() => zlib.inflateSync(withDict, { dictionary: Buffer.from('other') }),
  { code: 'Z_NEED_DICT', errno: 2, message: 'Bad dictionary' });

// maxOutputLength.
const big = zlib.gzipSync(Buffer.alloc(100000));
assert.throws(() => zlib.gunzipSync(big, { maxOutputLength: 1000 }), {
  name: 'RangeError', code: 'ERR_BUFFER_TOO_LARGE',
  message: 'Cannot create a Buffer larger than 1000 bytes',
});
assert.throws(() => zlib.brotliDecompressSync(zlib.brotliCompressSync(Buffer.alloc(5000)),
  { maxOutputLength: 4999 }), { code: 'ERR_BUFFER_TOO_LARGE' });
assert.strictEqual(zlib.gunzipSync(big, { maxOutputLength: 100000 }).length, 100000);
zlib.gunzip(big, { maxOutputLength: 10 }, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_BUFFER_TOO_LARGE');
}));
assert.throws(() => zlib.gunzipSync(big, { maxOutputLength: 0 }), { code: 'ERR_OUT_OF_RANGE' });

// Bad options and arguments.
const range = { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' };
const type = { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' };
assert.throws(() => zlib.createGzip({ level: 10 }), {
  ...range,
  message: 'The value of "options.level" is out of range. It must be >= -1 and <= 9. Received 10',
});
assert.throws(() => zlib.createGzip({ level: 'a' }), {
  ...type,
  message: 'The "options.level" property must be of type number. Received type string (\'a\')',
});
assert.throws(() => zlib.createGzip({ level: Infinity }), range);
assert.throws(() => zlib.createDeflate({ chunkSize: 10 }), {
  ...range,
  message: 'The value of "options.chunkSize" is out of range. It must be >= 64. Received 10',
});
assert.throws(() => zlib.createDeflate({ windowBits: 16 }), range);
assert.throws(() => zlib.createGzip({ windowBits: 8 }), range);
assert.throws(() => zlib.createDeflate({ windowBits: 0 }), range);
zlib.createInflate({ windowBits: 0 });
zlib.createGunzip({ windowBits: 0 });
assert.throws(() => zlib.createDeflate({ memLevel: 0 }), range);
assert.throws(() => zlib.createDeflate({ strategy: 5 }), range);
assert.throws(() => zlib.createDeflate({ flush: 6 }), range);
assert.throws(() => zlib.createDeflate({ finishFlush: -1 }), range);
assert.throws(() => zlib.createBrotliCompress({ flush: 4 }), range);
assert.throws(() => zlib.createDeflate({ dictionary: 'abc' }), {
  ...type,
  message: 'The "options.dictionary" property must be an instance of Buffer, TypedArray, ' +
    'DataView, or ArrayBuffer. Received type string (\'abc\')',
});
assert.throws(() => zlib.createBrotliCompress({ params: { 1000: 1 } }), {
  name: 'RangeError', code: 'ERR_BROTLI_INVALID_PARAM', message: '1000 is not a valid Brotli parameter',
});
assert.throws(() => zlib.createBrotliCompress({ params: { 1: 'a' } }), type);
assert.throws(() => zlib.createBrotliDecompress({ params: { 5: 1 } }), {
  name: 'Error', code: 'ERR_ZLIB_INITIALIZATION_FAILED', message: 'Initialization failed',
});
assert.throws(() => zlib.gzipSync(123), {
  ...type,
  message: 'The "buffer" argument must be of type string or an instance of Buffer, ' +
    'TypedArray, DataView, or ArrayBuffer. Received type number (123)',
});
assert.throws(() => zlib.gzip(5, () => {}), type);
assert.throws(() => zlib.gzipSync(null), type);
// The callback form takes null and undefined as empty input (the stream's end(null)).
zlib.gzip(null, common.mustSucceed((out) => assert.strictEqual(zlib.gunzipSync(out).length, 0)));
assert.throws(() => zlib.gzip('abc'), { ...type, message: /"callback" argument must be of type function/ });

// A closed stream.
const closed = zlib.createGzip();
closed.close(common.mustCall());
assert.throws(() => closed.reset(), { code: 'ERR_INTERNAL_ASSERTION', message: /zlib binding closed/ });
closed.write('abc', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED')));
// Closing while a chunk is being compressed on the thread pool.
const busy = zlib.createGzip();
busy.write(Buffer.alloc(1 << 20, 'a'));
busy.close(common.mustCall());
