'use strict';
// Ticks and microtasks run between any two timer callbacks: a promise resolved in one
// setTimeout callback settles before the next timer (same delay, due at the same time) fires.
const common = require('../common');
const assert = require('assert');

const order = [];
let resolve;
const promise = new Promise((r) => { resolve = r; });
promise.then(common.mustCall(() => order.push('promise settled')));

setTimeout(common.mustCall(() => {
  order.push('timer 1');
  process.nextTick(common.mustCall(() => order.push('tick')));
  resolve();
}), 5);
setTimeout(common.mustCall(() => order.push('timer 2')), 5);

process.on('exit', () => {
  assert.deepStrictEqual(order, ['timer 1', 'tick', 'promise settled', 'timer 2']);
});
