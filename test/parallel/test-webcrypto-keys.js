'use strict';
// crypto.subtle key handling: generateKey for every algorithm with round trips (sign/verify,
// encrypt/decrypt, derive), JWK shapes as Node exports them, the CryptoKey class,
// KeyObject.from / toCryptoKey, getPublicKey, and WebCrypto's errors.
const common = require('../common');
const assert = require('assert');
const { KeyObject, createSecretKey } = require('crypto');

process.removeAllListeners('warning');
const { subtle } = globalThis.crypto;
const data = Buffer.from('some data');
const e65537 = new Uint8Array([1, 0, 1]);

(async () => {
  // CryptoKey.
  assert.strictEqual(typeof CryptoKey, 'function');
  assert.throws(() => new CryptoKey(), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR',
    message: 'Illegal constructor' });
  assert.deepStrictEqual(Object.keys(CryptoKey.prototype),
    ['type', 'extractable', 'algorithm', 'usages']);

  // Secret keys.
  for (const [name, length] of [['AES-GCM', 128], ['aes-cbc', 192], ['AES-CTR', 256], ['AES-KW', 256]]) {
    const usages = name === 'AES-KW' ? ['unwrapKey', 'wrapKey'] : ['decrypt', 'encrypt'];
    const k = await subtle.generateKey({ name, length }, true, usages);
    assert(k instanceof CryptoKey);
    assert.strictEqual(Object.prototype.toString.call(k), '[object CryptoKey]');
    assert.strictEqual(k.type, 'secret');
    assert.deepStrictEqual(k.algorithm, { name: name.toUpperCase(), length });
    assert.deepStrictEqual(k.usages, usages.slice().reverse());
    const jwk = await subtle.exportKey('jwk', k);
    assert.deepStrictEqual(Object.keys(jwk), ['key_ops', 'ext', 'alg', 'kty', 'k']);
    assert.strictEqual(jwk.alg, `A${length}${name.slice(4).toUpperCase()}`);
    assert.strictEqual(Buffer.from(jwk.k, 'base64url').length, length / 8);
    const back = await subtle.importKey('jwk', jwk, name, true, usages);
    assert.deepStrictEqual(await subtle.exportKey('raw', back), await subtle.exportKey('raw', k));
  }
  const hk = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-512' }, true, ['verify', 'sign']);
  assert.deepStrictEqual(hk.algorithm, { name: 'HMAC', length: 1024, hash: { name: 'SHA-512' } });
  assert.deepStrictEqual(hk.usages, ['sign', 'verify']);
  const hjwk = await subtle.exportKey('jwk', hk);
  assert.strictEqual(hjwk.alg, 'HS512');
  assert.strictEqual(await subtle.verify('HMAC', hk, await subtle.sign('HMAC', hk, data), data),
    true);

  // Key pairs: signatures.
  const rsa = { modulusLength: 1024, publicExponent: e65537 };
  const signers = [
    [{ name: 'RSASSA-PKCS1-v1_5', ...rsa, hash: 'SHA-256' }, { name: 'RSASSA-PKCS1-v1_5' }, 'RS256'],
    [{ name: 'RSA-PSS', ...rsa, hash: { name: 'SHA-512' } }, { name: 'RSA-PSS', saltLength: 0 }, 'PS512'],
    [{ name: 'ECDSA', namedCurve: 'P-256' }, { name: 'ECDSA', hash: 'SHA-384' }, undefined],
    [{ name: 'Ed25519' }, 'Ed25519', 'Ed25519'],
    [{ name: 'Ed448' }, { name: 'Ed448' }, 'Ed448'],
  ];
  for (const [gen, params, alg] of signers) {
    const { publicKey, privateKey } = await subtle.generateKey(gen, false, ['sign', 'verify']);
    assert.strictEqual(publicKey.extractable, true);
    assert.strictEqual(privateKey.extractable, false);
    assert.deepStrictEqual(publicKey.usages, ['verify']);
    assert.deepStrictEqual(privateKey.usages, ['sign']);
    const sig = await subtle.sign(params, privateKey, data);
    assert.strictEqual(await subtle.verify(params, publicKey, sig, data), true);
    assert.strictEqual(await subtle.verify(params, publicKey, sig, Buffer.from('other')), false);
    const jwk = await subtle.exportKey('jwk', publicKey);
    assert.deepStrictEqual(jwk.key_ops, ['verify']);
    assert.strictEqual(jwk.ext, true);
    assert.strictEqual(jwk.alg, alg);
    await assert.rejects(subtle.exportKey('pkcs8', privateKey),
      { name: 'InvalidAccessError', message: 'key is not extractable' });
    await assert.rejects(subtle.sign(params, publicKey, data),
      { name: 'InvalidAccessError', message: 'Unable to use this key to sign' });
    if (gen.name === 'ECDSA') {
      assert.strictEqual(sig.byteLength, 64); // IEEE P1363 r || s
      assert.deepStrictEqual(Object.keys(jwk), ['key_ops', 'ext', 'kty', 'x', 'y', 'crv']);
    }
    if (gen.name.startsWith('RSA')) {
      assert.deepStrictEqual(publicKey.algorithm.publicExponent, e65537);
      assert.strictEqual(publicKey.algorithm.modulusLength, 1024);
    }
    const pub2 = await subtle.getPublicKey(privateKey, ['verify']);
    assert.deepStrictEqual(await subtle.exportKey('spki', pub2),
      await subtle.exportKey('spki', publicKey));
  }

  // RSA-OAEP with a label, and wrapKey/unwrapKey through it.
  const oaep = await subtle.generateKey({ name: 'RSA-OAEP', ...rsa, hash: 'SHA-256' }, true,
    ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']);
  assert.deepStrictEqual(oaep.publicKey.usages, ['encrypt', 'wrapKey']);
  assert.deepStrictEqual(oaep.privateKey.usages, ['decrypt', 'unwrapKey']);
  const label = Buffer.from('L');
  const ct = await subtle.encrypt({ name: 'RSA-OAEP', label }, oaep.publicKey, data);
  assert.deepStrictEqual(Buffer.from(await subtle.decrypt({ name: 'RSA-OAEP', label },
    oaep.privateKey, ct)), data);
  const small = await subtle.generateKey({ name: 'AES-CTR', length: 128 }, true, ['encrypt']);
  const wrappedRaw = await subtle.wrapKey('raw', small, oaep.publicKey, { name: 'RSA-OAEP' });
  const small2 = await subtle.unwrapKey('raw', wrappedRaw, oaep.privateKey, 'RSA-OAEP',
    'AES-CTR', true, ['encrypt']);
  assert.deepStrictEqual(await subtle.exportKey('raw', small2), await subtle.exportKey('raw', small));
  assert.strictEqual((await subtle.exportKey('jwk', oaep.publicKey)).alg, 'RSA-OAEP-256');

  // ECDH / X25519 / X448 agreement and deriveKey.
  for (const gen of [{ name: 'ECDH', namedCurve: 'P-521' }, { name: 'X25519' }, { name: 'X448' }]) {
    const a = await subtle.generateKey(gen, true, ['deriveKey', 'deriveBits']);
    const b = await subtle.generateKey(gen, true, ['deriveBits']);
    assert.deepStrictEqual(a.publicKey.usages, []);
    assert.deepStrictEqual(a.privateKey.usages, ['deriveKey', 'deriveBits']);
    const ab = await subtle.deriveBits({ name: gen.name, public: b.publicKey }, a.privateKey);
    const ba = await subtle.deriveBits({ name: gen.name, public: a.publicKey }, b.privateKey, null);
    assert.deepStrictEqual(ab, ba);
    const aes = await subtle.deriveKey({ name: gen.name, public: b.publicKey }, a.privateKey,
      { name: 'AES-GCM', length: 256 }, true, ['encrypt']);
    assert.deepStrictEqual(Buffer.from(await subtle.exportKey('raw', aes)),
      Buffer.from(ab).subarray(0, 32));
    await assert.rejects(subtle.deriveBits({ name: gen.name, public: a.privateKey }, b.privateKey),
      { name: 'InvalidAccessError' });
  }

  // KeyObject interop.
  const ko = KeyObject.from(hk);
  assert.strictEqual(ko.type, 'secret');
  assert.strictEqual(ko.symmetricKeySize, 128);
  assert.throws(() => KeyObject.from({}), { code: 'ERR_INVALID_ARG_TYPE' });
  const ck = createSecretKey(Buffer.alloc(32, 1)).toCryptoKey('AES-GCM', false, ['encrypt']);
  assert(ck instanceof CryptoKey);
  assert.deepStrictEqual(ck.algorithm, { name: 'AES-GCM', length: 256 });
  assert.strictEqual(ck.extractable, false);
  assert.throws(() => createSecretKey(Buffer.alloc(32)).toCryptoKey('HKDF', true, ['deriveBits']),
    { name: 'SyntaxError', message: 'HKDF keys are not extractable' });

  // Errors.
  const aesKey = await subtle.importKey('raw', Buffer.alloc(16), 'AES-GCM', true, ['encrypt']);
  const rejects = (p, e) => assert.rejects(p, e);
  await rejects(subtle.generateKey({ name: 'AES-GCM', length: 100 }, true, ['encrypt']),
    { name: 'OperationError', message: 'AES key length must be 128, 192, or 256 bits' });
  await rejects(subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, ['sign']),
    { name: 'SyntaxError', message: 'Unsupported key usage for AES-GCM key' });
  await rejects(subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, []),
    { name: 'SyntaxError', message: 'Usages cannot be empty when creating a key.' });
  await rejects(subtle.generateKey({ name: 'FOO' }, true, ['sign']),
    { name: 'NotSupportedError', message: 'Unrecognized algorithm name' });
  await rejects(subtle.generateKey({}, true, ['sign']), { code: 'ERR_MISSING_OPTION' });
  await rejects(subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['foo']),
    { code: 'ERR_INVALID_ARG_VALUE' });
  await rejects(subtle.importKey('raw', new Uint8Array(15), 'AES-GCM', true, ['encrypt']),
    { name: 'DataError', message: 'Invalid key length' });
  await rejects(subtle.importKey('raw', 'abc', 'AES-GCM', true, ['encrypt']),
    { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
  await rejects(subtle.importKey('raw'), { name: 'TypeError', code: 'ERR_MISSING_ARGS' });
  await rejects(subtle.importKey('raw', new Uint8Array(4), { name: 'HMAC' }, true, ['sign']),
    { code: 'ERR_MISSING_OPTION' });
  await rejects(subtle.importKey('raw', new Uint8Array(4), { name: 'HMAC', hash: 'MD5' }, true,
    ['sign']), { name: 'NotSupportedError' });
  await rejects(subtle.importKey('spki', new Uint8Array(10), { name: 'ECDSA', namedCurve: 'P-256' },
    true, ['verify']), { name: 'DataError' });
  await rejects(subtle.importKey('jwk', { kty: 'oct', k: 'AAAAAAAAAAAAAAAAAAAAAA', ext: false },
    'AES-GCM', true, ['encrypt']), { name: 'DataError' });
  await rejects(subtle.exportKey('foo', aesKey), { code: 'ERR_INVALID_ARG_VALUE' });
  await rejects(subtle.exportKey('spki', aesKey), { name: 'NotSupportedError' });
  await rejects(subtle.sign('HMAC', {}, data), { code: 'ERR_INVALID_ARG_TYPE' });
  await rejects(subtle.sign('HMAC', hk, 'abc'), { code: 'ERR_INVALID_ARG_TYPE' });
  await rejects(subtle.sign('HMAC', aesKey, data),
    { name: 'InvalidAccessError', message: 'Key algorithm mismatch' });
  await rejects(subtle.encrypt({ name: 'AES-GCM' }, aesKey, data), { code: 'ERR_MISSING_OPTION' });
  await rejects(subtle.encrypt({ name: 'AES-GCM', iv: 'x' }, aesKey, data),
    { code: 'ERR_INVALID_ARG_TYPE' });
  await rejects(subtle.encrypt({ name: 'AES-GCM', iv: Buffer.alloc(12), tagLength: 100 }, aesKey,
    data), { name: 'OperationError', message: '100 is not a valid AES-GCM tag length' });
  await rejects(subtle.decrypt({ name: 'AES-GCM', iv: Buffer.alloc(12) }, aesKey, data),
    { name: 'InvalidAccessError' });
  const kdf = await subtle.importKey('raw', data, 'HKDF', false, ['deriveBits']);
  await rejects(subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: data, info: data }, kdf,
    null), { name: 'OperationError', message: 'length cannot be null' });
  await rejects(subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: data, info: data }, kdf, 7),
    { name: 'OperationError', message: 'length must be a multiple of 8' });
  await rejects(subtle.importKey('raw', data, 'PBKDF2', true, ['deriveBits']),
    { name: 'SyntaxError', message: 'PBKDF2 keys are not extractable' });
  // Methods never throw synchronously.
  const p = subtle.encrypt();
  assert(p instanceof Promise);
  await rejects(p, { code: 'ERR_MISSING_ARGS' });
})().then(common.mustCall());
