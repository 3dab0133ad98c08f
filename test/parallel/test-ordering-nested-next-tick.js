'use strict';
// A tick queued from a tick runs before any promise microtask: the whole tick queue,
// including what it adds to itself, drains before the microtask queue.
const common = require('../common');
const assert = require('assert');

const order = [];

Promise.resolve().then(common.mustCall(() => order.push('promise')));
process.nextTick(common.mustCall(() => {
  order.push('tick 1');
  process.nextTick(common.mustCall(() => {
    order.push('tick 1.1');
    process.nextTick(common.mustCall(() => order.push('tick 1.1.1')));
  }));
}));
process.nextTick(common.mustCall(() => order.push('tick 2')));

process.on('exit', () => {
  assert.deepStrictEqual(order, ['tick 1', 'tick 2', 'tick 1.1', 'tick 1.1.1', 'promise']);
});
