'use strict';
// equals, compare (with ranges), Buffer.compare, copy, fill, swap16/32/64, and bad input.
require('../common');
const assert = require('assert');

const a = Buffer.from('abc');
assert.strictEqual(Buffer.compare(Buffer.from('a'), Buffer.from('b')), -1);
assert.strictEqual(Buffer.compare(Buffer.from('b'), Buffer.from('a')), 1);
assert.strictEqual(Buffer.compare(a, Buffer.from('abc')), 0);
assert.strictEqual(Buffer.compare(Buffer.from('ab'), a), -1);
assert.strictEqual(Buffer.compare(new Uint8Array([1]), new Uint8Array([1])), 0);
assert.strictEqual(a.compare(Buffer.from('xbc'), 1, 3, 1, 3), 0);
assert.strictEqual(a.compare(Buffer.from('abd')), -1);
assert.strictEqual(a.compare(a, 0, 1, 2, 1), -1);
assert.strictEqual(a.compare(a, 1, 1, 2, 3), 1);
assert.strictEqual(a.compare(a, 1, 1, 2, 2), 0);
assert.strictEqual(a.equals(Buffer.from('abc')), true);
assert.strictEqual(a.equals(Buffer.from('abd')), false);
assert.strictEqual(a.equals(new Uint8Array([97, 98, 99])), true);
assert.strictEqual(Buffer.alloc(0).equals(Buffer.alloc(0)), true);
const sorted = [Buffer.from('b'), Buffer.from('a'), Buffer.from('ab')].sort(Buffer.compare);
assert.deepStrictEqual(sorted.map(String), ['a', 'ab', 'b']);

const typeError = (fn, name) => assert.throws(fn, {
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: `The "${name}" argument must be an instance of Buffer or Uint8Array. ` +
    'Received type string (\'x\')',
});
typeError(() => Buffer.compare('x', a), 'buf1');
typeError(() => Buffer.compare(a, 'x'), 'buf2');
typeError(() => a.compare('x'), 'target');
typeError(() => a.equals('x'), 'otherBuffer');
typeError(() => a.copy('x'), 'target');
assert.throws(() => a.compare(a, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "targetStart" is out of range. It must be >= 0 && <= ' +
    '9007199254740991. Received -1',
});
assert.throws(() => a.compare(a, 0, 9), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "targetEnd" is out of range. It must be >= 0 && <= 3. Received 9',
});
assert.throws(() => a.compare(a, 0, 1, 0, 4), { code: 'ERR_OUT_OF_RANGE' });

// copy: overlapping ranges, clamping, other views.
const c = Buffer.from('abcdef');
assert.strictEqual(c.copy(c, 2, 0, 4), 4);
assert.strictEqual(c.toString(), 'ababcd');
const t = Buffer.alloc(4);
assert.strictEqual(Buffer.from('xyz').copy(t, 2), 2);
assert.deepStrictEqual([...t], [0, 0, 120, 121]);
assert.strictEqual(Buffer.from('xyz').copy(t, 9), 0);
assert.strictEqual(Buffer.from('xyz').copy(t, 0, 2, 1), 0);
assert.strictEqual(Buffer.from('xyz').copy(t, 0, 1, 99), 2);
assert.strictEqual(Buffer.from('xyz').copy(t, 1.9, '1'), 2);
const u16 = new Uint16Array(2);
assert.strictEqual(Buffer.from([1, 2, 3, 4]).copy(u16), 4);
assert.strictEqual(u16[0], 0x0201);
const big = Buffer.alloc(100000, 7);
const dst = Buffer.alloc(100000);
assert.strictEqual(big.copy(dst), 100000);
assert.strictEqual(dst[99999], 7);
assert.throws(() => a.copy(a, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "targetStart" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => a.copy(a, 0, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "sourceStart" is out of range. It must be >= 0 && <= 3. Received -1',
});
assert.throws(() => a.copy(a, 0, 4), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => a.copy(a, 0, 0, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "sourceEnd" is out of range. It must be >= 0. Received -1',
});

// fill.
const f = Buffer.alloc(6);
assert.strictEqual(f.fill('ab'), f);
assert.strictEqual(f.toString(), 'ababab');
assert.strictEqual(f.fill(0).fill('x', 2).toString('latin1'), '\0\0xxxx');
assert.strictEqual(f.fill('y', 1, 3).toString('latin1'), '\0yyxxx');
assert.deepStrictEqual([...f.fill('6162', 'hex')], [97, 98, 97, 98, 97, 98]);
assert.deepStrictEqual([...f.fill('é', 0, 4, 'latin1')], [0xe9, 0xe9, 0xe9, 0xe9, 97, 98]);
assert.deepStrictEqual([...f.fill('€')], [0xe2, 0x82, 0xac, 0xe2, 0x82, 0xac]);
assert.deepStrictEqual([...f.fill(0x101)], [1, 1, 1, 1, 1, 1]);
assert.deepStrictEqual([...f.fill(-1)], [255, 255, 255, 255, 255, 255]);
assert.deepStrictEqual([...f.fill(true)], [1, 1, 1, 1, 1, 1]);
assert.deepStrictEqual([...f.fill(new Uint8Array([1, 2, 3, 4]))], [1, 2, 3, 4, 1, 2]);
assert.deepStrictEqual([...f.fill('', 0)], [0, 0, 0, 0, 0, 0]);
assert.deepStrictEqual([...f.fill(5, 4, 2)], [0, 0, 0, 0, 0, 0]);
const longFill = Buffer.alloc(1000).fill('abc');
assert.strictEqual(longFill.toString(), 'abc'.repeat(334).slice(0, 1000));
assert.throws(() => f.fill('a', -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 9007199254740991. ' +
    'Received -1',
});
assert.throws(() => f.fill('a', 0, 9), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "end" is out of range. It must be >= 0 && <= 6. Received 9',
});
assert.throws(() => f.fill('a', 'foo'), { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(() => f.fill('a', 0, 1, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "encoding" argument must be of type string. Received type number (5)',
});
assert.throws(() => f.fill('zz', 'hex'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => f.fill(Buffer.alloc(0)), { code: 'ERR_INVALID_ARG_VALUE' });

// swap16/32/64, short (JavaScript) and long (native).
const bytes = (n) => Buffer.from(Array.from({ length: n }, (_, i) => i & 0xff));
assert.deepStrictEqual([...bytes(8).swap16()], [1, 0, 3, 2, 5, 4, 7, 6]);
assert.deepStrictEqual([...bytes(8).swap32()], [3, 2, 1, 0, 7, 6, 5, 4]);
assert.deepStrictEqual([...bytes(8).swap64()], [7, 6, 5, 4, 3, 2, 1, 0]);
for (const [size, method] of [[2, 'swap16'], [4, 'swap32'], [8, 'swap64']]) {
  const long = bytes(1024)[method]();
  for (let i = 0; i < 1024; i++) {
    const group = i - (i % size);
    assert.strictEqual(long[i], (group + size - 1 - (i % size)) & 0xff);
  }
  assert.throws(() => Buffer.alloc(size + 1)[method](), {
    code: 'ERR_INVALID_BUFFER_SIZE', name: 'RangeError',
    message: `Buffer size must be a multiple of ${size * 8}-bits`,
  });
}
