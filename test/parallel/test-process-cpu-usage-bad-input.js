'use strict';
// process.cpuUsage(prev): a falsy prev means "since start-up"; an array is not an object;
// a field must be a number in [0, 2^53 - 1] (ERR_INVALID_ARG_VALUE, a RangeError, otherwise).
require('../common');
const assert = require('assert');

for (const prev of [null, 0, '', NaN, false]) {
  const usage = process.cpuUsage(prev);
  assert.strictEqual(typeof usage.user, 'number');
}
assert.throws(() => process.cpuUsage([]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "prevValue" argument must be of type object. Received an instance of Array',
});
assert.throws(() => process.cpuUsage({ user: 1e20, system: 0 }), {
  name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'prevValue.user' is invalid. Received 100000000000000000000",
});
assert.throws(() => process.cpuUsage({ user: 0, system: Infinity }), {
  name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE',
});
assert.throws(() => process.cpuUsage({ user: 'x', system: 0 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "prevValue.user" property must be of type number. Received type string (\'x\')',
});
