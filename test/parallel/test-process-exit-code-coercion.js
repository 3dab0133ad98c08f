'use strict';
// process.exitCode takes an integer or a non-empty string holding one (' ' is 0, '0x10' is
// 16) and reads back as Node's int32 field holds it.
require('../common');
const assert = require('assert');

const cases = [[' ', 0], ['0x10', 16], ['1e1', 10], ['7', 7], [2 ** 31, -2147483648],
               [2 ** 32, 0], [-1, -1], [null, undefined], [undefined, undefined]];
for (const [value, expected] of cases) {
  process.exitCode = value;
  assert.strictEqual(process.exitCode, expected, `exitCode = ${String(value)}`);
}
assert.throws(() => { process.exitCode = ''; }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => { process.exitCode = 1.5; }, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => { process.exitCode = '1.5'; }, {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "code" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => { process.exitCode = 'abc'; }, { code: 'ERR_INVALID_ARG_TYPE' });
process.exitCode = 0;
