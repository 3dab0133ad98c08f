'use strict';
// Listeners run in registration order (prepend* puts them first), with the
// emitter as `this` and every argument; once() listeners run a single time.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const calls = [];
e.on('x', function(...args) {
  assert.strictEqual(this, e);
  calls.push(['on', ...args]);
});
e.once('x', (...args) => calls.push(['once', ...args]));
e.prependListener('x', () => calls.push(['prepend']));
e.prependOnceListener('x', () => calls.push(['prependOnce']));
e.addListener('x', () => calls.push(['addListener']));

assert.strictEqual(e.emit('x', 1, 2), true);
assert.deepStrictEqual(calls, [
  ['prependOnce'], ['prepend'], ['on', 1, 2], ['once', 1, 2], ['addListener'],
]);
calls.length = 0;
assert.strictEqual(e.emit('x', 3), true);
assert.deepStrictEqual(calls, [['prepend'], ['on', 3], ['addListener']]);

// No listener: false.
assert.strictEqual(e.emit('nothing'), false);
assert.strictEqual(new EventEmitter().emit('x'), false);

// Every argument count reaches the listener, with one listener and with several.
for (const listeners of [1, 3]) {
  const f = new EventEmitter();
  const seen = [];
  for (let i = 0; i < listeners; i++) f.on('n', (...args) => seen.push(args));
  for (let n = 0; n <= 6; n++) {
    const args = Array.from({ length: n }, (_, i) => i);
    seen.length = 0;
    f.emit('n', ...args);
    assert.strictEqual(seen.length, listeners);
    for (const got of seen) assert.deepStrictEqual(got, args);
  }
}

// A once() listener sees the emitter as `this` and its return value is ignored.
const g = new EventEmitter();
g.once('y', common.mustCall(function(a) {
  assert.strictEqual(this, g);
  assert.strictEqual(a, 'a');
  return 42;
}));
assert.strictEqual(g.emit('y', 'a'), true);
assert.strictEqual(g.emit('y', 'a'), false);

// on/once/prepend* return the emitter, so they chain.
const h = new EventEmitter();
assert.strictEqual(h.on('a', () => {}).once('b', () => {}).prependListener('c', () => {})
  .prependOnceListener('d', () => {}), h);
assert.strictEqual(h.off('a', () => {}), h);

// Symbols are event names too.
const sym = Symbol('event');
const s = new EventEmitter();
s.on(sym, common.mustCall((v) => assert.strictEqual(v, 1)));
s.emit(sym, 1);
assert.deepStrictEqual(s.eventNames(), [sym]);
