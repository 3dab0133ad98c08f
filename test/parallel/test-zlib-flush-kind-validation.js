'use strict';
// zlib streams' flush(kind, callback): kind must be a number within the stream's flush
// values (Z_NO_FLUSH..Z_BLOCK for zlib, BROTLI_OPERATION_PROCESS..EMIT_METADATA for Brotli);
// a wrong type or an out-of-range value throws at the call, before anything is written.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

for (const [make, max] of [[zlib.createGzip, 5], [zlib.createDeflateRaw, 5],
                           [zlib.createBrotliCompress, 3]]) {
  const stream = make();
  for (const bad of [-1, max + 1, 99]) {
    assert.throws(() => stream.flush(bad, common.mustNotCall()), {
      code: 'ERR_OUT_OF_RANGE',
      name: 'RangeError',
      message: `The value of "kind" is out of range. It must be >= 0 and <= ${max}. ` +
        `Received ${bad}`,
    });
  }
  for (const bad of [null, '1', {}, true]) {
    assert.throws(() => stream.flush(bad, common.mustNotCall()), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
    });
  }
  assert.strictEqual(stream.writableLength, 0);
  stream.destroy();
}

// Valid kinds flush what was written so far: the output inflates to it before the end.
const gzip = zlib.createGzip();
const chunks = [];
gzip.on('data', (chunk) => chunks.push(chunk));
gzip.write('hello ');
gzip.flush(zlib.constants.Z_SYNC_FLUSH, common.mustCall(() => {
  const partial = zlib.gunzipSync(Buffer.concat(chunks), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  assert.strictEqual(partial.toString(), 'hello ');
  gzip.write('world');
  // The callback alone: a full flush.
  gzip.flush(common.mustCall(() => {
    gzip.end();
  }));
}));
gzip.on('end', common.mustCall(() => {
  assert.strictEqual(zlib.gunzipSync(Buffer.concat(chunks)).toString(), 'hello world');
  // After the end: the callback still runs, and a bad kind still throws.
  gzip.flush(common.mustCall());
  assert.throws(() => gzip.flush(-1), { code: 'ERR_OUT_OF_RANGE' });
}));
