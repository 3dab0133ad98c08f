'use strict';
// A delay above 2 ** 31 - 1 emits a TimeoutOverflowWarning and is set to 1 ms.
const common = require('../common');
const assert = require('assert');

const order = [];
process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'TimeoutOverflowWarning');
  assert(warning instanceof Error);
  assert.strictEqual(warning.message,
                     '2147483648 does not fit into a 32-bit signed integer.\n' +
                     'Timeout duration was set to 1.');
}));

setTimeout(common.mustCall(() => order.push('50')), 50);
setTimeout(common.mustCall(() => order.push('overflow')), 2 ** 31);
// 2 ** 31 - 1 itself is allowed and stays pending (unref'd so the test ends).
setTimeout(common.mustNotCall(), 2 ** 31 - 1).unref();

process.on('exit', () => {
  assert.deepStrictEqual(order, ['overflow', '50']);
});
