'use strict';
// DisposableStack, AsyncDisposableStack and SuppressedError are globals, as in Node 24.
const common = require('../common');
const assert = require('assert');

for (const name of ['DisposableStack', 'AsyncDisposableStack', 'SuppressedError']) {
  assert.strictEqual(typeof globalThis[name], 'function', name);
  assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, name).enumerable, false);
}

// Disposal runs in reverse order; a stack disposes once.
const log = [];
const stack = new DisposableStack();
stack.defer(() => log.push('defer'));
stack.use({ [Symbol.dispose]() { log.push('use'); } });
stack.use(null);
assert.strictEqual(stack.adopt(7, (v) => log.push(`adopt ${v}`)), 7);
assert.strictEqual(Object.prototype.toString.call(stack), '[object DisposableStack]');
assert.strictEqual(stack.disposed, false);
stack.dispose();
stack.dispose();
assert.deepStrictEqual(log, ['adopt 7', 'use', 'defer']);
assert.strictEqual(stack.disposed, true);
assert.throws(() => stack.defer(() => {}), ReferenceError);

// Errors while disposing: the later one suppresses the earlier.
const failing = new DisposableStack();
failing.defer(() => { throw new Error('first added'); });
failing.defer(() => { throw new Error('last added'); });
assert.throws(() => failing.dispose(), (err) => {
  assert.ok(err instanceof SuppressedError);
  assert.ok(err instanceof Error);
  assert.strictEqual(err.error.message, 'first added');
  assert.strictEqual(err.suppressed.message, 'last added');
  return true;
});

// Bad input.
assert.throws(() => new DisposableStack().use(5), TypeError);
assert.throws(() => new DisposableStack().use({}), TypeError);
assert.throws(() => new DisposableStack().defer(5), TypeError);
assert.throws(() => DisposableStack(), TypeError);

// move() hands the resources to a new stack.
const from = new DisposableStack();
from.defer(() => log.push('moved'));
const to = from.move();
assert.strictEqual(from.disposed, true);
to[Symbol.dispose]();
assert.strictEqual(log.at(-1), 'moved');

// SuppressedError itself, with a V8-style stack.
const se = new SuppressedError('e', 's', 'message');
assert.strictEqual(se.name, 'SuppressedError');
assert.strictEqual(se.error, 'e');
assert.strictEqual(se.suppressed, 's');
assert.match(se.stack, /^SuppressedError: message\n {4}at /);

// AsyncDisposableStack awaits each disposer, in reverse order.
(async () => {
  const order = [];
  const a = new AsyncDisposableStack();
  a.defer(async () => order.push('defer'));
  a.use({ [Symbol.asyncDispose]: async () => order.push('async use') });
  a.use({ [Symbol.dispose]: () => order.push('sync use') });
  await a.disposeAsync();
  assert.deepStrictEqual(order, ['sync use', 'async use', 'defer']);
  assert.strictEqual(a.disposed, true);
  await assert.rejects(async () => {
    const b = new AsyncDisposableStack();
    b.defer(async () => { throw new RangeError('boom'); });
    await b.disposeAsync();
  }, RangeError);
})().then(common.mustCall());
