'use strict';
// A zlib stream cuts its output where each chunkSize bytes of output end, and where an input
// chunk's output ends: written whole, the input gives chunks of exactly chunkSize (the last
// shorter); written in pieces, no chunk crosses a multiple of chunkSize. Later output never
// changes a chunk already pushed.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const data = Buffer.alloc(200000);
for (let i = 0; i < data.length; i++) data[i] = (i * 7 + (i >> 9)) & 0xff;
const compressed = zlib.gzipSync(data);

function sizesOf(chunkSize, inputChunk, done) {
  const gunzip = zlib.createGunzip(chunkSize === undefined ? undefined : { chunkSize });
  const chunks = [];
  gunzip.on('data', (c) => chunks.push(c));
  gunzip.on('end', common.mustCall(() => {
    const copies = chunks.map((c) => Buffer.from(c));
    assert.deepStrictEqual(Buffer.concat(chunks), data);
    // No chunk was overwritten after it was pushed.
    chunks.forEach((c, i) => assert.deepStrictEqual(c, copies[i]));
    done(chunks.map((c) => c.length));
  }));
  for (let off = 0; off < compressed.length; off += inputChunk) {
    gunzip.write(compressed.subarray(off, off + inputChunk));
  }
  gunzip.end();
}

const expected = (size) => {
  const sizes = new Array(Math.floor(data.length / size)).fill(size);
  if (data.length % size) sizes.push(data.length % size);
  return sizes;
};

for (const chunkSize of [undefined, 20000, 64, 100000]) {
  sizesOf(chunkSize, compressed.length, common.mustCall((sizes) => {
    assert.deepStrictEqual(sizes, expected(chunkSize ?? 16384), `${chunkSize}`);
  }));
}

for (const [chunkSize, inputChunk] of [[undefined, 1000], [20000, 777], [64, 4096],
  [100000, 5000]]) {
  const size = chunkSize ?? 16384;
  sizesOf(chunkSize, inputChunk, common.mustCall((sizes) => {
    let total = 0;
    for (const n of sizes) {
      assert(n > 0 && n <= size);
      assert.strictEqual(Math.floor(total / size), Math.floor((total + n - 1) / size),
        `a chunk crosses a multiple of ${size}: ${sizes}`);
      total += n;
    }
  }));
}

// The synchronous form gives the whole output at once.
assert.deepStrictEqual(zlib.gunzipSync(compressed, { chunkSize: 20000 }), data);
