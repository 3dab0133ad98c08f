'use strict';
// stream/web: ReadableStream (default and byte sources, BYOB reads, tee, pipeTo,
// pipeThrough, async iteration, from), WritableStream backpressure, TransformStream,
// the queuing strategies, the globals, toWeb/fromWeb, and Node's errors for misuse.
const common = require('../common');
const assert = require('assert');
const web = require('stream/web');
const { Readable, Writable } = require('stream');
const { ReadableStream, WritableStream, TransformStream, CountQueuingStrategy,
  ByteLengthQueuingStrategy } = web;

assert.strictEqual(globalThis.ReadableStream, ReadableStream);
assert.strictEqual(globalThis.WritableStream, WritableStream);
assert.strictEqual(globalThis.TransformStream, TransformStream);

(async () => {
  // Default source, async iteration.
  const seen = [];
  for await (const x of new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } })) {
    seen.push(x);
  }
  assert.deepStrictEqual(seen, [1, 2]);

  // pipeThrough + pipeTo.
  const out = [];
  await ReadableStream.from([1, 2, 3])
    .pipeThrough(new TransformStream({ transform(ch, c) { c.enqueue(ch * 10); } }))
    .pipeTo(new WritableStream({ write(ch) { out.push(ch); } }));
  assert.deepStrictEqual(out, [10, 20, 30]);

  // tee().
  const [a, b] = new ReadableStream({ start(c) { c.enqueue('x'); c.close(); } }).tee();
  assert.strictEqual((await a.getReader().read()).value, 'x');
  assert.strictEqual((await b.getReader().read()).value, 'x');

  // Byte stream with a BYOB reader: the source fills the reader's buffer.
  const bytes = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const request = c.byobRequest;
      request.view[0] = 7;
      request.view[1] = 8;
      request.respond(2);
      c.close();
    },
  });
  const reader = bytes.getReader({ mode: 'byob' });
  const first = await reader.read(new Uint8Array(4));
  assert.strictEqual(first.done, false);
  assert.deepStrictEqual(Array.from(first.value), [7, 8]);
  const second = await reader.read(new Uint8Array(4));
  assert.strictEqual(second.done, true);
  assert.strictEqual(second.value.byteLength, 0);
  // Enqueued bytes reach a default reader as Uint8Array.
  const enq = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2])); c.close(); } });
  assert.deepStrictEqual(Array.from((await enq.getReader().read()).value), [1, 2]);

  // WritableStream backpressure through desiredSize and ready.
  const ws = new WritableStream({ write() { return new Promise((r) => setTimeout(r, 5)); } },
    new CountQueuingStrategy({ highWaterMark: 2 }));
  const writer = ws.getWriter();
  assert.strictEqual(writer.desiredSize, 2);
  writer.write(1);
  assert.strictEqual(writer.desiredSize, 1);
  writer.write(2);
  assert.strictEqual(writer.desiredSize, 0);
  await writer.ready;
  assert.ok(writer.desiredSize > 0);
  await writer.close();

  // Errors.
  const errored = new ReadableStream({ start(c) { c.error(new Error('bad')); } });
  await assert.rejects(errored.getReader().read(), { message: 'bad' });
  const locked = new ReadableStream();
  locked.getReader();
  assert.throws(() => locked.getReader(), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: ReadableStream is locked',
  });
  await assert.rejects(locked.cancel(), { code: 'ERR_INVALID_STATE' });
  assert.throws(() => new ReadableStream(5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new ReadableStream({ type: 'bytes' }, { size() {} }), {
    name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE',
  });
  new ReadableStream({
    start: common.mustCall((c) => {
      c.close();
      assert.throws(() => c.enqueue(1), { code: 'ERR_INVALID_STATE' });
    }),
  });
  assert.throws(() => new web.ReadableStreamDefaultController(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });

  // Strategies.
  assert.strictEqual(new ByteLengthQueuingStrategy({ highWaterMark: 5 }).size(new Uint8Array(3)), 3);
  assert.strictEqual(new CountQueuingStrategy({ highWaterMark: 5 }).highWaterMark, 5);

  // pipeTo with an AbortSignal.
  const ac = new AbortController();
  const piping = new ReadableStream({ pull() {} }).pipeTo(new WritableStream(), { signal: ac.signal });
  ac.abort();
  await assert.rejects(piping, { name: 'AbortError' });

  // ReadableStream.from an async generator.
  const fromGen = [];
  for await (const x of ReadableStream.from((async function* () { yield 'f1'; yield 'f2'; })())) {
    fromGen.push(x);
  }
  assert.deepStrictEqual(fromGen, ['f1', 'f2']);
  assert.strictEqual(Object.prototype.toString.call(new ReadableStream()), '[object ReadableStream]');

  // Readable.toWeb / fromWeb and Writable.toWeb / fromWeb in object mode.
  const webFromNode = Readable.toWeb(Readable.from(['n1', 'n2']));
  const got = [];
  for await (const x of webFromNode) got.push(x);
  assert.deepStrictEqual(got, ['n1', 'n2']);
  const nodeFromWeb = Readable.fromWeb(ReadableStream.from(['w1', 'w2']), { objectMode: true });
  assert.deepStrictEqual(await nodeFromWeb.toArray(), ['w1', 'w2']);
  const sinkOut = [];
  const nodeWritable = Writable.fromWeb(new WritableStream({ write(c) { sinkOut.push(c); } }),
    { objectMode: true });
  nodeWritable.write('a');
  nodeWritable.end('b');
  await require('stream/promises').finished(nodeWritable);
  assert.deepStrictEqual(sinkOut, ['a', 'b']);
  const collected = [];
  const webWritable = Writable.toWeb(new Writable({
    objectMode: true, write(c, e, cb) { collected.push(c); cb(); },
  }));
  const w2 = webWritable.getWriter();
  await w2.write('x');
  await w2.close();
  assert.deepStrictEqual(collected, ['x']);

  // finished() works on web streams too.
  const rsDone = ReadableStream.from([1]);
  for await (const x of rsDone) void x;
  await require('stream/promises').finished(rsDone);
})().then(common.mustCall());
