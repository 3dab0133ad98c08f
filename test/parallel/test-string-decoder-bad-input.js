'use strict';
// Bad input for string-decoder: wrong types, out-of-range and huge values, closed or
// unbound handles, missing files. Each case must fail with Node's error name, code and message.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const throwing = [
  ['sd bad enc', () => new StringDecoder('bogus'), { name: 'TypeError', code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: bogus' }],
  ['sd write num', () => new StringDecoder().write(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "buf" argument must be an instance of Buffer, TypedArray, or DataView. Received type number (5)' }],
  ['sd end num', () => new StringDecoder().end(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "buf" argument must be an instance of Buffer, TypedArray, or DataView. Received type number (5)' }],
];
for (const [label, fn, expected] of throwing) {
  assert.throws(fn, expected, label);
}
