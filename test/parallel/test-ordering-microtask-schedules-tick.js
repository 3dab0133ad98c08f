'use strict';
// A tick queued from a microtask runs after the microtask queue has drained (including
// microtasks queued meanwhile), not between two microtasks.
const common = require('../common');
const assert = require('assert');

const order = [];

Promise.resolve().then(common.mustCall(() => {
  order.push('promise 1');
  process.nextTick(common.mustCall(() => order.push('tick')));
  Promise.resolve().then(common.mustCall(() => order.push('promise 1.1')));
}));
Promise.resolve().then(common.mustCall(() => order.push('promise 2')));
setImmediate(common.mustCall(() => order.push('immediate')));

process.on('exit', () => {
  assert.deepStrictEqual(order, ['promise 1', 'promise 2', 'promise 1.1', 'tick', 'immediate']);
});
