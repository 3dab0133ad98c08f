'use strict';
// Web streams argument errors with Node's class, code and message: ReadableStream.from()
// with values that are not iterable, pipeTo()/pipeThrough() destinations, options and locks,
// BYOB read `min`, BYOB request respond()/respondWithNewView(), byte controller enqueue(),
// CompressionStream chunks, and null for absent callbacks and options.
const common = require('../common');
const assert = require('assert');
const {
  ReadableStream, WritableStream, TransformStream,
} = require('stream/web');

// ReadableStream.from
for (const [value, shown] of [[5, '5'], [10n, '10n'], [{}, '{}'], [Symbol('s'), 'Symbol(s)'],
                              [{ [Symbol.iterator]: 5 }, '{ [Symbol(Symbol.iterator)]: 5 }']]) {
  assert.throws(() => ReadableStream.from(value), {
    name: 'TypeError',
    code: 'ERR_ARG_NOT_ITERABLE',
    message: /must be iterable$/,
  }, shown);
}
assert.throws(() => ReadableStream.from({ [Symbol.asyncIterator]: 5, *[Symbol.iterator]() {} }),
              { name: 'TypeError', code: 'ERR_ARG_NOT_ITERABLE' });
assert.throws(() => ReadableStream.from(5), { message: '5 must be iterable' });
assert.throws(() => ReadableStream.from(null), (err) => err instanceof TypeError && !err.code);
assert.throws(() => ReadableStream.from(undefined), TypeError);
for (const iterable of [{ [Symbol.iterator]() { return 5; } },
                        { [Symbol.asyncIterator]() { return null; } }]) {
  assert.throws(() => ReadableStream.from(iterable), {
    name: 'TypeError',
    code: 'ERR_INVALID_STATE',
    message: 'Invalid state: The iterator method must return an object',
  });
}
assert.throws(() => ReadableStream.from({ [Symbol.asyncIterator]() { throw new RangeError('x'); } }),
              RangeError);
// A null async method falls back to the sync one.
ReadableStream.from({ [Symbol.asyncIterator]: null, *[Symbol.iterator]() { yield 'a'; } })
  .getReader().read().then(common.mustCall(({ value }) => assert.strictEqual(value, 'a')));

async function main() {
  // pipeTo rejects, pipeThrough throws.
  for (const bad of [5, {}, null, new ReadableStream()]) {
    await assert.rejects(new ReadableStream().pipeTo(bad), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: /^The "transform\.writable" property must be an instance of WritableStream\. Received /,
    });
  }
  await assert.rejects(new ReadableStream().pipeTo(new WritableStream(), 5), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type number (5)',
  });
  await assert.rejects(new ReadableStream().pipeTo(new WritableStream(), { signal: {} }), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  });
  const locked = new ReadableStream();
  locked.getReader();
  await assert.rejects(locked.pipeTo(new WritableStream()), {
    name: 'TypeError', code: 'ERR_INVALID_STATE',
    message: 'Invalid state: The ReadableStream is locked',
  });
  assert.throws(() => locked.pipeThrough(new TransformStream()), {
    name: 'TypeError', code: 'ERR_INVALID_STATE',
    message: 'Invalid state: The ReadableStream is locked',
  });
  const lockedDest = new WritableStream();
  lockedDest.getWriter();
  await assert.rejects(new ReadableStream().pipeTo(lockedDest), {
    name: 'TypeError', code: 'ERR_INVALID_STATE',
    message: 'Invalid state: The WritableStream is locked',
  });
  assert.throws(() => new ReadableStream().pipeThrough(5), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "transform\.readable" property must be an instance of ReadableStream/,
  });
  assert.throws(() => new ReadableStream().pipeThrough(new TransformStream(), 5), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  });
  // null options are empty options; null callbacks are absent ones.
  assert.ok(new ReadableStream().pipeThrough(new TransformStream(), null) instanceof ReadableStream);
  await new ReadableStream({ start(c) { c.close(); } }).pipeTo(new WritableStream(), null);
  new ReadableStream({ start: null, pull: null, cancel: null });
  new WritableStream({ start: null, write: null, close: null, abort: null });
  new TransformStream({ transform: null, flush: null, cancel: null });
  for (const make of [() => new ReadableStream({ start: 5 }),
                      () => new ReadableStream({ type: 'bytes', start: 5 }),
                      () => new WritableStream({ start: 5 }),
                      () => new TransformStream({ start: 5 })]) {
    assert.throws(make, (err) => err instanceof TypeError && err.code === undefined);
  }
  assert.throws(() => new ReadableStream({ pull: 5 }), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "source.pull" property must be of type function. Received type number (5)',
  });
  assert.throws(() => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'source.autoAllocateChunkSize' is invalid. Received 0",
  });

  // BYOB read({ min })
  const byob = () => new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  const minErrors = [
    [new Uint8Array(4), 'x', 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "options.min" property must be of type number. Received type string (\'x\')'],
    [new Uint8Array(4), 1.5, 'TypeError', 'ERR_INVALID_ARG_VALUE',
     "The property 'options.min' must be an integer. Received 1.5"],
    [new Uint8Array(4), NaN, 'TypeError', 'ERR_INVALID_ARG_VALUE',
     "The property 'options.min' must be an integer. Received NaN"],
    [new Uint8Array(4), 0, 'TypeError', 'ERR_INVALID_ARG_VALUE',
     "The property 'options.min' must be greater than 0. Received 0"],
    [new Uint8Array(4), -1, 'TypeError', 'ERR_INVALID_ARG_VALUE',
     "The property 'options.min' must be greater than 0. Received -1"],
    [new Uint8Array(4), 5, 'RangeError', 'ERR_OUT_OF_RANGE',
     'The value of "options.min" is out of range. It must be <= view.length. Received 5'],
    [new Float64Array(4), 5, 'RangeError', 'ERR_OUT_OF_RANGE',
     'The value of "options.min" is out of range. It must be <= view.length. Received 5'],
    [new DataView(new ArrayBuffer(4)), 5, 'RangeError', 'ERR_OUT_OF_RANGE',
     'The value of "options.min" is out of range. It must be <= view.byteLength. Received 5'],
    [new Uint8Array(0), 'x', 'TypeError', 'ERR_INVALID_STATE',
     'Invalid state: View or Viewed ArrayBuffer is zero-length or detached'],
  ];
  for (const [view, min, name, code, message] of minErrors) {
    await assert.rejects(byob().read(view, { min }), { name, code, message });
  }
  // min: null is the default.
  const reader = new ReadableStream({
    type: 'bytes',
    pull(c) { c.enqueue(new Uint8Array([7])); },
  }).getReader({ mode: 'byob' });
  const { value } = await reader.read(new Uint8Array(4), { min: null });
  assert.deepStrictEqual([...value], [7]);

  // Byte controller enqueue()
  let controller;
  new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
  for (const bad of [5, null, new ArrayBuffer(2)]) {
    assert.throws(() => controller.enqueue(bad), {
      name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
      message: /^The "buffer" argument must be an instance of Buffer, TypedArray, or DataView\./,
    });
  }
  for (const empty of [new Uint8Array(0), new Uint8Array(new ArrayBuffer(4), 0, 0)]) {
    assert.throws(() => controller.enqueue(empty), {
      name: 'TypeError', code: 'ERR_INVALID_STATE',
      message: 'Invalid state: chunk ArrayBuffer is zero-length or detached',
    });
  }

  // null options of getReader()/values() are empty ones.
  assert.strictEqual(new ReadableStream().getReader(null).constructor.name,
                     'ReadableStreamDefaultReader');
  assert.strictEqual(typeof new ReadableStream().values(null).next, 'function');
  assert.throws(() => new ReadableStream().values(5), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type number (5)',
  });

  // A chunk CompressionStream cannot take fails with the zlib stream's error.
  const { CompressionStream } = require('stream/web');
  const compressor = new CompressionStream('gzip');
  await assert.rejects(compressor.writable.getWriter().write(5), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "chunk" argument must be of type string or an instance of Buffer, ' +
      'TypedArray, or DataView. Received type number (5)',
  });

  // BYOB request respond()/respondWithNewView()
  async function byobRequest() {
    let request;
    const stream = new ReadableStream({ type: 'bytes', pull(c) { request = c.byobRequest; } });
    stream.getReader({ mode: 'byob' }).read(new Uint8Array(8)).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 1));
    return request;
  }
  for (const [call, name, code, message] of [
    [(r) => r.respond(0), 'TypeError', 'ERR_INVALID_ARG_VALUE',
     "The argument 'bytesWritten' is invalid. Received 0"],
    [(r) => r.respond(), 'TypeError', 'ERR_INVALID_ARG_VALUE',
     "The argument 'bytesWritten' is invalid. Received undefined"],
    [(r) => r.respond(100), 'RangeError', 'ERR_INVALID_ARG_VALUE',
     "The argument 'bytesWritten' is invalid. Received 100"],
    [(r) => r.respondWithNewView(5), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     /^The "view" argument must be an instance of Buffer, TypedArray, or DataView\./],
    [(r) => r.respondWithNewView(new Uint8Array(100)), 'RangeError', 'ERR_INVALID_ARG_VALUE',
     /^The argument 'view' is invalid\. Received Uint8Array\(100\)/],
    [(r) => r.respondWithNewView(new Uint8Array(r.view.buffer, 0, 0)), 'TypeError',
     'ERR_INVALID_STATE', 'Invalid state: View is zero-length'],
    [(r) => { r.respond(1); r.respond(1); }, 'TypeError', 'ERR_INVALID_STATE',
     'Invalid state: This BYOB request has been invalidated'],
  ]) {
    const request = await byobRequest();
    assert.throws(() => call(request), { name, code, message });
  }
}
main().then(common.mustCall());
