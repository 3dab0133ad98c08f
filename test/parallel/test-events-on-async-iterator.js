'use strict';
// events.on() yields each event's arguments as an array until a 'close'
// event, an 'error' event, an abort or return(); then its listeners are gone.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { on } = EventEmitter;

(async () => {
  const e = new EventEmitter();
  process.nextTick(() => {
    e.emit('foo', 'bar');
    e.emit('foo', 42);
    e.emit('foo', 1, 2);
    e.emit('end');
  });
  const seen = [];
  for await (const value of on(e, 'foo', { close: ['end'] })) seen.push(value);
  assert.deepStrictEqual(seen, [['bar'], [42], [1, 2]]);
  assert.strictEqual(e.listenerCount('foo'), 0);
  assert.strictEqual(e.listenerCount('end'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);

  // An 'error' event ends the iteration with that error.
  const boom = new Error('boom');
  process.nextTick(() => {
    e.emit('foo', 1);
    e.emit('error', boom);
  });
  const before = [];
  await assert.rejects(async () => {
    for await (const value of on(e, 'foo')) before.push(value);
  }, (err) => err === boom);
  assert.deepStrictEqual(before, [[1]]);
  assert.strictEqual(e.listenerCount('foo'), 0);

  // An abort ends it with an AbortError.
  const ac = new AbortController();
  process.nextTick(() => {
    e.emit('foo', 1);
    ac.abort();
  });
  await assert.rejects(async () => {
    for await (const value of on(e, 'foo', { signal: ac.signal })) assert.deepStrictEqual(value, [1]);
  }, { name: 'AbortError', code: 'ABORT_ERR' });
  assert.strictEqual(e.listenerCount('foo'), 0);
  assert.throws(() => on(e, 'foo', { signal: AbortSignal.abort() }), { name: 'AbortError' });

  // return() finishes it, also for a pending next().
  const it = on(e, 'foo');
  const pending = it.next();
  assert.deepStrictEqual(await it.return(), { value: undefined, done: true });
  assert.deepStrictEqual(await pending, { value: undefined, done: true });
  assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
  assert.strictEqual(e.listenerCount('foo'), 0);

  // Buffered events beyond highWaterMark pause the emitter until drained.
  const stream = new EventEmitter();
  const calls = [];
  stream.pause = () => calls.push('pause');
  stream.resume = () => calls.push('resume');
  const buffered = on(stream, 'data', { highWaterMark: 2, lowWaterMark: 1 });
  for (let i = 1; i <= 4; i++) stream.emit('data', i);
  assert.deepStrictEqual(calls, ['pause']);
  for (let i = 1; i <= 4; i++)
    assert.deepStrictEqual(await buffered.next(), { value: [i], done: false });
  assert.deepStrictEqual(calls, ['pause', 'resume']);
  await buffered.return();

  assert.throws(() => on(e, 'foo', { highWaterMark: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => on(e, 'foo', null), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => on({}, 'foo'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => it.throw('not an error'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: "The \"EventEmitter.AsyncIterator\" property must be an instance of Error. Received type string ('not an error')",
  });
})().then(common.mustCall());
