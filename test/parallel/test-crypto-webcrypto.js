'use strict';
// The global `crypto` (Web Crypto): it is require('crypto').webcrypto, getRandomValues,
// randomUUID, and subtle.digest with SHA-1/256/384/512 (FIPS 180-4 "abc" vectors), with the
// errors Node gives.
const common = require('../common');
const assert = require('assert');
const nodeCrypto = require('crypto');

assert.strictEqual(globalThis.crypto, nodeCrypto.webcrypto);
assert.strictEqual(globalThis.crypto.subtle, nodeCrypto.subtle);
assert.strictEqual(Object.prototype.toString.call(globalThis.crypto), '[object Crypto]');
assert.strictEqual(Object.prototype.toString.call(crypto.subtle), '[object SubtleCrypto]');
assert(crypto instanceof Crypto);
assert(crypto.subtle instanceof SubtleCrypto);
assert.throws(() => new Crypto(), { code: 'ERR_ILLEGAL_CONSTRUCTOR', name: 'TypeError' });
assert.throws(() => new SubtleCrypto(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
assert.strictEqual(typeof descriptor.get, 'function');
assert.strictEqual(descriptor.enumerable, true);

// getRandomValues and randomUUID.
const a = crypto.getRandomValues(new Uint8Array(32));
assert(a.some((b) => b !== 0));
assert.throws(() => crypto.getRandomValues(new Float32Array(1)), { name: 'TypeMismatchError' });
assert.throws(() => crypto.getRandomValues(new Uint8Array(65537)),
  { name: 'QuotaExceededError' });
assert.throws(() => crypto.getRandomValues.call({}, new Uint8Array(1)),
  { code: 'ERR_INVALID_THIS' });
assert.match(crypto.randomUUID(),
  /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

// subtle.digest.
const abc = new TextEncoder().encode('abc');
const expected = {
  'SHA-1': 'a9993e364706816aba3e25717850c26c9cd0d89d',
  'SHA-256': 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  'SHA-384': 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed' +
    '8086072ba1e7cc2358baeca134c825a7',
  'SHA-512': 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
    '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
};
(async () => {
  for (const [name, hex] of Object.entries(expected)) {
    for (const algorithm of [name, name.toLowerCase(), { name }]) {
      for (const data of [abc, abc.buffer, Buffer.from('abc'), new DataView(abc.buffer)]) {
        const out = await crypto.subtle.digest(algorithm, data);
        assert(out instanceof ArrayBuffer);
        assert.strictEqual(Buffer.from(out).toString('hex'), hex);
      }
    }
  }
  await assert.rejects(crypto.subtle.digest('MD5', abc), (err) => {
    assert.strictEqual(err.name, 'NotSupportedError');
    assert.strictEqual(err.message, 'Unrecognized algorithm name');
    return true;
  });
  await assert.rejects(crypto.subtle.digest('SHA-256', 'abc'), {
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  await assert.rejects(crypto.subtle.digest({}, abc), { code: 'ERR_MISSING_OPTION' });
  await assert.rejects(crypto.subtle.digest.call({}, 'SHA-256', abc),
    { code: 'ERR_INVALID_THIS' });
})().then(common.mustCall());
