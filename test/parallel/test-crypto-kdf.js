'use strict';
// pbkdf2 (RFC 6070, and SHA-256), scrypt (RFC 7914 section 12), hkdf (RFC 5869 cases 1-4):
// sync and callback forms, input types, and Node's errors for bad parameters.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

// PBKDF2-HMAC-SHA1, RFC 6070.
const rfc6070 = [
  ['password', 'salt', 1, 20, '0c60c80f961f0e71f3a9b524af6012062fe037a6'],
  ['password', 'salt', 2, 20, 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957'],
  ['password', 'salt', 4096, 20, '4b007901b765489abead49d926f721d065a429c1'],
  ['passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25,
    '3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038'],
  ['pass\0word', 'sa\0lt', 4096, 16, '56fa6aa75548099dcc37d7f03425e0c3'],
];
for (const [password, salt, iterations, keylen, expected] of rfc6070) {
  const key = crypto.pbkdf2Sync(password, salt, iterations, keylen, 'sha1');
  assert(Buffer.isBuffer(key));
  assert.strictEqual(key.toString('hex'), expected);
  crypto.pbkdf2(Buffer.from(password), new Uint8Array(Buffer.from(salt)), iterations, keylen,
    'sha1', common.mustSucceed((k) => assert.strictEqual(k.toString('hex'), expected)));
}
assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 1, 32, 'sha256').toString('hex'),
  '120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b');
// An empty key is a failure (as in Node).
assert.throws(() => crypto.pbkdf2Sync('password', 'salt', 1, 0, 'sha256'),
  { message: 'Deriving bits failed' });
crypto.pbkdf2('password', 'salt', 1, 0, 'sha256', common.mustCall((err, key) => {
  assert.strictEqual(err.message, 'Deriving bits failed');
  assert.strictEqual(key, undefined);
}));
assert.throws(() => crypto.pbkdf2Sync('a', 'b', 0, 10, 'sha1'), { code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "iterations" is out of range. It must be >= 1 && <= 2147483647. ' +
    'Received 0' });
assert.throws(() => crypto.pbkdf2Sync('a', 'b', 1, -1, 'sha1'), { code: 'ERR_OUT_OF_RANGE',
  message: /^The value of "keylen" is out of range/ });
assert.throws(() => crypto.pbkdf2Sync('a', 'b', 1, 10, 'nope'), {
  code: 'ERR_CRYPTO_INVALID_DIGEST', name: 'TypeError', message: 'Invalid digest: nope' });
assert.throws(() => crypto.pbkdf2Sync('a', 'b', 1, 10), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "digest" argument must be of type string. Received undefined' });
assert.throws(() => crypto.pbkdf2Sync(5, 'b', 1, 10, 'sha1'), { code: 'ERR_INVALID_ARG_TYPE',
  message: /^The "password" argument must be of type string or an instance of ArrayBuffer/ });
assert.throws(() => crypto.pbkdf2Sync('a', null, 1, 10, 'sha1'), { code: 'ERR_INVALID_ARG_TYPE',
  message: /^The "salt" argument/ });
assert.throws(() => crypto.pbkdf2('a', 'b', 1, 10, 'sha1'), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined' });
assert.throws(() => crypto.pbkdf2('a', 'b', 1, 10, 'nope', common.mustNotCall()),
  { code: 'ERR_CRYPTO_INVALID_DIGEST' });

// scrypt, RFC 7914 section 12 (the last vector, N=2^20, needs 1 GiB and is left out).
const rfc7914 = [
  ['', '', { N: 16, r: 1, p: 1 }, '77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede2144' +
    '2fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906'],
  ['password', 'NaCl', { N: 1024, r: 8, p: 16 }, 'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e7' +
    '7376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640'],
  ['pleaseletmein', 'SodiumChloride', { cost: 16384, blockSize: 8, parallelization: 1 },
    '7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2' +
    'd5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887'],
];
for (const [password, salt, options, expected] of rfc7914) {
  assert.strictEqual(crypto.scryptSync(password, salt, 64, options).toString('hex'), expected);
  crypto.scrypt(password, salt, 64, options,
    common.mustSucceed((k) => assert.strictEqual(k.toString('hex'), expected)));
}
// Defaults (N=16384, r=8, p=1) and the three-argument callback form.
crypto.scrypt('pleaseletmein', 'SodiumChloride', 64, common.mustSucceed((k) => {
  assert.strictEqual(k.toString('hex'), rfc7914[2][3]);
}));
assert.strictEqual(crypto.scryptSync('a', 'b', 0).length, 0);
assert.throws(() => crypto.scryptSync('a', 'b', 10, { N: 3 }), {
  code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', name: 'RangeError', message: 'Invalid scrypt params' });
assert.throws(() => crypto.scryptSync('a', 'b', 10, { N: 1024, maxmem: 100 }), {
  code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
  message: /^Invalid scrypt params: error:[0-9A-F]{8}:digital envelope routines::memory limit exceeded$/,
});
assert.throws(() => crypto.scryptSync('a', 'b', 10, { N: 16, cost: 16 }), {
  code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
  message: 'Option "N" cannot be used in combination with option "cost"' });
assert.throws(() => crypto.scryptSync('a', 'b', -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.scryptSync('a', 'b', 10, { N: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.scrypt('a', 'b', 10, {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.scrypt('a', 'b', 10, { N: 3 }, common.mustNotCall()),
  { code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS' });

// HKDF, RFC 5869 test cases 1, 3 (SHA-256) and 4 (SHA-1).
const hex = (s) => Buffer.from(s, 'hex');
const rfc5869 = [
  ['sha256', '0b'.repeat(22), '000102030405060708090a0b0c', 'f0f1f2f3f4f5f6f7f8f9', 42,
    '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865'],
  ['sha256', '0b'.repeat(22), '', '', 42,
    '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8'],
  ['sha1', '0b'.repeat(11), '000102030405060708090a0b0c', 'f0f1f2f3f4f5f6f7f8f9', 42,
    '085a01ea1b10f36933068b56efa5ad81a4f14b822f5b091568a9cdd4f155fda2c22e422478d305f3f896'],
];
for (const [digest, ikm, salt, info, length, okm] of rfc5869) {
  const out = crypto.hkdfSync(digest, hex(ikm), hex(salt), hex(info), length);
  assert(out instanceof ArrayBuffer);
  assert.strictEqual(Buffer.from(out).toString('hex'), okm);
  crypto.hkdf(digest, crypto.createSecretKey(hex(ikm)), new Uint8Array(hex(salt)).buffer,
    hex(info), length, common.mustSucceed((ab) => {
    assert(ab instanceof ArrayBuffer);
    assert.strictEqual(Buffer.from(ab).toString('hex'), okm);
  }));
}
// Strings, and an empty key.
assert.strictEqual(Buffer.from(crypto.hkdfSync('sha256', 'key', 'salt', 'info', 10)).toString('hex'),
  Buffer.from(crypto.hkdfSync('sha256', Buffer.from('key'), Buffer.from('salt'),
    Buffer.from('info'), 10)).toString('hex'));
assert.strictEqual(Buffer.from(crypto.hkdfSync('sha256', '', '', '', 10)).toString('hex'),
  'eb70f01dede9afafa449');
assert.strictEqual(crypto.hkdfSync('sha512', 'k', 's', 'i', 255 * 64).byteLength, 255 * 64);
assert.throws(() => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1), {
  code: 'ERR_CRYPTO_INVALID_KEYLEN', name: 'RangeError', message: 'Invalid key length' });
assert.throws(() => crypto.hkdfSync('nope', 'k', 's', 'i', 10), {
  code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: nope' });
assert.throws(() => crypto.hkdfSync('sha256', 'k', 's', 'i'.repeat(1025), 10), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "info" is out of range. It must be must not contain more than 1024 ' +
    'bytes. Received 1025' });
assert.throws(() => crypto.hkdfSync('sha256', 'k', 's', 'i', -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.hkdfSync(5, 'k', 's', 'i', 10), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.hkdfSync('sha256', 5, 's', 'i', 10), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.hkdfSync('sha256', 'k', 5, 'i', 10), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.hkdf('sha256', 'k', 's', 'i', 10), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.hkdfSync('sha256', 'k', 's', 'i', 0), { message: 'Deriving bits failed' });
