'use strict';
// Adding or removing listeners during an emit takes effect from the next emit:
// the running emit calls the listeners that were registered when it started.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

for (const extra of [0, 1, 5]) {
  const e = new EventEmitter();
  const calls = [];
  const b = () => calls.push('b');
  const a = () => {
    calls.push('a');
    e.removeListener('x', b);
    e.on('x', () => calls.push('late'));
  };
  e.on('x', a);
  e.on('x', b);
  for (let i = 0; i < extra; i++) e.on('x', () => {});
  e.emit('x');
  assert.deepStrictEqual(calls, ['a', 'b']);
  calls.length = 0;
  e.emit('x');
  assert.deepStrictEqual(calls, ['a', 'late']);
}

// removeAllListeners() inside a listener does not stop the current emit.
const r = new EventEmitter();
r.on('y', common.mustCall(() => r.removeAllListeners('y')));
r.on('y', common.mustCall());
assert.strictEqual(r.emit('y'), true);
assert.strictEqual(r.emit('y'), false);
assert.deepStrictEqual(r.eventNames(), []);

// A once() listener that emits its own event recursively runs only once.
const o = new EventEmitter();
o.once('z', common.mustCall(() => o.emit('z')));
o.emit('z');

// removeListener() removes the most recent registration of a listener.
const m = new EventEmitter();
const f = () => {};
const g = () => {};
m.on('w', f);
m.on('w', g);
m.on('w', f);
m.removeListener('w', f);
assert.deepStrictEqual(m.listeners('w'), [f, g]);
m.removeListener('w', f);
assert.deepStrictEqual(m.listeners('w'), [g]);
// Removing the last listener of the last event leaves no names behind.
m.removeListener('w', g);
assert.deepStrictEqual(m.eventNames(), []);
assert.strictEqual(m._eventsCount, 0);
