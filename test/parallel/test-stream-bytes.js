'use strict';
// Byte streams: Buffers, strings with encodings, setEncoding across split characters,
// read(n) across chunks, TypedArray chunks, and pipe() with backpressure.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, PassThrough, pipeline } = require('stream');

// read(n) in byte-like string mode (setEncoding is not needed for pushed strings with
// the same encoding) and howMuchToRead: partial chunks, and all at the end.
{
  const r = new Readable({ encoding: 'utf8', read() {} });
  r.push('hello ');
  r.push('world');
  assert.strictEqual(r.readableLength, 11);
  assert.strictEqual(r.readableEncoding, 'utf8');
  assert.strictEqual(r.read(3), 'hel');
  assert.strictEqual(r.read(5), 'lo wo');
  assert.strictEqual(r.read(10), null); // not enough yet, not ended
  r.push(null);
  assert.strictEqual(r.read(10), 'rld');
  r.on('end', common.mustCall());
}

// setEncoding decodes characters split across chunks, and what was already buffered.
{
  const r = new Readable({ read() {} });
  r.push(Buffer.from([0xe2, 0x82]));
  r.setEncoding('utf8');
  r.push(Buffer.from([0xac, 0x41]));
  r.push(null);
  let text = '';
  r.on('data', (d) => { text += d; });
  r.on('end', common.mustCall(() => assert.strictEqual(text, '€A')));
}

// Strings become Buffers; read(n) spans chunks; read() returns everything at once.
{
  const r = new Readable({ read() {} });
  r.push('abc');
  r.push(Buffer.from('def'));
  r.push(new Uint16Array([0x6867]));
  assert.strictEqual(r.readableLength, 8);
  const part = r.read(4);
  assert.ok(Buffer.isBuffer(part));
  assert.strictEqual(part.toString(), 'abcd');
  assert.strictEqual(r.read().toString(), 'efgh');
  r.push('hex', 'latin1');
  assert.strictEqual(r.read().toString('latin1'), 'hex');
}

// Writes: strings are decoded with their encoding, TypedArrays become Buffers.
{
  const chunks = [];
  const w = new Writable({
    write(chunk, encoding, cb) {
      assert.strictEqual(encoding, 'buffer');
      chunks.push(chunk);
      cb();
    },
  });
  w.write('68656c6c6f', 'hex');
  w.write(new Uint8Array([32]));
  w.end('d29ybGQ=', 'base64');
  w.on('finish', common.mustCall(() => {
    assert.strictEqual(Buffer.concat(chunks).toString(), 'hello world');
  }));
}

// setDefaultEncoding applies to later string writes.
{
  const w = new Writable({
    decodeStrings: false,
    write: common.mustCall((chunk, encoding, cb) => {
      assert.strictEqual(encoding, 'hex');
      cb();
    }),
  });
  w.setDefaultEncoding('HEX');
  w.write('00');
}

// pipe() of many byte chunks through a slow writable: nothing lost, backpressure kept.
{
  let produced = 0;
  const total = 200;
  const src = new Readable({
    highWaterMark: 1024,
    read() {
      if (produced === total) {
        this.push(null);
        return;
      }
      produced++;
      this.push(Buffer.alloc(512, produced % 256));
    },
  });
  let received = 0;
  let maxBuffered = 0;
  const dst = new Writable({
    highWaterMark: 2048,
    write(chunk, encoding, cb) {
      received += chunk.length;
      maxBuffered = Math.max(maxBuffered, src.readableLength);
      setImmediate(cb);
    },
  });
  const pt = new PassThrough({ highWaterMark: 1024 });
  pipeline(src, pt, dst, common.mustSucceed(() => {
    assert.strictEqual(received, 512 * total);
    assert.ok(maxBuffered <= 2048, `source buffered ${maxBuffered}`);
  }));
}
