'use strict';
// crypto's exports behave as data properties of a plain object: the parts Lode loads on
// first use (keys, signatures, key agreement, certificates) can be read, replaced and
// enumerated like the rest, in Node's order.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const keys = Object.keys(crypto);
for (const name of ['createSign', 'generateKeyPairSync', 'KeyObject', 'X509Certificate',
  'createECDH', 'diffieHellman', 'createHash', 'randomBytes', 'webcrypto', 'subtle']) {
  assert(keys.includes(name), name);
}
assert(keys.indexOf('createHash') < keys.indexOf('createPrivateKey'));
assert(keys.indexOf('createPrivateKey') < keys.indexOf('createPublicKey'));

assert.strictEqual(typeof crypto.createSign, 'function');
const read = Object.getOwnPropertyDescriptor(crypto, 'createSign');
assert.strictEqual(read.writable, true);
assert.strictEqual(read.enumerable, true);
assert.strictEqual(crypto.createSign, read.value);

// Assigning before the first read replaces the export.
const replacement = () => 'patched';
crypto.createVerify = replacement;
assert.strictEqual(crypto.createVerify, replacement);
assert.strictEqual(Object.getOwnPropertyDescriptor(crypto, 'createVerify').value, replacement);

// Copies see the real functions.
const copy = { ...crypto };
assert.strictEqual(typeof copy.generateKeyPairSync, 'function');
const { privateKey, publicKey } = copy.generateKeyPairSync('ed25519');
const signature = crypto.sign(null, Buffer.from('data'), privateKey);
assert.strictEqual(crypto.verify(null, Buffer.from('data'), publicKey, signature), true);
assert(publicKey instanceof crypto.KeyObject);
