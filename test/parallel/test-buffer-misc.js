'use strict';
// slice/subarray, iteration, isUtf8/isAscii, transcode, constants and the module's shape.
require('../common');
const assert = require('assert');
const buffer = require('buffer');
const { Buffer, isUtf8, isAscii, transcode } = buffer;

const b = Buffer.from('abcdef');
const s = b.slice(1, 3);
assert(s instanceof Buffer);
assert.strictEqual(s.toString(), 'bc');
s[0] = 0x42;
assert.strictEqual(b.toString(), 'aBcdef'); // slices share memory
assert.strictEqual(b.slice(-3, -1).toString(), 'de');
assert.strictEqual(b.subarray(2).toString(), 'cdef');
assert.strictEqual(b.subarray(4, 2).length, 0);
assert.strictEqual(b.subarray(NaN, 2).toString(), 'aB');
assert.strictEqual(b.slice('1', '2').toString(), 'B');
assert(b.subarray(1) instanceof Buffer);
assert(b.map((x) => x) instanceof Buffer);

assert.deepStrictEqual([...Buffer.from('hi')], [104, 105]);
assert.deepStrictEqual([...Buffer.from('hi').entries()], [[0, 104], [1, 105]]);
assert.deepStrictEqual([...Buffer.from('hi').keys()], [0, 1]);
assert.deepStrictEqual([...Buffer.from('hi').values()], [104, 105]);

assert.strictEqual(isUtf8(Buffer.from('aé€😀')), true);
assert.strictEqual(isUtf8(Buffer.from([0xc3])), false);
assert.strictEqual(isUtf8(Buffer.from([0xed, 0xa0, 0x80])), false);
assert.strictEqual(isUtf8(new ArrayBuffer(0)), true);
assert.strictEqual(isUtf8(new Uint8Array(Buffer.from('x'.repeat(1000) + '\u00e9'))), true);
assert.strictEqual(isAscii(Buffer.from('abc')), true);
assert.strictEqual(isAscii(Buffer.from('abé')), false);
assert.strictEqual(isAscii(new ArrayBuffer(2)), true);
assert.strictEqual(isAscii(new Uint16Array([0x41, 0x80])), false);
for (const fn of [isUtf8, isAscii]) {
  assert.throws(() => fn('x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "input" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. ' +
      'Received type string (\'x\')',
  });
}
const detached = new ArrayBuffer(4);
const detachedView = new Uint8Array(detached);
structuredClone(detached, { transfer: [detached] });
assert.strictEqual(isUtf8(detachedView), true);
assert.strictEqual(isAscii(detached), true);

assert.deepStrictEqual([...transcode(Buffer.from('€é'), 'utf8', 'latin1')], [0x3f, 0xe9]);
assert.deepStrictEqual([...transcode(Buffer.from('€é'), 'utf8', 'ascii')], [0x3f, 0x3f]);
assert.deepStrictEqual([...transcode(Buffer.from('€é'), 'utf8', 'ucs2')], [0xac, 0x20, 0xe9, 0]);
assert.deepStrictEqual([...transcode(Buffer.from('ab', 'ucs2'), 'ucs2', 'utf8')], [97, 98]);
assert.deepStrictEqual([...transcode(Buffer.from([0xff, 0x61]), 'latin1', 'utf8')],
  [0xc3, 0xbf, 0x61]);
assert.deepStrictEqual([...transcode(Buffer.from([0xff, 0x61]), 'ascii', 'utf8')],
  [0xef, 0xbf, 0xbd, 0x61]);
assert.strictEqual(transcode(Buffer.alloc(0), 'utf8', 'hex').length, 0);
assert.throws(() => transcode(Buffer.from('a'), 'utf8', 'hex'), {
  name: 'Error', code: 'U_ILLEGAL_ARGUMENT_ERROR',
  message: 'Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]',
});
assert.throws(() => transcode('a', 'utf8', 'ucs2'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "source" argument must be an instance of Buffer or Uint8Array. ' +
    'Received type string (\'a\')',
});

assert.strictEqual(buffer.kMaxLength, buffer.constants.MAX_LENGTH);
assert.strictEqual(buffer.kStringMaxLength, buffer.constants.MAX_STRING_LENGTH);
assert(buffer.kMaxLength >= 2 ** 32);
assert.strictEqual(typeof buffer.SlowBuffer, 'function');
assert.strictEqual(buffer.atob, atob);
assert.strictEqual(buffer.Blob, Blob);
assert.strictEqual(buffer.File, File);
for (const name of ['Buffer', 'SlowBuffer', 'transcode', 'isUtf8', 'isAscii', 'kMaxLength',
  'kStringMaxLength', 'btoa', 'atob', 'constants', 'INSPECT_MAX_BYTES', 'Blob',
  'resolveObjectURL', 'File']) {
  assert(Object.keys(buffer).includes(name), name);
}
for (const name of ['from', 'alloc', 'allocUnsafe', 'allocUnsafeSlow', 'isBuffer', 'compare',
  'isEncoding', 'concat', 'byteLength', 'of', 'copyBytesFrom']) {
  assert.strictEqual(typeof Buffer[name], 'function', name);
  assert.strictEqual(Buffer[name].name, name);
}
assert.strictEqual(Buffer.name, 'Buffer');
assert.strictEqual(Buffer.alloc(1).constructor, Buffer);
