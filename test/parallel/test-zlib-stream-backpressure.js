'use strict';
// 64 MiB generated on demand go through gzip → gunzip with pipeline() into a slow sink, with
// bounded memory: backpressure holds the producer, so resident memory stays far below the
// data size. The output is checked by length and CRC-32.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');

const total = 64 * 1024 * 1024;
const block = Buffer.alloc(64 * 1024);
for (let i = 0; i < block.length; i++) block[i] = (i * 31 + (i >> 8)) & 0xff;

let produced = 0;
let expectedCrc = 0;
const source = new Readable({
  read() {
    if (produced >= total) {
      this.push(null);
      return;
    }
    // Vary the blocks so the compressor cannot collapse them.
    const chunk = Buffer.from(block);
    chunk.writeUInt32LE(produced, 0);
    produced += chunk.length;
    expectedCrc = zlib.crc32(chunk, expectedCrc);
    this.push(chunk);
  },
});

let received = 0;
let crc = 0;
let writes = 0;
let maxRss = 0;
const rssBefore = process.memoryUsage().rss;
const sink = new Writable({
  highWaterMark: 64 * 1024,
  write(chunk, encoding, callback) {
    received += chunk.length;
    crc = zlib.crc32(chunk, crc);
    if (++writes % 256 === 0) {
      maxRss = Math.max(maxRss, process.memoryUsage().rss);
      setImmediate(callback); // a slower consumer now and then
    } else {
      callback();
    }
  },
});

pipeline(source, zlib.createGzip({ level: 1 }), zlib.createGunzip(), sink,
  common.mustSucceed(() => {
    assert.strictEqual(received, total);
    assert.strictEqual(crc, expectedCrc);
    const grown = maxRss - rssBefore;
    // AddressSanitizer (make asan) roughly doubles every allocation's footprint; without
    // backpressure the 64 MiB would pile up at several times that.
    const limit = (process.env.ASAN_OPTIONS ? 100 : 48) * 1024 * 1024;
    assert(grown < limit, `memory grew by ${grown} bytes`);
  }));
