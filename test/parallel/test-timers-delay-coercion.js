'use strict';
// A delay below 1, NaN, a non-number or a missing delay becomes 1 ms: those timers interleave
// with explicit 1 ms timers strictly in creation order, and all run before a 50 ms timer.
const common = require('../common');
const assert = require('assert');

const order = [];
const delays = [0, -1, -Infinity, NaN, undefined, null, 'abc', {}, 0.5, 1, '1', true];
setTimeout(common.mustCall(() => order.push('50')), 50);
delays.forEach((delay, i) => {
  setTimeout(common.mustCall(() => order.push(i)), delay);
});
setTimeout(common.mustCall(() => order.push('none')));

process.on('exit', () => {
  assert.deepStrictEqual(order, [...delays.keys(), 'none', '50']);
});
