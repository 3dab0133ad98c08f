'use strict';
// base64, base64url and hex: encoding, Node's lenient decoding (whitespace, missing padding,
// either alphabet, stop at '='; hex stops at the first bad pair), byteLength.
require('../common');
const assert = require('assert');

const decode = (s, enc = 'base64') => [...Buffer.from(s, enc)];
assert.deepStrictEqual(decode('YWJj'), [97, 98, 99]);
assert.deepStrictEqual(decode('YWJ'), [97, 98]);
assert.deepStrictEqual(decode('YW'), [97]);
assert.deepStrictEqual(decode('Y'), []);
assert.deepStrictEqual(decode('YQ=='), [97]);
assert.deepStrictEqual(decode('YQ='), [97]);
assert.deepStrictEqual(decode('YQ==YWJj'), [97]);
assert.deepStrictEqual(decode('Y W\nJ j'), [97, 98, 99]);
assert.deepStrictEqual(decode('YW*Jj'), [97, 98, 99]);
assert.deepStrictEqual(decode('-_-_'), [251, 255, 191]);
assert.deepStrictEqual(decode('+/+/'), [251, 255, 191]);
assert.deepStrictEqual(decode('+/-_', 'base64url'), [251, 255, 191]);
assert.deepStrictEqual(decode('=YWJj'), []);
assert.deepStrictEqual(decode('YWJ\u00e9j'), [97, 98, 99]);
assert.deepStrictEqual(decode('Y\u0100WJj'), [97, 98, 99]);
assert.deepStrictEqual(decode(''), []);

assert.strictEqual(Buffer.byteLength('YQ==YWJj', 'base64'), 6);
assert.strictEqual(Buffer.byteLength('Y W\nJ j', 'base64'), 5);
assert.strictEqual(Buffer.byteLength('YQ=', 'base64'), 1);
assert.strictEqual(Buffer.byteLength('Y', 'base64url'), 0);

assert.strictEqual(Buffer.from('YQ', 'base64').toString('base64'), 'YQ==');
assert.strictEqual(Buffer.from([0xfb, 0xff]).toString('base64url'), '-_8');
assert.strictEqual(Buffer.from([0xfb, 0xff]).toString('base64'), '+/8=');
assert.strictEqual(Buffer.alloc(0).toString('base64'), '');

const bytes = Buffer.alloc(5000);
for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + 7) & 0xff;
for (const n of [0, 1, 2, 3, 4, 47, 48, 49, 1000, 5000]) {
  const part = bytes.subarray(0, n);
  for (const enc of ['base64', 'base64url', 'hex']) {
    const text = part.toString(enc);
    assert.deepStrictEqual(Buffer.from(text, enc), Buffer.from(part), `${enc} ${n}`);
  }
  assert.strictEqual(part.toString('base64'), btoa(part.toString('latin1')));
}
// Line breaks inside long base64 (as MIME writes it) are skipped.
const mime = bytes.toString('base64').replace(/.{76}/g, '$&\r\n');
assert.deepStrictEqual(Buffer.from(mime, 'base64'), bytes);

// hex: pairs until the first invalid one; an odd last digit is dropped.
assert.deepStrictEqual(decode('abc', 'hex'), [171]);
assert.deepStrictEqual(decode('ABCD', 'hex'), [171, 205]);
assert.deepStrictEqual(decode('ab1g23', 'hex'), [171]);
assert.deepStrictEqual(decode('g1', 'hex'), []);
assert.deepStrictEqual(decode('0x12', 'hex'), []);
assert.strictEqual(Buffer.byteLength('ab1g23', 'hex'), 3);
assert.strictEqual(Buffer.from([0, 15, 16, 255]).toString('hex'), '000f10ff');

// write() with these encodings stops at the buffer's end.
const out = Buffer.alloc(2);
assert.strictEqual(out.write('YWJj', 'base64'), 2);
assert.deepStrictEqual([...out], [97, 98]);
assert.strictEqual(out.write('ffeedd', 'hex'), 2);
assert.deepStrictEqual([...out], [0xff, 0xee]);
assert.strictEqual(out.write('zz', 'hex'), 0);
