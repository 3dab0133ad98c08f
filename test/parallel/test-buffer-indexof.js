'use strict';
// indexOf/lastIndexOf/includes with strings (in encodings), buffers and numbers, and Node's
// byteOffset rules (negative from the end, clamping, empty needles).
require('../common');
const assert = require('assert');

const b = Buffer.from('abcabc');
// [byteOffset, indexOf('b'), lastIndexOf('b'), indexOf(''), lastIndexOf(''), indexOf(98),
//  lastIndexOf(98), indexOf(<bc>), lastIndexOf('bc')]
const table = [
  [undefined, 1, 4, 0, 6, 1, 4, 1, 4],
  [0, 1, -1, 0, 0, 1, -1, 1, -1],
  [2, 4, 1, 2, 2, 4, 1, 4, 1],
  [5, -1, 4, 5, 5, -1, 4, -1, 4],
  [6, -1, 4, 6, 6, -1, 4, -1, 4],
  [100, -1, 4, 6, 6, -1, 4, -1, 4],
  [-1, -1, 4, 5, 5, -1, 4, -1, 4],
  [-3, 4, 1, 3, 3, 4, 1, 4, 1],
  [-7, 1, -1, 0, 0, 1, -1, 1, -1],
  [NaN, 1, 4, 0, 6, 1, 4, 1, 4],
  [1.5, 1, 1, 1, 1, 1, 1, 1, 1],
  [null, 1, -1, 0, 0, 1, -1, 1, -1],
  [{}, 1, 4, 0, 6, 1, 4, 1, 4],
  [true, 1, 1, 1, 1, 1, 1, 1, 1],
  [Infinity, -1, 4, 6, 6, -1, 4, -1, 4],
  [-Infinity, 1, -1, 0, 0, 1, -1, 1, -1],
];
const bc = Buffer.from('bc');
for (const [off, ...want] of table) {
  const got = [b.indexOf('b', off), b.lastIndexOf('b', off), b.indexOf('', off),
    b.lastIndexOf('', off), b.indexOf(98, off), b.lastIndexOf(98, off), b.indexOf(bc, off),
    b.lastIndexOf('bc', off)];
  assert.deepStrictEqual(got, want, `byteOffset ${String(off)}`);
}

assert.strictEqual(Buffer.alloc(0).indexOf(''), 0);
assert.strictEqual(Buffer.alloc(0).indexOf('a'), -1);
assert.strictEqual(b.indexOf(Buffer.alloc(0), 10), 6);
assert.strictEqual(b.indexOf(353), 0); // 353 & 255 = 97
assert.strictEqual(b.indexOf(-158), 1); // (-158 >>> 0) & 255 = 98
assert.strictEqual(b.indexOf('YmM=', 'base64'), 1);
assert.strictEqual(b.indexOf('6263', 0, 'hex'), 1);
assert.strictEqual(b.indexOf(new Uint8Array([99, 97])), 2);
assert.strictEqual(b.indexOf('abcabcd'), -1);
assert.strictEqual(Buffer.from('abc', 'ucs2').indexOf('b', 'ucs2'), 2);
assert.strictEqual(Buffer.from('abc', 'ucs2').lastIndexOf('b', -1, 'ucs2'), 2);
assert.strictEqual(Buffer.from('aé€😀').indexOf('€'), 3);
assert.strictEqual(b.includes('ca'), true);
assert.strictEqual(b.includes('ca', 3), false);
assert.strictEqual(b.includes(99, -1), true);

// Long haystacks and needles (the native search).
const long = Buffer.from('x'.repeat(10000) + 'needle' + 'x'.repeat(10000) + 'needle');
assert.strictEqual(long.indexOf('needle'), 10000);
assert.strictEqual(long.lastIndexOf('needle'), 20006);
assert.strictEqual(long.indexOf('needle', 10001), 20006);
assert.strictEqual(long.lastIndexOf('needle', 20005), 10000);
assert.strictEqual(long.indexOf(Buffer.from('x'.repeat(500) + 'n')), 9500);

assert.throws(() => b.indexOf({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "value" argument must be one of type number or string or an instance of ' +
    'Buffer or Uint8Array. Received an instance of Object',
});
assert.throws(() => b.indexOf('a', 0, 'foo'), { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(() => b.lastIndexOf('a', 'bar'), {
  code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: bar',
});
