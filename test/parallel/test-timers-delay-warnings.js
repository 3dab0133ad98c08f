'use strict';
// A negative delay warns TimeoutNegativeWarning and a NaN one TimeoutNaNWarning, each once
// per process; a missing delay (undefined) does not warn; an overflowing one warns each time.
const common = require('../common');
const assert = require('assert');

const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name}: ${w.message}`));
for (const delay of [-1, -5, 'abc', NaN, undefined, null, 0, 2 ** 31, 2 ** 31]) {
  clearTimeout(setTimeout(() => {}, delay));
}
setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(warnings, [
    'TimeoutNegativeWarning: -1 is a negative number.\nTimeout duration was set to 1.',
    'TimeoutNaNWarning: NaN is not a number.\nTimeout duration was set to 1.',
    'TimeoutOverflowWarning: 2147483648 does not fit into a 32-bit signed integer.\n' +
      'Timeout duration was set to 1.',
    'TimeoutOverflowWarning: 2147483648 does not fit into a 32-bit signed integer.\n' +
      'Timeout duration was set to 1.',
  ]);
}));
