'use strict';
// util.inspect of Map, Set, weak collections, typed arrays, ArrayBuffer, DataView, Date, RegExp and boxed primitives.
// Expected strings are Node 24's output.
require('../common');
const assert = require('assert');
const { inspect } = require('util');
class MyArr extends Array {}
class MyMap extends Map {}
class Buf extends Uint8Array {}

assert.strictEqual(
  inspect(new Map([['a', 1], ['b', { c: 2 }]])),
  "Map(2) { 'a' => 1, 'b' => { c: 2 } }");
assert.strictEqual(
  inspect(new Set([1, '2'])),
  "Set(2) { 1, '2' }");
assert.strictEqual(
  inspect(new Map()),
  "Map(0) {}");
assert.strictEqual(
  inspect(new Set()),
  "Set(0) {}");
assert.strictEqual(
  inspect(Object.assign(new Map([[1, 2]]), { x: 1 })),
  "Map(1) { 1 => 2, x: 1 }");
assert.strictEqual(
  inspect(new Set([1, 2, 3]), { maxArrayLength: 1 }),
  "Set(3) { 1, ... 2 more items }");
assert.strictEqual(
  inspect(new Map([[1, 2], [3, 4]]), { maxArrayLength: 1 }),
  "Map(2) { 1 => 2, ... 1 more item }");
assert.strictEqual(
  inspect(new Map([[1, { a: { b: {} } }]])),
  "Map(1) { 1 => { a: { b: {} } } }");
assert.strictEqual(
  inspect(new Map([[1, {}]]), { depth: 0 }),
  "Map(1) { 1 => {} }");
assert.strictEqual(
  inspect([new Set([1])], { depth: 0 }),
  "[ [Set] ]");
assert.strictEqual(
  inspect(new WeakMap()),
  "WeakMap { <items unknown> }");
assert.strictEqual(
  inspect(new WeakSet()),
  "WeakSet { <items unknown> }");
assert.strictEqual(
  inspect(new Uint8Array([1, 2, 3])),
  "Uint8Array(3) [ 1, 2, 3 ]");
assert.strictEqual(
  inspect(new Float64Array(2)),
  "Float64Array(2) [ 0, 0 ]");
assert.strictEqual(
  inspect(new BigInt64Array([1n])),
  "BigInt64Array(1) [ 1n ]");
assert.strictEqual(
  inspect(new Uint8Array(0)),
  "Uint8Array(0) []");
assert.strictEqual(
  inspect(new Uint8Array(3), { maxArrayLength: 2 }),
  "Uint8Array(3) [ 0, 0, ... 1 more item ]");
assert.strictEqual(
  inspect(new Int16Array([-1, 2, -3, 4, -5, 6, -7])),
  "Int16Array(7) [\n  -1, 2, -3, 4,\n  -5, 6, -7\n]");
assert.strictEqual(
  inspect(new ArrayBuffer(2)),
  "ArrayBuffer { [Uint8Contents]: <00 00>, [byteLength]: 2 }");
assert.strictEqual(
  inspect(new ArrayBuffer(0)),
  "ArrayBuffer { [Uint8Contents]: <>, [byteLength]: 0 }");
assert.strictEqual(
  inspect(new Uint8Array([1, 2, 255]).buffer),
  "ArrayBuffer { [Uint8Contents]: <01 02 ff>, [byteLength]: 3 }");
assert.strictEqual(
  inspect(new ArrayBuffer(200)),
  "ArrayBuffer {\n  [Uint8Contents]: <00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ... 100 more bytes>,\n  [byteLength]: 200\n}");
assert.strictEqual(
  inspect(new DataView(new ArrayBuffer(3), 1)),
  "DataView {\n  [byteLength]: 2,\n  [byteOffset]: 1,\n  [buffer]: ArrayBuffer { [Uint8Contents]: <00 00 00>, [byteLength]: 3 }\n}");
// subclasses
assert.strictEqual(
  inspect(MyArr.from([1, 2])),
  "MyArr(2) [ 1, 2 ]");
assert.strictEqual(
  inspect(new MyArr()),
  "MyArr(0) []");
assert.strictEqual(
  inspect(new MyMap([[1, 2]])),
  "MyMap(1) { 1 => 2 }");
assert.strictEqual(
  inspect(new Buf(2)),
  "Buf(2) [Uint8Array] [ 0, 0 ]");
// null prototypes
assert.strictEqual(
  inspect(Object.setPrototypeOf([1, 2], null)),
  "[Array(2): null prototype] [ 1, 2 ]");
assert.strictEqual(
  inspect(Object.setPrototypeOf(new Map([[1, 2]]), null)),
  "[Map(1): null prototype] { 1 => 2 }");
assert.strictEqual(
  inspect(Object.setPrototypeOf(new Set([1]), null)),
  "[Set(1): null prototype] { 1 }");
assert.strictEqual(
  inspect(Object.setPrototypeOf(new Uint8Array(2), null)),
  "[Uint8Array(2): null prototype] [ 0, 0 ]");
assert.strictEqual(
  inspect(Object.setPrototypeOf(new Date(0), null)),
  "[Date: null prototype] 1970-01-01T00:00:00.000Z");
assert.strictEqual(
  inspect(Object.setPrototypeOf(/a/, null)),
  "[RegExp: null prototype] /a/");
assert.strictEqual(
  inspect(new Date(0)),
  "1970-01-01T00:00:00.000Z");
assert.strictEqual(
  inspect(new Date(NaN)),
  "Invalid Date");
assert.strictEqual(
  inspect(Object.assign(new Date(0), { x: 1 })),
  "1970-01-01T00:00:00.000Z { x: 1 }");
assert.strictEqual(
  inspect(/a\/b/gi),
  "/a\\/b/gi");
assert.strictEqual(
  inspect(Object.assign(/x/, { y: 1 })),
  "/x/ { y: 1 }");
assert.strictEqual(
  inspect(new RegExp('')),
  "/(?:)/");
assert.strictEqual(
  inspect(new Number(3)),
  "[Number: 3]");
assert.strictEqual(
  inspect(new String('ab')),
  "[String: 'ab']");
assert.strictEqual(
  inspect(new Boolean(false)),
  "[Boolean: false]");
assert.strictEqual(
  inspect(Object(1n)),
  "[BigInt: 1n]");
assert.strictEqual(
  inspect(Object(Symbol('s'))),
  "[Symbol: Symbol(s)]");
assert.strictEqual(
  inspect(new Number(-0)),
  "[Number: -0]");
assert.strictEqual(
  inspect(Object.assign(new String('ab'), { x: 1 })),
  "[String: 'ab'] { x: 1 }");
assert.strictEqual(
  inspect(new String('ab'), { showHidden: true }),
  "[String: 'ab'] { [length]: 2 }");
assert.strictEqual(
  inspect(new (class N2 extends Number {})(5)),
  "[Number (N2): 5]");
assert.strictEqual(
  inspect(Object.setPrototypeOf(new Number(3), null)),
  "[Number (null prototype): 3]");
assert.strictEqual(
  inspect([1, 2, 3].values()),
  "Object [Array Iterator] {}");
assert.strictEqual(
  inspect('ab'[Symbol.iterator]()),
  "Object [String Iterator] {}");
