'use strict';
// Timers with the same delay fire in creation order, also when timers with another delay are
// created in between (those come well before: their delay is 50 ms shorter).
const common = require('../common');
const assert = require('assert');

const order = [];

for (let i = 0; i < 20; i++) {
  setTimeout(common.mustCall(() => order.push(`60:${i}`)), 60);
  setTimeout(common.mustCall(() => order.push(`10:${i}`)), 10);
}

process.on('exit', () => {
  const expected = [];
  for (let i = 0; i < 20; i++) expected.push(`10:${i}`);
  for (let i = 0; i < 20; i++) expected.push(`60:${i}`);
  assert.deepStrictEqual(order, expected);
});
