'use strict';
// Bad input for whatwg-encoding: wrong types, out-of-range and huge values, closed or
// unbound handles, missing files. Each case must fail with Node's error name, code and message.
require('../common');
const assert = require('assert');

const throwing = [
  ['td bad label', () => new TextDecoder('bogus'), { name: 'RangeError', code: 'ERR_ENCODING_NOT_SUPPORTED', message: 'The "bogus" encoding is not supported' }],
  ['td bad options', () => new TextDecoder('utf-8', 5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received type number (5)' }],
  ['td decode num', () => new TextDecoder().decode(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.' }],
  ['td decode str', () => new TextDecoder().decode('abc'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.' }],
  ['td fatal', () => new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from([0xff])), { name: 'TypeError', code: 'ERR_ENCODING_INVALID_ENCODED_DATA', message: 'The encoded data was not valid for encoding utf-8' }],
  ['td fatal utf16', () => new TextDecoder('utf-16le', { fatal: true }).decode(Buffer.from([0x00, 0xd8])), { name: 'TypeError', code: 'ERR_ENCODING_INVALID_ENCODED_DATA', message: 'The encoded data was not valid for encoding utf-16le' }],
  ['te encodeInto bad', () => new TextEncoder().encodeInto('a', 5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "dest" argument must be an instance of Uint8Array. Received type number (5)' }],
  ['te encodeInto bad src', () => new TextEncoder().encodeInto(5, new Uint8Array(2)), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "src" argument must be of type string. Received type number (5)' }],
];
for (const [label, fn, expected] of throwing) {
  assert.throws(fn, expected, label);
}
