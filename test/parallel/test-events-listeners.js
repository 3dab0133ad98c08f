'use strict';
// listeners() unwraps once() wrappers, rawListeners() does not (the wrapper
// keeps the original in .listener); listenerCount() counts, optionally one
// listener; eventNames() lists strings and symbols; the static helpers
// getEventListeners/getMaxListeners/setMaxListeners accept emitters and targets.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const f = () => {};
const g = () => {};
e.on('a', f);
e.once('a', g);
e.on('a', f);

assert.deepStrictEqual(e.listeners('a'), [f, g, f]);
const raw = e.rawListeners('a');
assert.strictEqual(raw.length, 3);
assert.strictEqual(raw[0], f);
assert.notStrictEqual(raw[1], g);
assert.strictEqual(raw[1].listener, g);
assert.deepStrictEqual(e.listeners('none'), []);
assert.deepStrictEqual(e.rawListeners('none'), []);

// The arrays are copies.
e.listeners('a').push(g);
e.rawListeners('a').length = 0;
assert.strictEqual(e.listenerCount('a'), 3);

assert.strictEqual(e.listenerCount('a', f), 2);
assert.strictEqual(e.listenerCount('a', g), 1);
assert.strictEqual(e.listenerCount('a', () => {}), 0);
assert.strictEqual(e.listenerCount('none'), 0);
assert.strictEqual(EventEmitter.listenerCount(e, 'a'), 3);

// Calling the raw once() wrapper runs the listener and removes it.
raw[1].call(e);
assert.deepStrictEqual(e.listeners('a'), [f, f]);

// A lone once() listener.
const h = new EventEmitter();
h.once('x', g);
assert.deepStrictEqual(h.listeners('x'), [g]);
assert.strictEqual(h.rawListeners('x')[0].listener, g);
assert.strictEqual(h.listenerCount('x', g), 1);
h.removeListener('x', g);
assert.strictEqual(h.listenerCount('x'), 0);

const s = Symbol('s');
e.on(s, f);
assert.deepStrictEqual(e.eventNames(), ['a', s]);

assert.deepStrictEqual(EventEmitter.getEventListeners(e, 'a'), [f, f]);
assert.strictEqual(EventEmitter.getMaxListeners(e), 10);
EventEmitter.setMaxListeners(3, e);
assert.strictEqual(e.getMaxListeners(), 3);

const target = new EventTarget();
const listener = () => {};
target.addEventListener('ping', listener);
assert.deepStrictEqual(EventEmitter.getEventListeners(target, 'ping'), [listener]);
assert.deepStrictEqual(EventEmitter.getEventListeners(target, 'none'), []);
assert.strictEqual(EventEmitter.getMaxListeners(target), EventEmitter.defaultMaxListeners);
EventEmitter.setMaxListeners(7, target, e);
assert.strictEqual(EventEmitter.getMaxListeners(target), 7);
assert.strictEqual(e.getMaxListeners(), 7);

for (const bad of [{}, 1]) {
  assert.throws(() => EventEmitter.getEventListeners(bad, 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "emitter" argument must be an instance of EventEmitter or EventTarget\./,
  });
  assert.throws(() => EventEmitter.getMaxListeners(bad), { code: 'ERR_INVALID_ARG_TYPE' });
}
assert.throws(() => EventEmitter.setMaxListeners(1, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /^The "eventTargets" argument must be an instance of EventEmitter or EventTarget\./,
});
assert.throws(() => EventEmitter.setMaxListeners(-1, e), { code: 'ERR_OUT_OF_RANGE' });
