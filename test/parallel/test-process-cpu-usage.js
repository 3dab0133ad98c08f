'use strict';
// process.cpuUsage() returns { user, system } in microseconds; cpuUsage(previous) the
// difference. Invalid previous values throw.
require('../common');
const assert = require('assert');

const before = process.cpuUsage();
assert.deepStrictEqual(Object.keys(before).sort(), ['system', 'user']);
assert(Number.isInteger(before.user) && before.user >= 0);
assert(Number.isInteger(before.system) && before.system >= 0);

// Busy-wait until 5 ms of CPU time went by (for at most a second of wall time: the machine
// may be busy with other processes).
const start = process.hrtime.bigint();
let diff;
do {
  diff = process.cpuUsage(before);
} while (diff.user + diff.system < 5000 && process.hrtime.bigint() - start < 1_000_000_000n);
assert(diff.user >= 0 && diff.system >= 0);
assert(diff.user + diff.system >= 5000, `cpu diff ${JSON.stringify(diff)}`);
const after = process.cpuUsage();
assert(after.user >= before.user + diff.user - 1000);

assert.throws(() => process.cpuUsage(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "prevValue" argument must be of type object. Received type number (1)',
});
assert.throws(() => process.cpuUsage({ user: 'a', system: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: "The \"prevValue.user\" property must be of type number. Received type string ('a')",
});
assert.throws(() => process.cpuUsage({ user: -1, system: 1 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'RangeError',
  message: "The property 'prevValue.user' is invalid. Received -1",
});
