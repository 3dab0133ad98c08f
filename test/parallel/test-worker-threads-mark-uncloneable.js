'use strict';
// worker_threads.markAsUncloneable / markAsUntransferable / isMarkedAsUntransferable
// and how structuredClone honours them. undici calls markAsUncloneable when it loads.
require('../common');
const assert = require('assert');
const {
  markAsUncloneable, markAsUntransferable, isMarkedAsUntransferable,
} = require('worker_threads');

const dataCloneError = {
  name: 'DataCloneError', message: 'Cannot clone object of unsupported type.',
};

{
  const obj = { a: 1 };
  assert.deepStrictEqual(structuredClone(obj), { a: 1 });
  assert.strictEqual(markAsUncloneable(obj), undefined);
  assert.throws(() => structuredClone(obj), dataCloneError);
  assert.throws(() => structuredClone({ nested: [obj] }), dataCloneError);
  // Other objects are unaffected; so is a copy.
  assert.deepStrictEqual(structuredClone({ ...obj }), { a: 1 });

  class Resource {}
  const resource = new Resource();
  markAsUncloneable(resource);
  assert.throws(() => structuredClone(resource), dataCloneError);
}

// Primitives and missing arguments are no-ops.
for (const value of [undefined, null, 1, 'x', true, Symbol('s'), 1n]) {
  assert.strictEqual(markAsUncloneable(value), undefined);
  assert.strictEqual(markAsUntransferable(value), undefined);
  assert.strictEqual(isMarkedAsUntransferable(value), false);
}
markAsUncloneable();

{
  const buffer = new ArrayBuffer(8);
  assert.strictEqual(isMarkedAsUntransferable(buffer), false);
  assert.strictEqual(markAsUntransferable(buffer), undefined);
  assert.strictEqual(isMarkedAsUntransferable(buffer), true);
  assert.throws(() => structuredClone(buffer, { transfer: [buffer] }), {
    name: 'DataCloneError', message: 'Cannot transfer object of unsupported type.',
  });
  // Cloning (not transferring) still works and leaves the original attached.
  assert.strictEqual(structuredClone(buffer).byteLength, 8);
  assert.strictEqual(buffer.byteLength, 8);
  assert.strictEqual(isMarkedAsUntransferable({}), false);
}
