'use strict';
// createHash, hash.copy(), crypto.hash(): known answers for every digest Node lists in its
// docs (FIPS 180-4 / FIPS 202 "abc" and empty-message vectors, BLAKE2 and RIPEMD-160), every
// input and output encoding, XOF output lengths, streaming use, and Node's errors.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const { Transform, pipeline, Readable } = require('stream');

const fox = 'The quick brown fox jumps over the lazy dog';
// [algorithm, hex digest of 'abc', hex digest of '', base64 digest of fox]
const vectors = [
  ['md5', '900150983cd24fb0d6963f7d28e17f72',
    'd41d8cd98f00b204e9800998ecf8427e',
    'nhB9nTcrtoJr2B01QqQZ1g=='],
  ['sha1', 'a9993e364706816aba3e25717850c26c9cd0d89d',
    'da39a3ee5e6b4b0d3255bfef95601890afd80709',
    'L9ThxnotKPzthJ7hu3bnORuT6xI='],
  ['sha224', '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7',
    'd14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f',
    'cw4Qm9eooyscudmgmqIyXSQwWH3bwMOLrZEVJQ=='],
  ['sha256', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    '16j7swfXgJRpypq8sAguT41WUeRtPNt2LQLQvzfJ5ZI='],
  ['sha384', 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
    '38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b',
    'ynN/EBSkj0wLbdQ8sXewr9nlFpNnVExJQBHjMX2/mlCcseXcHoWpQbvuPX8q+8mx'],
  ['sha512', 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
    'B+VH2VhvanP3P7rAQ17XaVEhj7fQyNeIownXhUNru2Quk6JSqVTyORJUfR6KO17W4b/XCXghIz+gU489uFT+5g=='],
  ['sha512-224', '4634270f707b6a54daae7530460842e20e37ed265ceee9a43e8924aa',
    '6ed0dd02806fa89e25de060c19d3ac86cabb87d6a0ddd05c333b84f4',
    'lEzShH+1RVjUd12wSFpQADERyOXapj/nIsaqNw=='],
  ['sha512-256', '53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23',
    'c672b8d1ef56ed28ab87c3622c5114069bdd3ad7b8f9737498d0c01ecef0967a',
    '3Z1ns3FRnDOe2NvSWvkOl2oe7v1K09iJAF5TL8W+8E0='],
  ['sha3-224', 'e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf',
    '6b4e03423667dbb73b6e15454f0eb1abd4597f9a1b078e3f5b5a6bc7',
    '0V2tzqpNXXuztI9EZCHVQuCK2IhzBeKNWDNXlQ=='],
  ['sha3-256', '3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532',
    'a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a',
    'aQcN2gGXXIwSDDqtobKCOU5/Ay+pzzL0yyJZoIl9/AQ='],
  ['sha3-384', 'ec01498288516fc926459f58e2c6ad8df9b473cb0fc08c2596da7cf0e49be4b298d88cea927ac7f539f1edf228376d25',
    '0c63a75b845e4f7d01107d852e4c2485c51a50aaaa94fc61995e71bbee983a2ac3713831264adb47fb6bd1e058d5f004',
    'cGNGXgipO84xzYnS48qPYCSYaW4lNZLtJvB79+cDzzKFgeFHGnunqxGbGp69+L5B'],
  ['sha3-512', 'b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0',
    'a69f73cca23a9ac5c8b567dc185a756e97c982164fe25859e0d1dcc1475c80a615b2123af1f5f94c11e3e9402c3ac558f500199d95b6d3e301758586281dcd26',
    'Ad7dXeTvFGQkRbpfW5fBXke5rZMTJuSwcnzZTO/ET/8j8Hv1QxOZObSRKMr0Ntwb3uVPyyQCOgjZQD+bS/DUUA=='],
  ['blake2b512', 'ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923',
    '786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce',
    'qK3Uvd39k+SHfSdG5igXsRY2Sh+nvBSNlQkLxzM7NnP4JAHPeqLkyx7NkCluPxTLVBP47Xe+cwRbE5FM3NapGA=='],
  ['blake2s256', '508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982',
    '69217a3079908094e11121d042354a7c1f55b6482ca1a51e1b250dfd1ed0eef9',
    'YGvu7HQ8y+/2y8311TAqqFXCVsKbiMjtMx6hpr88iBI='],
  ['ripemd160', '8eb208f7e05d987a9b044a8e98c6b087f15a0bfc',
    '9c1185a5c5e9fc54612808977ee8f548b2258d31',
    'N/My9o23e9nX7dSWlXGtZxz53Ts='],
  ['shake128', '5881092dd818bf5cf8a3ddb793fbcba7',
    '7f9c2ba4e88f827d616045507605853e',
    '9CAuPFhS+RgqBDD9gUTwpw=='],
  ['shake256', '483366601360a8771c6863080cc4114d8db44530f8f1e1ee4f94ea37e78b5739',
    '46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762f',
    'L2cTQ9my4WBNydzwdT5f4Vx8ZKDSg8u/ci1BGg429so='],
];

for (const [algorithm, abc, empty, foxBase64] of vectors) {
  assert.strictEqual(crypto.createHash(algorithm).update('abc').digest('hex'), abc, algorithm);
  assert.strictEqual(crypto.createHash(algorithm).digest('hex'), empty, algorithm);
  assert.strictEqual(crypto.createHash(algorithm).update(fox).digest('base64'), foxBase64);
  // In pieces, as bytes, and as a Buffer result.
  const h = crypto.createHash(algorithm);
  h.update('a').update(Buffer.from('b')).update(new Uint8Array([0x63]));
  const digest = h.digest();
  assert(Buffer.isBuffer(digest));
  assert.strictEqual(digest.toString('hex'), abc);
  // The one-shot form.
  assert.strictEqual(crypto.hash(algorithm, 'abc'), abc);
  assert.strictEqual(crypto.hash(algorithm, Buffer.from('abc'), 'hex'), abc);
  assert.deepStrictEqual(crypto.hash(algorithm, 'abc', 'buffer'), Buffer.from(abc, 'hex'));
  assert(crypto.getHashes().includes(algorithm), algorithm);
}

// Names are case-insensitive and OpenSSL's aliases work.
const abc256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
assert.strictEqual(crypto.createHash('SHA256').update('abc').digest('hex'), abc256);
assert.strictEqual(crypto.createHash('RSA-SHA256').update('abc').digest('hex'), abc256);

// XOFs take an output length; other digests only their own.
assert.strictEqual(
  crypto.createHash('shake128', { outputLength: 64 }).update('abc').digest('hex'),
  '5881092dd818bf5cf8a3ddb793fbcba74097d5c526a6d35f97b83351940f2cc8' +
  '44c50af32acd3f2cdd066568706f509bc1bdde58295dae3f891a9a0fca578378');
assert.strictEqual(crypto.createHash('shake128', { outputLength: 5 }).digest('hex'), '7f9c2ba4e8');
assert.strictEqual(crypto.createHash('shake256', { outputLength: 0 }).update('abc').digest('hex'),
  '');
assert.strictEqual(crypto.createHash('shake256', { outputLength: 1000 }).digest().length, 1000);
assert.strictEqual(crypto.createHash('sha256', { outputLength: 32 }).digest('hex'),
  crypto.createHash('sha256').digest('hex'));
assert.throws(() => crypto.createHash('sha256', { outputLength: 5 }),
  { code: 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH' });
assert.throws(() => crypto.createHash('shake128', { outputLength: -1 }),
  { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.createHash('shake128', { outputLength: 'x' }),
  { code: 'ERR_INVALID_ARG_TYPE' });

// Input encodings.
const h256 = (data, enc) => crypto.createHash('sha256').update(data, enc).digest('hex');
assert.strictEqual(h256('héllo wörld €'),
  'a3260bb658a2bce4e8e8b9cd613904a51582e107bd16c453b5530bd56be4937a');
assert.strictEqual(h256('héllo', 'latin1'),
  'c63c19ed1e0ee079f22ddb0d4112cfc799132c88684eb42324c62b9899b0c6c1');
assert.strictEqual(h256('616263', 'hex'), abc256);
assert.strictEqual(h256('YWJj', 'base64'), abc256);
assert.strictEqual(h256('abc', 'utf16le'),
  '13e228567e8249fce53337f25d7970de3bd68ab2653424c7b8f9fd05e33caedf');
// A lone surrogate is hashed as U+FFFD, as Node encodes it.
assert.strictEqual(h256('\ud800'), h256('\ufffd'));
// Views of every kind, including a slice of a larger buffer and a DataView.
const big = Buffer.from('xxabcxx');
assert.strictEqual(h256(big.subarray(2, 5)), abc256);
assert.strictEqual(h256(new DataView(big.buffer, big.byteOffset + 2, 3)), abc256);
assert.strictEqual(h256(new Uint16Array(new Uint8Array([0x61, 0x62, 0x63, 0x64]).buffer)),
  h256('abcd'));
// A long input.
assert.strictEqual(crypto.createHash('sha1').update('a'.repeat(1000000)).digest('hex'),
  '34aa973cd4c4daa4f61eeb2bdbad27316534016f');

// Output encodings.
const sha1abc = Buffer.from('a9993e364706816aba3e25717850c26c9cd0d89d', 'hex');
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'ucs2', 'utf16le',
  'ascii', 'utf8']) {
  assert.strictEqual(crypto.createHash('sha1').update('abc').digest(enc), sha1abc.toString(enc),
    enc);
}
// An unknown encoding gives a Buffer.
assert.deepStrictEqual(crypto.createHash('sha1').update('abc').digest('bogus'), sha1abc);
assert.deepStrictEqual(crypto.createHash('sha1').update('abc').digest('buffer'), sha1abc);

// copy() keeps the state; the copies go their own way.
{
  const a = crypto.createHash('sha256').update('a');
  const b = a.copy();
  assert.strictEqual(a.update('bc').digest('hex'), abc256);
  assert.strictEqual(b.update('bc').digest('hex'), abc256);
  assert.throws(() => a.copy(), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
  const x = crypto.createHash('shake256').update('abc');
  assert.strictEqual(x.copy({ outputLength: 4 }).digest('hex'), '48336660');
}

// Finalized hashes refuse more work.
{
  const h = crypto.createHash('sha1');
  h.digest();
  assert.throws(() => h.digest(), { code: 'ERR_CRYPTO_HASH_FINALIZED',
    message: 'Digest already called' });
  assert.throws(() => h.update('x'), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
}

// Bad input.
assert.throws(() => crypto.createHash('nope'), (err) => {
  assert(err instanceof Error);
  assert.strictEqual(err.message, 'Digest method not supported');
  return true;
});
assert.throws(() => crypto.createHash(5), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "algorithm" argument must be of type string. Received type number (5)' });
assert.throws(() => crypto.createHash(), { code: 'ERR_INVALID_ARG_TYPE' });
for (const bad of [5, null, undefined, {}, [], true, new ArrayBuffer(2)]) {
  assert.throws(() => crypto.createHash('sha1').update(bad), { code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError' });
}
assert.throws(() => crypto.hash('nope', 'a'),
  { message: 'Digest method nope is not supported' });
assert.throws(() => crypto.hash(5, 'a'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.hash('sha1', 5), { code: 'ERR_INVALID_ARG_TYPE',
  message: /^The "input" argument must be of type string or an instance of Buffer/ });
assert.throws(() => crypto.hash('sha1', 'a', 'bogus'), { code: 'ERR_INVALID_ARG_VALUE' });

// Hash objects are Transform streams.
assert(crypto.createHash('sha1') instanceof Transform);
assert(crypto.createHash('sha1') instanceof crypto.Hash);
assert.deepStrictEqual(Object.keys(crypto.createHash('sha1')), ['_options']);
{
  const h = crypto.createHash('sha1');
  h.write('ab');
  h.end('c');
  assert.strictEqual(h.read().toString('hex'), sha1abc.toString('hex'));
}
{
  const h = crypto.createHash('sha256');
  h.setEncoding('hex');
  h.on('data', common.mustCall((d) => assert.strictEqual(d, abc256)));
  h.on('end', common.mustCall());
  h.end('abc');
}
pipeline(Readable.from([Buffer.from('a'), Buffer.from('b'), Buffer.from('c')]),
  crypto.createHash('sha256'),
  new Transform({
    transform(chunk, enc, cb) {
      assert.strictEqual(chunk.toString('hex'), abc256);
      cb();
    },
  }),
  common.mustSucceed());
