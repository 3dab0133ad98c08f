'use strict';
// publicEncrypt/privateDecrypt (OAEP with hash and label, PKCS#1 v1.5) and
// privateEncrypt/publicDecrypt, against ciphertexts made by Node 24, and Node's errors.
require('../common');
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const v = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/crypto/node-vectors.json')));
const msg = Buffer.from(v.message, 'hex');
const { constants } = crypto;
const priv = crypto.createPrivateKey(v.rsa.private);
const pub = crypto.createPublicKey(v.rsa.public);

assert.deepStrictEqual(crypto.privateDecrypt({ key: priv, oaepHash: 'sha256', oaepLabel: Buffer.from('label') },
  Buffer.from(v.rsa.oaep, 'hex')), msg);
assert.deepStrictEqual(crypto.privateDecrypt({ key: v.rsa.private, padding: constants.RSA_PKCS1_PADDING },
  Buffer.from(v.rsa.pkcs1, 'hex')), msg);
assert.deepStrictEqual(crypto.publicDecrypt(pub, Buffer.from(v.rsa.privateEncrypted, 'hex')), msg);
// PKCS#1 v1.5 "private encryption" is deterministic.
assert.strictEqual(crypto.privateEncrypt(priv, msg).toString('hex'), v.rsa.privateEncrypted);

// Round trips (OAEP is randomized).
for (const oaepHash of [undefined, 'sha1', 'sha512']) {
  const ct = crypto.publicEncrypt({ key: pub, oaepHash }, msg);
  assert.strictEqual(ct.length, 256);
  assert.deepStrictEqual(crypto.privateDecrypt({ key: priv, oaepHash }, ct), msg);
}
assert.deepStrictEqual(crypto.privateDecrypt(priv, crypto.publicEncrypt(priv, 'text')), Buffer.from('text'));
assert.deepStrictEqual(crypto.privateDecrypt(v.rsa.encryptedPrivate.length ?
  { key: v.rsa.encryptedPrivate, passphrase: 'lode' } : priv, crypto.publicEncrypt(v.rsa.public, msg)), msg);
assert.deepStrictEqual(crypto.publicDecrypt(priv, crypto.privateEncrypt(priv, msg)), msg);
const noPad = crypto.publicEncrypt({ key: pub, padding: constants.RSA_NO_PADDING }, Buffer.alloc(256, 1));
assert.deepStrictEqual(crypto.privateDecrypt({ key: priv, padding: constants.RSA_NO_PADDING }, noPad), Buffer.alloc(256, 1));

assert.throws(() => crypto.publicEncrypt(pub, Buffer.alloc(300)),
  { code: 'ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE' });
assert.throws(() => crypto.privateDecrypt(priv, Buffer.alloc(256)), { code: /^ERR_OSSL_RSA_/ });
assert.throws(() => crypto.publicEncrypt({ key: pub, oaepHash: 5 }, msg), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.publicEncrypt({ key: pub, oaepHash: 'nope' }, msg),
  { code: 'ERR_OSSL_EVP_INVALID_DIGEST', message: 'Invalid digest used' });
assert.throws(() => crypto.publicEncrypt({ key: pub, oaepLabel: 5 }, msg), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.privateDecrypt(pub, msg), { code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE' });
assert.throws(() => crypto.publicEncrypt(crypto.createPublicKey(v.ec.public), msg),
  { code: 'ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE' });
