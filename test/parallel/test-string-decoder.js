'use strict';
// StringDecoder: characters split across chunks in every encoding, end(), the lastChar/
// lastNeed/lastTotal state Node exposes, and bad input.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const state = (d) => [d.lastNeed, d.lastTotal, [...d.lastChar]];

let d = new StringDecoder('utf8');
assert.strictEqual(d.encoding, 'utf8');
assert.deepStrictEqual(state(d), [0, 0, [0, 0, 0, 0]]);
assert.strictEqual(d.write(Buffer.from([0xe2])), '');
assert.deepStrictEqual(state(d), [2, 3, [0xe2, 0, 0, 0]]);
assert.strictEqual(d.write(Buffer.from([0x82])), '');
assert.deepStrictEqual(state(d), [1, 3, [0xe2, 0x82, 0, 0]]);
assert.strictEqual(d.write(Buffer.from([0xac, 0x41, 0xf0, 0x9f])), '€A');
assert.deepStrictEqual(state(d), [2, 4, [0xf0, 0x9f, 0xac, 0]]);
assert.strictEqual(d.end(Buffer.from([0x98])), '\ufffd');
assert.deepStrictEqual(state(d).slice(0, 2), [0, 0]);
assert.strictEqual(d.write(Buffer.from([0xe2, 0x41])), '\ufffdA');
assert.strictEqual(d.end(), '');
assert.strictEqual(d.write(Buffer.from([0xff, 0xc3])), '\ufffd');
assert.strictEqual(d.end(), '\ufffd');
assert.strictEqual(d.end(), '');
assert.strictEqual(d.write(Buffer.from([0xed, 0xa0])), '');
assert.strictEqual(d.end(), '\ufffd\ufffd');
assert.strictEqual(d.write(Buffer.from([0xf0])), '');
assert.strictEqual(d.write(Buffer.from([0x41])), '\ufffdA');
assert.strictEqual(d.write(Buffer.from([0xe2, 0x82, 0xe2])), '\ufffd');
assert.deepStrictEqual(state(d).slice(0, 2), [2, 3]);
assert.strictEqual(d.end(), '\ufffd');
assert.strictEqual(d.write('abc'), 'abc');
assert.strictEqual(d.end('x'), 'x');

// Every split of a long mixed text decodes to the text.
const text = 'aé€😀b'.repeat(40);
const bytes = Buffer.from(text);
for (const size of [1, 2, 3, 5, 7, 64]) {
  d = new StringDecoder('utf8');
  let out = '';
  for (let i = 0; i < bytes.length; i += size) out += d.write(bytes.subarray(i, i + size));
  assert.strictEqual(out + d.end(), text, `chunks of ${size}`);
}

d = new StringDecoder('utf16le');
assert.strictEqual(d.encoding, 'utf16le');
assert.strictEqual(d.write(Buffer.from([0x61])), '');
assert.deepStrictEqual(state(d).slice(0, 2), [1, 2]);
assert.strictEqual(d.write(Buffer.from([0x00, 0x3d, 0xd8])), 'a');
assert.deepStrictEqual(state(d), [2, 4, [0x3d, 0xd8, 0, 0]]);
assert.strictEqual(d.write(Buffer.from([0x00, 0xde])), '😀');
assert.strictEqual(d.write(Buffer.from([0x3d, 0xd8])), '');
assert.strictEqual(d.end(), '\ud83d');
assert.strictEqual(d.end(Buffer.from([0x62])), '');
const wide = Buffer.from(text, 'utf16le');
d = new StringDecoder('ucs2');
let out = '';
for (let i = 0; i < wide.length; i += 3) out += d.write(wide.subarray(i, i + 3));
assert.strictEqual(out + d.end(), text);

d = new StringDecoder('base64');
assert.strictEqual(d.write(Buffer.from('ab')), '');
assert.deepStrictEqual(state(d).slice(0, 2), [1, 3]);
assert.strictEqual(d.write(Buffer.from('cde')), 'YWJj');
assert.strictEqual(d.end(), 'ZGU=');
assert.strictEqual(d.end(Buffer.from('a')), 'YQ==');
d = new StringDecoder('base64url');
assert.strictEqual(d.write(Buffer.from([0xfb])) + d.end(Buffer.from([0xff])), '-_8');

const sample = Buffer.from([0x61, 0xe9, 0xff]);
for (const [enc, name, want] of [['hex', 'hex', '61e9ff'], ['latin1', 'latin1', 'aéÿ'],
  ['binary', 'latin1', 'aéÿ'], ['ascii', 'ascii', 'ai\x7f'], ['UTF-8', 'utf8', 'a\ufffd\ufffd'],
  [undefined, 'utf8', 'a\ufffd\ufffd'], [null, 'utf8', 'a\ufffd\ufffd'], ['', 'utf8', 'a\ufffd\ufffd']]) {
  d = new StringDecoder(enc);
  assert.strictEqual(d.encoding, name);
  assert.strictEqual(d.write(sample) + d.end(), want, String(enc));
}

d = new StringDecoder();
assert.strictEqual(d.write(new Uint8Array([0x61, 0x62])), 'ab');
assert.strictEqual(d.write(new DataView(new Uint8Array([0x63]).buffer)), 'c');
assert.strictEqual(d.text(Buffer.from('hello'), 2), 'llo');
assert.strictEqual(d.end(new Uint16Array([0x6261])), 'ab');
assert.deepStrictEqual(Object.keys(d), ['encoding']);

for (const bad of ['foo', 5, {}]) {
  assert.throws(() => new StringDecoder(bad), { code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError' });
}
assert.throws(() => new StringDecoder('foo'), { message: 'Unknown encoding: foo' });
for (const [bad, received] of [[5, 'Received type number (5)'], [null, 'Received null']]) {
  assert.throws(() => new StringDecoder().write(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "buf" argument must be an instance of Buffer, TypedArray, or DataView. ${received}`,
  });
}
