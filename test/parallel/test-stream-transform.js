'use strict';
// Transform and PassThrough: output order, _flush, backpressure through the readable
// side, objectMode on either side, and the legacy _stream_* module ids.
const common = require('../common');
const assert = require('assert');
const stream = require('stream');
const { Transform, PassThrough, Duplex, Readable, Writable } = stream;

// Transform with flush: data, then flushed data, then 'end'; 'end' comes before 'finish' here (the flush runs as _final).
{
  const log = [];
  const t = new Transform({
    objectMode: true,
    transform(chunk, encoding, cb) { cb(null, chunk * 2); },
    flush(cb) {
      log.push('flush');
      cb(null, 'last');
    },
  });
  t.on('data', (d) => log.push(d));
  t.on('finish', () => log.push('finish'));
  t.on('end', () => log.push('end'));
  t.on('close', common.mustCall(() => {
    assert.deepStrictEqual(log, [2, 4, 'flush', 'last', 'end', 'finish']);
  }));
  t.write(1);
  t.write(2);
  t.end();
}

// push() from _transform several times; calling the callback without data.
{
  const t = new Transform({
    readableObjectMode: true,
    decodeStrings: false,
    transform(chunk, encoding, cb) {
      for (const c of chunk) this.push(c);
      cb();
    },
  });
  assert.strictEqual(t.readableObjectMode, true);
  assert.strictEqual(t.writableObjectMode, false);
  const out = [];
  t.on('data', (d) => out.push(d));
  t.on('end', common.mustCall(() => assert.deepStrictEqual(out, ['a', 'b', 'c'])));
  t.end('abc');
}

// Backpressure: with nobody reading, writes stall once the readable side is full.
{
  let transformed = 0;
  const t = new Transform({
    objectMode: true,
    highWaterMark: 2,
    transform(chunk, encoding, cb) {
      transformed++;
      cb(null, chunk);
    },
  });
  for (let i = 0; i < 10; i++) t.write(i);
  setImmediate(common.mustCall(() => {
    assert.ok(transformed < 10, `transformed ${transformed}`);
    assert.strictEqual(t.writableNeedDrain, true);
    t.on('drain', common.mustCall());
    t.resume();
  }));
}

// PassThrough passes chunks unchanged.
{
  const p = new PassThrough({ objectMode: true });
  const obj = { a: 1 };
  p.on('data', common.mustCall((d) => assert.strictEqual(d, obj)));
  p.end(obj);
  assert.ok(p instanceof Transform);
  assert.ok(p instanceof Duplex);
  assert.ok(p instanceof Readable);
  assert.ok(p instanceof Writable);
}

// Without _transform.
{
  const t = new Transform({ objectMode: true });
  assert.throws(() => t.write(1), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED',
    message: 'The _transform() method is not implemented',
  });
}

// _flush errors destroy the stream.
{
  const t = new Transform({
    objectMode: true,
    transform(c, e, cb) { cb(); },
    flush(cb) { cb(new Error('flush failed')); },
  });
  t.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'flush failed')));
  t.on('finish', common.mustNotCall());
  t.end();
}

// allowHalfOpen: false ends the writable side when the readable side ends.
{
  const d = new Duplex({
    allowHalfOpen: false,
    objectMode: true,
    read() {},
    write(c, e, cb) { cb(); },
  });
  d.on('finish', common.mustCall());
  d.resume();
  d.push(null);
  assert.strictEqual(d.allowHalfOpen, false);
}

// Duplex with one side disabled.
{
  const d = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  assert.strictEqual(d.readableEnded, true);
  assert.strictEqual(d.readable, false);
  assert.strictEqual(d.writable, true);
  const e = new Duplex({ writable: false, read() {} });
  assert.strictEqual(e.writable, false);
  assert.strictEqual(e.writableFinished, true);
}

// The legacy module ids and the module shape.
assert.strictEqual(require('_stream_readable'), Readable);
assert.strictEqual(require('_stream_writable'), Writable);
assert.strictEqual(require('_stream_duplex'), Duplex);
assert.strictEqual(require('_stream_transform'), Transform);
assert.strictEqual(require('_stream_passthrough'), PassThrough);
assert.strictEqual(stream.Stream, stream);
assert.strictEqual(require('node:stream'), stream);
assert.strictEqual(stream.promises, require('stream/promises'));
assert.ok(new Readable() instanceof stream);
assert.strictEqual(stream.getDefaultHighWaterMark(false), 65536);
assert.strictEqual(stream.getDefaultHighWaterMark(true), 16);
stream.setDefaultHighWaterMark(true, 4);
assert.strictEqual(new Readable({ objectMode: true }).readableHighWaterMark, 4);
stream.setDefaultHighWaterMark(true, 16);
assert.throws(() => stream.setDefaultHighWaterMark(false, -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => stream.setDefaultHighWaterMark(false, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });

// The legacy Stream's pipe() moves 'data' to write() and ends the destination.
{
  const src = new stream.Stream();
  src.readable = true;
  const dest = new stream.Stream();
  dest.writable = true;
  const got = [];
  dest.write = (c) => { got.push(c); return true; };
  dest.end = common.mustCall(() => assert.deepStrictEqual(got, ['a', 'b']));
  assert.strictEqual(src.pipe(dest), dest);
  src.emit('data', 'a');
  src.emit('data', 'b');
  src.emit('end');
}
