'use strict';
// Inside a timer callback (as inside any I/O callback), the check phase comes before the
// next timers phase: setImmediate runs before setTimeout(0). Ticks and microtasks queued by
// the callback run as soon as it returns, before either.
const common = require('../common');
const assert = require('assert');

const order = [];

setTimeout(common.mustCall(() => {
  setTimeout(common.mustCall(() => order.push('timeout')), 0);
  setImmediate(common.mustCall(() => order.push('immediate')));
  Promise.resolve().then(common.mustCall(() => order.push('promise')));
  process.nextTick(common.mustCall(() => order.push('tick')));
  order.push('callback');
}), 1);

process.on('exit', () => {
  assert.deepStrictEqual(order, ['callback', 'tick', 'promise', 'immediate', 'timeout']);
});
