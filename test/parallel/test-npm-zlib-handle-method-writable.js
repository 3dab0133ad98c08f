'use strict';
// tar (through minizlib) swaps a zlib stream's native handle method for a no-op while it
// runs _processChunk: `zlibStream._handle.close = () => {}`. As in Node, the handle's methods
// can be replaced and restored (Lode's JSClass methods used to be read-only, and
// `tar.c({ gzip: true })` threw).
require('../common');
const assert = require('assert');
const zlib = require('zlib');

for (const make of [zlib.createGzip, zlib.createDeflate, zlib.createBrotliCompress]) {
  const stream = make();
  const handle = stream._handle;
  const original = handle.close;
  assert.strictEqual(typeof original, 'function');
  handle.close = () => {};
  assert.notStrictEqual(handle.close, original);
  handle.close = original;
  stream.close();
}
