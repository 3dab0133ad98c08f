'use strict';
// process.exitCode and process.exit(code) accept integers (and integer strings), undefined
// and null; anything else throws ERR_INVALID_ARG_TYPE or ERR_OUT_OF_RANGE and changes nothing.
require('../common');
const assert = require('assert');

assert.strictEqual(process.exitCode, undefined);

for (const value of ['foo', {}, [], true, 1n]) {
  assert.throws(() => { process.exitCode = value; }, {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "code" argument must be of type number\. Received /,
  });
  assert.throws(() => process.exit(value), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
for (const value of [1.5, NaN, Infinity]) {
  assert.throws(() => { process.exitCode = value; }, {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: `The value of "code" is out of range. It must be an integer. Received ${value}`,
  });
  assert.throws(() => process.exit(value), { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
}
assert.strictEqual(process.exitCode, undefined);

process.exitCode = 3;
assert.strictEqual(process.exitCode, 3);
// An integer string is allowed (and read back as the number, as in Node).
process.exitCode = '4';
assert.strictEqual(process.exitCode, 4);
process.exitCode = null;
process.exitCode = undefined;
assert.strictEqual(process.exitCode, undefined);
