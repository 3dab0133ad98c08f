'use strict';
// structuredClone(): the DataCloneError messages V8 gives for values it cannot clone,
// the validation of `transfer`, detached buffers, length-tracking views, the own
// properties of cloned errors, and the argument checks.
require('../common');
const assert = require('assert');

assert.strictEqual(structuredClone.length, 2);
assert.strictEqual(structuredClone.name, 'structuredClone');
assert.throws(() => structuredClone(), {
  name: 'TypeError',
  code: 'ERR_MISSING_ARGS',
  // Node's message, doubled words included.
  message: 'The "The value argument must be specified" argument must be specified',
});

function cloneError(value, options) {
  try {
    structuredClone(value, options);
  } catch (err) {
    assert.ok(err instanceof DOMException);
    assert.strictEqual(err.name, 'DataCloneError');
    assert.strictEqual(err.code, 25);
    return err.message;
  }
  assert.fail('no DataCloneError');
}

// Values V8's serializer has no case for, named as V8 names them.
const uncloneable = [
  [function named() {}, 'function named() {} could not be cloned.'],
  [Math.max, 'function max() { [native code] } could not be cloned.'],
  [function f() {}.bind(null), 'function () { [native code] } could not be cloned.'],
  [Symbol('s'), 'Symbol(s) could not be cloned.'],
  [{ nested: { deeper: Symbol('t') } }, 'Symbol(t) could not be cloned.'],
  [Promise.resolve(), '#<Promise> could not be cloned.'],
  [new WeakMap(), '#<WeakMap> could not be cloned.'],
  [new WeakSet(), '#<WeakSet> could not be cloned.'],
  [new WeakRef({}), '#<WeakRef> could not be cloned.'],
  [new FinalizationRegistry(() => {}), '#<FinalizationRegistry> could not be cloned.'],
  [new Proxy({}, {}), '#<Object> could not be cloned.'],
  [new Proxy([], {}), '[object Array] could not be cloned.'],
  [(function* generator() {})(), '[object Generator] could not be cloned.'],
  [(async function* generator() {})(), '[object AsyncGenerator] could not be cloned.'],
  [[1].values(), '[object Array Iterator] could not be cloned.'],
  [new Map().entries(), '[object Map Iterator] could not be cloned.'],
  [new Set().values(), '[object Set Iterator] could not be cloned.'],
  ['ab'[Symbol.iterator](), '[object String Iterator] could not be cloned.'],
  ['ab'.matchAll(/a/g), '[object RegExp String Iterator] could not be cloned.'],
  [new Intl.Collator(), '#<Collator> could not be cloned.'],
  [new Intl.NumberFormat(), '#<NumberFormat> could not be cloned.'],
  [globalThis, '#<Object> could not be cloned.'],
  [(function() { return arguments; })(1), '#<Object> could not be cloned.'],
  [new URL('http://example.com/'), 'Cannot clone object of unsupported type.'],
  [new URLSearchParams('a=1'), 'Cannot clone object of unsupported type.'],
];
for (const [value, message] of uncloneable) {
  assert.strictEqual(cloneError(value), message);
}
// A method is a function like any other; an object merely tagged like a generator, or
// inheriting from Iterator.prototype, is a plain object.
class WithMethod {
  constructor() {
    this.method = () => 1;
  }
}
assert.strictEqual(cloneError(new WithMethod()), '() => 1 could not be cloned.');
assert.deepStrictEqual(structuredClone({ [Symbol.toStringTag]: 'Generator', a: 1 }), { a: 1 });
assert.deepStrictEqual(structuredClone(Object.create(Iterator.prototype)), {});

// transfer: WebIDL's conversion of the options and the sequence first.
function webidlError(message) {
  return {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: `Failed to execute 'structuredClone': ${message}`,
  };
}
for (const options of [5, 'x', true]) {
  assert.throws(() => structuredClone(1, options),
                webidlError('Options cannot be converted to a dictionary'));
}
assert.strictEqual(structuredClone(1, null), 1);
assert.strictEqual(structuredClone(1, []), 1);
assert.strictEqual(structuredClone(1, { transfer: undefined }), 1);
for (const transfer of [null, {}, 'ab', 5]) {
  assert.throws(() => structuredClone(1, { transfer }),
                webidlError('transfer in Options cannot be converted to sequence.'));
}
assert.throws(() => structuredClone(1, { transfer: [new ArrayBuffer(1), 1] }),
              webidlError('transfer in Options[1] is not an object.'));
assert.throws(() => structuredClone(1, { transfer: [null] }),
              webidlError('transfer in Options[0] is not an object.'));
// Then the serializer's checks.
for (const item of [{}, () => {}, new Uint8Array(1), new SharedArrayBuffer(1)]) {
  assert.strictEqual(cloneError(1, { transfer: [item] }), 'Found invalid value in transferList.');
}
{
  const a = new ArrayBuffer(1);
  const b = new ArrayBuffer(1);
  assert.strictEqual(cloneError(1, { transfer: [a, b, a] }),
                     'Transfer list contains duplicate ArrayBuffer');
  assert.strictEqual(a.detached, false);
  a.transfer();
  assert.strictEqual(cloneError(1, { transfer: [a] }),
                     'Cannot transfer object of unsupported type.');
  // A failed clone detaches nothing.
  assert.strictEqual(cloneError({ f() {} }, { transfer: [b] }), 'f() {} could not be cloned.');
  assert.strictEqual(b.detached, false);
}

// Transfer detaches the source; every view of it in the value follows the clone.
{
  const buffer = new ArrayBuffer(8, { maxByteLength: 16 });
  new Uint8Array(buffer).set([1, 2, 3, 4, 5, 6, 7, 8]);
  const value = [buffer, buffer, new Uint8Array(buffer, 2, 3), new DataView(buffer, 4)];
  const clone = structuredClone(value, { transfer: [buffer] });
  assert.strictEqual(buffer.detached, true);
  assert.strictEqual(buffer.byteLength, 0);
  assert.strictEqual(clone[0], clone[1]);
  assert.strictEqual(clone[0].resizable, true);
  assert.strictEqual(clone[0].maxByteLength, 16);
  assert.strictEqual(clone[2].buffer, clone[0]);
  assert.deepStrictEqual([...clone[2]], [3, 4, 5]);
  assert.strictEqual(clone[3].getUint8(0), 5);
}

// Detached buffers cannot be cloned, nor views on them.
{
  const buffer = new ArrayBuffer(4);
  const view = new Uint8Array(buffer);
  const dataView = new DataView(buffer);
  buffer.transfer();
  for (const value of [buffer, view, dataView, { nested: [view] }]) {
    assert.strictEqual(cloneError(value), 'An ArrayBuffer is detached and could not be cloned.');
  }
}

// Views that track the length of a resizable buffer still do; fixed views stay fixed.
// The source buffer is left as it was.
{
  const buffer = new ArrayBuffer(8, { maxByteLength: 8 });
  new Uint8Array(buffer).fill(9);
  const tracking = new Uint8Array(buffer, 4);
  const fixed = new Uint8Array(buffer, 4, 4);
  const trackingView = new DataView(buffer, 2);
  const fixedView = new DataView(buffer, 2, 6);
  const clone = structuredClone({ tracking, fixed, trackingView, fixedView });
  assert.strictEqual(buffer.byteLength, 8);
  assert.deepStrictEqual([...new Uint8Array(buffer)], [9, 9, 9, 9, 9, 9, 9, 9]);
  clone.tracking.buffer.resize(6);
  assert.strictEqual(clone.tracking.length, 2);
  clone.fixed.buffer.resize(6);
  assert.strictEqual(clone.fixed.length, 0);
  clone.trackingView.buffer.resize(6);
  assert.strictEqual(clone.trackingView.byteLength, 4);
  clone.fixedView.buffer.resize(6);
  assert.throws(() => clone.fixedView.byteLength, TypeError);

  const growable = new ArrayBuffer(4, { maxByteLength: 12 });
  const wide = structuredClone(new Uint16Array(growable, 2));
  wide.buffer.resize(12);
  assert.strictEqual(wide.length, 5);
  assert.strictEqual(growable.byteLength, 4);
}

// Errors: own stack, message and cause, in that order, none enumerable; the class from
// the name when it is a standard one; other own properties dropped.
{
  const err = new RangeError('out', { cause: { depth: 1 } });
  err.extra = true;
  const clone = structuredClone(err);
  assert.ok(clone instanceof RangeError);
  assert.deepStrictEqual(Object.getOwnPropertyNames(clone), ['stack', 'message', 'cause']);
  for (const key of ['stack', 'message', 'cause']) {
    assert.strictEqual(Object.getOwnPropertyDescriptor(clone, key).enumerable, false);
  }
  assert.strictEqual(clone.stack, err.stack);
  assert.deepStrictEqual(clone.cause, { depth: 1 });
  assert.notStrictEqual(clone.cause, err.cause);
  assert.strictEqual(clone.extra, undefined);

  const renamed = new Error('m');
  renamed.name = 'TypeError';
  assert.ok(structuredClone(renamed) instanceof TypeError);
  const custom = new Error('m');
  custom.name = 'CustomError';
  assert.strictEqual(Object.getPrototypeOf(structuredClone(custom)), Error.prototype);
  assert.strictEqual(cloneError(new Error('m', { cause: () => {} })),
                     '() => {} could not be cloned.');
  const cyclic = new Error('loop');
  cyclic.cause = cyclic;
  const cyclicClone = structuredClone(cyclic);
  assert.strictEqual(cyclicClone.cause, cyclicClone);
}
