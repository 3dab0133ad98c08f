'use strict';
// createHash keeps a short first update pending until digest() (one native call for
// create/update/digest): the results must not depend on that. The caller may reuse its
// buffer after update(), updates may be of any kind and number, and copy(), stream use,
// interleaved hashes and XOFs see the same bytes as an eager hash would.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const sha256 = (...parts) => {
  const h = crypto.createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex');
};
const known = (data) => crypto.hash('sha256', data);

// The empty message (FIPS 180-2) and "abc".
assert.strictEqual(crypto.createHash('sha256').digest('hex'),
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
assert.strictEqual(crypto.createHash('sha256').update('abc').digest('hex'),
  'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');

// The caller reuses its buffer: after update() it no longer matters what the buffer holds.
const buf = Buffer.from('first chunk of data');
const h1 = crypto.createHash('sha256').update(buf);
buf.fill(0);
assert.strictEqual(h1.digest('hex'), known('first chunk of data'));

// The read-into-one-buffer loop: two updates from the same memory.
const chunk = Buffer.alloc(8);
const h2 = crypto.createHash('sha256');
chunk.write('aaaaaaaa');
h2.update(chunk);
chunk.write('bbbbbbbb');
h2.update(chunk);
assert.strictEqual(h2.digest('hex'), known('aaaaaaaabbbbbbbb'));

// Every kind of input, first and later.
const bytes = Buffer.from('0123456789abcdef');
const views = [
  bytes, new Uint8Array(bytes), new DataView(bytes.buffer, bytes.byteOffset, bytes.length),
  new Float64Array(new Uint8Array(bytes).buffer), new Uint16Array(new Uint8Array(bytes).buffer),
];
for (const v of views) {
  assert.strictEqual(sha256(v), known(bytes));
  assert.strictEqual(sha256('x', v), known(Buffer.concat([Buffer.from('x'), bytes])));
}
assert.strictEqual(crypto.createHash('sha256').update('616263', 'hex').digest('hex'), known('abc'));
assert.strictEqual(crypto.createHash('sha256').update('YWJj', 'base64').digest('hex'), known('abc'));
assert.strictEqual(sha256('h\u00e9llo \u{1f600}'), known(Buffer.from('h\u00e9llo \u{1f600}')));

// A first update too long to keep pending, then short ones, and the other way round.
const big = crypto.randomBytes(100000);
assert.strictEqual(sha256(big, 'tail'), known(Buffer.concat([big, Buffer.from('tail')])));
assert.strictEqual(sha256('head', big), known(Buffer.concat([Buffer.from('head'), big])));

// Many hashes pending at once (more than one shared slab's worth), digested later.
const inputs = [];
const pending = [];
for (let i = 0; i < 200; i++) {
  const data = crypto.randomBytes(1000 + i);
  inputs.push(Buffer.from(data));
  pending.push(crypto.createHash('sha256').update(data));
  data.fill(i);
}
for (let i = 0; i < 200; i++) assert.strictEqual(pending[i].digest('hex'), known(inputs[i]));

// copy() of a pending hash, and updating both afterwards.
const original = crypto.createHash('sha256').update('abc');
const copy = original.copy();
original.update('def');
assert.strictEqual(copy.digest('hex'), known('abc'));
assert.strictEqual(original.digest('hex'), known('abcdef'));

// Stream use after a pending update.
const streamed = crypto.createHash('sha256').update('ab');
streamed.end('cd');
assert.strictEqual(streamed.read().toString('hex'), known('abcd'));

// Output forms of a pending digest.
const raw = crypto.createHash('sha1').update('abc').digest();
assert(Buffer.isBuffer(raw));
assert.strictEqual(raw.toString('hex'), 'a9993e364706816aba3e25717850c26c9cd0d89d');
assert.strictEqual(crypto.createHash('sha1').update('abc').digest('base64'),
  'qZk+NkcGgWq6PiVxeFDCbJzQ2J0=');
assert.strictEqual(crypto.createHash('sha512').update('abc').digest().length, 64);
// An XOF: default length lazily, outputLength eagerly.
assert.strictEqual(crypto.createHash('shake256').update('').digest('hex'),
  '46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762f');
assert.strictEqual(crypto.createHash('shake256', { outputLength: 8 }).update('').digest('hex'),
  '46b9dd2b0ba88d13');

// Finalized and bad input, as Node reports them.
const done = crypto.createHash('sha256').update('x');
done.digest();
assert.throws(() => done.digest(), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
assert.throws(() => done.update('y'), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
assert.throws(() => done.copy(), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
assert.throws(() => crypto.createHash('sha256').update(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createHash('nope'), { message: 'Digest method not supported' });
assert.throws(() => crypto.createHash('sha256', { outputLength: 5 }),
  { code: 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH' });
