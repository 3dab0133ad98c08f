'use strict';
// util.inspect with [util.inspect.custom] functions and inspect.defaultOptions.
// Expected strings are Node 24's output.
require('../common');
const assert = require('assert');
const util = require('util');
const { inspect } = util;
const custom = inspect.custom;
class C { [custom]() { return 'C!'; } }
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  [custom](depth, options, inspectFn) {
    return `Point<${inspectFn(this.x, options)}, ${options.stylize(String(this.y), 'number')}>`;
  }
}

assert.strictEqual(
  String(custom === Symbol.for('nodejs.util.inspect.custom')),
  "true");
assert.strictEqual(
  inspect(new C()),
  "C!");
// a prototype is not inspected through its own custom function
assert.strictEqual(
  inspect(C.prototype),
  "{}");
assert.strictEqual(
  inspect({ C }),
  "{ C: [class C] }");
assert.strictEqual(
  inspect(new Point(1, 2)),
  "Point<1, 2>");
assert.strictEqual(
  inspect({ p: new Point(1, 2) }, { colors: true }),
  "{ p: Point<\u001b[33m1\u001b[39m, \u001b[33m2\u001b[39m> }");
// returned strings are indented
assert.strictEqual(
  inspect({ a: { [custom]() { return 'multi\nline'; } } }),
  "{\n  a: multi\n  line\n}");
// returned objects are inspected
assert.strictEqual(
  inspect({ a: { [custom]() { return { b: 1 }; } } }),
  "{ a: { b: 1 } }");
assert.strictEqual(
  inspect({ [custom]() { return this; } }),
  "{\n  Symbol(nodejs.util.inspect.custom): [Function: [nodejs.util.inspect.custom]]\n}");
// depth left is the first argument
assert.strictEqual(
  inspect({ a: { [custom](d) { return d; } } }),
  "{ a: 1 }");
assert.strictEqual(
  inspect({ a: { [custom](d) { return d; } } }, { depth: null }),
  "{ a: null }");
assert.strictEqual(
  inspect({ a: { b: { [custom](d, o) { return [d, o.depth].join(); } } } }, { depth: 5 }),
  "{ a: { b: 3,5 } }");
// unknown options reach the custom function
assert.strictEqual(
  inspect({ [custom](d, o) { return Object.keys(o).join(); } }, { foo: 1 }),
  "stylize,showHidden,depth,colors,customInspect,showProxy,maxArrayLength,maxStringLength,breakLength,compact,sorted,getters,numericSeparator,foo");
// customInspect: false
assert.strictEqual(
  inspect(new C(), { customInspect: false }),
  "C {}");
assert.strictEqual(
  inspect({ [custom]: 1 }),
  "{ Symbol(nodejs.util.inspect.custom): 1 }");
