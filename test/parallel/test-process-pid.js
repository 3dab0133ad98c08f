'use strict';
// process.pid and process.ppid are positive integers, and differ.
require('../common');
const assert = require('assert');

for (const value of [process.pid, process.ppid]) {
  assert.strictEqual(typeof value, 'number');
  assert(Number.isInteger(value) && value > 0);
}
assert.notStrictEqual(process.pid, process.ppid);
