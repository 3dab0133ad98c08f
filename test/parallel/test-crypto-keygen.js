'use strict';
// generateKeyPair(Sync) for every key type with and without encodings, and generateKey(Sync).
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const msg = Buffer.from('keygen');

function checkPair({ publicKey, privateKey }, type) {
  assert.strictEqual(publicKey.type, 'public');
  assert.strictEqual(privateKey.type, 'private');
  assert.strictEqual(publicKey.asymmetricKeyType, type);
  assert.strictEqual(privateKey.asymmetricKeyType, type);
  assert.ok(crypto.createPublicKey(privateKey).equals(publicKey));
}

{
  const pair = crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 3 });
  checkPair(pair, 'rsa');
  assert.deepStrictEqual(pair.privateKey.asymmetricKeyDetails, { modulusLength: 1024, publicExponent: 3n });
  const sig = crypto.sign('sha256', msg, pair.privateKey);
  assert.ok(crypto.verify('sha256', msg, pair.publicKey, sig));
}
{
  const pair = crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024, hashAlgorithm: 'sha256' });
  checkPair(pair, 'rsa-pss');
  assert.deepStrictEqual(pair.publicKey.asymmetricKeyDetails, { modulusLength: 1024, publicExponent: 65537n,
    hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha256', saltLength: 32 });
  const plain = crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024 });
  assert.deepStrictEqual(plain.privateKey.asymmetricKeyDetails, { modulusLength: 1024, publicExponent: 65537n });
  const salted = crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024, saltLength: 5 });
  assert.deepStrictEqual(salted.privateKey.asymmetricKeyDetails, { modulusLength: 1024, publicExponent: 65537n,
    hashAlgorithm: 'sha1', mgf1HashAlgorithm: 'sha1', saltLength: 5 });
}
for (const [curve, name] of [['P-256', 'prime256v1'], ['P-384', 'secp384r1'], ['secp256k1', 'secp256k1']]) {
  const pair = crypto.generateKeyPairSync('ec', { namedCurve: curve });
  checkPair(pair, 'ec');
  assert.deepStrictEqual(pair.publicKey.asymmetricKeyDetails, { namedCurve: name });
}
for (const type of ['ed25519', 'ed448', 'x25519', 'x448']) {
  const pair = crypto.generateKeyPairSync(type);
  checkPair(pair, type);
  assert.deepStrictEqual(pair.privateKey.asymmetricKeyDetails, {});
}

// Encodings turn the keys into strings, buffers or JWKs.
{
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', {
    namedCurve: 'P-256',
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'sec1', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'pw' },
  });
  assert.match(publicKey, /^-----BEGIN PUBLIC KEY-----\n/);
  assert.match(privateKey, /^-----BEGIN EC PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n/);
  const key = crypto.createPrivateKey({ key: privateKey, passphrase: 'pw' });
  assert.ok(crypto.createPublicKey(key).equals(crypto.createPublicKey(publicKey)));
  const der = crypto.generateKeyPairSync('ed25519', {
    publicKeyEncoding: { type: 'spki', format: 'der' },
    privateKeyEncoding: { type: 'pkcs8', format: 'der' },
  });
  assert.ok(Buffer.isBuffer(der.publicKey) && Buffer.isBuffer(der.privateKey));
  assert.strictEqual(der.privateKey.length, 48);
  const jwk = crypto.generateKeyPairSync('x25519', {
    publicKeyEncoding: { format: 'jwk' }, privateKeyEncoding: { format: 'jwk' },
  });
  assert.strictEqual(jwk.publicKey.kty, 'OKP');
  assert.strictEqual(jwk.privateKey.x, jwk.publicKey.x);
  const pkcs1 = crypto.generateKeyPairSync('rsa', { modulusLength: 1024,
    publicKeyEncoding: { type: 'pkcs1', format: 'pem' }, privateKeyEncoding: { type: 'pkcs1', format: 'pem' } });
  assert.match(pkcs1.publicKey, /^-----BEGIN RSA PUBLIC KEY-----/);
  assert.match(pkcs1.privateKey, /^-----BEGIN RSA PRIVATE KEY-----/);
}

// Errors.
assert.throws(() => crypto.generateKeyPairSync('foo'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => crypto.generateKeyPairSync(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.generateKeyPairSync('rsa'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.generateKeyPairSync('rsa', {}), { message: /options\.modulusLength/ });
assert.throws(() => crypto.generateKeyPairSync('rsa', { modulusLength: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.generateKeyPairSync('rsa', { modulusLength: 512, publicExponent: 'x' }),
  { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, hashAlgorithm: 'nope' }),
  { code: 'ERR_CRYPTO_INVALID_DIGEST' });
assert.throws(() => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, saltLength: -1 }),
  { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.generateKeyPairSync('ec', {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.generateKeyPairSync('ec', { namedCurve: 'nope' }), { code: 'ERR_CRYPTO_INVALID_CURVE' });
assert.throws(() => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', paramEncoding: 'x' }),
  { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => crypto.generateKeyPairSync('ed25519', { publicKeyEncoding: 'x' }),
  { code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.publicKeyEncoding' is invalid. Received 'x'" });
assert.throws(() => crypto.generateKeyPairSync('ed25519', { publicKeyEncoding: { format: 'pem', type: 'pkcs8' } }),
  { message: "The property 'options.publicKeyEncoding.type' is invalid. Received 'pkcs8'" });
assert.throws(() => crypto.generateKeyPairSync('ed25519', { privateKeyEncoding: { format: 'pem', type: 'pkcs8', cipher: 'aes-128-cbc' } }),
  { message: "The property 'options.privateKeyEncoding.passphrase' is invalid. Received undefined" });
assert.throws(() => crypto.generateKeyPair('ed25519', {}), { code: 'ERR_INVALID_ARG_TYPE' });

// Asynchronous forms.
crypto.generateKeyPair('rsa', { modulusLength: 1024 }, common.mustCall((err, publicKey, privateKey) => {
  assert.ifError(err);
  checkPair({ publicKey, privateKey }, 'rsa');
}));
crypto.generateKeyPair('ed25519', {
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
}, common.mustCall((err, publicKey, privateKey) => {
  assert.ifError(err);
  assert.match(publicKey, /^-----BEGIN PUBLIC KEY-----/);
  assert.match(privateKey, /^-----BEGIN PRIVATE KEY-----/);
}));
crypto.generateKeyPair('rsa', { modulusLength: 1 }, common.mustCall((err) => {
  assert.match(err.message, /key size too small/);
}));

// Secret keys.
assert.strictEqual(crypto.generateKeySync('hmac', { length: 12 }).symmetricKeySize, 1);
assert.strictEqual(crypto.generateKeySync('hmac', { length: 256 }).symmetricKeySize, 32);
assert.strictEqual(crypto.generateKeySync('aes', { length: 192 }).export().length, 24);
assert.throws(() => crypto.generateKeySync('hmac', { length: 7 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.generateKeySync('aes', { length: 100 }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => crypto.generateKeySync('aes'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.generateKeySync('foo', { length: 128 }), { code: 'ERR_INVALID_ARG_VALUE' });
crypto.generateKey('aes', { length: 256 }, common.mustCall((err, key) => {
  assert.ifError(err);
  assert.strictEqual(key.type, 'secret');
  assert.strictEqual(key.symmetricKeySize, 32);
}));
