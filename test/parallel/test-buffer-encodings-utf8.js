'use strict';
// UTF-8 both ways: WHATWG replacement of invalid input, lone surrogates, writes that never
// split a character, and inputs long enough to take the native path.
require('../common');
const assert = require('assert');

const codes = (s) => [...s].map((c) => c.codePointAt(0));

assert.deepStrictEqual([...Buffer.from('aé€😀')],
  [0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
// A lone surrogate is encoded as U+FFFD.
assert.strictEqual(Buffer.from('\ud800x\udc00\ud83d\ude00').toString('hex'),
  'efbfbd78efbfbdf09f9880');
assert.strictEqual(Buffer.from('x\ud83d').toString('hex'), '78efbfbd');

// Each maximal invalid subpart decodes to one U+FFFD.
const invalid = [0xff, 0xfe, 0x80, 0x41, 0xe2, 0x82, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0x80,
  0xc0, 0xaf, 0xf4, 0x90, 0x80, 0x80, 0xe0, 0x80, 0xf0, 0x90, 0x80];
// ff | fe | 80 | A | e2 82 | 😀 | ed | a0 | 80 | c0 | af | f4 | 90 | 80 | 80 | e0 | 80 | f0 90 80
const expected = [0xfffd, 0xfffd, 0xfffd, 0x41, 0xfffd, 0x1f600, ...new Array(12).fill(0xfffd)];
assert.deepStrictEqual(codes(Buffer.from(invalid).toString()), expected);
// The same bytes in a long buffer (decoded natively) give the same result.
const longInvalid = Buffer.from([...Buffer.from('x'.repeat(100)), ...invalid]);
assert.deepStrictEqual(codes(longInvalid.toString()).slice(100), expected);
assert.strictEqual(Buffer.from(new Array(60).fill(0xe2)).toString(), '\ufffd'.repeat(60));
assert.strictEqual(Buffer.from([0xe2, 0x82]).toString(), '\ufffd');
assert.strictEqual(Buffer.from([0xf0, 0x9f, 0x98]).toString(), '\ufffd');

// Round trips, short and long, ASCII and not.
for (const s of ['', 'a', 'hello', 'é'.repeat(100), '€😀'.repeat(1000), 'x'.repeat(100000),
  'mixed ascii and é€😀 '.repeat(500)]) {
  const b = Buffer.from(s);
  assert.strictEqual(b.length, Buffer.byteLength(s));
  assert.strictEqual(b.toString(), s);
  assert.strictEqual(b.toString('utf-8'), s);
}

// toString(encoding, start, end) clamps and truncates its range.
const hello = Buffer.from('hello');
assert.strictEqual(hello.toString('utf8', 1, 3), 'el');
assert.strictEqual(hello.toString(undefined, -1, 100), 'hello');
assert.strictEqual(hello.toString('utf8', 3, 1), '');
assert.strictEqual(hello.toString('utf8', 1.7, 3.2), 'el');
assert.strictEqual(hello.toString('utf8', 10), '');
assert.strictEqual(hello.toString('utf8', NaN, NaN), '');
assert.strictEqual(hello.toLocaleString(), 'hello');
assert.throws(() => hello.toString('foo'), {
  code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: 'Unknown encoding: foo',
});

// write() never writes part of a character.
const b = Buffer.alloc(5);
assert.strictEqual(b.write('aé€'), 3);
assert.deepStrictEqual([...b], [0x61, 0xc3, 0xa9, 0, 0]);
assert.strictEqual(b.write('€€', 1), 3);
assert.strictEqual(b.write('😀', 2), 0);
assert.strictEqual(b.write('abcdef', 3, 'ucs2'), 2);
assert.strictEqual(b.write('xyz', 1, 1), 1);
assert.strictEqual(b.write('xyz', 'latin1'), 3);
assert.strictEqual(b.write('q', 4, 'utf8'), 1);
assert.deepStrictEqual([...b], [0x78, 0x79, 0x7a, 0x61, 0x71]);
const longWrite = Buffer.alloc(100);
assert.strictEqual(longWrite.write('€'.repeat(50)), 99);
assert.strictEqual(longWrite.toString('utf8', 0, 99), '€'.repeat(33));

assert.throws(() => b.write(1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => b.write('a', 9), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 5. Received 9',
});
assert.throws(() => b.write('a', 0, 9), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be >= 0 && <= 5. Received 9',
});
assert.throws(() => b.write('a', 0, 'foo'), { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(() => b.write('a', 'utf8', 1), { code: 'ERR_INVALID_ARG_TYPE' });

// Latin-1, ASCII and UTF-16LE.
assert.deepStrictEqual([...Buffer.from('é€a', 'latin1')], [0xe9, 0xac, 0x61]);
assert.deepStrictEqual([...Buffer.from('é€a', 'ascii')], [0xe9, 0xac, 0x61]);
assert.deepStrictEqual([...Buffer.from('é€a', 'ucs2')], [0xe9, 0, 0xac, 0x20, 0x61, 0]);
assert.strictEqual(Buffer.from([0xe9, 0x41, 0x80, 0xff]).toString('ascii'), 'iA\u0000\u007f');
assert.strictEqual(Buffer.from([0xe9, 0x41]).toString('latin1'), 'éA');
assert.strictEqual(Buffer.from([0xe9, 0x41]).toString('binary'), 'éA');
assert.strictEqual(Buffer.from([0x61, 0, 0x62]).toString('utf16le'), 'a');
assert.strictEqual(Buffer.from([0x3d, 0xd8, 0, 0xde]).toString('ucs-2'), '😀');
const latin = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)).join('').repeat(3);
assert.strictEqual(Buffer.from(latin, 'latin1').toString('latin1'), latin);
const wide = 'ĀЖ€😀'.repeat(100);
assert.strictEqual(Buffer.from(wide, 'utf16le').toString('utf16le'), wide);

// The per-encoding methods Node exposes.
assert.strictEqual(hello.utf8Slice(1, 3), 'el');
assert.strictEqual(hello.latin1Slice(), 'hello');
assert.strictEqual(hello.hexSlice(0, 2), '6865');
assert.strictEqual(Buffer.alloc(3).utf8Write('abcd', 1), 2);
