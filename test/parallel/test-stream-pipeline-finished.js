'use strict';
// stream.pipeline (callback and promise forms, async generators, AbortSignal, the end
// option, errors) and stream.finished (options, premature close, cleanup).
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, PassThrough, Transform, pipeline, finished } = require('stream');
const promises = require('stream/promises');

function sink(out) {
  return new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } });
}

// Callback pipeline through a Transform.
{
  const out = [];
  const ret = pipeline(
    Readable.from([1, 2, 3]),
    new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c * 10); } }),
    sink(out),
    common.mustSucceed(() => assert.deepStrictEqual(out, [10, 20, 30])));
  assert.ok(ret instanceof Writable);
}

// An error in the middle destroys every stream and reaches the callback once.
{
  const src = new Readable({ objectMode: true, read() {} });
  const mid = new PassThrough({ objectMode: true });
  const dst = sink([]);
  pipeline(src, mid, dst, common.mustCall((err) => {
    assert.strictEqual(err.message, 'mid failed');
    assert.strictEqual(src.destroyed, true);
    assert.strictEqual(dst.destroyed, true);
  }));
  mid.destroy(new Error('mid failed'));
}

// Destination closed early: ERR_STREAM_PREMATURE_CLOSE.
{
  const src = new Readable({ objectMode: true, read() {} });
  const dst = sink([]);
  pipeline(src, dst, common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
    assert.strictEqual(err.message, 'Premature close');
  }));
  dst.destroy();
}

// Promise pipeline with generators, an async function as destination, its value.
(async () => {
  const value = await promises.pipeline(
    async function* () { yield 'a'; yield 'b'; },
    async function* (source) { for await (const c of source) yield c.toUpperCase(); },
    async function (source) {
      let s = '';
      for await (const c of source) s += c;
      return s;
    });
  assert.strictEqual(value, 'AB');

  // AbortSignal: the promise rejects with an AbortError.
  const ac = new AbortController();
  const never = new Readable({ objectMode: true, read() {} });
  const p = promises.pipeline(never, sink([]), { signal: ac.signal });
  ac.abort();
  await assert.rejects(p, { name: 'AbortError', code: 'ABORT_ERR' });
  assert.strictEqual(never.destroyed, true);

  // end: false leaves the destination open.
  const out = [];
  const dst = sink(out);
  await promises.pipeline(Readable.from(['x']), dst, { end: false });
  assert.strictEqual(dst.writableEnded, false);
  assert.deepStrictEqual(out, ['x']);
  dst.end();

  // A generator that throws.
  await assert.rejects(promises.pipeline(Readable.from([1]), async function* (src) {
    for await (const c of src) throw new Error(`bad ${c}`);
  }, sink([])), { message: 'bad 1' });

  // finished() as a promise.
  const r = Readable.from(['q']);
  r.resume();
  await promises.finished(r);
  assert.strictEqual(r.readableEnded, true);
})().then(common.mustCall());

// Bad arguments.
assert.throws(() => pipeline(Readable.from([1])), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "streams[stream.length - 1]" property must be of type function. ' +
    'Received an instance of Readable',
});
assert.throws(() => pipeline(Readable.from([1]), () => {}), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "streams" argument must be specified',
});
assert.throws(() => pipeline(() => 5, sink([]), () => {}), {
  code: 'ERR_INVALID_RETURN_VALUE',
});

// finished(): callback after 'end' and after 'finish'.
{
  const r = new Readable({ objectMode: true, read() {} });
  finished(r, common.mustSucceed());
  r.resume();
  r.push(null);
  const w = sink([]);
  finished(w, common.mustSucceed());
  w.end('x');
}

// finished() on an errored stream; on a premature close; after the fact.
{
  const r = new Readable({ read() {} });
  finished(r, common.mustCall((err) => assert.strictEqual(err.message, 'oops')));
  r.destroy(new Error('oops'));

  const r2 = new Readable({ read() {} });
  finished(r2, common.expectsError({ code: 'ERR_STREAM_PREMATURE_CLOSE' }));
  r2.destroy();

  const r3 = Readable.from([]);
  r3.resume();
  r3.on('close', common.mustCall(() => finished(r3, common.mustSucceed())));
}

// Options: readable: false only waits for the writable side; error: false ignores errors;
// signal aborts; the returned function removes the listeners.
{
  const d = new PassThrough();
  finished(d, { readable: false }, common.mustSucceed());
  d.end();

  // error: false skips the 'error' event; the error still arrives with 'close'.
  const r = new Readable({ read() {} });
  const log = [];
  finished(r, { error: false }, common.mustCall((err) => {
    log.push('finished');
    assert.strictEqual(err.message, 'x');
    assert.deepStrictEqual(log, ['error', 'finished']);
  }));
  r.on('error', common.mustCall(() => log.push('error')));
  r.destroy(new Error('x'));

  const ac = new AbortController();
  const r4 = new Readable({ read() {} });
  finished(r4, { signal: ac.signal }, common.mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
  }));
  ac.abort();

  const r5 = new Readable({ read() {} });
  const cleanup = finished(r5, common.mustNotCall());
  cleanup();
  r5.destroy();
}

assert.throws(() => finished(5, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "stream" argument must be an instance of ReadableStream, WritableStream, or ' +
    'Stream. Received type number (5)',
});
assert.throws(() => finished(new PassThrough()), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => finished(new PassThrough(), 'x', () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => finished(new PassThrough(), { signal: 1 }, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
});

// util.promisify uses the promise forms.
const util = require('util');
assert.strictEqual(util.promisify(pipeline), promises.pipeline);
assert.strictEqual(util.promisify(finished), promises.finished);
