'use strict';
// Readable.from, async iteration, the operators (map/filter/forEach/toArray/some/every/
// find/flatMap/drop/take/reduce), compose, Duplex.from, duplexPair and the predicates.
const common = require('../common');
const assert = require('assert');
const stream = require('stream');
const { Readable, Writable, Duplex, Transform, PassThrough, compose } = stream;

(async () => {
  // Readable.from: sync and async iterables, promises yielded by a sync iterator.
  assert.deepStrictEqual(await Readable.from([1, 2, 3]).toArray(), [1, 2, 3]);
  assert.deepStrictEqual(await Readable.from((async function* () { yield 'a'; })()).toArray(),
    ['a']);
  assert.deepStrictEqual(await Readable.from([Promise.resolve(7), 8]).toArray(), [7, 8]);
  assert.deepStrictEqual(await Readable.from('whole string').toArray(), ['whole string']);
  const fromR = Readable.from([1]);
  assert.strictEqual(fromR.readableObjectMode, true);
  assert.strictEqual(fromR.readableHighWaterMark, 1);
  await assert.rejects(Readable.from([1, null]).toArray(), { code: 'ERR_STREAM_NULL_VALUES' });
  assert.throws(() => Readable.from(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "iterable" argument must be an instance of Iterable. Received type number (5)',
  });

  // Destroying a stream from a generator runs its finally block.
  let cleaned = false;
  const gen = Readable.from((function* () {
    try { yield 1; yield 2; } finally { cleaned = true; }
  })());
  for await (const v of gen) {
    assert.strictEqual(v, 1);
    break;
  }
  await new Promise(setImmediate);
  assert.strictEqual(cleaned, true);
  assert.strictEqual(gen.destroyed, true);

  // Async iteration: errors reject; iterator({ destroyOnReturn: false }) keeps the stream.
  const bad = new Readable({ read() { this.destroy(new Error('iter failed')); } });
  await assert.rejects(async () => { for await (const c of bad) void c; }, {
    message: 'iter failed',
  });
  const keep = Readable.from([1, 2, 3]);
  for await (const v of keep.iterator({ destroyOnReturn: false })) {
    assert.strictEqual(v, 1);
    break;
  }
  assert.strictEqual(keep.destroyed, false);
  assert.deepStrictEqual(await keep.toArray(), [2, 3]);
  assert.throws(() => keep.iterator(5), { code: 'ERR_INVALID_ARG_TYPE' });

  // Operators.
  const src = () => Readable.from([1, 2, 3, 4]);
  assert.deepStrictEqual(await src().map((x) => x * 2).toArray(), [2, 4, 6, 8]);
  assert.deepStrictEqual(await src().map(async (x) => x, { concurrency: 3 }).toArray(),
    [1, 2, 3, 4]);
  assert.deepStrictEqual(await src().filter((x) => x % 2).toArray(), [1, 3]);
  assert.deepStrictEqual(await src().flatMap((x) => [x, x]).take(3).toArray(), [1, 1, 2]);
  assert.deepStrictEqual(await src().drop(3).toArray(), [4]);
  assert.deepStrictEqual(await src().take(0).toArray(), []);
  assert.strictEqual(await src().reduce((a, b) => a + b), 10);
  assert.strictEqual(await src().reduce((a, b) => a + b, 5), 15);
  assert.strictEqual(await src().some((x) => x > 3), true);
  assert.strictEqual(await src().every((x) => x > 3), false);
  assert.strictEqual(await src().find((x) => x > 2), 3);
  assert.strictEqual(await src().find((x) => x > 9), undefined);
  const seen = [];
  assert.strictEqual(await src().forEach((x) => { seen.push(x); }), undefined);
  assert.deepStrictEqual(seen, [1, 2, 3, 4]);
  assert.ok(src().map((x) => x) instanceof Readable);
  await assert.rejects(Readable.from([]).reduce((a, b) => a + b), {
    code: 'ERR_MISSING_ARGS',
    message: 'Reduce of an empty stream requires an initial value',
  });
  await assert.rejects(src().map(() => { throw new Error('in map'); }).toArray(), {
    message: 'in map',
  });
  const ac = new AbortController();
  ac.abort();
  await assert.rejects(src().toArray({ signal: ac.signal }), { name: 'AbortError' });

  assert.throws(() => src().map(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "fn" argument must be of type function. Received type number (5)',
  });
  assert.throws(() => src().map((x) => x, { concurrency: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => src().map((x) => x, 5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => src().take(-1), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => src().filter((x) => x, { signal: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(src().reduce(5), { code: 'ERR_INVALID_ARG_TYPE' });

  // compose(): a Duplex over a chain of streams and generators.
  const composed = compose(
    new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c + 1); } }),
    async function* (source) { for await (const c of source) yield c * 10; });
  assert.ok(composed instanceof Duplex);
  const out = [];
  composed.on('data', (d) => out.push(d));
  composed.write(1);
  composed.end(2);
  await stream.promises.finished(composed);
  assert.deepStrictEqual(out, [20, 30]);
  assert.throws(() => compose(), { code: 'ERR_MISSING_ARGS' });
  const ended = new Writable({ write(c, e, cb) { cb(); } });
  ended.end();
  assert.throws(() => compose(new PassThrough(), ended, new PassThrough()), {
    code: 'ERR_INVALID_ARG_VALUE',
  });

  // Duplex.from: generator function, iterable, promise, { readable, writable }.
  const upper = Duplex.from(async function* (source) {
    for await (const c of source) yield String(c).toUpperCase();
  });
  const got = [];
  upper.on('data', (d) => got.push(d));
  upper.write('a');
  upper.end('b');
  await stream.promises.finished(upper);
  assert.deepStrictEqual(got, ['A', 'B']);
  assert.deepStrictEqual(await Duplex.from([1, 2]).toArray(), [1, 2]);
  assert.deepStrictEqual(await Duplex.from(Promise.resolve('p')).toArray(), ['p']);
  const pt = new PassThrough();
  assert.strictEqual(Duplex.from(pt), pt);
  const pair = Duplex.from({ readable: Readable.from(['r']), writable: new PassThrough() });
  assert.deepStrictEqual(await pair.toArray(), ['r']);
  assert.throws(() => Duplex.from(5), { code: 'ERR_INVALID_ARG_TYPE' });

  // duplexPair(): what one side writes, the other reads.
  const [left, right] = stream.duplexPair({ objectMode: true });
  left.write('ping');
  assert.strictEqual(await new Promise((resolve) => right.once('data', resolve)), 'ping');
  left.end();
  right.end();

  // Predicates.
  const r = Readable.from([1]);
  assert.strictEqual(stream.isReadable(r), true);
  assert.strictEqual(stream.isDisturbed(r), false);
  await r.toArray();
  assert.strictEqual(stream.isDisturbed(r), true);
  assert.strictEqual(stream.isReadable(r), false);
  const e = new Readable({ read() {} });
  e.on('error', () => {});
  e.destroy(new Error('x'));
  // isErrored() looks at errorEmitted first: true once 'error' was emitted.
  assert.strictEqual(stream.isErrored(e), false);
  await new Promise(setImmediate);
  assert.strictEqual(stream.isErrored(e), true);
  assert.strictEqual(stream.isDestroyed(e), true);
  assert.strictEqual(stream.isWritable(new PassThrough()), true);

  // addAbortSignal().
  const ac2 = new AbortController();
  const guarded = stream.addAbortSignal(ac2.signal, new Readable({ read() {} }));
  guarded.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
  ac2.abort();
  assert.throws(() => stream.addAbortSignal('x', new PassThrough()), {
    code: 'ERR_INVALID_ARG_TYPE',
  });
  assert.throws(() => stream.addAbortSignal(ac2.signal, {}), { code: 'ERR_INVALID_ARG_TYPE' });

  // stream.destroy() on any stream.
  // stream.destroy() of an unfinished stream uses an AbortError.
  const victim = new PassThrough();
  victim.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ABORT_ERR')));
  stream.destroy(victim);
  assert.strictEqual(victim.destroyed, true);
})().then(common.mustCall());
