'use strict';
// crypto.subtle against keys and outputs Node 24 produced
// (test/fixtures/webcrypto/gen-webcrypto-vectors.js → webcrypto-vectors.json): every key
// imports from spki, pkcs8 and JWK and exports back to the same bytes and the same JWK
// (key_ops, ext, alg included); Node's signatures verify, its RSA-OAEP ciphertexts decrypt,
// ECDH/X25519/X448 derive Node's bits, and AES-KW wraps to Node's bytes.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const fs = require('fs');

process.removeAllListeners('warning');
const { subtle } = globalThis.crypto;
const vectors = JSON.parse(fs.readFileSync(
  path.join(__dirname, '..', 'fixtures', 'webcrypto', 'webcrypto-vectors.json'), 'utf8'));
const hex = (s) => Buffer.from(s, 'hex');
const toHex = (ab) => Buffer.from(ab).toString('hex');
const message = hex(vectors.message);

function importAlg(gen) {
  const alg = { ...gen };
  delete alg.modulusLength;
  delete alg.publicExponent;
  return alg;
}

async function checkFormats(entry, alg, pubUsages, privUsages) {
  const pub = await subtle.importKey('spki', hex(entry.spki), alg, true, pubUsages);
  const priv = await subtle.importKey('pkcs8', hex(entry.pkcs8), alg, true, privUsages);
  assert.strictEqual(toHex(await subtle.exportKey('spki', pub)), entry.spki);
  assert.strictEqual(toHex(await subtle.exportKey('pkcs8', priv)), entry.pkcs8);
  assert.deepStrictEqual(await subtle.exportKey('jwk', pub), entry.publicJwk);
  assert.deepStrictEqual(await subtle.exportKey('jwk', priv), entry.privateJwk);
  const pubJ = await subtle.importKey('jwk', entry.publicJwk, alg, true, pubUsages);
  const privJ = await subtle.importKey('jwk', entry.privateJwk, alg, true, privUsages);
  assert.strictEqual(toHex(await subtle.exportKey('spki', pubJ)), entry.spki);
  assert.strictEqual(toHex(await subtle.exportKey('pkcs8', privJ)), entry.pkcs8);
  assert.strictEqual(pub.type, 'public');
  assert.strictEqual(priv.type, 'private');
  return { pub, priv, pubJ, privJ };
}

(async () => {
  for (const entry of vectors.sign) {
    const alg = importAlg(entry.generate);
    const { pub, priv, pubJ } = await checkFormats(entry, alg, ['verify'], ['sign']);
    if (entry.generate.modulusLength) {
      assert.strictEqual(pub.algorithm.modulusLength, 1024);
      assert.deepStrictEqual(pub.algorithm.publicExponent, new Uint8Array([1, 0, 1]));
    }
    const sig = hex(entry.signature);
    assert.strictEqual(await subtle.verify(entry.params, pub, sig, message), true, alg.name);
    assert.strictEqual(await subtle.verify(entry.params, pubJ, sig, message), true);
    const bad = Buffer.from(sig);
    bad[bad.length >> 1] ^= 1;
    assert.strictEqual(await subtle.verify(entry.params, pub, bad, message), false);
    // Our own signature verifies with Node's key (and with the raw public key).
    const mine = await subtle.sign(entry.params, priv, message);
    assert.strictEqual(await subtle.verify(entry.params, pub, mine, message), true);
    if (entry.raw) {
      const raw = await subtle.importKey('raw', hex(entry.raw), alg, true, ['verify']);
      assert.strictEqual(toHex(await subtle.exportKey('raw', raw)), entry.raw);
      assert.strictEqual(await subtle.verify(entry.params, raw, sig, message), true);
    }
  }

  for (const entry of vectors.oaep) {
    const alg = { name: 'RSA-OAEP', hash: entry.hash };
    const { pub, priv } = await checkFormats(entry, alg, ['encrypt'], ['decrypt']);
    const params = { name: 'RSA-OAEP', label: hex(entry.label) };
    const plain = await subtle.decrypt(params, priv, hex(entry.ciphertext));
    assert.deepStrictEqual(Buffer.from(plain), message);
    const ct = await subtle.encrypt(params, pub, message);
    assert.deepStrictEqual(Buffer.from(await subtle.decrypt(params, priv, ct)), message);
    await assert.rejects(subtle.decrypt({ name: 'RSA-OAEP' }, priv, hex(entry.ciphertext)),
      { name: 'OperationError' });
  }

  for (const entry of vectors.derive) {
    const alg = entry.generate;
    const a = await checkFormats(entry.a, alg, [], ['deriveBits']);
    const b = await checkFormats(entry.b, alg, [], ['deriveBits']);
    const ab = await subtle.deriveBits({ name: alg.name, public: b.pub }, a.priv, null);
    const ba = await subtle.deriveBits({ name: alg.name, public: a.pub }, b.priv, null);
    assert.strictEqual(toHex(ab), entry.bits);
    assert.strictEqual(toHex(ba), entry.bits);
    const short = await subtle.deriveBits({ name: alg.name, public: b.pub }, a.priv, 64);
    assert.strictEqual(toHex(short), entry.bits.slice(0, 16));
  }

  for (const entry of vectors.wrap) {
    const kek = await subtle.importKey('raw', hex(entry.kek), 'AES-KW', true,
      ['wrapKey', 'unwrapKey']);
    const key = await subtle.importKey('raw', Buffer.alloc(24, 9),
      { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
    assert.strictEqual(toHex(await subtle.wrapKey(entry.format, key, kek, 'AES-KW')),
      entry.wrapped);
    const back = await subtle.unwrapKey(entry.format, hex(entry.wrapped), kek, 'AES-KW',
      { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
    assert.deepStrictEqual(Buffer.from(await subtle.exportKey('raw', back)), Buffer.alloc(24, 9));
  }
})().then(common.mustCall());
