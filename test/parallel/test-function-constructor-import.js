'use strict';
// import() inside code made by the Function constructor loads modules, resolving against the
// file that called the constructor (packages write `new Function('m', 'return import(m)')`
// to hide import() from bundlers), and the Function constructor is otherwise unchanged.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const dynamicImport = new Function('specifier', 'return import(specifier)');
dynamicImport('../fixtures/esm/counter.mjs').then(common.mustCall((ns) => {
  assert.strictEqual(typeof ns.increment, 'function');
}));
Function('s', 'return import(s)')('node:path').then(common.mustCall((ns) => {
  assert.strictEqual(ns.default, path);
}));
dynamicImport('./does-not-exist.mjs').catch(common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_MODULE_NOT_FOUND');
}));

// The constructor itself.
assert.strictEqual((function() {}).constructor, Function);
assert.strictEqual(Function.prototype.constructor, Function);
assert.strictEqual(Function.name, 'Function');
assert.strictEqual(Function.length, 1);
assert(Function instanceof Function);
assert.strictEqual(Function('return this')(), globalThis);
assert.strictEqual(new Function('a', 'b', 'return a + b')(1, 2), 3);
assert.strictEqual(new Function('a, b', 'return a * b')(3, 4), 12);
assert.strictEqual(Function()(), undefined);
assert.strictEqual(new Function('return 1').name, 'anonymous');
assert.throws(() => new Function('return ('), SyntaxError);
assert.throws(() => new Function('return import('), SyntaxError);
const body = { toString() { return 'return 7'; } };
assert.strictEqual(new Function(body)(), 7);
class Sub extends Function {}
const sub = new Sub('return 5');
assert(sub instanceof Sub);
assert.strictEqual(sub(), 5);
