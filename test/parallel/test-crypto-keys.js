'use strict';
// Asymmetric KeyObjects: import from PEM (pkcs8, pkcs1, sec1, spki, encrypted), DER and JWK,
// export in every format, details, equals, and Node's errors for bad input. Keys made by
// Node 24 (fixtures/crypto/node-vectors.json) must import and export identically.
require('../common');
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const v = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/crypto/node-vectors.json')));

// PEM round trips: what Node exported, we import and export byte for byte.
{
  const rsa = crypto.createPrivateKey(v.rsa.private);
  assert.strictEqual(rsa.type, 'private');
  assert.strictEqual(rsa.asymmetricKeyType, 'rsa');
  assert.deepStrictEqual(rsa.asymmetricKeyDetails, { modulusLength: 2048, publicExponent: 65537n });
  assert.strictEqual(rsa.export({ type: 'pkcs8', format: 'pem' }), v.rsa.private);
  assert.strictEqual(rsa.export({ type: 'pkcs1', format: 'pem' }), v.rsa.pkcs1Private);
  assert.deepStrictEqual(rsa.export({ format: 'jwk' }), v.rsa.jwk);
  const pub = crypto.createPublicKey(v.rsa.private);
  assert.strictEqual(pub.type, 'public');
  assert.strictEqual(pub.export({ type: 'spki', format: 'pem' }), v.rsa.public);
  assert.ok(pub.equals(crypto.createPublicKey(v.rsa.public)));
  assert.ok(pub.equals(crypto.createPublicKey(rsa)));
  assert.ok(!pub.equals(rsa));
  assert.ok(rsa.equals(crypto.createPrivateKey(v.rsa.pkcs1Private)));
  const pkcs1Pub = pub.export({ type: 'pkcs1', format: 'pem' });
  assert.match(pkcs1Pub, /^-----BEGIN RSA PUBLIC KEY-----\n/);
  assert.ok(crypto.createPublicKey(pkcs1Pub).equals(pub));
  // JWK in, same key out.
  assert.ok(crypto.createPrivateKey({ key: v.rsa.jwk, format: 'jwk' }).equals(rsa));
  assert.ok(crypto.createPublicKey({ key: v.rsa.jwk, format: 'jwk' }).equals(pub));
}

// Encrypted PEM with a passphrase.
{
  const key = crypto.createPrivateKey({ key: v.rsa.encryptedPrivate, passphrase: 'lode' });
  assert.ok(key.equals(crypto.createPrivateKey(v.rsa.private)));
  assert.throws(() => crypto.createPrivateKey({ key: v.rsa.encryptedPrivate, passphrase: 'no' }),
    { code: 'ERR_OSSL_BAD_DECRYPT' });
  assert.throws(() => crypto.createPrivateKey(v.rsa.encryptedPrivate),
    { code: 'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED' });
  for (const type of ['pkcs8', 'pkcs1']) {
    const pem = key.export({ type, format: 'pem', cipher: 'aes-128-cbc', passphrase: 'pw' });
    assert.match(pem, /ENCRYPTED/);
    assert.ok(crypto.createPrivateKey({ key: pem, passphrase: 'pw' }).equals(key));
    assert.ok(crypto.createPrivateKey({ key: pem, passphrase: Buffer.from('pw') }).equals(key));
  }
  const der = key.export({ type: 'pkcs8', format: 'der', cipher: 'aes-256-cbc', passphrase: 'pw' });
  assert.ok(crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8', passphrase: 'pw' })
    .equals(key));
  assert.throws(() => crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }),
    { code: 'ERR_MISSING_PASSPHRASE', name: 'TypeError' });
}

// EC: sec1, DER with type, JWK.
{
  const ec = crypto.createPrivateKey(v.ec.private);
  assert.strictEqual(ec.asymmetricKeyType, 'ec');
  assert.deepStrictEqual(ec.asymmetricKeyDetails, { namedCurve: 'prime256v1' });
  assert.strictEqual(ec.export({ type: 'sec1', format: 'pem' }), v.ec.sec1);
  assert.ok(crypto.createPrivateKey(v.ec.sec1).equals(ec));
  assert.strictEqual(ec.export({ type: 'pkcs8', format: 'der' }).toString('hex'), v.ec.derPrivate);
  const der = Buffer.from(v.ec.derPrivate, 'hex');
  assert.ok(crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }).equals(ec));
  const sec1Der = ec.export({ type: 'sec1', format: 'der' });
  assert.ok(crypto.createPrivateKey({ key: sec1Der, format: 'der', type: 'sec1' }).equals(ec));
  const pub = crypto.createPublicKey({ key: Buffer.from(v.ec.derPublic, 'hex'), format: 'der',
    type: 'spki' });
  assert.strictEqual(pub.export({ type: 'spki', format: 'pem' }), v.ec.public);
  assert.deepStrictEqual(ec.export({ format: 'jwk' }), v.ec.jwk);
  const { d, ...pubJwk } = v.ec.jwk;
  assert.ok(d);
  assert.deepStrictEqual(pub.export({ format: 'jwk' }), pubJwk);
  assert.ok(crypto.createPrivateKey({ key: v.ec.jwk, format: 'jwk' }).equals(ec));
  const p384 = crypto.createPrivateKey({ key: v.ec384.jwk, format: 'jwk' });
  assert.deepStrictEqual(p384.asymmetricKeyDetails, { namedCurve: 'secp384r1' });
  assert.deepStrictEqual(p384.export({ format: 'jwk' }), v.ec384.jwk);
  const p521 = crypto.generateKeyPairSync('ec', { namedCurve: 'P-521' }).privateKey;
  const jwk521 = p521.export({ format: 'jwk' });
  assert.strictEqual(jwk521.crv, 'P-521');
  assert.strictEqual(Buffer.from(jwk521.x, 'base64url').length, 66);
  assert.ok(crypto.createPrivateKey({ key: jwk521, format: 'jwk' }).equals(p521));
}

// OKP keys.
{
  const ed = crypto.createPrivateKey(v.ed25519.private);
  assert.strictEqual(ed.asymmetricKeyType, 'ed25519');
  assert.deepStrictEqual(ed.asymmetricKeyDetails, {});
  assert.deepStrictEqual(ed.export({ format: 'jwk' }), v.ed25519.jwk);
  assert.deepStrictEqual(Object.keys(ed.export({ format: 'jwk' })), ['crv', 'd', 'x', 'kty']);
  assert.ok(crypto.createPrivateKey({ key: v.ed25519.jwk, format: 'jwk' }).equals(ed));
  assert.strictEqual(crypto.createPublicKey(ed).export({ type: 'spki', format: 'pem' }),
    v.ed25519.public);
  const x = crypto.createPrivateKey({ key: v.x25519.a, format: 'jwk' });
  assert.strictEqual(x.asymmetricKeyType, 'x25519');
  assert.deepStrictEqual(x.export({ format: 'jwk' }), v.x25519.a);
  const e448 = crypto.createPrivateKey({ key: v.ed448.jwk, format: 'jwk' });
  assert.strictEqual(e448.asymmetricKeyType, 'ed448');
}

// rsa-pss details.
{
  const pss = crypto.createPrivateKey(v.pss.private);
  assert.strictEqual(pss.asymmetricKeyType, 'rsa-pss');
  assert.deepStrictEqual(pss.asymmetricKeyDetails, {
    modulusLength: 2048, publicExponent: 65537n, hashAlgorithm: 'sha256',
    mgf1HashAlgorithm: 'sha256', saltLength: 32,
  });
  assert.throws(() => pss.export({ format: 'jwk' }), { code: 'ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE' });
}

// Bad input gives Node's errors.
{
  const rsa = crypto.createPrivateKey(v.rsa.private);
  const pub = crypto.createPublicKey(v.rsa.public);
  assert.throws(() => crypto.createPrivateKey(123), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  assert.throws(() => crypto.createPrivateKey({ key: 123 }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.createPrivateKey('garbage'), { code: 'ERR_OSSL_UNSUPPORTED' });
  assert.throws(() => crypto.createPrivateKey(v.rsa.public), { code: 'ERR_OSSL_UNSUPPORTED' });
  assert.throws(() => crypto.createPrivateKey(rsa), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.createPublicKey(pub), { code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE' });
  assert.throws(() => crypto.createPrivateKey({ key: v.rsa.private, format: 'foo' }),
    { code: 'ERR_INVALID_ARG_VALUE', message: "The property 'key.format' is invalid. Received 'foo'" });
  assert.throws(() => crypto.createPrivateKey({ key: Buffer.from('x'), format: 'der' }),
    { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => crypto.createPrivateKey({ key: Buffer.from('x'), format: 'der', type: 'spki' }),
    { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => crypto.createPrivateKey({ key: { kty: 'RSA' }, format: 'jwk' }),
    { code: 'ERR_CRYPTO_INVALID_JWK', message: 'Invalid JWK RSA key' });
  assert.throws(() => crypto.createPrivateKey({ key: { kty: 'foo' }, format: 'jwk' }),
    { code: 'ERR_CRYPTO_INVALID_JWK' });
  assert.throws(() => crypto.createPrivateKey({ key: { kty: 'EC', crv: 'P-1', x: '', y: '' },
    format: 'jwk' }), { code: 'ERR_CRYPTO_INVALID_CURVE' });
  const { d, ...pubJwk } = v.ec.jwk;
  assert.ok(d);
  assert.throws(() => crypto.createPrivateKey({ key: pubJwk, format: 'jwk' }),
    { message: 'JWK does not contain private key material' });
  assert.throws(() => crypto.createPrivateKey({ key: 'x', format: 'jwk' }),
    { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => rsa.export(), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => rsa.export({ format: 'pem' }), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => rsa.export({ format: 'pem', type: 'sec1' }),
    { code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS' });
  assert.throws(() => rsa.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc' }),
    { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => rsa.export({ format: 'pem', type: 'pkcs8', cipher: 'nope', passphrase: 'a' }),
    { code: 'ERR_CRYPTO_UNKNOWN_CIPHER' });
  assert.throws(() => pub.export({ format: 'pem', type: 'pkcs8' }), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => pub.equals(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.KeyObject.from(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new crypto.KeyObject('public', {}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(crypto.createSecretKey(Buffer.alloc(4)).equals(pub), false);
  assert.strictEqual(pub.symmetricKeySize, undefined);
}
