'use strict';
// util.inspect of plain objects and arrays: keys, holes, extra properties, nesting and depth.
// Expected strings are Node 24's output.
require('../common');
const assert = require('assert');
const { inspect } = require('util');

assert.strictEqual(
  inspect({}),
  "{}");
assert.strictEqual(
  inspect([]),
  "[]");
assert.strictEqual(
  inspect({ a: 1, b: 'x', c: [1, 2, 3] }),
  "{ a: 1, b: 'x', c: [ 1, 2, 3 ] }");
// keys are quoted unless they are identifiers
assert.strictEqual(
  inspect({ 'a-b': 1, ab: 2, '1': 3, __proto__x: 4, ['__proto__']: 5, 'é': 6, '$a': 7, _b: 8, '': 9, "it's": 10 }),
  "{\n  '1': 3,\n  'a-b': 1,\n  ab: 2,\n  __proto__x: 4,\n  ['__proto__']: 5,\n  'é': 6,\n  '$a': 7,\n  _b: 8,\n  '': 9,\n  \"it's\": 10\n}");
assert.strictEqual(
  inspect({ 'a\nb': 1, 'q"': 2 }),
  "{ 'a\\nb': 1, 'q\"': 2 }");
// symbol keys
assert.strictEqual(
  inspect({ [Symbol('x y')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3 }),
  "{ Symbol(x y): 1, Symbol(): 2, Symbol(Symbol.iterator): 3 }");
// holes
assert.strictEqual(
  inspect([1, , 3]),
  "[ 1, <1 empty item>, 3 ]");
assert.strictEqual(
  inspect([, ,]),
  "[ <2 empty items> ]");
assert.strictEqual(
  inspect([1, , , 4, ,]),
  "[ 1, <2 empty items>, 4, <1 empty item> ]");
assert.strictEqual(
  inspect(new Array(5)),
  "[ <5 empty items> ]");
assert.strictEqual(
  inspect([1, 2, , 4, 5, 6, 7, 8, , ,], { maxArrayLength: 4 }),
  "[ 1, 2, <1 empty item>, 4, ... 6 more items ]");
// extra keys of arrays
assert.strictEqual(
  inspect(Object.assign([1, 2], { x: 1, '-1': 2 })),
  "[ 1, 2, x: 1, '-1': 2 ]");
assert.strictEqual(
  inspect(Object.assign([], { x: 1 })),
  "[ x: 1 ]");
// more than 100 items
assert.strictEqual(
  inspect(new Array(150).fill(0)),
  "[\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0,\n  ... 50 more items\n]");
assert.strictEqual(
  inspect(Array.from({ length: 101 }, (_, k) => `s${k}`)),
  "[\n  's0',  's1',  's2',  's3',  's4',  's5',  's6',  's7',\n  's8',  's9',  's10', 's11', 's12', 's13', 's14', 's15',\n  's16', 's17', 's18', 's19', 's20', 's21', 's22', 's23',\n  's24', 's25', 's26', 's27', 's28', 's29', 's30', 's31',\n  's32', 's33', 's34', 's35', 's36', 's37', 's38', 's39',\n  's40', 's41', 's42', 's43', 's44', 's45', 's46', 's47',\n  's48', 's49', 's50', 's51', 's52', 's53', 's54', 's55',\n  's56', 's57', 's58', 's59', 's60', 's61', 's62', 's63',\n  's64', 's65', 's66', 's67', 's68', 's69', 's70', 's71',\n  's72', 's73', 's74', 's75', 's76', 's77', 's78', 's79',\n  's80', 's81', 's82', 's83', 's84', 's85', 's86', 's87',\n  's88', 's89', 's90', 's91', 's92', 's93', 's94', 's95',\n  's96', 's97', 's98', 's99',\n  ... 1 more item\n]");
// maxArrayLength
assert.strictEqual(
  inspect([1, 2, 3], { maxArrayLength: 0 }),
  "[ ... 3 more items ]");
assert.strictEqual(
  inspect([1, 2, 3], { maxArrayLength: 1 }),
  "[ 1, ... 2 more items ]");
assert.strictEqual(
  inspect([1, 2, 3], { maxArrayLength: null }),
  "[ 1, 2, 3 ]");
// depth
assert.strictEqual(
  inspect({ a: { b: { c: {} } } }),
  "{ a: { b: { c: {} } } }");
assert.strictEqual(
  inspect({ a: { b: { c: { d: 1 } } } }),
  "{ a: { b: { c: [Object] } } }");
assert.strictEqual(
  inspect({ a: { b: { c: { d: { e: 1 } } } } }, { depth: Infinity }),
  "{\n  a: {\n    b: { c: { d: { e: 1 } } }\n  }\n}");
assert.strictEqual(
  inspect({ a: { b: { c: { d: { e: 1 } } } }, x: 1 }, { depth: null }),
  "{\n  a: {\n    b: { c: { d: { e: 1 } } }\n  },\n  x: 1\n}");
assert.strictEqual(
  inspect([[[[1]]]]),
  "[ [ [ [Array] ] ] ]");
assert.strictEqual(
  inspect([[[[]]]]),
  "[ [ [ [] ] ] ]");
assert.strictEqual(
  inspect({ a: [{}] }),
  "{ a: [ {} ] }");
assert.strictEqual(
  inspect({ a: { b: { c: { d: {} } } } }, { depth: 0 }),
  "{ a: [Object] }");
assert.strictEqual(
  inspect([{}], { depth: -1 }),
  "[Array]");
assert.strictEqual(
  inspect([[]], { depth: 0 }),
  "[ [] ]");
assert.strictEqual(
  inspect([[1]], { depth: 0 }),
  "[ [Array] ]");
assert.strictEqual(
  inspect({ key: 'value', nested: { arr: [1, 2, 3], s: new Set([1]), m: new Map([['k', { deep: { deeper: 1 } }]]) } }),
  "{\n  key: 'value',\n  nested: { arr: [ 1, 2, 3 ], s: Set(1) { 1 }, m: Map(1) { 'k' => [Object] } }\n}");
assert.strictEqual(
  inspect(Array.from({ length: 12 }, (_, k) => ({ id: k, name: `n${k}` }))),
  "[\n  { id: 0, name: 'n0' },\n  { id: 1, name: 'n1' },\n  { id: 2, name: 'n2' },\n  { id: 3, name: 'n3' },\n  { id: 4, name: 'n4' },\n  { id: 5, name: 'n5' },\n  { id: 6, name: 'n6' },\n  { id: 7, name: 'n7' },\n  { id: 8, name: 'n8' },\n  { id: 9, name: 'n9' },\n  { id: 10, name: 'n10' },\n  { id: 11, name: 'n11' }\n]");
// getters and setters
assert.strictEqual(
  inspect({ get a() { return 1; }, set b(v) {}, get c() { return 2; }, set c(v) {} }),
  "{ a: [Getter], b: [Setter], c: [Getter/Setter] }");
// undefined values
assert.strictEqual(
  inspect({ a: undefined, b: null }),
  "{ a: undefined, b: null }");
// arguments objects
assert.strictEqual(
  inspect((function() { return arguments; })()),
  "[Arguments] {}");
assert.strictEqual(
  inspect((function() { return arguments; })(1, 2)),
  "[Arguments] { '0': 1, '1': 2 }");
// legacy arguments: showHidden, depth
assert.strictEqual(
  inspect({ a: { b: { c: {} } } }, false, 0),
  "{ a: [Object] }");
assert.strictEqual(
  inspect([1], true),
  "[ 1, [length]: 1 ]");
