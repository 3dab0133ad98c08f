'use strict';
// pbkdf2 and pbkdf2Sync reject bad iterations, keylen, digest and callback with Node's errors,
// on both the SHA path Lode computes itself and OpenSSL's; uppercase digest names and
// Float64Array passwords work.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

function range(name, what, received) {
  return {
    name: 'RangeError',
    code: 'ERR_OUT_OF_RANGE',
    message: `The value of "${name}" is out of range. It must be ${what}. Received ${received}`,
  };
}

function type(name, expected, received) {
  return {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "${name}" argument must be of type ${expected}. Received ${received}`,
  };
}

for (const digest of ['sha1', 'sha512', 'md5']) {
  assert.throws(() => crypto.pbkdf2Sync('a', 'b', 1.5, 10, digest),
    range('iterations', 'an integer', '1.5'));
  assert.throws(() => crypto.pbkdf2Sync('a', 'b', NaN, 10, digest),
    range('iterations', 'an integer', 'NaN'));
  assert.throws(() => crypto.pbkdf2Sync('a', 'b', 2 ** 31, 10, digest),
    range('iterations', '>= 1 && <= 2147483647', '2147483648'));
  assert.throws(() => crypto.pbkdf2Sync('a', 'b', 1, 2 ** 31, digest),
    range('keylen', '>= 0 && <= 2147483647', '2147483648'));
  assert.throws(() => crypto.pbkdf2Sync('a', 'b', 1, 10.5, digest),
    range('keylen', 'an integer', '10.5'));
  assert.throws(() => crypto.pbkdf2Sync('a', 'b', '1', 10, digest),
    type('iterations', 'number', "type string ('1')"));
  assert.throws(() => crypto.pbkdf2Sync('a', 'b', 1, '10', digest),
    type('keylen', 'number', "type string ('10')"));
  assert.throws(() => crypto.pbkdf2('a', 'b', 1, 10, digest, 'x'),
    type('callback', 'function', "type string ('x')"));
  assert.throws(() => crypto.pbkdf2('a', 'b', 1.5, 10, digest, common.mustNotCall()),
    range('iterations', 'an integer', '1.5'));
}

assert.throws(() => crypto.pbkdf2Sync('a', 'b', 1, 10, 5),
  type('digest', 'string', 'type number (5)'));
assert.throws(() => crypto.pbkdf2Sync({}, 'b', 1, 10, 'sha1'),
  type('password', 'string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView',
    'an instance of Object'));

assert.strictEqual(crypto.pbkdf2Sync('a', 'b', 1, 10, 'SHA256').toString('hex'),
  'ee212b01b70c9fb711b3');
assert.strictEqual(
  crypto.pbkdf2Sync(new Float64Array(2), Buffer.alloc(3), 1, 8, 'sha512').toString('hex'),
  '429103d6831b6dfb');
crypto.pbkdf2('a', 'b', 1, 10, 'SHA256', common.mustSucceed((key) => {
  assert.strictEqual(key.toString('hex'), 'ee212b01b70c9fb711b3');
}));
