'use strict';
// sign/verify one-shot and Sign/Verify streams: RFC 8032 Ed25519 vectors, deterministic RSA
// PKCS#1 v1.5 signatures made by Node 24, PSS and ECDSA (DER and IEEE P1363) signatures made
// by Node verified here and ours checked round trip, callbacks, and Node's errors.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const v = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/crypto/node-vectors.json')));
const msg = Buffer.from(v.message, 'hex');

// RFC 8032 section 7.1, tests 1 and 2.
const ed25519Vectors = [
  ['9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
    'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', '',
    'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b'],
  ['4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
    '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c', '72',
    '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00'],
];
for (const [d, x, m, sig] of ed25519Vectors) {
  const b64 = (hex) => Buffer.from(hex, 'hex').toString('base64url');
  const priv = crypto.createPrivateKey({ format: 'jwk', key: { kty: 'OKP', crv: 'Ed25519', d: b64(d), x: b64(x) } });
  const pub = crypto.createPublicKey({ format: 'jwk', key: { kty: 'OKP', crv: 'Ed25519', x: b64(x) } });
  assert.strictEqual(crypto.sign(null, Buffer.from(m, 'hex'), priv).toString('hex'), sig);
  assert.strictEqual(crypto.verify(null, Buffer.from(m, 'hex'), pub, Buffer.from(sig, 'hex')), true);
  assert.strictEqual(crypto.verify(undefined, Buffer.from('00', 'hex'), pub, Buffer.from(sig, 'hex')), false);
}

// Node-made signatures verify here; deterministic ones are reproduced exactly.
{
  const rsa = crypto.createPrivateKey(v.rsa.private);
  assert.strictEqual(crypto.sign('sha256', msg, rsa).toString('hex'), v.rsa.sigSha256);
  assert.strictEqual(crypto.sign('RSA-SHA256', msg, v.rsa.private).toString('hex'), v.rsa.sigSha256);
  assert.ok(crypto.verify('sha256', msg, v.rsa.public, Buffer.from(v.rsa.sigSha256, 'hex')));
  assert.ok(crypto.verify('sha256', msg, { key: v.rsa.public, padding: crypto.constants.RSA_PKCS1_PSS_PADDING,
    saltLength: 32 }, Buffer.from(v.rsa.sigPss, 'hex')));
  assert.ok(crypto.verify('sha256', msg, { key: v.rsa.public, padding: crypto.constants.RSA_PKCS1_PSS_PADDING },
    Buffer.from(v.rsa.sigPss, 'hex')));
  assert.ok(!crypto.verify('sha256', msg, v.rsa.public, Buffer.from(v.rsa.sigPss, 'hex')));
  // A private key works for verifying (its public half is used).
  assert.ok(crypto.verify('sha256', msg, rsa, Buffer.from(v.rsa.sigSha256, 'hex')));
  const pssSig = crypto.sign('sha256', msg, { key: rsa, padding: crypto.constants.RSA_PKCS1_PSS_PADDING,
    saltLength: crypto.constants.RSA_PSS_SALTLEN_DIGEST });
  assert.ok(crypto.verify('sha256', msg, { key: v.rsa.public, padding: crypto.constants.RSA_PKCS1_PSS_PADDING,
    saltLength: 32 }, pssSig));

  assert.ok(crypto.verify('sha256', msg, v.pss.public, Buffer.from(v.pss.sig, 'hex')));
  assert.ok(crypto.verify('sha256', msg, v.pss.public, crypto.sign('sha256', msg, v.pss.private)));

  assert.ok(crypto.verify('sha256', msg, v.ec.public, Buffer.from(v.ec.sigDer, 'hex')));
  assert.ok(crypto.verify('sha256', msg, { key: v.ec.public, dsaEncoding: 'ieee-p1363' },
    Buffer.from(v.ec.sigP1363, 'hex')));
  const p1363 = crypto.sign('sha256', msg, { key: v.ec.private, dsaEncoding: 'ieee-p1363' });
  assert.strictEqual(p1363.length, 64);
  assert.ok(crypto.verify('sha256', msg, { key: v.ec.public, dsaEncoding: 'ieee-p1363' }, p1363));
  assert.ok(!crypto.verify('sha256', msg, { key: v.ec.public, dsaEncoding: 'ieee-p1363' }, p1363.subarray(1)));
  assert.ok(!crypto.verify('sha256', msg, v.ec.public, Buffer.from('junk')));

  const p384 = crypto.createPrivateKey({ key: v.ec384.jwk, format: 'jwk' });
  assert.ok(crypto.verify('sha384', msg, crypto.createPublicKey(p384), Buffer.from(v.ec384.sig, 'hex')));
  assert.strictEqual(crypto.sign('sha384', msg, { key: p384, dsaEncoding: 'ieee-p1363' }).length, 96);

  assert.ok(crypto.verify(null, msg, v.ed25519.public, Buffer.from(v.ed25519.sig, 'hex')));
  assert.strictEqual(crypto.sign(null, msg, v.ed25519.private).toString('hex'), v.ed25519.sig);
  const e448 = crypto.createPrivateKey({ key: v.ed448.jwk, format: 'jwk' });
  assert.strictEqual(crypto.sign(null, msg, e448).toString('hex'), v.ed448.sig);
}

// Sign and Verify streams hash what is written and sign the digest.
{
  const s = crypto.createSign('sha256');
  s.update(msg.subarray(0, 5));
  s.write(msg.subarray(5));
  assert.strictEqual(s.sign(v.rsa.private, 'hex'), v.rsa.sigSha256);
  assert.throws(() => s.sign(v.rsa.private), { code: 'ERR_CRYPTO_INVALID_STATE', message: 'Not initialised' });
  assert.throws(() => s.update('x'), { code: 'ERR_CRYPTO_INVALID_STATE' });
  const vf = crypto.createVerify('SHA256');
  vf.end(msg);
  assert.strictEqual(vf.verify(v.rsa.public, v.rsa.sigSha256, 'hex'), true);
  assert.ok(crypto.createSign('sha256') instanceof crypto.Sign);
  assert.ok(crypto.Sign('sha256') instanceof crypto.Sign);
  assert.ok(new crypto.Verify('sha256') instanceof crypto.Verify);
  const ecSig = crypto.createSign('sha256').update(msg).sign({ key: v.ec.private, dsaEncoding: 'ieee-p1363' });
  assert.ok(crypto.createVerify('sha256').update(msg).verify({ key: v.ec.public, dsaEncoding: 'ieee-p1363' }, ecSig));
  assert.ok(crypto.createVerify('sha256').update(msg).verify(v.ec.public, Buffer.from(v.ec.sigDer, 'hex')));
  assert.throws(() => crypto.createSign('sha256').update('x').sign(v.ed25519.private),
    { code: 'ERR_CRYPTO_UNSUPPORTED_OPERATION' });
  assert.throws(() => crypto.createSign('nope'), { code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest' });
  assert.throws(() => crypto.createSign('sha256').sign(), { code: 'ERR_CRYPTO_SIGN_KEY_REQUIRED' });
  assert.throws(() => crypto.createVerify('sha256').verify(v.rsa.public, 5), { code: 'ERR_INVALID_ARG_TYPE' });
}

// Errors of the one-shot forms.
{
  const ec = crypto.createPrivateKey(v.ec.private);
  assert.throws(() => crypto.sign('sha256', msg), { code: 'ERR_CRYPTO_SIGN_KEY_REQUIRED' });
  assert.throws(() => crypto.sign('sha256', msg, 5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.sign(5, msg, ec), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.sign('nope', msg, ec), { code: 'ERR_CRYPTO_INVALID_DIGEST' });
  assert.throws(() => crypto.sign('sha256', msg, crypto.createPublicKey(ec)),
    { code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE' });
  assert.throws(() => crypto.sign('sha256', msg, crypto.createSecretKey(Buffer.alloc(4))),
    { code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE' });
  assert.throws(() => crypto.sign('sha256', msg, { key: ec, dsaEncoding: 'foo' }), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => crypto.sign('sha256', msg, { key: ec, saltLength: 'x' }), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => crypto.verify('sha256', msg, ec), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.sign('sha256', msg, v.ed25519.private), { code: 'ERR_OSSL_INVALID_DIGEST' });
  assert.throws(() => crypto.sign(null, msg, v.ed25519.private, 5), { code: 'ERR_INVALID_ARG_TYPE' });
}

// Callbacks run the work on the thread pool.
crypto.sign(null, msg, v.ed25519.private, common.mustCall((err, sig) => {
  assert.ifError(err);
  assert.strictEqual(sig.toString('hex'), v.ed25519.sig);
  crypto.verify(null, msg, v.ed25519.public, sig, common.mustCall((err, ok) => {
    assert.ifError(err);
    assert.strictEqual(ok, true);
  }));
}));
crypto.sign('sha256', msg, v.rsa.private, common.mustCall((err, sig) => {
  assert.ifError(err);
  assert.strictEqual(sig.toString('hex'), v.rsa.sigSha256);
}));
