'use strict';
// AbortController and AbortSignal: abort(reason), onabort, throwIfAborted, and the
// static abort(), timeout() and any().
const common = require('../common');
const assert = require('assert');

const controller = new AbortController();
const { signal } = controller;
assert(signal instanceof AbortSignal);
assert(signal instanceof EventTarget);
assert.strictEqual(controller.signal, signal);
assert.strictEqual(signal.aborted, false);
assert.strictEqual(signal.reason, undefined);
signal.throwIfAborted();
assert.strictEqual(Object.prototype.toString.call(controller), '[object AbortController]');
assert.strictEqual(Object.prototype.toString.call(signal), '[object AbortSignal]');
assert.throws(() => new AbortSignal(), {
  code: 'ERR_ILLEGAL_CONSTRUCTOR',
  name: 'TypeError',
  message: 'Illegal constructor',
});

const order = [];
signal.onabort = common.mustCall(function(event) {
  assert.strictEqual(this, signal);
  assert.strictEqual(event.type, 'abort');
  assert.strictEqual(event.isTrusted, true);
  assert.strictEqual(signal.aborted, true);
  order.push('onabort');
});
signal.addEventListener('abort', common.mustCall(() => order.push('listener')));
controller.abort();
controller.abort('ignored: already aborted');
assert.deepStrictEqual(order, ['onabort', 'listener']);
assert.strictEqual(signal.aborted, true);
assert(signal.reason instanceof DOMException);
assert.strictEqual(signal.reason.name, 'AbortError');
assert.strictEqual(signal.reason.code, 20);
assert.strictEqual(signal.reason.message, 'This operation was aborted');
assert.throws(() => signal.throwIfAborted(), (err) => err === signal.reason);

// A given reason, whatever it is.
const withReason = new AbortController();
withReason.abort('why');
assert.strictEqual(withReason.signal.reason, 'why');
assert.strictEqual(AbortSignal.abort(null).reason, null);
assert.strictEqual(AbortSignal.abort().reason.name, 'AbortError');
assert.strictEqual(AbortSignal.abort(undefined).reason.name, 'AbortError');
assert.strictEqual(AbortSignal.abort().aborted, true);

// onabort replaces its handler in place; null removes it.
const handlers = new AbortController();
handlers.signal.onabort = common.mustNotCall();
handlers.signal.onabort = common.mustCall();
assert.strictEqual(typeof handlers.signal.onabort, 'function');
handlers.abort();
const cleared = new AbortController();
cleared.signal.onabort = common.mustNotCall();
cleared.signal.onabort = null;
assert.strictEqual(cleared.signal.onabort, null);
cleared.abort();

// any(): aborts with the first source's reason; already aborted sources win at once.
const first = new AbortController();
const second = new AbortController();
const combined = AbortSignal.any([first.signal, second.signal]);
assert.strictEqual(combined.aborted, false);
first.signal.addEventListener('abort', common.mustCall(() => {
  // Dependents are marked before any abort event fires.
  assert.strictEqual(combined.aborted, true);
}));
combined.addEventListener('abort', common.mustCall(() => {
  assert.strictEqual(combined.reason, 'second');
}));
second.abort('second');
first.abort('first');
assert.strictEqual(combined.reason, 'second');
assert.strictEqual(AbortSignal.any([AbortSignal.abort('pre')]).reason, 'pre');
assert.strictEqual(AbortSignal.any([]).aborted, false);
const nested = new AbortController();
const outer = AbortSignal.any([AbortSignal.any([nested.signal])]);
nested.abort('deep');
assert.strictEqual(outer.reason, 'deep');
assert.throws(() => AbortSignal.any([1]), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => AbortSignal.any(5), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });

// timeout(): a TimeoutError after the delay; the timer does not keep the process alive.
assert.throws(() => AbortSignal.timeout(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => AbortSignal.timeout('1'), { code: 'ERR_INVALID_ARG_TYPE' });
const timed = AbortSignal.timeout(10);
assert.strictEqual(timed.aborted, false);
timed.onabort = common.mustCall(() => {
  assert.strictEqual(timed.reason.name, 'TimeoutError');
  assert.strictEqual(timed.reason.code, 23);
  assert.strictEqual(timed.reason.message, 'The operation was aborted due to timeout');
});
setTimeout(common.mustCall(), 50);
AbortSignal.timeout(100000);

assert.throws(() => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}),
  { code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type AbortSignal' });
