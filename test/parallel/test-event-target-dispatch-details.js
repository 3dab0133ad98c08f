'use strict';
// EventTarget details that Node fixes and the DOM leaves open or words differently:
// which listeners a dispatch reaches when the list changes under it, stop flags that
// outlive a dispatch, handleEvent objects called as from an async function, the order
// in which listener options are read, the WebIDL errors for symbol types, the
// [LegacyUnforgeable] isTrusted getter, and `on<event>` attributes.
const common = require('../common');
const assert = require('assert');
const { getEventListeners } = require('events');

// A listener appended while the last listener runs is not reached; one appended while
// an earlier listener runs is.
{
  const target = new EventTarget();
  const calls = [];
  target.addEventListener('x', () => {
    calls.push('only');
    target.addEventListener('x', () => calls.push('appended'));
  });
  target.dispatchEvent(new Event('x'));
  assert.deepStrictEqual(calls, ['only']);
  // The first appended listener now follows 'only', so the walk goes on to reach the
  // one appended during this dispatch too.
  target.dispatchEvent(new Event('x'));
  assert.deepStrictEqual(calls, ['only', 'only', 'appended', 'appended']);
}
{
  const target = new EventTarget();
  const calls = [];
  target.addEventListener('x', () => {
    calls.push(1);
    target.addEventListener('x', () => calls.push('appended'), { once: true });
  }, { once: true });
  target.addEventListener('x', () => calls.push(2));
  target.dispatchEvent(new Event('x'));
  assert.deepStrictEqual(calls, [1, 2, 'appended']);
}

// A listener removed by an earlier one never runs; removing the running one is harmless.
{
  const target = new EventTarget();
  const calls = [];
  const second = () => calls.push(2);
  const first = () => {
    calls.push(1);
    target.removeEventListener('x', first);
    target.removeEventListener('x', second);
  };
  target.addEventListener('x', first);
  target.addEventListener('x', second);
  target.addEventListener('x', () => calls.push(3));
  target.dispatchEvent(new Event('x'));
  assert.deepStrictEqual(calls, [1, 3]);
}

// stopImmediatePropagation() outlives the dispatch: the event reaches nobody when
// dispatched again, and cancelBubble stays true.
{
  const target = new EventTarget();
  const calls = [];
  target.addEventListener('x', (e) => {
    calls.push(1);
    e.stopImmediatePropagation();
  });
  target.addEventListener('x', () => calls.push(2));
  const event = new Event('x');
  target.dispatchEvent(event);
  assert.strictEqual(event.cancelBubble, true);
  assert.strictEqual(event.eventPhase, Event.NONE);
  assert.strictEqual(event.currentTarget, null);
  assert.strictEqual(event.target, target);
  target.dispatchEvent(event);
  assert.deepStrictEqual(calls, [1]);

  // Set before any dispatch, it stops every listener; stopPropagation() stops none
  // (there is no tree to stop propagating in).
  const stopped = new Event('x');
  stopped.stopImmediatePropagation();
  target.dispatchEvent(stopped);
  assert.deepStrictEqual(calls, [1]);
  const other = new EventTarget();
  other.addEventListener('x', common.mustCall());
  const propagationStopped = new Event('x');
  propagationStopped.stopPropagation();
  other.dispatchEvent(propagationStopped);
}

// handleEvent: read at dispatch time, skipped when falsy, called with the object as
// `this`; a non-callable truthy handleEvent and a throwing one reach
// 'uncaughtException' as rejections do, after the current tick.
{
  const target = new EventTarget();
  const listener = {};
  target.addEventListener('x', listener);
  target.addEventListener('x', { handleEvent: null });
  target.addEventListener('x', { handleEvent: 0 });
  listener.handleEvent = common.mustCall(function(event) {
    assert.strictEqual(this, listener);
    assert.strictEqual(event.type, 'x');
  });
  assert.strictEqual(target.dispatchEvent(new Event('x')), true);
}
{
  const errors = [];
  process.on('uncaughtException', (err, origin) => errors.push([err, origin]));
  const target = new EventTarget();
  const thrown = new Error('from handleEvent');
  target.addEventListener('y', { handleEvent: 5 });
  target.addEventListener('y', { handleEvent() { throw thrown; } });
  target.addEventListener('y', common.mustCall());
  target.dispatchEvent(new Event('y'));
  assert.deepStrictEqual(errors, []);
  setImmediate(common.mustCall(() => {
    assert.strictEqual(errors.length, 2);
    assert.strictEqual(errors[0][0].name, 'TypeError');
    assert.strictEqual(errors[0][0].message,
                       'Function.prototype.apply was called on 5, which is a number and not ' +
                       'a function');
    assert.strictEqual(errors[1][0], thrown);
    assert.deepStrictEqual(errors.map(([, origin]) => origin),
                           ['uncaughtException', 'uncaughtException']);
  }));
}

// Options are read in Node's order: once, capture, passive, signal.
{
  const reads = [];
  const options = {};
  for (const key of ['signal', 'passive', 'once', 'capture']) {
    Object.defineProperty(options, key, {
      get() {
        reads.push(key);
        return undefined;
      },
    });
  }
  new EventTarget().addEventListener('x', () => {}, options);
  assert.deepStrictEqual(reads, ['once', 'capture', 'passive', 'signal']);
}

// A symbol type is a WebIDL conversion error, raised after the listener is checked.
for (const method of ['addEventListener', 'removeEventListener']) {
  assert.throws(() => new EventTarget()[method](Symbol('type'), () => {}), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'Value is a Symbol and cannot be converted to a string.',
  });
}
assert.throws(() => new EventTarget().addEventListener(Symbol('type'), 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be an instance of EventListener. Received type ' +
    'number (1)',
});
new EventTarget().removeEventListener(Symbol('type'), null);

// isTrusted is [LegacyUnforgeable]: an enumerable, non-configurable getter.
{
  const descriptor = Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted');
  assert.strictEqual(typeof descriptor.get, 'function');
  assert.strictEqual(descriptor.enumerable, true);
  assert.strictEqual(descriptor.configurable, false);
  assert.strictEqual(new Event('x').isTrusted, false);
  const controller = new AbortController();
  controller.signal.addEventListener('abort', common.mustCall((event) => {
    assert.strictEqual(event.isTrusted, true);
    assert.strictEqual(Object.hasOwn(event, 'isTrusted'), false);
  }));
  controller.abort();
}

// on<event> attributes: the first assignment of any value registers one listener, for
// good, at that position; later assignments change only what it calls.
{
  const descriptor = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort');
  assert.strictEqual(descriptor.get.name, 'get onabort');
  assert.strictEqual(descriptor.set.name, 'set onabort');
  assert.strictEqual(descriptor.enumerable, true);

  const { signal } = new AbortController();
  assert.strictEqual(signal.onabort, null);
  signal.onabort = null;
  assert.strictEqual(getEventListeners(signal, 'abort').length, 1);
  assert.strictEqual(getEventListeners(signal, 'abort')[0].name, 'eventHandler');
  for (const value of [5, 'text', { handleEvent() {} }, false]) {
    signal.onabort = value;
    assert.strictEqual(signal.onabort, value);
  }
  signal.onabort = undefined;
  assert.strictEqual(signal.onabort, null);
  assert.strictEqual(getEventListeners(signal, 'abort').length, 1);
}
{
  const controller = new AbortController();
  const { signal } = controller;
  const calls = [];
  signal.addEventListener('abort', () => calls.push('first'));
  signal.onabort = () => calls.push('old handler');
  signal.addEventListener('abort', () => calls.push('third'));
  signal.onabort = null;
  signal.onabort = function(event) {
    assert.strictEqual(this, signal);
    assert.strictEqual(event.type, 'abort');
    calls.push('handler');
  };
  controller.abort();
  assert.deepStrictEqual(calls, ['first', 'handler', 'third']);
}
{
  // A handler that is not a function is not called and reports nothing (the count of
  // uncaught errors above stays 2).
  const controller = new AbortController();
  controller.signal.onabort = { handleEvent: common.mustNotCall() };
  controller.abort();
}
