'use strict';
// process.umask() reads the mask; umask(mask) sets it (number or octal string) and returns
// the previous one; invalid masks throw.
require('../common');
const assert = require('assert');

const original = process.umask();
assert(Number.isInteger(original) && original >= 0 && original <= 0o777);

assert.strictEqual(process.umask(0o027), original);
assert.strictEqual(process.umask(), 0o027);
assert.strictEqual(process.umask('0077'), 0o027);
assert.strictEqual(process.umask(), 0o077);
assert.strictEqual(process.umask(original), 0o077);
assert.strictEqual(process.umask(), original);

assert.throws(() => process.umask('8'), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'mask' must be a 32-bit unsigned integer or an octal string. Received '8'",
});
assert.throws(() => process.umask({}), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => process.umask(-1), { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
assert.strictEqual(process.umask(), original);
