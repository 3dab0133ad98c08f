'use strict';
// Inside a setImmediate callback, ticks and microtasks it queues run before the next
// immediate of the same batch, and an immediate it queues runs in the next loop iteration,
// after the rest of the current batch.
const common = require('../common');
const assert = require('assert');

const order = [];

setImmediate(common.mustCall(() => {
  order.push('first');
  setImmediate(common.mustCall(() => order.push('nested immediate')));
  Promise.resolve().then(common.mustCall(() => order.push('promise')));
  process.nextTick(common.mustCall(() => order.push('tick')));
}));
setImmediate(common.mustCall(() => order.push('second')));

process.on('exit', () => {
  assert.deepStrictEqual(order, ['first', 'tick', 'promise', 'second', 'nested immediate']);
});
