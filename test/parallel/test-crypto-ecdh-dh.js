'use strict';
// ECDH, DiffieHellman(Group), diffieHellman() over KeyObjects, primes and randomUUIDv7.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const v = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/crypto/node-vectors.json')));

// ECDH: both sides agree; formats and conversions.
{
  const a = crypto.createECDH('prime256v1');
  const b = crypto.createECDH('prime256v1');
  assert.throws(() => a.getPublicKey(), { code: 'ERR_CRYPTO_OPERATION_FAILED' });
  assert.strictEqual(a.generateKeys().length, 65);
  b.generateKeys();
  assert.deepStrictEqual(a.computeSecret(b.getPublicKey()), b.computeSecret(a.getPublicKey()));
  assert.strictEqual(a.computeSecret(b.getPublicKey('hex'), 'hex', 'hex').length, 64);
  const compressed = a.getPublicKey(null, 'compressed');
  assert.strictEqual(compressed.length, 33);
  assert.ok(compressed[0] === 2 || compressed[0] === 3);
  assert.deepStrictEqual(b.computeSecret(compressed), a.computeSecret(b.getPublicKey()));
  const hybrid = a.getPublicKey(null, 'hybrid');
  assert.ok(hybrid[0] === 6 || hybrid[0] === 7);
  assert.deepStrictEqual(crypto.ECDH.convertKey(compressed, 'prime256v1'), a.getPublicKey());
  assert.strictEqual(crypto.ECDH.convertKey(a.getPublicKey(), 'prime256v1', undefined, 'hex', 'compressed'),
    compressed.toString('hex'));
  const c = crypto.createECDH('prime256v1');
  c.setPrivateKey(a.getPrivateKey());
  assert.strictEqual(c.getPublicKey('hex'), a.getPublicKey('hex'));
  // Interoperates with KeyObjects: the JWK's d and x||y are the ECDH keys.
  const jwkKey = crypto.createPrivateKey({ key: v.ec.jwk, format: 'jwk' });
  const e = crypto.createECDH('prime256v1');
  e.setPrivateKey(Buffer.from(v.ec.jwk.d, 'base64url'));
  const point = Buffer.concat([Buffer.of(4), Buffer.from(v.ec.jwk.x, 'base64url'), Buffer.from(v.ec.jwk.y, 'base64url')]);
  assert.deepStrictEqual(e.getPublicKey(), point);
  const peer = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const peerJwk = peer.publicKey.export({ format: 'jwk' });
  const peerPoint = Buffer.concat([Buffer.of(4), Buffer.from(peerJwk.x, 'base64url'), Buffer.from(peerJwk.y, 'base64url')]);
  assert.deepStrictEqual(e.computeSecret(peerPoint),
    crypto.diffieHellman({ privateKey: jwkKey, publicKey: peer.publicKey }));

  assert.throws(() => crypto.createECDH('nope'), { code: 'ERR_CRYPTO_INVALID_CURVE' });
  assert.throws(() => crypto.createECDH(5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => a.getPublicKey(null, 'foo'), { code: 'ERR_CRYPTO_ECDH_INVALID_FORMAT' });
  assert.throws(() => a.computeSecret(Buffer.from('0411', 'hex')), { code: 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY' });
  assert.throws(() => a.computeSecret(5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.ECDH.convertKey(a.getPublicKey(), 'nope'), { code: 'ERR_CRYPTO_INVALID_CURVE' });
  assert.throws(() => c.setPrivateKey(Buffer.alloc(32)),
    { code: 'ERR_CRYPTO_INVALID_KEYTYPE', name: 'RangeError', message: 'Private key is not valid for specified curve.' });
}

// Finite-field DH with the MODP groups and with explicit primes.
{
  const d1 = crypto.getDiffieHellman('modp14');
  const d2 = crypto.createDiffieHellmanGroup('modp14');
  assert.strictEqual(d1.verifyError, 0);
  assert.strictEqual(d1.getGenerator('hex'), '02');
  assert.strictEqual(d1.getPrime().length, 256);
  // The public key is not zero-padded: about 1 in 256 keys is a byte shorter (Node's too).
  assert(d1.generateKeys().length >= 255);
  assert(d1.getPublicKey().length <= 256);
  d2.generateKeys();
  assert.deepStrictEqual(d1.computeSecret(d2.getPublicKey()), d2.computeSecret(d1.getPublicKey()));
  assert.throws(() => d1.computeSecret(Buffer.from([1])),
    { code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Supplied key is too small' });
  assert.throws(() => d1.computeSecret(Buffer.alloc(256, 255)), { message: 'Supplied key is too large' });
  assert.throws(() => crypto.getDiffieHellman('modp3'), { code: 'ERR_CRYPTO_UNKNOWN_DH_GROUP' });
  assert.strictEqual(d1.setPrivateKey, undefined);
  assert.ok(d1 instanceof crypto.DiffieHellmanGroup);

  const d3 = crypto.createDiffieHellman(d1.getPrime(), d1.getGenerator());
  assert.ok(d3 instanceof crypto.DiffieHellman);
  assert.strictEqual(d3.verifyError, 0);
  d3.generateKeys();
  assert.deepStrictEqual(d3.computeSecret(d1.getPublicKey()), d1.computeSecret(d3.getPublicKey()));
  const d4 = crypto.createDiffieHellman(d1.getPrime('hex'), 'hex', 2);
  d4.setPrivateKey(d3.getPrivateKey());
  assert.throws(() => d4.getPublicKey(),
    { code: 'ERR_CRYPTO_INVALID_STATE', message: 'No public key - did you forget to generate one?' });
  assert.deepStrictEqual(d4.generateKeys(), d3.getPublicKey());
  assert.strictEqual(crypto.createDiffieHellman(Buffer.from([23]), 2).verifyError, 128);
  assert.strictEqual(crypto.createDiffieHellman(Buffer.from([21]), 2).verifyError, 129);
  assert.throws(() => crypto.createDiffieHellman(Buffer.from([23]), 1), { code: 'ERR_OSSL_DH_BAD_GENERATOR' });
  assert.throws(() => crypto.createDiffieHellman(-1), { code: 'ERR_OSSL_DH_MODULUS_TOO_SMALL' });
  assert.throws(() => crypto.createDiffieHellman(true), { code: 'ERR_INVALID_ARG_TYPE' });
}

// diffieHellman() with KeyObjects, against Node's X25519 secret.
{
  const a = crypto.createPrivateKey({ key: v.x25519.a, format: 'jwk' });
  const b = crypto.createPublicKey({ key: v.x25519.b, format: 'jwk' });
  assert.strictEqual(crypto.diffieHellman({ privateKey: a, publicKey: b }).toString('hex'), v.x25519.secret);
  const x448a = crypto.generateKeyPairSync('x448');
  const x448b = crypto.generateKeyPairSync('x448');
  assert.deepStrictEqual(crypto.diffieHellman({ privateKey: x448a.privateKey, publicKey: x448b.publicKey }),
    crypto.diffieHellman({ privateKey: x448b.privateKey, publicKey: x448a.publicKey }));
  assert.throws(() => crypto.diffieHellman({ privateKey: a, publicKey: crypto.createPublicKey(v.ec.public) }),
    { code: 'ERR_CRYPTO_INCOMPATIBLE_KEY', message: 'Incompatible key types for Diffie-Hellman: x25519 and ec' });
  assert.throws(() => crypto.diffieHellman({}), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => crypto.diffieHellman({ privateKey: b, publicKey: b }),
    { code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE' });
}

// Primes.
assert.strictEqual(crypto.checkPrimeSync(7n), true);
assert.strictEqual(crypto.checkPrimeSync(Buffer.from([8])), false);
assert.strictEqual(crypto.checkPrimeSync(2n ** 127n - 1n), true);
assert.throws(() => crypto.checkPrimeSync(-1n), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.checkPrimeSync('x'), { code: 'ERR_INVALID_ARG_TYPE' });
{
  const p = crypto.generatePrimeSync(32, { bigint: true });
  assert.strictEqual(typeof p, 'bigint');
  assert.strictEqual(p.toString(2).length, 32);
  assert.ok(crypto.checkPrimeSync(p));
  const ab = crypto.generatePrimeSync(16);
  assert.ok(ab instanceof ArrayBuffer);
  const safe = crypto.generatePrimeSync(24, { safe: true, bigint: true });
  assert.ok(crypto.checkPrimeSync((safe - 1n) / 2n));
  const withRem = crypto.generatePrimeSync(32, { add: 12n, rem: 11n, bigint: true });
  assert.strictEqual(withRem % 12n, 11n);
  assert.throws(() => crypto.generatePrimeSync(0), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => crypto.generatePrimeSync(3, { add: 120n, rem: 11n }), { code: 'ERR_OUT_OF_RANGE' });
}
crypto.checkPrime(7n, common.mustCall((err, result) => {
  assert.strictEqual(err, undefined);
  assert.strictEqual(result, true);
}));
crypto.generatePrime(16, { bigint: true }, common.mustCall((err, p) => {
  assert.strictEqual(err, undefined);
  assert.ok(crypto.checkPrimeSync(p));
}));

// randomUUIDv7: version 7, variant 10, time-ordered.
{
  const re = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const before = Date.now();
  const ids = Array.from({ length: 100 }, () => crypto.randomUUIDv7());
  for (const id of ids) assert.match(id, re);
  const ms = parseInt(ids[0].replace(/-/g, '').slice(0, 12), 16);
  assert.ok(ms >= before - 1 && ms <= Date.now() + 1);
  assert.strictEqual(new Set(ids).size, 100);
  assert.match(crypto.randomUUIDv7({ disableEntropyCache: true }), re);
  assert.throws(() => crypto.randomUUIDv7({ disableEntropyCache: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
}
