'use strict';
// structuredClone(): deep copies of the structured-clone-able types, identity and cycles
// kept, DataCloneError for what cannot be cloned, ArrayBuffer transfer.
require('../common');
const assert = require('assert');

assert.strictEqual(typeof structuredClone, 'function');
for (const value of [1, -0, NaN, 'str', true, null, undefined, 10n]) {
  assert(Object.is(structuredClone(value), value));
}

const source = {
  number: 1,
  nested: { list: [1, 'two', { three: 3 }] },
  date: new Date(1e12),
  regexp: /ab+c/gi,
  map: new Map([[{ key: 1 }, new Set([1, 2])]]),
  set: new Set(['a', 'b']),
  boxed: [Object(1), Object('s'), Object(false), Object(2n)],
  bytes: new Uint8Array([1, 2, 3]),
};
const copy = structuredClone(source);
assert.notStrictEqual(copy, source);
assert.notStrictEqual(copy.nested, source.nested);
assert.deepStrictEqual(copy, source);
assert(copy.date instanceof Date);
assert.strictEqual(copy.regexp.flags, 'gi');

// Identity and cycles are preserved.
const shared = { s: 1 };
const cyclic = { a: shared, b: shared };
cyclic.self = cyclic;
const cyclicCopy = structuredClone(cyclic);
assert.strictEqual(cyclicCopy.self, cyclicCopy);
assert.strictEqual(cyclicCopy.a, cyclicCopy.b);

// Class instances become plain objects of their own enumerable properties; getters are
// read; prototypes, symbols and non-enumerable properties are dropped.
class Point {
  constructor() {
    this.x = 1;
  }
  get y() { return 2; }
}
const point = structuredClone(new Point());
assert.deepStrictEqual(point, { x: 1 });
assert.strictEqual(Object.getPrototypeOf(point), Object.prototype);
assert.deepStrictEqual(structuredClone({ get g() { return 5; } }), { g: 5 });
assert.deepStrictEqual(structuredClone({ [Symbol('k')]: 1, a: 1 }), { a: 1 });
assert.deepStrictEqual(structuredClone(Object.defineProperty({}, 'h', { value: 1 })), {});
assert.deepStrictEqual(structuredClone(Object.create(null)), {});

// Arrays keep holes and extra properties.
const array = [1, , 3];
array.extra = 'x';
const arrayCopy = structuredClone(array);
assert.strictEqual(1 in arrayCopy, false);
assert.strictEqual(arrayCopy.extra, 'x');
assert.strictEqual(arrayCopy.length, 3);

// RegExp lastIndex is not kept.
const sticky = /a/g;
sticky.lastIndex = 3;
assert.strictEqual(structuredClone(sticky).lastIndex, 0);

// Views keep their offset into a copy of the whole buffer; two views share one copy.
const buffer = new ArrayBuffer(8);
const view = new Uint16Array(buffer, 2, 2);
view[0] = 7;
const views = structuredClone({ view, bytes: new Uint8Array(buffer) });
assert.strictEqual(views.view.byteOffset, 2);
assert.strictEqual(views.view.buffer.byteLength, 8);
assert.strictEqual(views.view.buffer, views.bytes.buffer);
assert.notStrictEqual(views.view.buffer, buffer);
assert.strictEqual(views.view[0], 7);
const dataView = structuredClone(new DataView(new ArrayBuffer(4), 1));
assert(dataView instanceof DataView);
assert.strictEqual(dataView.byteOffset, 1);

// Errors keep their kind (among the built-in ones), message, stack and cause.
const error = new RangeError('range', { cause: { c: 1 } });
error.extra = 1;
const errorCopy = structuredClone(error);
assert(errorCopy instanceof RangeError);
assert.strictEqual(errorCopy.message, 'range');
assert.deepStrictEqual(errorCopy.cause, { c: 1 });
assert.strictEqual(errorCopy.extra, undefined);
assert.strictEqual(errorCopy.stack, error.stack);
class MyError extends Error {}
assert.strictEqual(structuredClone(new MyError('m')).constructor, Error);
const renamed = new Error('r');
renamed.name = 'TypeError';
assert(structuredClone(renamed) instanceof TypeError);
const domCopy = structuredClone(new DOMException('d', 'AbortError'));
assert(domCopy instanceof DOMException);
assert.strictEqual(domCopy.name, 'AbortError');
assert.strictEqual(domCopy.code, 20);

// What cannot be cloned.
const uncloneable = (value, message) => assert.throws(() => structuredClone(value), (err) => {
  assert(err instanceof DOMException);
  assert.strictEqual(err.name, 'DataCloneError');
  assert.strictEqual(err.code, 25);
  if (message !== undefined) assert.strictEqual(err.message, message);
  return true;
});
uncloneable(() => {}, '() => {} could not be cloned.');
uncloneable(function foo() {}, 'function foo() {} could not be cloned.');
uncloneable(Symbol('x'), 'Symbol(x) could not be cloned.');
uncloneable({ nested: { fn() {} } }, 'fn() {} could not be cloned.');
uncloneable(new WeakMap(), '#<WeakMap> could not be cloned.');
uncloneable(Promise.resolve(), '#<Promise> could not be cloned.');
uncloneable(Object(Symbol('s')), '[object Symbol] could not be cloned.');
uncloneable(new Error('with a function cause', { cause: () => {} }));

// Arguments.
assert.throws(() => structuredClone(), { code: 'ERR_MISSING_ARGS', name: 'TypeError' });
assert.throws(() => structuredClone(1, 5), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => structuredClone(1, { transfer: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(structuredClone(1, null), 1);

// Transfer detaches the original buffer.
const transferred = new ArrayBuffer(4);
new Uint8Array(transferred)[0] = 9;
const moved = structuredClone({ transferred }, { transfer: [transferred] });
assert.strictEqual(transferred.byteLength, 0);
assert.strictEqual(new Uint8Array(moved.transferred)[0], 9);
