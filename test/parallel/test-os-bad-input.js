'use strict';
// Bad input for os: wrong types, out-of-range and huge values, closed or
// unbound handles, missing files. Each case must fail with Node's error name, code and message.
require('../common');
const assert = require('assert');
const os = require('os');

const throwing = [
  ['os setPriority bad', () => os.setPriority('x'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "priority" argument must be of type number. Received type string (\'x\')' }],
  ['os setPriority range', () => os.setPriority(0, 100), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'The value of "priority" is out of range. It must be >= -20 && <= 19. Received 100' }],
  ['os getPriority bad', () => os.getPriority('x'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "pid" argument must be of type number. Received type string (\'x\')' }],
  ['os getPriority nopid', () => os.getPriority(2 ** 30), { name: 'SystemError', code: 'ERR_SYSTEM_ERROR', message: 'A system error occurred: uv_os_getpriority returned ESRCH (no such process)' }],
];
for (const [label, fn, expected] of throwing) {
  assert.throws(fn, expected, label);
}
