'use strict';
// Buffer.alloc/allocUnsafe/allocUnsafeSlow/from/of/copyBytesFrom/concat/byteLength/isBuffer/
// isEncoding, pooling, and their bad input.
require('../common');
const assert = require('assert');
const { Buffer, kMaxLength, SlowBuffer } = require('buffer');

assert.strictEqual(globalThis.Buffer, Buffer);
assert.strictEqual(Object.getPrototypeOf(Buffer), Uint8Array);
assert.strictEqual(Object.getPrototypeOf(Buffer.prototype), Uint8Array.prototype);
// Node 24 pools 64 KiB at a time.
assert.strictEqual(Buffer.poolSize, 65536);

// alloc: zero-filled, or filled with a number, string (in an encoding) or bytes.
assert.deepStrictEqual([...Buffer.alloc(3)], [0, 0, 0]);
assert.deepStrictEqual([...Buffer.alloc(5, 'ab')], [97, 98, 97, 98, 97]);
assert.deepStrictEqual([...Buffer.alloc(4, 257)], [1, 1, 1, 1]);
assert.deepStrictEqual([...Buffer.alloc(4, 'YWI=', 'base64')], [97, 98, 97, 98]);
assert.deepStrictEqual([...Buffer.alloc(3, Buffer.from([7, 8]))], [7, 8, 7]);
assert.deepStrictEqual([...Buffer.alloc(3, '')], [0, 0, 0]);
assert.deepStrictEqual([...Buffer.alloc(4, 'é')], [0xc3, 0xa9, 0xc3, 0xa9]);
assert.strictEqual(Buffer.alloc(0).length, 0);
assert(Buffer.alloc(2) instanceof Buffer);

// allocUnsafe: small sizes come from the shared pool, large ones do not.
const small = Buffer.allocUnsafe(10);
assert.strictEqual(small.length, 10);
assert.strictEqual(small.buffer.byteLength, Buffer.poolSize);
assert.strictEqual(Buffer.allocUnsafe(40000).buffer.byteLength, 40000);
assert.strictEqual(Buffer.allocUnsafeSlow(10).buffer.byteLength, 10);
assert.strictEqual(Buffer.allocUnsafe(0).length, 0);
// Pooled buffers start 8-byte aligned.
assert.strictEqual(Buffer.allocUnsafe(3).byteOffset % 8, 0);
assert.strictEqual(Buffer.allocUnsafe(3).byteOffset % 8, 0);

for (const fn of [Buffer.alloc, Buffer.allocUnsafe, Buffer.allocUnsafeSlow, SlowBuffer]) {
  assert.throws(() => fn(-1), {
    code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
    message: `The value of "size" is out of range. It must be >= 0 && <= ${kMaxLength}. Received -1`,
  });
  assert.throws(() => fn('5'), {
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: 'The "size" argument must be of type number. Received type string (\'5\')',
  });
  assert.throws(() => fn(NaN), { code: 'ERR_OUT_OF_RANGE' });
}
assert.throws(() => Buffer.alloc(5, 'ab', 'foo'), {
  code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: 'Unknown encoding: foo',
});
assert.throws(() => Buffer.alloc(5, 'zz', 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError',
  message: "The argument 'value' is invalid. Received 'zz'",
});
assert.throws(() => Buffer.alloc(2, new Uint8Array(0)), { code: 'ERR_INVALID_ARG_VALUE' });

// from: strings, arrays, array-likes, buffers, ArrayBuffers, valueOf and toPrimitive.
assert.deepStrictEqual([...Buffer.from('abc')], [97, 98, 99]);
assert.deepStrictEqual([...Buffer.from('abc', 'UTF8')], [97, 98, 99]);
assert.deepStrictEqual([...Buffer.from('abc', '')], [97, 98, 99]);
assert.deepStrictEqual([...Buffer.from('abc', null)], [97, 98, 99]);
assert.deepStrictEqual([...Buffer.from([1, 256, -1, 1.7, '3'])], [1, 0, 255, 1, 3]);
assert.deepStrictEqual([...Buffer.from(new Uint16Array([1, 256, 65535]))], [1, 0, 255]);
assert.deepStrictEqual([...Buffer.from({ length: 3, 0: 5, 1: 6 })], [5, 6, 0]);
assert.deepStrictEqual([...Buffer.from({ length: 'x' })], []);
assert.deepStrictEqual([...Buffer.from({ type: 'Buffer', data: [1, 2] })], [1, 2]);
assert.deepStrictEqual([...Buffer.from(new String('hi'))], [104, 105]);
assert.deepStrictEqual([...Buffer.from({ [Symbol.toPrimitive]() { return 'xy'; } })], [120, 121]);
assert.deepStrictEqual([...Buffer.from({ valueOf() { return [9]; } })], [9]);
const copied = Buffer.from('abc');
const copy = Buffer.from(copied);
copy[0] = 0;
assert.strictEqual(copied[0], 97);

const ab = new ArrayBuffer(8);
const view = Buffer.from(ab, 2, 3);
view[0] = 9;
assert.strictEqual(new Uint8Array(ab)[2], 9);
assert.strictEqual(view.length, 3);
assert.strictEqual(view.parent, ab);
assert.strictEqual(view.offset, 2);
assert.strictEqual(Buffer.from(ab).length, 8);
assert.strictEqual(Buffer.from(ab, 8).length, 0);
assert.strictEqual(Buffer.from(ab, NaN, 2).byteOffset, 0);
assert.strictEqual(Buffer.from(ab, 1, -5).length, 0);
assert.throws(() => Buffer.from(ab, 9), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS', name: 'RangeError', message: '"offset" is outside of buffer bounds',
});
assert.throws(() => Buffer.from(ab, 1, 8), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"length" is outside of buffer bounds',
});
assert.throws(() => Buffer.from(ab, -1), RangeError);
if (typeof SharedArrayBuffer === 'function') {
  const sab = new SharedArrayBuffer(4);
  Buffer.from(sab)[1] = 7;
  assert.strictEqual(new Uint8Array(sab)[1], 7);
}

const firstArg = 'The first argument must be of type string or an instance of Buffer, ' +
  'ArrayBuffer, or Array or an Array-like Object.';
for (const [value, received] of [[undefined, 'Received undefined'], [null, 'Received null'],
  [5, 'Received type number (5)'], [{}, 'Received an instance of Object'],
  [Symbol('s'), 'Received type symbol (Symbol(s))'], [true, 'Received type boolean (true)']]) {
  assert.throws(() => Buffer.from(value), {
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError', message: `${firstArg} ${received}`,
  });
}
assert.throws(() => Buffer.from('a', 'foo'), { code: 'ERR_UNKNOWN_ENCODING' });

// of, copyBytesFrom.
assert.deepStrictEqual([...Buffer.of(1, 2, 300)], [1, 2, 44]);
assert.strictEqual(Buffer.of().length, 0);
assert.deepStrictEqual([...Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1)], [2, 0]);
assert.deepStrictEqual([...Buffer.copyBytesFrom(new Uint8Array([1, 2, 3]), 1)], [2, 3]);
assert.strictEqual(Buffer.copyBytesFrom(new Uint8Array([1, 2]), 5).length, 0);
assert.strictEqual(Buffer.copyBytesFrom(new Float64Array(0)).length, 0);
assert.throws(() => Buffer.copyBytesFrom(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "view" argument must be an instance of TypedArray. Received type number (5)',
});
assert.throws(() => Buffer.copyBytesFrom(new Uint8Array(2), -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 9007199254740991. ' +
    'Received -1',
});
assert.throws(() => Buffer.copyBytesFrom(new Uint8Array(2), 0, 1.5), { code: 'ERR_OUT_OF_RANGE' });

// concat.
assert.deepStrictEqual([...Buffer.concat([Buffer.from('ab'), new Uint8Array([99])])], [97, 98, 99]);
assert.deepStrictEqual([...Buffer.concat([Buffer.from('ab')], 4)], [97, 98, 0, 0]);
assert.deepStrictEqual([...Buffer.concat([Buffer.from('abcd')], 2)], [97, 98]);
assert.strictEqual(Buffer.concat([]).length, 0);
const big = Buffer.concat([Buffer.alloc(10000, 1), Buffer.alloc(10000, 2)]);
assert.strictEqual(big.length, 20000);
assert.strictEqual(big[9999], 1);
assert.strictEqual(big[10000], 2);
assert.throws(() => Buffer.concat('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "list" argument must be an instance of Array. Received type string (\'x\')',
});
assert.throws(() => Buffer.concat([Buffer.alloc(1), 1]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "list[1]" argument must be an instance of Buffer or Uint8Array. ' +
    'Received type number (1)',
});
assert.throws(() => Buffer.concat([Buffer.alloc(1)], -1), { code: 'ERR_OUT_OF_RANGE' });

// byteLength, isBuffer, isEncoding.
assert.strictEqual(Buffer.byteLength('aé€😀'), 10);
assert.strictEqual(Buffer.byteLength('\ud800'), 3);
assert.strictEqual(Buffer.byteLength('é'.repeat(1000)), 2000);
assert.strictEqual(Buffer.byteLength('abc', 'latin1'), 3);
assert.strictEqual(Buffer.byteLength('abc', 'ucs2'), 6);
assert.strictEqual(Buffer.byteLength('abcd', 'hex'), 2);
assert.strictEqual(Buffer.byteLength('aGVsbG8=', 'base64'), 5);
assert.strictEqual(Buffer.byteLength('YWJj====', 'base64'), 4);
assert.strictEqual(Buffer.byteLength('abc', 'nonsense'), 3);
assert.strictEqual(Buffer.byteLength(new ArrayBuffer(7)), 7);
assert.strictEqual(Buffer.byteLength(new Uint16Array(3)), 6);
assert.strictEqual(Buffer.byteLength(new DataView(new ArrayBuffer(5))), 5);
assert.throws(() => Buffer.byteLength(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "string" argument must be of type string or an instance of Buffer or ' +
    'ArrayBuffer. Received type number (5)',
});

assert.strictEqual(Buffer.isBuffer(Buffer.alloc(1)), true);
assert.strictEqual(Buffer.isBuffer(new Uint8Array(1)), false);
assert.strictEqual(Buffer.isBuffer(null), false);
for (const enc of ['utf8', 'UTF-8', 'utf-8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'latin1',
  'binary', 'ascii', 'base64', 'base64url', 'hex', 'HEX']) {
  assert.strictEqual(Buffer.isEncoding(enc), true, enc);
}
for (const enc of ['', 'utf16', 'foo', 5, null, undefined, {}]) {
  assert.strictEqual(Buffer.isEncoding(enc), false, String(enc));
}

// The deprecated constructor still works, with and without new.
assert.deepStrictEqual([...Buffer('ab')], [97, 98]);
assert.deepStrictEqual([...new Buffer(2)], [0, 0]);
assert.throws(() => Buffer(1, 'utf8'), { code: 'ERR_INVALID_ARG_TYPE' });
