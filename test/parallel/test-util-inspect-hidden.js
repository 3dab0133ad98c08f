'use strict';
// util.inspect options showHidden, getters and sorted.
// Expected strings are Node 24's output.
require('../common');
const assert = require('assert');
const { inspect } = require('util');
class Foo { bar() {} get baz() { return 1; } }
class Sub extends Foo { q() {} }
const accessors = { get a() { return { x: 1 }; }, get n() { return null; }, set s(v) {}, get gs() { return 's'; }, set gs(v) {} };

assert.strictEqual(
  inspect([1, 2, 3], { showHidden: true }),
  "[ 1, 2, 3, [length]: 3 ]");
assert.strictEqual(
  inspect({ a: 1, [Symbol('s')]: 2 }, { showHidden: true }),
  "{ a: 1, Symbol(s): 2 }");
assert.strictEqual(
  inspect(Object.defineProperty({}, Symbol('h'), { value: 1 }), { showHidden: true }),
  "{ [Symbol(h)]: 1 }");
assert.strictEqual(
  inspect(Object.defineProperty({}, 'x y', { value: 1, enumerable: false }), { showHidden: true }),
  "{ ['x y']: 1 }");
assert.strictEqual(
  inspect(new Uint8Array(3), { showHidden: true }),
  "Uint8Array(3) [\n  0,\n  0,\n  0,\n  [BYTES_PER_ELEMENT]: 1,\n  [length]: 3,\n  [byteLength]: 3,\n  [byteOffset]: 0,\n  [buffer]: ArrayBuffer { [byteLength]: 3 }\n]");
// accessors of user prototypes
assert.strictEqual(
  inspect(new Foo(), { showHidden: true }),
  "Foo { [baz]: [Getter] }");
assert.strictEqual(
  inspect(new Sub(), { showHidden: true }),
  "Sub { [baz]: [Getter] }");
assert.strictEqual(
  inspect(Object.create(Object.create({ a: 1 })), { showHidden: true }),
  "{ a: 1 }");
// getters
assert.strictEqual(
  inspect(accessors, { getters: true }),
  "{\n  a: [Getter] { x: 1 },\n  n: [Getter: null],\n  s: [Setter],\n  gs: [Getter/Setter: 's']\n}");
assert.strictEqual(
  inspect({ get a() { return 1; }, set c(v) {}, get c() { return 2; } }, { getters: 'get' }),
  "{ a: [Getter: 1], c: [Getter/Setter] }");
assert.strictEqual(
  inspect({ get a() { return 1; }, set c(v) {}, get c() { return 2; } }, { getters: 'set' }),
  "{ a: [Getter], c: [Getter/Setter: 2] }");
// sorted
assert.strictEqual(
  inspect({ a: 1, c: 3, b: 2 }, { sorted: true }),
  "{ a: 1, b: 2, c: 3 }");
assert.strictEqual(
  inspect(new Map([['b', 1], ['a', 2]]), { sorted: true }),
  "Map(2) { 'a' => 2, 'b' => 1 }");
assert.strictEqual(
  inspect({ b: 1, a: 2 }, { sorted: (a, b) => (a < b ? 1 : -1) }),
  "{ b: 1, a: 2 }");
assert.strictEqual(
  inspect(Object.assign([3, 1], { z: 1, y: 2 }), { sorted: true }),
  "[ 3, 1, y: 2, z: 1 ]");
assert.strictEqual(
  inspect(new Set(['b', 'a']), { sorted: true }),
  "Set(2) { 'a', 'b' }");
