'use strict';
// EventTarget, Event and CustomEvent: listener options (once, passive, signal, capture as
// a distinct registration), handleEvent objects, propagation flags, cancelation and
// Node's error reporting.
const common = require('../common');
const assert = require('assert');

// Event.
const event = new Event('foo', { cancelable: true, bubbles: true });
assert.strictEqual(event.type, 'foo');
assert.strictEqual(event.cancelable, true);
assert.strictEqual(event.bubbles, true);
assert.strictEqual(event.composed, false);
assert.strictEqual(event.defaultPrevented, false);
assert.strictEqual(event.isTrusted, false);
assert.strictEqual(event.eventPhase, Event.NONE);
assert.strictEqual(event.target, null);
assert.strictEqual(event.currentTarget, null);
assert.strictEqual(event.srcElement, null);
assert.strictEqual(event.returnValue, true);
assert.strictEqual(event.cancelBubble, false);
assert.deepStrictEqual(event.composedPath(), []);
assert.strictEqual(typeof event.timeStamp, 'number');
assert.deepStrictEqual([Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE],
  [0, 1, 2, 3]);
assert.strictEqual(Object.prototype.toString.call(event), '[object Event]');
assert.deepStrictEqual(Object.keys(event), []);
event.preventDefault();
assert.strictEqual(event.defaultPrevented, true);
assert.strictEqual(event.returnValue, false);
const notCancelable = new Event('bar');
notCancelable.preventDefault();
assert.strictEqual(notCancelable.defaultPrevented, false);
assert.strictEqual(new Event('x', null).type, 'x');
assert.strictEqual(new Event(5).type, '5');

assert.throws(() => new Event(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "type" argument must be specified',
});
assert.throws(() => new Event('x', 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => Event.prototype.type, {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type Event',
});

const custom = new CustomEvent('c', { detail: { d: 1 } });
assert(custom instanceof Event);
assert.deepStrictEqual(custom.detail, { d: 1 });
assert.strictEqual(new CustomEvent('c').detail, null);

// Dispatch.
const target = new EventTarget();
assert.strictEqual(Object.prototype.toString.call(target), '[object EventTarget]');
const order = [];
target.addEventListener('foo', common.mustCall(function(e) {
  assert.strictEqual(this, target);
  assert.strictEqual(e.target, target);
  assert.strictEqual(e.currentTarget, target);
  assert.strictEqual(e.eventPhase, Event.AT_TARGET);
  assert.deepStrictEqual(e.composedPath(), [target]);
  order.push('function');
}));
const handler = {
  handleEvent: common.mustCall(function(e) {
    assert.strictEqual(this, handler);
    order.push('object');
  }),
};
target.addEventListener('foo', handler);
const dispatched = new Event('foo');
assert.strictEqual(target.dispatchEvent(dispatched), true);
assert.deepStrictEqual(order, ['function', 'object']);
assert.strictEqual(dispatched.target, target);
assert.strictEqual(dispatched.currentTarget, null);
assert.strictEqual(dispatched.eventPhase, Event.NONE);

// The same listener is registered once per capture flag.
const twice = new EventTarget();
const counted = common.mustCall(2);
twice.addEventListener('x', counted);
twice.addEventListener('x', counted);
twice.addEventListener('x', counted, { capture: true });
twice.dispatchEvent(new Event('x'));
twice.removeEventListener('x', counted);
twice.removeEventListener('x', counted, { capture: true });
twice.dispatchEvent(new Event('x'));

// once, passive, cancelation.
const options = new EventTarget();
options.addEventListener('once', common.mustCall(), { once: true });
options.dispatchEvent(new Event('once'));
options.dispatchEvent(new Event('once'));
options.addEventListener('passive', common.mustCall((e) => {
  e.preventDefault();
  assert.strictEqual(e.defaultPrevented, false);
}), { passive: true });
assert.strictEqual(options.dispatchEvent(new Event('passive', { cancelable: true })), true);
options.addEventListener('cancel', (e) => e.preventDefault());
assert.strictEqual(options.dispatchEvent(new Event('cancel', { cancelable: true })), false);
assert.strictEqual(options.dispatchEvent(new Event('cancel')), true);

// signal removes the listener; an aborted signal adds nothing.
const controller = new AbortController();
const signalled = new EventTarget();
signalled.addEventListener('s', common.mustCall(), { signal: controller.signal });
signalled.dispatchEvent(new Event('s'));
controller.abort();
signalled.dispatchEvent(new Event('s'));
signalled.addEventListener('s', common.mustNotCall(), { signal: controller.signal });
signalled.dispatchEvent(new Event('s'));
assert.throws(() => signalled.addEventListener('s', () => {}, { signal: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
});

// stopImmediatePropagation stops the other listeners; stopPropagation does not.
const stopping = new EventTarget();
stopping.addEventListener('a', common.mustCall((e) => e.stopImmediatePropagation()));
stopping.addEventListener('a', common.mustNotCall());
stopping.dispatchEvent(new Event('a'));
stopping.addEventListener('b', common.mustCall((e) => {
  e.stopPropagation();
  assert.strictEqual(e.cancelBubble, true);
}));
stopping.addEventListener('b', common.mustCall());
stopping.dispatchEvent(new Event('b'));

// As in Node, a listener added during a dispatch runs in it; a removed one does not.
const live = new EventTarget();
const late = common.mustCall();
const removed = common.mustNotCall();
live.addEventListener('e', common.mustCall(() => {
  live.addEventListener('e', late);
  live.removeEventListener('e', removed);
}));
live.addEventListener('e', removed);
live.dispatchEvent(new Event('e'));

// An event being dispatched cannot be dispatched again.
const recursive = new EventTarget();
const again = new Event('r');
recursive.addEventListener('r', common.mustCall(() => {
  assert.throws(() => recursive.dispatchEvent(again), {
    code: 'ERR_EVENT_RECURSION',
    message: 'The event "r" is already being dispatched',
  });
}));
recursive.dispatchEvent(again);

// A throwing listener does not stop the dispatch; its error is uncaught afterwards.
const throwing = new EventTarget();
throwing.addEventListener('t', () => { throw new Error('listener error'); });
throwing.addEventListener('t', common.mustCall());
process.once('uncaughtException', common.mustCall((err) => {
  assert.strictEqual(err.message, 'listener error');
}));
throwing.dispatchEvent(new Event('t'));

// Argument checks.
assert.throws(() => target.dispatchEvent({ type: 'foo' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "event" argument must be an instance of Event. Received an instance of Object',
});
assert.throws(() => target.addEventListener('foo'), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "type" and "listener" arguments must be specified',
});
assert.throws(() => target.addEventListener('foo', 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => EventTarget.prototype.dispatchEvent.call({}, new Event('x')), {
  code: 'ERR_INVALID_THIS',
});
assert.throws(() => target.addEventListener('foo', () => {}, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
