'use strict';
// { info: true } returns the engine with the result. After the synchronous form the engine's
// native handle is closed but the stream itself is not destroyed (no 'close' event follows);
// after the callback form it is destroyed. bytesWritten counts the input consumed in both.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const text = Buffer.from('hello info engine '.repeat(100));
const forms = [
  ['gzipSync', 'gunzipSync', zlib.gzipSync(text)],
  ['deflateSync', 'inflateSync', zlib.deflateSync(text)],
  ['deflateRawSync', 'inflateRawSync', zlib.deflateRawSync(text)],
  ['brotliCompressSync', 'brotliDecompressSync', zlib.brotliCompressSync(text)],
];

for (const [compress, decompress, packed] of forms) {
  const c = zlib[compress](text, { info: true });
  assert(Buffer.isBuffer(c.buffer));
  assert.strictEqual(c.engine.bytesWritten, text.length, compress);
  const d = zlib[decompress](packed, { info: true });
  assert(d.buffer.equals(text), decompress);
  const { engine } = d;
  assert.strictEqual(engine.bytesWritten, packed.length, decompress);
  assert.strictEqual(engine._handle, null);
  assert.strictEqual(engine._closed, true);
  assert.strictEqual(engine.destroyed, false);
  engine.on('close', common.mustNotCall());

  const async = decompress.replace('Sync', '');
  zlib[async](packed, { info: true }, common.mustCall((err, result) => {
    assert.ifError(err);
    assert(result.buffer.equals(text));
    assert.strictEqual(result.engine.bytesWritten, packed.length, async);
    assert.strictEqual(result.engine.destroyed, true);
    assert.strictEqual(result.engine._closed, true);
  }));
}
