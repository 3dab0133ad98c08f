'use strict';
// 'newListener' fires before a listener is added (with the user's function,
// not a once() wrapper); 'removeListener' fires after one is removed.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const added = [];
e.on('newListener', (name, listener) => {
  // Not registered yet.
  assert.strictEqual(e.listenerCount(name), name === 'newListener' ? 1 : 0);
  added.push([name, listener]);
});
const f = () => {};
const g = () => {};
e.on('a', f);
e.once('b', g);
assert.deepStrictEqual(added, [['a', f], ['b', g]]);

// A 'newListener' listener that adds a listener for the same event runs first.
const p = new EventEmitter();
const order = [];
p.once('newListener', (name) => {
  if (name === 'x') p.on('x', () => order.push('added by newListener'));
});
p.on('x', () => order.push('original'));
p.emit('x');
assert.deepStrictEqual(order, ['added by newListener', 'original']);

const r = new EventEmitter();
const removed = [];
r.on('removeListener', (name, listener) => removed.push([name, listener]));
r.on('a', f);
r.once('b', g);
r.on('c', f);
r.on('c', g);
r.removeListener('a', f);
r.emit('b');                       // the once() wrapper removes itself
r.removeListener('b', g);          // already gone: no event
r.removeListener('nope', f);       // nothing to remove: no event
assert.deepStrictEqual(removed, [['a', f], ['b', g]]);

// removeAllListeners() reports every listener, 'removeListener' ones last.
removed.length = 0;
r.removeAllListeners();
assert.deepStrictEqual(removed.map(([name]) => name), ['c', 'c']);
assert.deepStrictEqual(r.eventNames(), []);
assert.strictEqual(r.listenerCount('removeListener'), 0);

// removeAllListeners(name) removes the last added first.
const s = new EventEmitter();
const names = [];
s.on('x', f);
s.on('x', g);
s.on('removeListener', common.mustCall((name, listener) => names.push(listener), 2));
s.removeAllListeners('x');
assert.deepStrictEqual(names, [g, f]);
assert.strictEqual(s.listenerCount('removeListener'), 1);
