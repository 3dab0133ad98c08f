'use strict';
// AsyncFunction, GeneratorFunction and AsyncGeneratorFunction extend the global Function, and
// every kind of function's constructor chain leads to it, as in Node.
require('../common');
const assert = require('assert');

const AsyncFunction = (async () => {}).constructor;
const GeneratorFunction = (function* () {}).constructor;
const AsyncGeneratorFunction = (async function* () {}).constructor;

for (const C of [AsyncFunction, GeneratorFunction, AsyncGeneratorFunction]) {
  assert.strictEqual(Object.getPrototypeOf(C), Function);
  assert.ok(C instanceof Function);
  assert.strictEqual(typeof C, 'function');
}
assert.strictEqual(AsyncFunction.name, 'AsyncFunction');
assert.strictEqual(GeneratorFunction.name, 'GeneratorFunction');
assert.strictEqual(AsyncGeneratorFunction.name, 'AsyncGeneratorFunction');
assert.strictEqual((() => {}).constructor, Function);
assert.strictEqual(function () {}.constructor, Function);
assert.strictEqual(Function.prototype.constructor, Function);
assert.strictEqual(Object.getPrototypeOf(Function.prototype), Object.prototype);

// They still make functions of their kind.
const add = new AsyncFunction('a', 'b', 'return a + b');
assert.strictEqual(Object.getPrototypeOf(add), AsyncFunction.prototype);
add(1, 2).then((v) => assert.strictEqual(v, 3));
const gen = new GeneratorFunction('yield 1; yield 2');
assert.deepStrictEqual([...gen()], [1, 2]);
const agen = AsyncGeneratorFunction('yield 5');
agen().next().then((r) => assert.deepStrictEqual(r, { value: 5, done: false }));
assert.strictEqual(new Function('return 7')(), 7);
