'use strict';
// util.inspect of functions, classes, class instances, null-prototype objects and Symbol.toStringTag.
// Expected strings are Node 24's output.
require('../common');
const assert = require('assert');
const { inspect } = require('util');
function f() {}
class A { static s = 1; static m() {} }
class B extends A {}
class T { get [Symbol.toStringTag]() { return 'TT'; } }
class Sealed {}
Sealed.prototype.constructor = class Other {};

assert.strictEqual(
  inspect(f),
  "[Function: f]");
assert.strictEqual(
  inspect(A),
  "[class A] { s: 1 }");
assert.strictEqual(
  inspect(B),
  "[class B extends A]");
assert.strictEqual(
  inspect(() => {}),
  "[Function (anonymous)]");
assert.strictEqual(
  inspect(async function af() {}),
  "[AsyncFunction: af]");
assert.strictEqual(
  inspect(function* g() {}),
  "[GeneratorFunction: g]");
assert.strictEqual(
  inspect(async function* ag() {}),
  "[AsyncGeneratorFunction: ag]");
assert.strictEqual(
  inspect(async () => {}),
  "[AsyncFunction (anonymous)]");
assert.strictEqual(
  inspect(Object.assign(function fp() {}, { x: 1 })),
  "[Function: fp] { x: 1 }");
assert.strictEqual(
  inspect(Object.setPrototypeOf(function q() {}, null)),
  "[Function (null prototype): q]");
assert.strictEqual(
  inspect(class {}),
  "[class (anonymous)]");
assert.strictEqual(
  inspect(class extends null {}),
  "[class (anonymous)]");
assert.strictEqual(
  inspect(Object.defineProperty(function() {}, 'name', { value: '' })),
  "[Function (anonymous)]");
assert.strictEqual(
  inspect(Math.max),
  "[Function: max]");
assert.strictEqual(
  inspect(f.bind(null)),
  "[Function: bound f]");
assert.strictEqual(
  inspect({ method() {}, arrow: () => 1, async am() {}, *gen() {} }),
  "{\n  method: [Function: method],\n  arrow: [Function: arrow],\n  am: [AsyncFunction: am],\n  gen: [GeneratorFunction: gen]\n}");
assert.strictEqual(
  inspect(Object.create(null)),
  "[Object: null prototype] {}");
assert.strictEqual(
  inspect(Object.assign(Object.create(null), { a: 1 })),
  "[Object: null prototype] { a: 1 }");
assert.strictEqual(
  inspect(Object.create(A.prototype)),
  "A {}");
assert.strictEqual(
  inspect(new B()),
  "B {}");
assert.strictEqual(
  inspect(Object.assign(new B(), { x: 1 })),
  "B { x: 1 }");
assert.strictEqual(
  inspect(new Sealed()),
  "{}");
assert.strictEqual(
  inspect({ constructor: "x" }),
  "{ constructor: 'x' }");
assert.strictEqual(
  inspect(Object.create(Object.create(null))),
  "Object <[Object: null prototype] {}> {}");
assert.strictEqual(
  inspect(Object.create({}, { x: { value: 1, enumerable: true } })),
  "{ x: 1 }");
assert.strictEqual(
  inspect(Object.create(Array.prototype)),
  "Array {}");
// Symbol.toStringTag
assert.strictEqual(
  inspect(new T()),
  "T [TT] {}");
assert.strictEqual(
  inspect({ [Symbol.toStringTag]: 'Z' }),
  "{ Symbol(Symbol.toStringTag): 'Z' }");
assert.strictEqual(
  inspect(Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'Y' })),
  "Object [Y] { a: 1 }");
assert.strictEqual(
  inspect(Object.defineProperty(Object.create(null), Symbol.toStringTag, { value: 'NP' })),
  "[Object: null prototype] [NP] {}");
assert.strictEqual(
  inspect(Object.create(null, { [Symbol.toStringTag]: { value: 'X' }, a: { value: 1, enumerable: true } })),
  "[Object: null prototype] [X] { a: 1 }");
assert.strictEqual(
  inspect(Object.setPrototypeOf(function fn() {}, null)),
  "[Function (null prototype): fn]");
