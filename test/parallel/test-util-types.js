'use strict';
// util.types: brand checks that Symbol.toStringTag and borrowed prototypes cannot fool.
require('../common');
const assert = require('assert');
const util = require('util');
const types = require('util/types');

assert.strictEqual(util.types, types);
assert.strictEqual(require('node:util/types'), types);

const cases = {
  isAnyArrayBuffer: [[new ArrayBuffer(1)], [{}, new Uint8Array(1)]],
  isArrayBuffer: [[new ArrayBuffer(1)], [new Uint8Array(1), {}]],
  isArrayBufferView: [[new Uint8Array(1), new DataView(new ArrayBuffer(1))], [new ArrayBuffer(1), []]],
  isArgumentsObject: [[(function() { return arguments; })()], [[], { length: 0 }]],
  isAsyncFunction: [[async function() {}, async () => {}, async function* () {}], [function() {}, function* () {}]],
  isBigInt64Array: [[new BigInt64Array(1)], [new BigUint64Array(1)]],
  isBigUint64Array: [[new BigUint64Array(1)], [new BigInt64Array(1)]],
  isBigIntObject: [[Object(1n)], [1n, new Number(1)]],
  isBooleanObject: [[new Boolean(false)], [false, new Number(0)]],
  isBoxedPrimitive: [[new Number(1), new String(''), new Boolean(true), Object(1n), Object(Symbol())], [1, 'a', {}]],
  isDataView: [[new DataView(new ArrayBuffer(1))], [new Uint8Array(1)]],
  isDate: [[new Date()], [Date.now(), {}]],
  isExternal: [[], [{}, 1]],
  isFloat32Array: [[new Float32Array(1)], [new Float64Array(1)]],
  isFloat64Array: [[new Float64Array(1)], [new Float32Array(1)]],
  isGeneratorFunction: [[function* () {}, async function* () {}], [function() {}, async () => {}]],
  isGeneratorObject: [[(function* () {})()], [{}, function* () {}]],
  isInt8Array: [[new Int8Array(1)], [new Uint8Array(1)]],
  isInt16Array: [[new Int16Array(1)], [new Uint16Array(1)]],
  isInt32Array: [[new Int32Array(1)], [new Uint32Array(1)]],
  isMap: [[new Map()], [new Set(), new WeakMap(), {}]],
  isMapIterator: [[new Map().keys(), new Map()[Symbol.iterator]()], [new Set().values(), [].values()]],
  isModuleNamespaceObject: [[], [{}, Object.create(null)]],
  isNativeError: [[new Error(), new TypeError(), new RangeError(), new AggregateError([])], [{ name: 'Error', message: '' }, Object.create(Error.prototype)]],
  isNumberObject: [[new Number(1)], [1, new String('1')]],
  isPromise: [[Promise.resolve(), new Promise(() => {})], [{ then() {} }]],
  isProxy: [[new Proxy({}, {}), new Proxy(function() {}, {})], [{}, function() {}]],
  isRegExp: [[/a/, new RegExp('b')], [{}, RegExp.prototype]],
  isSet: [[new Set()], [new Map(), new WeakSet()]],
  isSetIterator: [[new Set().values(), new Set().entries()], [new Map().values()]],
  isSharedArrayBuffer: [[], [new ArrayBuffer(1)]],
  isStringObject: [[new String('')], ['', new Number(0)]],
  isSymbolObject: [[Object(Symbol())], [Symbol()]],
  isTypedArray: [[new Uint8Array(1), new Float64Array(1), new BigInt64Array(1)], [new DataView(new ArrayBuffer(1)), [], new ArrayBuffer(1)]],
  isUint8Array: [[new Uint8Array(1)], [new Uint8ClampedArray(1), new Int8Array(1)]],
  isUint8ClampedArray: [[new Uint8ClampedArray(1)], [new Uint8Array(1)]],
  isUint16Array: [[new Uint16Array(1)], [new Int16Array(1)]],
  isUint32Array: [[new Uint32Array(1)], [new Int32Array(1)]],
  isWeakMap: [[new WeakMap()], [new Map(), new WeakSet()]],
  isWeakSet: [[new WeakSet()], [new Set(), new WeakMap()]],
  isKeyObject: [[], [{}]],
  isCryptoKey: [[], [{}]],
};

for (const [name, [yes, no]] of Object.entries(cases)) {
  assert.strictEqual(typeof types[name], 'function', name);
  for (const value of yes) assert.strictEqual(types[name](value), true, `${name}(${util.inspect(value)})`);
  for (const value of [...no, undefined, null, 0, 'str']) {
    assert.strictEqual(types[name](value), false, `${name}(${util.inspect(value)})`);
  }
}

if (typeof SharedArrayBuffer === 'function') {
  assert.strictEqual(types.isSharedArrayBuffer(new SharedArrayBuffer(1)), true);
  assert.strictEqual(types.isAnyArrayBuffer(new SharedArrayBuffer(1)), true);
  assert.strictEqual(types.isArrayBuffer(new SharedArrayBuffer(1)), false);
}
if (typeof Float16Array === 'function') {
  assert.strictEqual(types.isFloat16Array(new Float16Array(1)), true);
  assert.strictEqual(types.isFloat16Array(new Float32Array(1)), false);
}

// Symbol.toStringTag and prototypes do not fool the checks.
const fakes = [
  [{ [Symbol.toStringTag]: 'Map' }, 'isMap'],
  [Object.create(Map.prototype), 'isMap'],
  [Object.create(Set.prototype), 'isSet'],
  [Object.create(Date.prototype), 'isDate'],
  [{ [Symbol.toStringTag]: 'Date' }, 'isDate'],
  [Object.create(Uint8Array.prototype), 'isUint8Array'],
  [Object.create(Uint8Array.prototype), 'isTypedArray'],
  [{ [Symbol.toStringTag]: 'Uint8Array' }, 'isUint8Array'],
  [Object.create(Promise.prototype), 'isPromise'],
  [{ [Symbol.toStringTag]: 'Promise' }, 'isPromise'],
  [Object.create(Number.prototype), 'isNumberObject'],
  [Object.create(ArrayBuffer.prototype), 'isArrayBuffer'],
  [Object.create(DataView.prototype), 'isDataView'],
  [Object.create(WeakMap.prototype), 'isWeakMap'],
  [{ [Symbol.toStringTag]: 'Error' }, 'isNativeError'],
  [{ [Symbol.toStringTag]: 'Arguments' }, 'isArgumentsObject'],
  [Object.create(RegExp.prototype), 'isRegExp'],
];
for (const [value, name] of fakes) {
  assert.strictEqual(types[name](value), false, `${name} fooled by ${util.inspect(value)}`);
}

// Real values keep their brand under a changed prototype or tag.
const map = new Map();
Object.setPrototypeOf(map, null);
assert.strictEqual(types.isMap(map), true);
const date = new Date();
Object.defineProperty(date, Symbol.toStringTag, { value: 'Other' });
assert.strictEqual(types.isDate(date), true);
const u8 = new Uint8Array(2);
Object.setPrototypeOf(u8, Float32Array.prototype);
assert.strictEqual(types.isUint8Array(u8), true);
assert.strictEqual(types.isFloat32Array(u8), false);
const asyncFn = async function() {};
Object.setPrototypeOf(asyncFn, Function.prototype);
assert.strictEqual(types.isAsyncFunction(asyncFn), true);
const err = new Error('x');
Object.setPrototypeOf(err, null);
assert.strictEqual(types.isNativeError(err), true);

// A method named "async" is not an async function.
assert.strictEqual(types.isAsyncFunction({ async() {} }.async), false);
