'use strict';
// Readable: flowing and paused modes, 'readable'/'data'/'end'/'close' order, read(n),
// unshift, pause/resume, object mode and the state getters.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

function record(stream, events, log) {
  for (const name of events) {
    stream.on(name, (arg) => log.push(arg === undefined ? name : `${name}:${arg}`));
  }
}

// Flowing mode: a 'data' listener starts the flow on the next tick; 'end' then 'close'.
{
  const log = [];
  const r = new Readable({ objectMode: true, read() {} });
  assert.strictEqual(r.readableFlowing, null);
  record(r, ['data', 'end', 'close', 'resume', 'pause'], log);
  assert.strictEqual(r.readableFlowing, true);
  r.push('a');
  r.push('b');
  r.push(null);
  assert.deepStrictEqual(log, []);
  assert.strictEqual(r.readableLength, 2);
  process.nextTick(() => log.push('tick'));
  r.on('close', common.mustCall(() => {
    assert.deepStrictEqual(log, ['resume', 'data:a', 'data:b', 'tick', 'end', 'close']);
    assert.strictEqual(r.readableEnded, true);
    assert.strictEqual(r.destroyed, true);
    assert.strictEqual(r.closed, true);
    assert.strictEqual(r.readable, false);
    assert.strictEqual(r.readableDidRead, true);
    assert.strictEqual(r.readableAborted, false);
  }));
}

// Paused mode with 'readable': read() drains the buffer; 'end' follows the last read.
{
  const log = [];
  let n = 0;
  const r = new Readable({
    objectMode: true,
    highWaterMark: 2,
    read() {
      if (n < 5) setImmediate(() => this.push(n++));
      else this.push(null);
    },
  });
  r.on('readable', common.mustCallAtLeast(() => {
    let chunk;
    while ((chunk = r.read()) !== null) log.push(chunk);
  }));
  assert.strictEqual(r.readableFlowing, false);
  r.on('end', common.mustCall(() => {
    assert.deepStrictEqual(log, [0, 1, 2, 3, 4]);
  }));
}

// unshift() puts data back at the front.
{
  const r = new Readable({ objectMode: true, read() {} });
  r.push(2);
  r.unshift(1);
  assert.strictEqual(r.read(), 1);
  assert.strictEqual(r.read(), 2);
}

// pause() and resume(): events, isPaused(), and no data while paused.
{
  const r = new Readable({ objectMode: true, read() {} });
  const seen = [];
  r.on('data', (d) => seen.push(d));
  r.pause();
  assert.strictEqual(r.isPaused(), true);
  assert.strictEqual(r.readableFlowing, false);
  r.push(1);
  setImmediate(common.mustCall(() => {
    assert.deepStrictEqual(seen, []);
    r.resume();
    assert.strictEqual(r.isPaused(), false);
    setImmediate(common.mustCall(() => {
      assert.deepStrictEqual(seen, [1]);
      r.push(null);
    }));
  }));
}

// push() returns false at highWaterMark; _read is called again once below it.
{
  let reads = 0;
  const r = new Readable({ objectMode: true, highWaterMark: 2, read() { reads++; } });
  assert.strictEqual(r.push(1), true);
  assert.strictEqual(r.push(2), false);
  assert.strictEqual(r.readableHighWaterMark, 2);
  assert.strictEqual(r.readableObjectMode, true);
  assert.deepStrictEqual(r.readableBuffer, [1, 2]);
  r.read();
  assert.strictEqual(reads, 1);
}

// A byte-mode stream defaults to a 64 KiB highWaterMark; object mode to 16.
assert.strictEqual(new Readable().readableHighWaterMark, 65536);
assert.strictEqual(new Readable({ objectMode: true }).readableHighWaterMark, 16);
assert.strictEqual(new Readable({ highWaterMark: 0 }).readableHighWaterMark, 0);

// readable.read() past 1 GiB is out of range.
assert.throws(() => new Readable({ read() {} }).read(2 ** 31), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
});

// Calling Readable as a function still constructs.
assert.ok(Readable() instanceof Readable);

// Without _read: ERR_METHOD_NOT_IMPLEMENTED through 'error'.
{
  const r = new Readable();
  r.on('error', common.expectsError({
    code: 'ERR_METHOD_NOT_IMPLEMENTED',
    name: 'Error',
    message: 'The _read() method is not implemented',
  }));
  r.read();
}

// push after EOF and unshift after 'end'.
{
  const r = new Readable({ objectMode: true, read() {} });
  r.on('error', common.expectsError({
    code: 'ERR_STREAM_PUSH_AFTER_EOF',
    message: 'stream.push() after EOF',
  }));
  r.push(null);
  r.push(1);
}
{
  const r = new Readable({ objectMode: true, read() {} });
  r.resume();
  r.push(null);
  r.on('end', common.mustCall(() => {
    r.on('error', common.expectsError({
      code: 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT',
      message: 'stream.unshift() after end event',
    }));
    r.unshift(1);
  }));
}

// A non-object-mode stream rejects other chunk types.
{
  const r = new Readable({ read() {} });
  r.on('error', common.expectsError({
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "chunk" argument must be of type string or an instance of Buffer, ' +
      'TypedArray, or DataView. Received type number (42)',
  }));
  r.push(42);
}

// Bad highWaterMark.
assert.throws(() => new Readable({ highWaterMark: -1 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.highWaterMark' is invalid. Received -1",
});
assert.throws(() => new Readable({ highWaterMark: 'x' }), { code: 'ERR_INVALID_ARG_VALUE' });

// 'readable' with a 'data' listener: the stream stays paused until 'readable' goes.
{
  const r = new Readable({ objectMode: true, read() {} });
  const onReadable = () => {};
  r.on('readable', onReadable);
  r.on('data', common.mustCall());
  assert.strictEqual(r.readableFlowing, false);
  r.removeListener('readable', onReadable);
  process.nextTick(common.mustCall(() => {
    assert.strictEqual(r.readableFlowing, true);
    r.push(1);
    r.push(null);
  }));
}

// wrap() an old-style stream.
{
  const EventEmitter = require('events');
  const old = new EventEmitter();
  old.pause = common.mustCallAtLeast(() => {}, 0);
  old.resume = () => {};
  const r = new Readable({ objectMode: true }).wrap(old);
  const got = [];
  r.on('data', (d) => got.push(d));
  r.on('end', common.mustCall(() => assert.deepStrictEqual(got, ['x', 'y'])));
  old.emit('data', 'x');
  old.emit('data', 'y');
  old.emit('end');
}
