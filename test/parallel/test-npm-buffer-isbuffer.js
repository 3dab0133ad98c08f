'use strict';
// `typeof Buffer === 'function' && Buffer.isBuffer(value)` is how lodash (merge,
// cloneDeep, isEqual, isEmpty...), qs, serialize-error and many others tell Buffers
// apart. None of these values is a Buffer, so the answer is false, not an exception.
const assert = require('assert');

assert.strictEqual(typeof Buffer, 'function');
assert.strictEqual(require('buffer').Buffer, Buffer);
const notBuffers = [
  undefined, null, 0, 'abc', true, Symbol('s'), 10n, {}, [], [1, 2],
  new Uint8Array(4), new ArrayBuffer(4), new DataView(new ArrayBuffer(1)),
  { constructor: { isBuffer() { return true; } } },
  Object.create(null), function() {},
];
for (const value of notBuffers) {
  assert.strictEqual(Buffer.isBuffer(value), false);
}

// lodash's baseMergeDeep path: merging plain objects consults isBuffer.
function isBufferLike(value) {
  return typeof Buffer === 'function' && typeof Buffer.isBuffer === 'function' &&
    Buffer.isBuffer(value);
}
assert.strictEqual(isBufferLike({ a: 1 }), false);
