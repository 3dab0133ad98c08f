'use strict';
// util.inspect of circular structures: <ref *n> marks the target, [Circular *n] the reference.
// Expected strings are Node 24's output.
require('../common');
const assert = require('assert');
const { inspect } = require('util');
const arr = [1];
arr.push(arr);
const obj = {};
obj.self = obj;
obj.arr = [obj];
const x = {};
const y = { x };
x.y = y;
const map = new Map();
map.set(map, map);
const set = new Set();
set.add(set);
const deep = { a: { b: {} } };
deep.a.b.top = deep;
deep.a.b.mid = deep.a;

assert.strictEqual(
  inspect(arr),
  "<ref *1> [ 1, [Circular *1] ]");
assert.strictEqual(
  inspect(obj),
  "<ref *1> { self: [Circular *1], arr: [ [Circular *1] ] }");
assert.strictEqual(
  inspect([x, y]),
  "[\n  <ref *1> { y: { x: [Circular *1] } },\n  <ref *2> { x: <ref *1> { y: [Circular *2] } }\n]");
assert.strictEqual(
  inspect(map),
  "<ref *1> Map(1) { [Circular *1] => [Circular *1] }");
assert.strictEqual(
  inspect(set),
  "<ref *1> Set(1) { [Circular *1] }");
assert.strictEqual(
  inspect(deep),
  "<ref *1> {\n  a: <ref *2> { b: { top: [Circular *1], mid: [Circular *2] } }\n}");
assert.strictEqual(
  inspect(obj, { compact: true }),
  "<ref *1> { self: [Circular *1], arr: [ [Circular *1] ] }");
assert.strictEqual(
  inspect({ a: obj, b: obj }),
  "{\n  a: <ref *1> { self: [Circular *1], arr: [ [Circular *1] ] },\n  b: <ref *1> { self: [Circular *1], arr: [ [Circular *1] ] }\n}");
