'use strict';
// Writable: write() return values and 'drain', buffering while a write is pending,
// cork/uncork with _writev, _final, _construct and the state getters.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

// write() returns false once highWaterMark is reached, and 'drain' follows.
{
  const callbacks = [];
  const w = new Writable({
    objectMode: true,
    highWaterMark: 2,
    write(chunk, encoding, cb) {
      callbacks.push(chunk);
      setImmediate(cb);
    },
  });
  assert.strictEqual(w.write(1), true);
  assert.strictEqual(w.writableLength, 1);
  assert.strictEqual(w.write(2), false);
  assert.strictEqual(w.writableNeedDrain, true);
  assert.strictEqual(w.write(3), false);
  assert.strictEqual(w.writableLength, 3);
  assert.strictEqual(w.writableBuffer.length, 2);
  w.on('drain', common.mustCall(() => {
    assert.deepStrictEqual(callbacks, [1, 2, 3]);
    assert.strictEqual(w.writableNeedDrain, false);
    assert.strictEqual(w.writableLength, 0);
    w.end();
  }));
  w.on('finish', common.mustCall(() => {
    assert.strictEqual(w.writableFinished, true);
  }));
}

// Callbacks of synchronous writes run on the next tick, before 'finish'.
{
  const log = [];
  const w = new Writable({
    objectMode: true,
    write(chunk, encoding, cb) {
      log.push(`write:${chunk}`);
      cb();
    },
  });
  w.on('prefinish', () => log.push('prefinish'));
  w.on('finish', () => log.push('finish'));
  w.on('close', common.mustCall(() => {
    log.push('close');
    assert.deepStrictEqual(log, ['write:a', 'write:b', 'prefinish', 'cb:a', 'cb:b', 'endcb',
      'finish', 'close']);
  }));
  w.write('a', () => log.push('cb:a'));
  w.write('b', () => log.push('cb:b'));
  w.end(() => log.push('endcb'));
  assert.strictEqual(w.writableEnded, true);
  assert.strictEqual(w.writableFinished, false);
  assert.deepStrictEqual(log, ['write:a', 'write:b', 'prefinish']);
}

// cork() buffers; uncork() hands everything to _writev() in one call.
{
  const w = new Writable({
    objectMode: true,
    write: common.mustNotCall(),
    writev: common.mustCall((chunks, cb) => {
      assert.deepStrictEqual(chunks.map((c) => c.chunk), [1, 2, 3]);
      cb();
    }),
  });
  w.cork();
  w.cork();
  assert.strictEqual(w.writableCorked, 2);
  w.write(1);
  w.write(2);
  w.write(3);
  w.uncork();
  assert.strictEqual(w.writableCorked, 1);
  w.uncork();
  assert.strictEqual(w.writableCorked, 0);
}

// _final runs before 'finish'; 'prefinish' comes after its callback.
{
  const log = [];
  const w = new Writable({
    write(chunk, encoding, cb) { cb(); },
    final(cb) {
      log.push('final');
      setImmediate(() => {
        log.push('final done');
        cb();
      });
    },
  });
  w.on('prefinish', () => log.push('prefinish'));
  w.on('finish', common.mustCall(() => {
    assert.deepStrictEqual(log, ['final', 'final done', 'prefinish']);
  }));
  w.end();
}

// An error from _final destroys the stream: 'error' then 'close', no 'finish'.
{
  const w = new Writable({
    write(chunk, encoding, cb) { cb(); },
    final(cb) { cb(new Error('final failed')); },
  });
  w.on('finish', common.mustNotCall());
  w.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'final failed')));
  w.on('close', common.mustCall());
  w.end();
}

// _construct delays writes until its callback.
{
  const log = [];
  const w = new Writable({
    objectMode: true,
    construct(cb) {
      log.push('construct');
      setImmediate(() => {
        log.push('constructed');
        cb();
      });
    },
    write(chunk, encoding, cb) {
      log.push(`write:${chunk}`);
      cb();
    },
  });
  w.write('x');
  w.end();
  w.on('finish', common.mustCall(() => {
    assert.deepStrictEqual(log, ['construct', 'constructed', 'write:x']);
  }));
}

// A _construct error destroys the stream.
{
  const w = new Writable({
    construct(cb) { cb(new Error('no')); },
    write: common.mustNotCall(),
  });
  w.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'no')));
  w.on('close', common.mustCall());
}

// Calling the write callback twice is ERR_MULTIPLE_CALLBACK.
{
  const w = new Writable({
    objectMode: true,
    write(chunk, encoding, cb) {
      cb();
      cb();
    },
  });
  w.on('error', common.expectsError({
    code: 'ERR_MULTIPLE_CALLBACK',
    message: 'Callback called multiple times',
  }));
  w.write(1);
}

// Write after end: the callback and 'error' get ERR_STREAM_WRITE_AFTER_END.
{
  const w = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
  w.end();
  const log = [];
  w.write('x', common.mustCall((err) => {
    log.push('cb');
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    assert.strictEqual(err.message, 'write after end');
  }));
  w.on('error', common.mustCall((err) => {
    log.push('error');
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
  }));
  w.on('close', common.mustCall(() => assert.deepStrictEqual(log, ['cb', 'error'])));
}

// Write after destroy: ERR_STREAM_DESTROYED to the callback, no 'error' event.
{
  const w = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
  w.destroy();
  w.write('x', common.expectsError({
    code: 'ERR_STREAM_DESTROYED',
    message: 'Cannot call write after a stream was destroyed',
  }));
  w.on('error', common.mustNotCall());
}

// end() after finish gives ERR_STREAM_ALREADY_FINISHED to its callback.
{
  const w = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
  w.end();
  w.on('finish', common.mustCall(() => {
    w.end(common.expectsError({
      code: 'ERR_STREAM_ALREADY_FINISHED',
      message: 'Cannot call end after a stream was finished',
    }));
  }));
}

// Bad input is thrown synchronously.
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  assert.throws(() => w.write(null), {
    code: 'ERR_STREAM_NULL_VALUES',
    name: 'TypeError',
    message: 'May not write null values to stream',
  });
  assert.throws(() => w.write(42), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "chunk" argument must be of type string or an instance of Buffer, ' +
      'TypedArray, or DataView. Received type number (42)',
  });
  assert.throws(() => w.write('x', 'bogus'), {
    code: 'ERR_UNKNOWN_ENCODING',
    message: 'Unknown encoding: bogus',
  });
  assert.throws(() => w.setDefaultEncoding('bogus'), { code: 'ERR_UNKNOWN_ENCODING' });
  assert.throws(() => new Writable({ highWaterMark: 1.5 }), { code: 'ERR_INVALID_ARG_VALUE' });
}

// Without _write: ERR_METHOD_NOT_IMPLEMENTED is thrown from write().
{
  const w = new Writable({ decodeStrings: false });
  assert.throws(() => w.write('x'), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED',
    message: 'The _write() method is not implemented',
  });
}

// decodeStrings: false keeps strings and their encoding.
{
  const w = new Writable({
    decodeStrings: false,
    write: common.mustCall((chunk, encoding, cb) => {
      assert.strictEqual(chunk, 'hi');
      assert.strictEqual(encoding, 'latin1');
      cb();
    }),
  });
  w.write('hi', 'latin1');
}

// A Duplex is an instance of Writable.
assert.ok(new (require('stream').Duplex)() instanceof Writable);
assert.ok(!({} instanceof Writable));
assert.ok(Writable() instanceof Writable);
