'use strict';
// EventEmitter.prototype's methods keep Node's names, lengths, order and aliases, also for a
// reference taken before any emitter method ran (Lode loads their bodies on first use), and a
// method a program replaced early stays replaced.
// Taken before ../common, which may use emitters.
const EventEmitter = require('events');
const proto = EventEmitter.prototype;
const early = { emit: proto.emit, on: proto.on, listenerCount: proto.listenerCount };

require('../common');
const assert = require('assert');
const lengths = {
  setMaxListeners: 1, getMaxListeners: 0, emit: 1, addListener: 2, on: 2, prependListener: 2,
  once: 2, prependOnceListener: 2, removeListener: 2, off: 2, removeAllListeners: 1,
  listeners: 1, rawListeners: 1, listenerCount: 2, eventNames: 0,
};
const names = Object.keys(lengths);
assert.deepStrictEqual(Object.keys(proto).filter((k) => typeof proto[k] === 'function'), names);
function checkShape() {
  for (const name of names) {
    const expected = name === 'on' ? 'addListener' : name === 'off' ? 'removeListener' : name;
    assert.strictEqual(proto[name].name, expected);
    assert.strictEqual(proto[name].length, lengths[name], name);
  }
  assert.strictEqual(proto.on, proto.addListener);
  assert.strictEqual(proto.off, proto.removeListener);
}
checkShape();

// A reference taken early works on any emitter, before and after the first use.
const a = new EventEmitter();
const seen = [];
early.on.call(a, 'x', (v) => seen.push(v));
assert.strictEqual(early.emit.call(a, 'x', 1), true);
assert.strictEqual(a.emit('x', 2), true);
assert.strictEqual(early.emit.call(a, 'x', 3), true);
assert.deepStrictEqual(seen, [1, 2, 3]);
assert.strictEqual(early.listenerCount.call(a, 'x'), 1);
assert.strictEqual(EventEmitter.listenerCount(a, 'x'), 1);
checkShape();

// Arguments travel unchanged through an early reference, however many.
const args = [];
a.on('many', (...rest) => args.push(rest));
early.emit.call(a, 'many', 1, 2, 3, 4, 5);
assert.deepStrictEqual(args, [[1, 2, 3, 4, 5]]);

// Errors from the methods are Node's.
assert.throws(() => new EventEmitter().on('x', 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new EventEmitter().setMaxListeners(-1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new EventEmitter().emit('error', new Error('boom')), /boom/);
