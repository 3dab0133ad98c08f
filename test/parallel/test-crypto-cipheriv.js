'use strict';
// createCipheriv/createDecipheriv: NIST SP 800-38A (AES ECB/CBC/CTR/OFB/CFB), the GCM spec's
// test case 4, RFC 8439 (ChaCha20-Poly1305), RFC 3610 packet 1 (CCM) and a 3DES vector;
// round trips with padding, every encoding, streaming use, getCipherInfo, and Node's errors
// for bad keys, IVs, tags and states.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const { Transform, pipeline, Readable, Writable } = require('stream');

const hex = (s) => Buffer.from(s, 'hex');
const encrypt = (name, key, iv, data, options, padding = true) => {
  const c = crypto.createCipheriv(name, key, iv, options);
  c.setAutoPadding(padding);
  return Buffer.concat([c.update(data), c.final()]);
};
const decrypt = (name, key, iv, data, options, padding = true) => {
  const d = crypto.createDecipheriv(name, key, iv, options);
  d.setAutoPadding(padding);
  return Buffer.concat([d.update(data), d.final()]);
};

// NIST SP 800-38A, appendix F (four blocks, no padding).
const key128 = hex('2b7e151628aed2a6abf7158809cf4f3c');
const iv = hex('000102030405060708090a0b0c0d0e0f');
const plain = hex('6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51' +
  '30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710');
const sp800 = [
  ['aes-128-ecb', key128, null, '3ad77bb40d7a3660a89ecaf32466ef97f5d3d58503b9699de785895a96fdbaaf' +
    '43b1cd7f598ece23881b00e3ed0306887b0c785e27e8ad3f8223207104725dd4'],
  ['aes-128-cbc', key128, iv, '7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2' +
    '73bed6b8e3c1743b7116e69e222295163ff1caa1681fac09120eca307586e1a7'],
  ['aes-128-ctr', key128, hex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff'),
    '874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff' +
    '5ae4df3edbd5d35e5b4f09020db03eab1e031dda2fbe03d1792170a0f3009cee'],
  ['aes-128-ofb', key128, iv, '3b3fd92eb72dad20333449f8e83cfb4a7789508d16918f03f53c52dac54ed825' +
    '9740051e9c5fecf64344f7a82260edcc304c6528f659c77866a510d9c1d6ae5e'],
  ['aes-128-cfb', key128, iv, '3b3fd92eb72dad20333449f8e83cfb4ac8a64537a0b3a93fcde3cdad9f1ce58b' +
    '26751f67a3cbb140b1808cf187a4f4dfc04b05357c5d1c0eeac4c66f9ff7f2e6'],
  ['aes-128-cfb8', key128, iv, '3b79424c9c0dd436bace9e0ed4586a4f32b9ded50ae3ba69d472e88267fb5052' +
    '70cbad1e257691f7c47c5038297edda32ff26d0ed19174096161ecc14086dd62'],
  ['aes-192-ecb', hex('8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b'), null,
    'bd334f1d6e45f25ff712a214571fa5cc974104846d0ad3ad7734ecb3ecee4eef' +
    'ef7afd2270e2e60adce0ba2face6444e9a4b41ba738d6c72fb16691603c18e0e'],
  ['aes-256-cbc', hex('603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4'), iv,
    'f58c4c04d6e5f1ba779eabfb5f7bfbd69cfc4e967edb808d679f777bc6702c7d' +
    '39f23369a9d9bacfa530e26304231461b2eb05e2c39be9fcda6c19078c6a9d1b'],
];
for (const [name, key, nonce, expected] of sp800) {
  assert.strictEqual(encrypt(name, key, nonce, plain, undefined, false).toString('hex'), expected,
    name);
  assert.deepStrictEqual(decrypt(name, key, nonce, hex(expected), undefined, false), plain, name);
  assert(crypto.getCiphers().includes(name), name);
  // With padding (the default), the block modes add a block; the stream modes add nothing.
  const padded = encrypt(name, key, nonce, plain);
  assert.deepStrictEqual(decrypt(name, key, nonce, padded), plain);
}

// Padding: 'hello' in AES-128-CBC is one padded block.
{
  const c = crypto.createCipheriv('aes-128-cbc', key128, iv);
  const out = c.update('hello', 'utf8', 'base64') + c.final('base64');
  assert.strictEqual(out, '2GZuqKrWXMCDVLS8Q9T/Vg==');
  const d = crypto.createDecipheriv('aes-128-cbc', key128, iv);
  assert.strictEqual(d.update(out, 'base64', 'utf8') + d.final('utf8'), 'hello');
  // Without padding, a partial block is an error.
  const n = crypto.createCipheriv('aes-128-cbc', key128, iv).setAutoPadding(false);
  n.update(Buffer.alloc(15));
  assert.throws(() => n.final(), { code: 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH',
    message: /wrong final block length/ });
  // A wrong key gives a bad decrypt.
  const w = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16), iv);
  w.update(hex(out.length ? Buffer.from(out, 'base64').toString('hex') : ''));
  assert.throws(() => w.final(), { code: 'ERR_OSSL_BAD_DECRYPT', reason: 'bad decrypt',
    library: 'Provider routines', message: /^error:[0-9A-F]{8}:Provider routines::bad decrypt$/ });
}

// 3DES-CBC.
assert.strictEqual(encrypt('des-ede3-cbc', hex('0123456789abcdeffedcba987654321089abcdef01234567'),
  hex('1234567890abcdef'), 'Now is the time for all ').toString('hex'),
'204011f986e35647199e47af391620c5bb9a5bcfc86db0bb374648322553e9ca');

// GCM: test case 4 of "The Galois/Counter Mode of Operation".
{
  const key = hex('feffe9928665731c6d6a8f9467308308');
  const nonce = hex('cafebabefacedbaddecaf888');
  const aad = hex('feedfacedeadbeeffeedfacedeadbeefabaddad2');
  const pt = hex('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72' +
    '1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39');
  const ct = '42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e' +
    '21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091';
  const tag = '5bc94fbc3221a5db94fae95ae7121a47';
  const c = crypto.createCipheriv('aes-128-gcm', key, nonce);
  assert.strictEqual(c.setAAD(aad), c);
  assert.strictEqual(c.update(pt, undefined, 'hex') + c.final('hex'), ct);
  assert.strictEqual(c.getAuthTag().toString('hex'), tag);

  const d = crypto.createDecipheriv('aes-128-gcm', key, nonce);
  d.setAAD(aad);
  assert.strictEqual(d.setAuthTag(hex(tag)), d);
  assert.deepStrictEqual(Buffer.concat([d.update(hex(ct)), d.final()]), pt);

  // A truncated tag with authTagLength.
  const c8 = crypto.createCipheriv('aes-128-gcm', key, nonce, { authTagLength: 8 });
  c8.setAAD(aad);
  c8.update(pt);
  c8.final();
  assert.strictEqual(c8.getAuthTag().toString('hex'), tag.slice(0, 16));

  // Tampering: data, AAD or tag.
  const bad = (mutate) => {
    const x = crypto.createDecipheriv('aes-128-gcm', key, nonce);
    const parts = { aad: Buffer.from(aad), ct: hex(ct), tag: hex(tag) };
    mutate(parts);
    x.setAAD(parts.aad);
    x.setAuthTag(parts.tag);
    x.update(parts.ct);
    assert.throws(() => x.final(), {
      message: 'Unsupported state or unable to authenticate data',
    });
  };
  bad((p) => { p.ct[0] ^= 1; });
  bad((p) => { p.aad[0] ^= 1; });
  bad((p) => { p.tag[15] ^= 1; });
  // No tag at all.
  const none = crypto.createDecipheriv('aes-128-gcm', key, nonce);
  none.update(hex(ct));
  assert.throws(() => none.final(), { message: 'Unsupported state or unable to authenticate data' });

  // Round trip with AES-256-GCM and a 1 MiB message in pieces.
  const k = crypto.randomBytes(32);
  const n = crypto.randomBytes(12);
  const big = crypto.randomBytes(1 << 20);
  const e = crypto.createCipheriv('aes-256-gcm', k, n);
  const parts = [];
  for (let i = 0; i < big.length; i += 100000) parts.push(e.update(big.subarray(i, i + 100000)));
  parts.push(e.final());
  const dd = crypto.createDecipheriv('aes-256-gcm', k, n);
  dd.setAuthTag(e.getAuthTag());
  assert.deepStrictEqual(Buffer.concat([dd.update(Buffer.concat(parts)), dd.final()]), big);

  // Tag errors and states.
  assert.throws(() => crypto.createCipheriv('aes-128-gcm', key, nonce, { authTagLength: 3 }),
    { code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'Invalid authentication tag length: 3' });
  assert.throws(() => crypto.createDecipheriv('aes-128-gcm', key, nonce).setAuthTag(hex('0102')),
    { code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'Invalid authentication tag length: 2' });
  assert.throws(() => crypto.createDecipheriv('aes-128-gcm', key, nonce, { authTagLength: 8 })
    .setAuthTag(Buffer.alloc(16)), { code: 'ERR_CRYPTO_INVALID_AUTH_TAG' });
  const twice = crypto.createDecipheriv('aes-128-gcm', key, nonce);
  twice.setAuthTag(Buffer.alloc(16));
  assert.throws(() => twice.setAuthTag(Buffer.alloc(16)), { code: 'ERR_CRYPTO_INVALID_STATE',
    message: 'Invalid state for operation setAuthTag' });
  assert.throws(() => crypto.createCipheriv('aes-128-gcm', key, nonce).getAuthTag(),
    { code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation getAuthTag' });
  const late = crypto.createCipheriv('aes-128-gcm', key, nonce);
  late.update('a');
  assert.throws(() => late.setAAD(Buffer.alloc(1)), { code: 'ERR_CRYPTO_INVALID_STATE',
    message: 'Invalid state for operation setAAD' });
  assert.strictEqual(typeof crypto.createCipheriv('aes-128-gcm', key, nonce).setAuthTag,
    'undefined');
  assert.strictEqual(typeof crypto.createDecipheriv('aes-128-gcm', key, nonce).getAuthTag,
    'undefined');
  // IVs of any non-zero length.
  const odd = crypto.randomBytes(7);
  const x = crypto.createCipheriv('aes-128-gcm', key, odd);
  const out = Buffer.concat([x.update('hi'), x.final()]);
  const y = crypto.createDecipheriv('aes-128-gcm', key, odd);
  y.setAuthTag(x.getAuthTag());
  assert.strictEqual(y.update(out, undefined, 'utf8') + y.final('utf8'), 'hi');
}

// ChaCha20-Poly1305: RFC 8439 section 2.8.2.
{
  const key = hex('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f');
  const nonce = hex('070000004041424344454647');
  const aad = hex('50515253c0c1c2c3c4c5c6c7');
  const text = "Ladies and Gentlemen of the class of '99: If I could offer you only one tip " +
    'for the future, sunscreen would be it.';
  const ct = 'd31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d63dbea45e8ca96712' +
    '82fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b3692ddbd7f2d778b8c9803aee328091b58fab324' +
    'e4fad675945585808b4831d7bc3ff4def08e4b7a9de576d26586cec64b6116';
  const c = crypto.createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
  c.setAAD(aad);
  assert.strictEqual(c.update(text, 'utf8', 'hex') + c.final('hex'), ct);
  assert.strictEqual(c.getAuthTag().toString('hex'), '1ae10b594f09e26a7e902ecbd0600691');
  const d = crypto.createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
  d.setAAD(aad);
  d.setAuthTag(hex('1ae10b594f09e26a7e902ecbd0600691'));
  assert.strictEqual(d.update(ct, 'hex', 'utf8') + d.final('utf8'), text);
  const x = crypto.createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
  x.setAuthTag(Buffer.alloc(16));
  x.update(ct, 'hex');
  assert.throws(() => x.final(), { message: 'Unsupported state or unable to authenticate data' });
}

// CCM: RFC 3610 packet vector #1 (8-byte tag, 13-byte nonce).
{
  const key = hex('c0c1c2c3c4c5c6c7c8c9cacbcccdcecf');
  const nonce = hex('00000003020100a0a1a2a3a4a5');
  const aad = hex('0001020304050607');
  const pt = hex('08090a0b0c0d0e0f101112131415161718191a1b1c1d1e');
  const c = crypto.createCipheriv('aes-128-ccm', key, nonce, { authTagLength: 8 });
  c.setAAD(aad, { plaintextLength: pt.length });
  assert.strictEqual(Buffer.concat([c.update(pt), c.final()]).toString('hex'),
    '588c979a61c663d2f066d0c2c0f989806d5f6b61dac384');
  assert.strictEqual(c.getAuthTag().toString('hex'), '17e8d12cfdf926e0');
  const d = crypto.createDecipheriv('aes-128-ccm', key, nonce, { authTagLength: 8 });
  d.setAuthTag(hex('17e8d12cfdf926e0'));
  d.setAAD(aad, { plaintextLength: pt.length });
  assert.deepStrictEqual(d.update(hex('588c979a61c663d2f066d0c2c0f989806d5f6b61dac384')), pt);
  d.final();
  // A wrong tag fails in final().
  const w = crypto.createDecipheriv('aes-128-ccm', key, nonce, { authTagLength: 8 });
  w.setAuthTag(hex('17e8d12cfdf926e1'));
  w.setAAD(aad, { plaintextLength: pt.length });
  w.update(hex('588c979a61c663d2f066d0c2c0f989806d5f6b61dac384'));
  assert.throws(() => w.final(), { message: 'Unsupported state or unable to authenticate data' });
  // Without AAD, update() declares the length itself.
  const k = crypto.createCipheriv('aes-256-ccm', Buffer.alloc(32, 1), Buffer.alloc(12, 2),
    { authTagLength: 16 });
  const out = Buffer.concat([k.update('no aad here'), k.final()]);
  const kd = crypto.createDecipheriv('aes-256-ccm', Buffer.alloc(32, 1), Buffer.alloc(12, 2),
    { authTagLength: 16 });
  kd.setAuthTag(k.getAuthTag());
  assert.strictEqual(kd.update(out, undefined, 'utf8'), 'no aad here');
  kd.final();

  assert.throws(() => crypto.createCipheriv('aes-128-ccm', key, nonce), {
    code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'authTagLength required for aes-128-ccm' });
  assert.throws(() => crypto.createCipheriv('aes-128-ccm', key, nonce, { authTagLength: 5 }),
    { code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'Invalid authentication tag length: 5' });
  assert.throws(() => crypto.createCipheriv('aes-128-ccm', key, nonce, { authTagLength: 8 })
    .setAAD(aad), { code: 'ERR_MISSING_ARGS',
    message: 'options.plaintextLength required for CCM mode with AAD' });
  assert.throws(() => crypto.createCipheriv('aes-128-ccm', key, Buffer.alloc(6),
    { authTagLength: 8 }), { code: 'ERR_CRYPTO_INVALID_IV' });
}

// Every output encoding decodes back; multi-byte characters split across updates survive.
{
  const key = crypto.randomBytes(16);
  const text = 'héllo wörld € 😀 '.repeat(20);
  for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary']) {
    const c = crypto.createCipheriv('aes-128-ctr', key, iv);
    let out = '';
    const input = Buffer.from(text);
    for (let i = 0; i < input.length; i += 7) out += c.update(input.subarray(i, i + 7), undefined, enc);
    out += c.final(enc);
    const d = crypto.createDecipheriv('aes-128-ctr', key, iv);
    let back = '';
    const bytes = Buffer.from(out, enc);
    for (let i = 0; i < bytes.length; i += 5) back += d.update(bytes.subarray(i, i + 5), undefined, 'utf8');
    back += d.final('utf8');
    assert.strictEqual(back, text, enc);
  }
  // Input as a string in another encoding, keys and IVs as strings.
  const c = crypto.createCipheriv('aes-128-cbc', 'k'.repeat(16), 'i'.repeat(16));
  assert.strictEqual(c.final('base64'), 'ao+R5ILkfYmyFxaN84Elog==');
  assert.throws(() => crypto.createCipheriv('aes-128-cbc', key, iv).update('a', 'utf8', 'bogus'),
    { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: bogus' });
}

// Streams.
{
  const key = crypto.randomBytes(32);
  const nonce = crypto.randomBytes(16);
  const cipher = crypto.createCipheriv('aes-256-cbc', key, nonce);
  assert(cipher instanceof Transform);
  assert(cipher instanceof crypto.Cipheriv);
  const chunks = [];
  const input = Buffer.alloc(100000, 'x');
  pipeline(Readable.from([input.subarray(0, 33333), input.subarray(33333)]), cipher,
    crypto.createDecipheriv('aes-256-cbc', key, nonce),
    new Writable({
      write(chunk, enc, cb) {
        chunks.push(chunk);
        cb();
      },
    }),
    common.mustSucceed(() => assert.deepStrictEqual(Buffer.concat(chunks), input)));
  // A stream whose final() fails reports the error.
  const d = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16), iv);
  d.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH');
  }));
  d.end(Buffer.alloc(5));
}

// Bad keys, IVs, names, states and data.
{
  assert.throws(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(5), iv), {
    code: 'ERR_CRYPTO_INVALID_KEYLEN', name: 'RangeError', message: 'Invalid key length' });
  assert.throws(() => crypto.createDecipheriv('aes-256-gcm', Buffer.alloc(16), Buffer.alloc(12)),
    { code: 'ERR_CRYPTO_INVALID_KEYLEN' });
  assert.throws(() => crypto.createCipheriv('aes-128-cbc', key128, Buffer.alloc(5)), {
    code: 'ERR_CRYPTO_INVALID_IV', name: 'TypeError', message: 'Invalid initialization vector' });
  assert.throws(() => crypto.createCipheriv('aes-128-cbc', key128, null),
    { code: 'ERR_CRYPTO_INVALID_IV' });
  assert.throws(() => crypto.createCipheriv('aes-128-gcm', key128, Buffer.alloc(0)),
    { code: 'ERR_CRYPTO_INVALID_IV' });
  assert.throws(() => crypto.createCipheriv('aes-128-ecb', key128, Buffer.alloc(16)),
    { code: 'ERR_CRYPTO_INVALID_IV' });
  assert.throws(() => crypto.createCipheriv('nope', key128, iv), {
    code: 'ERR_CRYPTO_UNKNOWN_CIPHER', message: 'Unknown cipher' });
  assert.throws(() => crypto.createCipheriv(5, key128, iv), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "cipher" argument must be of type string. Received type number (5)' });
  assert.throws(() => crypto.createCipheriv('aes-128-cbc', 5, iv), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey\./ });
  assert.throws(() => crypto.createCipheriv('aes-128-cbc', key128, 5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "iv" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView\./ });
  assert.throws(() => crypto.createCipheriv('aes-128-gcm', key128, iv, { authTagLength: 'x' }),
    { code: 'ERR_INVALID_ARG_VALUE' });
  const c = crypto.createCipheriv('aes-128-cbc', key128, iv);
  assert.throws(() => c.update(5), { code: 'ERR_INVALID_ARG_TYPE' });
  c.final();
  assert.throws(() => c.final(), { code: 'ERR_CRYPTO_INVALID_STATE' });
  assert.throws(() => c.update('x'), { message: 'Trying to add data in unsupported state' });
  assert.throws(() => c.setAutoPadding(), { code: 'ERR_CRYPTO_INVALID_STATE',
    message: 'Invalid state for operation setAutoPadding' });
  assert.throws(() => crypto.createCipheriv('aes-128-cbc', key128, iv).setAAD(Buffer.alloc(1)),
    { code: 'ERR_CRYPTO_INVALID_STATE' });
  // A secret KeyObject works as a key.
  const ko = crypto.createSecretKey(key128);
  assert.strictEqual(encrypt('aes-128-ecb', ko, null, plain, undefined, false).toString('hex'),
    sp800[0][3]);
}

// getCipherInfo.
assert.deepStrictEqual(crypto.getCipherInfo('aes-256-gcm'), {
  mode: 'gcm', name: 'id-aes256-gcm', nid: 901, blockSize: 1, ivLength: 12, keyLength: 32 });
assert.deepStrictEqual(crypto.getCipherInfo('AES-128-CBC'), {
  mode: 'cbc', name: 'aes-128-cbc', nid: 419, blockSize: 16, ivLength: 16, keyLength: 16 });
assert.deepStrictEqual(crypto.getCipherInfo(419), crypto.getCipherInfo('aes-128-cbc'));
assert.deepStrictEqual(crypto.getCipherInfo('aes-128-ecb'), {
  mode: 'ecb', name: 'aes-128-ecb', nid: 418, blockSize: 16, keyLength: 16 });
assert.deepStrictEqual(crypto.getCipherInfo('chacha20-poly1305'), {
  mode: 'stream', name: 'chacha20-poly1305', nid: 1018, ivLength: 12, keyLength: 32 });
assert.deepStrictEqual(crypto.getCipherInfo('aes-128-gcm', { ivLength: 5 }).ivLength, 5);
assert.strictEqual(crypto.getCipherInfo('aes-128-cbc', { keyLength: 5 }), undefined);
assert.strictEqual(crypto.getCipherInfo('aes-128-cbc', { ivLength: 5 }), undefined);
assert.strictEqual(crypto.getCipherInfo('nope'), undefined);
assert.throws(() => crypto.getCipherInfo({}), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "nameOrNid" argument must be one of type string or number. ' +
    'Received an instance of Object' });
assert.throws(() => crypto.getCipherInfo(5.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.getCipherInfo('aes-128-cbc', { keyLength: 'x' }),
  { code: 'ERR_INVALID_ARG_TYPE' });
for (const name of ['aes-128-gcm', 'aes-256-ccm', 'chacha20-poly1305', 'des-ede3-cbc']) {
  assert(crypto.getCiphers().includes(name), name);
}
assert.strictEqual(crypto.getCiphers().every((name) => name === name.toLowerCase() ||
  name.startsWith('id-')), true);
