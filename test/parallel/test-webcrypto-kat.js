'use strict';
// crypto.subtle known-answer vectors: HMAC (RFC 4231), AES-GCM (NIST GCM spec test cases
// 1-2 and 4 with additional data), AES-CBC and AES-CTR (NIST SP 800-38A), AES-KW (RFC 3394),
// Ed25519 (RFC 8032 test 1), X25519 (RFC 7748 6.1), PBKDF2 (RFC 6070), HKDF (RFC 5869 case 1).
const common = require('../common');
const assert = require('assert');
const nodeCrypto = require('crypto');

const { subtle } = globalThis.crypto;
const hex = (s) => Buffer.from(s, 'hex');
const toHex = (ab) => Buffer.from(ab).toString('hex');
const b64u = (s) => hex(s).toString('base64url');

(async () => {
  // RFC 4231 test cases 1 and 2 (HMAC-SHA-256).
  const k1 = await subtle.importKey('raw', Buffer.alloc(20, 0x0b), { name: 'hmac', hash: 'sha-256' },
    false, ['sign', 'verify']);
  assert.deepStrictEqual(k1.algorithm, { name: 'HMAC', length: 160, hash: { name: 'SHA-256' } });
  const mac1 = await subtle.sign('HMAC', k1, Buffer.from('Hi There'));
  assert.strictEqual(toHex(mac1),
    'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7');
  assert.strictEqual(await subtle.verify('HMAC', k1, mac1, Buffer.from('Hi There')), true);
  assert.strictEqual(await subtle.verify('HMAC', k1, mac1, Buffer.from('Hi there')), false);
  assert.strictEqual(await subtle.verify('HMAC', k1, mac1.slice(1), Buffer.from('Hi There')), false);
  const k2 = await subtle.importKey('jwk', { kty: 'oct', k: Buffer.from('Jefe').toString('base64url'),
    alg: 'HS256' }, { name: 'HMAC', hash: { name: 'SHA-256' } }, true, ['sign']);
  assert.strictEqual(toHex(await subtle.sign({ name: 'HMAC' }, k2,
    Buffer.from('what do ya want for nothing?'))),
  '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');

  // AES-GCM (McGrew & Viega test cases 1, 2 and 4).
  const zeroKey = await subtle.importKey('raw', Buffer.alloc(16), 'AES-GCM', false,
    ['encrypt', 'decrypt']);
  const iv0 = Buffer.alloc(12);
  assert.strictEqual(toHex(await subtle.encrypt({ name: 'AES-GCM', iv: iv0 }, zeroKey,
    new Uint8Array(0))), '58e2fccefa7e3061367f1d57a4e7455a');
  assert.strictEqual(toHex(await subtle.encrypt({ name: 'AES-GCM', iv: iv0 }, zeroKey,
    Buffer.alloc(16))), '0388dace60b6a392f328c2b971b2fe78ab6e47d42cec13bdf53a67b21257bddf');
  const gk = await subtle.importKey('raw', hex('feffe9928665731c6d6a8f9467308308'), 'AES-GCM',
    true, ['encrypt', 'decrypt']);
  const pt4 = hex('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72' +
    '1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39');
  const gcm4 = { name: 'AES-GCM', iv: hex('cafebabefacedbaddecaf888'),
    additionalData: hex('feedfacedeadbeeffeedfacedeadbeefabaddad2') };
  const ct4 = await subtle.encrypt(gcm4, gk, pt4);
  assert.strictEqual(toHex(ct4),
    '42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e' +
    '21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091' +
    '5bc94fbc3221a5db94fae95ae7121a47');
  assert.deepStrictEqual(Buffer.from(await subtle.decrypt(gcm4, gk, ct4)), pt4);
  const ct4t = await subtle.encrypt({ ...gcm4, tagLength: 96 }, gk, pt4);
  assert.strictEqual(toHex(ct4t), toHex(ct4).slice(0, -8));
  assert.deepStrictEqual(Buffer.from(await subtle.decrypt({ ...gcm4, tagLength: 96 }, gk, ct4t)),
    pt4);
  await assert.rejects(subtle.decrypt({ ...gcm4, additionalData: Buffer.alloc(1) }, gk, ct4),
    { name: 'OperationError' });

  // AES-CBC and AES-CTR (SP 800-38A F.2.1 and F.5.1, first block).
  const nistKey = hex('2b7e151628aed2a6abf7158809cf4f3c');
  const block = hex('6bc1bee22e409f96e93d7e117393172a');
  const cbcKey = await subtle.importKey('raw', nistKey, 'AES-CBC', true, ['encrypt', 'decrypt']);
  const cbc = { name: 'AES-CBC', iv: hex('000102030405060708090a0b0c0d0e0f') };
  const cbcOut = await subtle.encrypt(cbc, cbcKey, block);
  assert.strictEqual(cbcOut.byteLength, 32); // PKCS#7 padding adds a block
  assert.strictEqual(toHex(cbcOut).slice(0, 32), '7649abac8119b246cee98e9b12e9197d');
  assert.deepStrictEqual(Buffer.from(await subtle.decrypt(cbc, cbcKey, cbcOut)), block);
  const ctrKey = await subtle.importKey('raw', nistKey, 'AES-CTR', true, ['encrypt', 'decrypt']);
  const ctr = { name: 'AES-CTR', counter: hex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff'), length: 128 };
  assert.strictEqual(toHex(await subtle.encrypt(ctr, ctrKey, block)),
    '874d6191b620e3261bef6864990db6ce');
  // A counter of `length` bits wraps to zero without touching the bits above it.
  const counter = hex('000102030405060708090a0b0c0d0eff');
  const data = Buffer.alloc(40, 0x61);
  const wrapped = Buffer.from(await subtle.encrypt({ name: 'AES-CTR', counter, length: 8 },
    ctrKey, data));
  const c1 = nodeCrypto.createCipheriv('aes-128-ctr', nistKey, counter).update(data.subarray(0, 16));
  const c2 = nodeCrypto.createCipheriv('aes-128-ctr', nistKey,
    hex('000102030405060708090a0b0c0d0e00')).update(data.subarray(16));
  assert.deepStrictEqual(wrapped, Buffer.concat([c1, c2]));
  assert.deepStrictEqual(Buffer.from(await subtle.decrypt({ name: 'AES-CTR', counter, length: 8 },
    ctrKey, wrapped)), data);
  await assert.rejects(subtle.encrypt({ name: 'AES-CTR', counter, length: 1 }, ctrKey, data),
    { name: 'OperationError' });

  // AES-KW (RFC 3394 4.1).
  const kek = await subtle.importKey('raw', hex('000102030405060708090a0b0c0d0e0f'), 'AES-KW',
    false, ['wrapKey', 'unwrapKey']);
  const toWrap = await subtle.importKey('raw', hex('00112233445566778899aabbccddeeff'),
    'AES-GCM', true, ['encrypt']);
  const kw = await subtle.wrapKey('raw', toWrap, kek, 'AES-KW');
  assert.strictEqual(toHex(kw), '1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5');
  const unwrapped = await subtle.unwrapKey('raw', kw, kek, { name: 'AES-KW' }, 'AES-GCM', true,
    ['encrypt']);
  assert.strictEqual(toHex(await subtle.exportKey('raw', unwrapped)),
    '00112233445566778899aabbccddeeff');
  const tampered = Buffer.from(kw);
  tampered[0] ^= 1;
  await assert.rejects(subtle.unwrapKey('raw', tampered, kek, 'AES-KW', 'AES-GCM', true,
    ['encrypt']), { name: 'OperationError' });

  // Ed25519 (RFC 8032 7.1 test 1).
  const edJwk = { kty: 'OKP', crv: 'Ed25519',
    d: b64u('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'),
    x: b64u('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a') };
  const edPriv = await subtle.importKey('jwk', edJwk, 'Ed25519', true, ['sign']);
  const edPub = await subtle.importKey('raw', hex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'),
    { name: 'ed25519' }, true, ['verify']);
  const edSig = await subtle.sign('Ed25519', edPriv, new Uint8Array(0));
  assert.strictEqual(toHex(edSig),
    'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b');
  assert.strictEqual(await subtle.verify('Ed25519', edPub, edSig, new Uint8Array(0)), true);
  assert.strictEqual(await subtle.verify('Ed25519', edPub, edSig, new Uint8Array(1)), false);

  // X25519 (RFC 7748 6.1).
  const alice = await subtle.importKey('jwk', { kty: 'OKP', crv: 'X25519',
    d: b64u('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a'),
    x: b64u('8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a') },
  'X25519', false, ['deriveBits', 'deriveKey']);
  const bobPub = await subtle.importKey('raw',
    hex('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f'), 'X25519', true, []);
  const shared = '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742';
  assert.strictEqual(toHex(await subtle.deriveBits({ name: 'X25519', public: bobPub }, alice, 256)),
    shared);
  const derived = await subtle.deriveKey({ name: 'X25519', public: bobPub }, alice,
    { name: 'HMAC', hash: 'SHA-256', length: 256 }, true, ['sign']);
  assert.strictEqual(toHex(await subtle.exportKey('raw', derived)), shared);

  // PBKDF2-HMAC-SHA1 (RFC 6070).
  const pw = await subtle.importKey('raw', Buffer.from('password'), 'PBKDF2', false,
    ['deriveBits', 'deriveKey']);
  const pbkdf2 = (iterations) => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-1',
    salt: Buffer.from('salt'), iterations }, pw, 160).then(toHex);
  assert.strictEqual(await pbkdf2(1), '0c60c80f961f0e71f3a9b524af6012062fe037a6');
  assert.strictEqual(await pbkdf2(2), 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957');
  assert.strictEqual(await pbkdf2(4096), '4b007901b765489abead49d926f721d065a429c1');
  const aesFromPw = await subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-1',
    salt: Buffer.from('salt'), iterations: 1 }, pw, { name: 'AES-CBC', length: 128 }, true,
  ['encrypt']);
  assert.strictEqual(toHex(await subtle.exportKey('raw', aesFromPw)),
    '0c60c80f961f0e71f3a9b524af601206');

  // HKDF-SHA-256 (RFC 5869 A.1).
  const ikm = await subtle.importKey('raw', Buffer.alloc(22, 0x0b), 'HKDF', false, ['deriveBits']);
  assert.strictEqual(toHex(await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256',
    salt: hex('000102030405060708090a0b0c'), info: hex('f0f1f2f3f4f5f6f7f8f9') }, ikm, 42 * 8)),
  '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865');
})().then(common.mustCall());
