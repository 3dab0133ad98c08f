'use strict';
// A microtask queued from a tick runs after every pending tick, and ticks queued by that
// microtask run before anything from the event loop.
const common = require('../common');
const assert = require('assert');

const order = [];

process.nextTick(common.mustCall(() => {
  order.push('tick 1');
  Promise.resolve().then(common.mustCall(() => {
    order.push('promise');
    process.nextTick(common.mustCall(() => order.push('tick from promise')));
  }));
}));
process.nextTick(common.mustCall(() => order.push('tick 2')));
setImmediate(common.mustCall(() => order.push('immediate')));

process.on('exit', () => {
  assert.deepStrictEqual(order, ['tick 1', 'tick 2', 'promise', 'tick from promise', 'immediate']);
});
