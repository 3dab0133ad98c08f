'use strict';
// util.inspect layout: compact, breakLength and the grouping of short array items into columns.
// Expected strings are Node 24's output.
require('../common');
const assert = require('assert');
const { inspect } = require('util');
const obj = { a: 1, b: { c: [1, 2, { d: 'x' }] }, e: 'str' };

// compact: false puts every property on its own line
assert.strictEqual(
  inspect(obj, { compact: false }),
  "{\n  a: 1,\n  b: {\n    c: [\n      1,\n      2,\n      [Object]\n    ]\n  },\n  e: 'str'\n}");
// compact: true is the old layout
assert.strictEqual(
  inspect(obj, { compact: true }),
  "{ a: 1, b: { c: [ 1, 2, [Object] ] }, e: 'str' }");
assert.strictEqual(
  inspect(obj, { compact: 1 }),
  "{\n  a: 1,\n  b: {\n    c: [ 1, 2, [Object] ]\n  },\n  e: 'str'\n}");
assert.strictEqual(
  inspect(obj, { compact: 0 }),
  "{\n  a: 1,\n  b: {\n    c: [\n      1,\n      2,\n      [Object]\n    ]\n  },\n  e: 'str'\n}");
assert.strictEqual(
  inspect(obj, { breakLength: 10 }),
  "{\n  a: 1,\n  b: {\n    c: [\n      1,\n      2,\n      [Object]\n    ]\n  },\n  e: 'str'\n}");
assert.strictEqual(
  inspect(obj, { breakLength: 10, compact: true }),
  "{ a: 1,\n  b:\n   { c:\n      [ 1,\n        2,\n        [Object] ] },\n  e: 'str' }");
assert.strictEqual(
  inspect(obj, { breakLength: Infinity }),
  "{ a: 1, b: { c: [ 1, 2, [Object] ] }, e: 'str' }");
assert.strictEqual(
  inspect({ a: { b: { c: { d: 1 } } } }, { compact: true, depth: 5, breakLength: 5 }),
  "{ a:\n   { b:\n      { c:\n         { d: 1 } } } }");
// arrays of more than six short items are grouped
assert.strictEqual(
  inspect([1, 2, 3, 4, 5, 6, 7], { compact: false }),
  "[\n  1,\n  2,\n  3,\n  4,\n  5,\n  6,\n  7\n]");
assert.strictEqual(
  inspect(Array(7).fill('a')),
  "[\n  'a', 'a', 'a',\n  'a', 'a', 'a',\n  'a'\n]");
assert.strictEqual(
  inspect([1, 2, 3, 'a', 5, 6, 7, 8]),
  "[\n  1, 2, 3, 'a',\n  5, 6, 7, 8\n]");
assert.strictEqual(
  inspect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
  "[\n  1, 2, 3, 4,  5,\n  6, 7, 8, 9, 10\n]");
assert.strictEqual(
  inspect(new Array(200).fill(1).map((x, i) => i)),
  "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 100 more items\n]");
assert.strictEqual(
  inspect(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1))),
  "[\n  'a',     'bb',    'ccc',   'dddd',\n  'eeeee', 'f',     'gg',    'hhh',\n  'iiii',  'jjjjj', 'k',     'll',\n  'mmm',   'nnnn',  'ooooo', 'p',\n  'qq',    'rrr',   'ssss',  'ttttt',\n  'u',     'vv',    'www',   'xxxx',\n  'yyyyy', 'z'\n]");
assert.strictEqual(
  inspect(Array.from({ length: 30 }, (_, k) => ({ a: k }))),
  "[\n  { a: 0 },  { a: 1 },  { a: 2 },\n  { a: 3 },  { a: 4 },  { a: 5 },\n  { a: 6 },  { a: 7 },  { a: 8 },\n  { a: 9 },  { a: 10 }, { a: 11 },\n  { a: 12 }, { a: 13 }, { a: 14 },\n  { a: 15 }, { a: 16 }, { a: 17 },\n  { a: 18 }, { a: 19 }, { a: 20 },\n  { a: 21 }, { a: 22 }, { a: 23 },\n  { a: 24 }, { a: 25 }, { a: 26 },\n  { a: 27 }, { a: 28 }, { a: 29 }\n]");
assert.strictEqual(
  inspect(Array.from({ length: 8 }, (_, k) => 'x'.repeat(k * 3))),
  "[\n  '',\n  'xxx',\n  'xxxxxx',\n  'xxxxxxxxx',\n  'xxxxxxxxxxxx',\n  'xxxxxxxxxxxxxxx',\n  'xxxxxxxxxxxxxxxxxx',\n  'xxxxxxxxxxxxxxxxxxxxx'\n]");
// numbers are right-aligned
assert.strictEqual(
  inspect({ arr: Array.from({ length: 20 }, (_, k) => k * 1000) }),
  "{\n  arr: [\n        0,  1000,  2000,  3000,\n     4000,  5000,  6000,  7000,\n     8000,  9000, 10000, 11000,\n    12000, 13000, 14000, 15000,\n    16000, 17000, 18000, 19000\n  ]\n}");
assert.strictEqual(
  inspect([[1, 2, 3, 4, 5, 6, 7, 8], [1, 2]]),
  "[\n  [\n    1, 2, 3, 4,\n    5, 6, 7, 8\n  ],\n  [ 1, 2 ]\n]");
assert.strictEqual(
  inspect([1.5, -2, 300000, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27]),
  "[\n  1.5, -2, 300000,  4,  5,\n    6,  7,      8,  9, 10,\n   11, 12,     13, 14, 15,\n   16, 17,     18, 19, 20,\n   21, 22,     23, 24, 25,\n   26, 27\n]");
assert.strictEqual(
  inspect(['a', 1, 'b', 2, 'c', 3, 'd', 4]),
  "[\n  'a', 1, 'b', 2,\n  'c', 3, 'd', 4\n]");
assert.strictEqual(
  inspect([1n, 2n, 3n, 4n, 5n, 6n, 7n]),
  "[\n  1n, 2n, 3n, 4n,\n  5n, 6n, 7n\n]");
assert.strictEqual(
  inspect({ x: Array.from({ length: 120 }, (_, k) => k) }, { breakLength: Infinity }),
  "{\n  x: [\n     0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n    12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n    24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n    36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n    48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n    60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n    72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n    84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n    96, 97, 98, 99,\n    ... 20 more items\n  ]\n}");
assert.strictEqual(
  inspect(Array.from({ length: 7 }, (_, k) => [k])),
  "[\n  [ 0 ], [ 1 ],\n  [ 2 ], [ 3 ],\n  [ 4 ], [ 5 ],\n  [ 6 ]\n]");
assert.strictEqual(
  inspect([[], [], [], [], [], [], []]),
  "[\n  [], [], [], [],\n  [], [], []\n]");
assert.strictEqual(
  inspect([undefined, null, true, false, NaN, Infinity, -Infinity]),
  "[\n  undefined, null,\n  true,      false,\n  NaN,       Infinity,\n  -Infinity\n]");
assert.strictEqual(
  inspect([new Array(7).fill('abcdefghij')]),
  "[\n  [\n    'abcdefghij',\n    'abcdefghij',\n    'abcdefghij',\n    'abcdefghij',\n    'abcdefghij',\n    'abcdefghij',\n    'abcdefghij'\n  ]\n]");
// wide characters count double
assert.strictEqual(
  inspect(['漢字漢字', 'ab', 'c', 'd', 'e', 'f', 'g', 'h']),
  "[ '漢字漢字', 'ab', 'c', 'd', 'e', 'f', 'g', 'h' ]");
assert.strictEqual(
  inspect({ a: [1, 2, 3], b: 'x'.repeat(60) }),
  "{\n  a: [ 1, 2, 3 ],\n  b: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n}");
assert.strictEqual(
  inspect({ a: 'x'.repeat(75) }),
  "{\n  a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n}");
assert.strictEqual(
  inspect(['x'.repeat(20) + '\n' + 'y'.repeat(70)]),
  "[\n  'xxxxxxxxxxxxxxxxxxxx\\n' +\n    'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'\n]");
assert.strictEqual(
  inspect(new Map([[{ a: 1 }, { b: 2 }]]), { compact: false }),
  "Map(1) {\n  {\n    a: 1\n  } => {\n    b: 2\n  }\n}");
assert.strictEqual(
  inspect(new Set([[1, 2]]), { compact: false }),
  "Set(1) {\n  [\n    1,\n    2\n  ]\n}");
assert.strictEqual(
  inspect([[1, [2, [3, [4, [5]]]]]], { depth: 10 }),
  "[\n  [\n    1,\n    [\n      2,\n      [ 3, [ 4, [ 5 ] ] ]\n    ]\n  ]\n]");
assert.strictEqual(
  inspect({ a: 'aaaaaaaaaaaaaaaaaaaa', b: 'bbbbbbbbbbbbbbbbbbbb', c: 'cccccccccccccccccccc', d: 'dd' }),
  "{\n  a: 'aaaaaaaaaaaaaaaaaaaa',\n  b: 'bbbbbbbbbbbbbbbbbbbb',\n  c: 'cccccccccccccccccccc',\n  d: 'dd'\n}");
assert.strictEqual(
  inspect({ a: 'aaaaaaaaaaaaaaaaaaaa', b: 'bbbbbbbbbbbbbbbbbbbb', c: 'cccccccccccccccccccc', d: 'ddd' }),
  "{\n  a: 'aaaaaaaaaaaaaaaaaaaa',\n  b: 'bbbbbbbbbbbbbbbbbbbb',\n  c: 'cccccccccccccccccccc',\n  d: 'ddd'\n}");
