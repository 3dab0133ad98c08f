'use strict';
// compose() and Duplex.from({ readable, writable }) read and write Node streams
// with backpressure; tee() of default and byte streams; both reader kinds'
// releaseLock/closed/cancel.
const common = require('../common');
const assert = require('assert');
const { compose, Duplex, PassThrough, Readable, Writable } = require('stream');
const { ReadableStream } = require('stream/web');

// compose: small high-water marks make the writes wait for 'drain'.
{
  const upper = new PassThrough({ highWaterMark: 2, transform(chunk, enc, cb) {
    cb(null, chunk.toString().toUpperCase());
  } });
  const tail = new PassThrough({ highWaterMark: 2 });
  const d = compose(upper, tail);
  const out = [];
  d.on('data', (chunk) => out.push(chunk.toString()));
  d.on('end', common.mustCall(() => assert.strictEqual(out.join(''), 'ABCDEFGHIJ')));
  d.on('finish', common.mustCall());
  for (const c of 'abcdefghij') d.write(c);
  d.end();
}

// Duplex.from({ readable, writable }): both sides are used as they are.
{
  const written = [];
  const writable = new Writable({
    highWaterMark: 1,
    write(chunk, enc, cb) { written.push(chunk.toString()); setImmediate(cb); },
  });
  const readable = Readable.from(['x', 'y', 'z']);
  const d = Duplex.from({ readable, writable });
  const read = [];
  d.on('data', (chunk) => read.push(chunk));
  d.on('end', common.mustCall(() => assert.deepStrictEqual(read, ['x', 'y', 'z'])));
  d.write('1');
  d.write('2');
  d.end('3', common.mustCall(() => assert.deepStrictEqual(written, ['1', '2', '3'])));
}

// Destroying a composed stream destroys its stages.
{
  const a = new PassThrough();
  const b = new PassThrough();
  const d = compose(a, b);
  d.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'boom')));
  d.on('close', common.mustCall(() => {
    assert.strictEqual(a.destroyed, true);
    assert.strictEqual(b.destroyed, true);
  }));
  d.destroy(new Error('boom'));
}

async function readAll(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

(async () => {
  // Default tee: both branches see the same chunk objects.
  {
    const obj = { n: 1 };
    const [a, b] = new ReadableStream({
      start(c) { c.enqueue(obj); c.enqueue(2); c.close(); },
    }).tee();
    const [ra, rb] = await Promise.all([readAll(a), readAll(b)]);
    assert.strictEqual(ra[0], obj);
    assert.strictEqual(rb[0], obj);
    assert.deepStrictEqual(ra, [obj, 2]);
  }
  // Byte tee: each branch owns its bytes.
  {
    const [a, b] = new ReadableStream({
      type: 'bytes',
      start(c) { c.enqueue(new Uint8Array([1, 2, 3])); c.close(); },
    }).tee();
    const [ra, rb] = await Promise.all([readAll(a), readAll(b)]);
    assert.deepStrictEqual([...ra[0]], [1, 2, 3]);
    assert.deepStrictEqual([...rb[0]], [1, 2, 3]);
    assert.notStrictEqual(ra[0].buffer, rb[0].buffer);
  }
  // Cancelling both branches cancels the source with both reasons.
  for (const type of [undefined, 'bytes']) {
    const cancel = common.mustCall((reason) => assert.deepStrictEqual(reason, ['r1', 'r2']));
    const [a, b] = new ReadableStream({ type, cancel }).tee();
    await Promise.all([a.cancel('r1'), b.cancel('r2')]);
  }
  // An errored source errors both branches.
  for (const type of [undefined, 'bytes']) {
    let controller;
    const [a, b] = new ReadableStream({ type, start(c) { controller = c; } }).tee();
    const err = new Error('source failed');
    controller.error(err);
    await assert.rejects(a.getReader().read(), err);
    await assert.rejects(b.getReader().read(), err);
  }
  // Both reader kinds: releaseLock rejects pending reads and closed; a released
  // reader's cancel rejects; a wrong receiver is ERR_INVALID_THIS.
  for (const mode of [undefined, 'byob']) {
    const stream = new ReadableStream({ type: 'bytes' });
    const reader = stream.getReader({ mode });
    const pending = mode ? reader.read(new Uint8Array(2)) : reader.read();
    reader.releaseLock();
    reader.releaseLock();
    await assert.rejects(pending, { code: 'ERR_INVALID_STATE', name: 'TypeError' });
    await assert.rejects(reader.closed, { code: 'ERR_INVALID_STATE', name: 'TypeError' });
    await assert.rejects(reader.cancel(), {
      code: 'ERR_INVALID_STATE', name: 'TypeError', message: /not attached to a stream/,
    });
    const proto = Object.getPrototypeOf(reader);
    assert.throws(() => proto.releaseLock.call({}), { code: 'ERR_INVALID_THIS' });
    await assert.rejects(proto.cancel.call({}), { code: 'ERR_INVALID_THIS' });
    await assert.rejects(Reflect.get(proto, 'closed', {}), { code: 'ERR_INVALID_THIS' });
    assert.strictEqual(stream.locked, false);
  }
})().then(common.mustCall());
