'use strict';
// A small input that inflates to far more than the readable side holds (a "zip bomb" chunk)
// is decompressed only as the reader takes the output: with nobody reading, the stream
// buffers about highWaterMark plus one piece of output, not the whole 64 MiB; once read, all
// of it arrives, in order, for gunzip, inflate and brotli.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const total = 64 * 1024 * 1024;
const zeros = Buffer.alloc(total);
const inputs = [
  ['createGunzip', zlib.gzipSync(zeros)],
  ['createInflate', zlib.deflateSync(zeros)],
  ['createBrotliDecompress', zlib.brotliCompressSync(zeros,
    { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } })],
];

for (const [create, compressed] of inputs) {
  const stream = zlib[create]();
  stream.end(compressed);
  setTimeout(common.mustCall(() => {
    const held = stream.readableLength;
    assert(held > 0, `${create}: nothing decompressed`);
    assert(held <= stream.readableHighWaterMark + 256 * 1024, `${create} holds ${held} bytes`);
    let received = 0;
    let nonZero = false;
    stream.on('data', (chunk) => {
      received += chunk.length;
      if (!nonZero && chunk.some((b) => b !== 0)) nonZero = true;
    });
    stream.on('end', common.mustCall(() => {
      assert.strictEqual(received, total, create);
      assert(!nonZero, create);
    }));
  }), 200);
}
