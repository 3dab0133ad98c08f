'use strict';
// Web Crypto errors worded as Node's: missing arguments (Web IDL's "Failed to execute"),
// JWK key data that is not a dictionary or lacks a member, and empty usages on import
// (which name the key type) versus generation.
const common = require('../common');
const assert = require('assert');
const { subtle } = globalThis.crypto;

const missing = (method, iface, required, present) => ({
  name: 'TypeError',
  code: 'ERR_MISSING_ARGS',
  message: `Failed to execute '${method}' on '${iface}': ${required} argument` +
    `${required === 1 ? '' : 's'} required, but only ${present} present.`,
});
assert.throws(() => globalThis.crypto.getRandomValues(), missing('getRandomValues', 'Crypto', 1, 0));

const dataError = (message) => ({ name: 'DataError', message });
const hmac = { name: 'HMAC', hash: 'SHA-256' };
const p256 = { name: 'ECDSA', namedCurve: 'P-256' };

(async () => {
  await assert.rejects(subtle.digest(), missing('digest', 'SubtleCrypto', 2, 0));
  await assert.rejects(subtle.digest('SHA-256'), missing('digest', 'SubtleCrypto', 2, 1));
  await assert.rejects(subtle.importKey('raw', new Uint8Array(16), 'AES-GCM'),
    missing('importKey', 'SubtleCrypto', 5, 3));

  // JWK key data: primitives cannot become a dictionary; null and undefined become an empty
  // one, which lacks "kty".
  for (const value of ['str', 5, true, Symbol('s')]) {
    await assert.rejects(subtle.importKey('jwk', value, 'AES-GCM', true, ['encrypt']), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: "Failed to execute 'importKey' on 'SubtleCrypto': 2nd argument cannot be " +
        'converted to a dictionary',
    });
  }
  for (const value of [null, undefined, () => {}, {}]) {
    await assert.rejects(subtle.importKey('jwk', value, 'AES-GCM', true, ['encrypt']),
      dataError('Invalid keyData'));
  }
  await assert.rejects(subtle.importKey('jwk', { kty: 'nope' }, hmac, true, ['sign']),
    dataError('Invalid JWK "kty" Parameter'));
  await assert.rejects(subtle.importKey('jwk', { kty: 'oct' }, hmac, true, ['sign']),
    dataError('Invalid keyData'));
  await assert.rejects(subtle.importKey('jwk', { kty: 'oct' }, 'AES-GCM', true, ['encrypt']),
    dataError('Invalid keyData'));
  // A member that is not a string is converted to one.
  await assert.rejects(subtle.importKey('jwk', { kty: 'oct', k: 5 }, 'AES-GCM', true,
    ['encrypt']), dataError('Invalid key length'));
  await assert.rejects(subtle.importKey('jwk', { kty: 'oct', k: 5 }, hmac, true, ['sign']),
    dataError('Zero-length key is not supported'));
  await assert.rejects(subtle.importKey('jwk', { kty: 'EC', x: 'AA', y: 'AA' }, p256, true,
    ['verify']), dataError('Invalid keyData'));
  await assert.rejects(subtle.importKey('jwk', { kty: 'EC', crv: 5, x: 'AA', y: 'AA' }, p256,
    true, ['verify']), dataError('JWK "crv" does not match the requested algorithm'));
  await assert.rejects(subtle.importKey('jwk', { kty: 'OKP', x: 'AA' }, { name: 'Ed25519' },
    true, ['verify']), dataError('Invalid keyData'));

  // Empty usages.
  const emptyUsages = (message) => ({ name: 'SyntaxError', message });
  for (const alg of ['AES-GCM', hmac, 'PBKDF2', 'HKDF']) {
    await assert.rejects(subtle.importKey('raw', new Uint8Array(16), alg, false, []),
      emptyUsages('Usages cannot be empty when importing a secret key.'));
  }
  await assert.rejects(subtle.importKey('jwk', { kty: 'oct', k: 'AAAAAAAAAAAAAAAAAAAAAA' },
    'AES-GCM', true, []), emptyUsages('Usages cannot be empty when importing a secret key.'));
  const pair = await subtle.generateKey(p256, true, ['sign', 'verify']);
  const pkcs8 = await subtle.exportKey('pkcs8', pair.privateKey);
  const jwk = await subtle.exportKey('jwk', pair.privateKey);
  const spki = await subtle.exportKey('spki', pair.publicKey);
  await assert.rejects(subtle.importKey('pkcs8', pkcs8, p256, true, []),
    emptyUsages('Usages cannot be empty when importing a private key.'));
  await assert.rejects(subtle.importKey('jwk', jwk, p256, true, []),
    emptyUsages('Usages cannot be empty when importing a private key.'));
  const publicKey = await subtle.importKey('spki', spki, p256, true, []);
  assert.deepStrictEqual(publicKey.usages, []);
  const base = await subtle.importKey('raw', new Uint8Array(16), 'PBKDF2', false, ['deriveKey']);
  await assert.rejects(subtle.deriveKey({ name: 'PBKDF2', salt: new Uint8Array(8),
    iterations: 1, hash: 'SHA-256' }, base, { name: 'AES-GCM', length: 128 }, true, []),
  emptyUsages('Usages cannot be empty when importing a secret key.'));
  for (const alg of [{ name: 'AES-GCM', length: 128 }, hmac, p256, { name: 'X25519' }]) {
    await assert.rejects(subtle.generateKey(alg, true, []),
      emptyUsages('Usages cannot be empty when creating a key.'));
  }
})().then(common.mustCall());
