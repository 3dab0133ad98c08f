'use strict';
// pbkdf2 agrees with PBKDF2 built from createHmac (RFC 8018) for every SHA digest Lode
// computes on its own, and for one it leaves to OpenSSL: passwords longer than a hash block,
// empty ones, outputs spanning several blocks, sync and async.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

function reference(password, salt, iterations, keylen, digest) {
  const blocks = [];
  let length = 0;
  for (let i = 1; length < keylen; i++) {
    const index = Buffer.alloc(4);
    index.writeUInt32BE(i);
    let u = crypto.createHmac(digest, password).update(salt).update(index).digest();
    const t = Buffer.from(u);
    for (let n = 1; n < iterations; n++) {
      u = crypto.createHmac(digest, password).update(u).digest();
      for (let j = 0; j < t.length; j++) t[j] ^= u[j];
    }
    blocks.push(t);
    length += t.length;
  }
  return Buffer.concat(blocks).subarray(0, keylen);
}

// RFC 6070's first vector.
assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex'),
  '0c60c80f961f0e71f3a9b524af6012062fe037a6');

const cases = [
  ['password', 'salt', 1, 20],
  ['password', 'salt', 3, 100],
  ['', '', 2, 33],
  ['x'.repeat(200), 'salt', 2, 64],
  [Buffer.alloc(128, 7), Buffer.alloc(0), 4, 129],
];
for (const digest of ['sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3-256']) {
  for (const [password, salt, iterations, keylen] of cases) {
    const expected = reference(password, salt, iterations, keylen, digest);
    assert.deepStrictEqual(crypto.pbkdf2Sync(password, salt, iterations, keylen, digest),
      expected, `${digest} ${iterations} ${keylen}`);
  }
}

crypto.pbkdf2('secret', 'salt', 50, 48, 'sha384', common.mustSucceed((key) => {
  assert.deepStrictEqual(key, reference('secret', 'salt', 50, 48, 'sha384'));
}));
