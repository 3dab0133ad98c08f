'use strict';
// util.format and util.formatWithOptions.
// Expected strings are Node 24's output.
require('../common');
const assert = require('assert');
const { format, formatWithOptions } = require('util');
const circular = {};
circular.c = circular;
class Q {}
class R { toString() { return 'R!'; } }

assert.strictEqual(
  format('%s %s', 'a', 'b'),
  "a b");
assert.strictEqual(
  format('%d %i %f %j %o %O %c %% %x', '42.5', '42.5', '1.5e3', { a: 1 }, { b: [1] }, { c: 2 }, 'css'),
  "42.5 42 1500 {\"a\":1} { b: [ 1, [length]: 1 ] } { c: 2 }  % %x");
assert.strictEqual(
  format('%d', 1n),
  "1n");
assert.strictEqual(
  format('%i', Symbol()),
  "NaN");
assert.strictEqual(
  format('%f', Symbol()),
  "NaN");
assert.strictEqual(
  format('%d', {}),
  "NaN");
assert.strictEqual(
  format('a', 'b', 1, { c: 1 }),
  "a b 1 { c: 1 }");
assert.strictEqual(
  format(1, 2),
  "1 2");
assert.strictEqual(
  format('%s'),
  "%s");
assert.strictEqual(
  format('%%s', 1),
  "%s 1");
assert.strictEqual(
  format('%', 1),
  "% 1");
assert.strictEqual(
  format('%s:%s', 'a'),
  "a:%s");
assert.strictEqual(
  format('%j', circular),
  "[Circular]");
assert.strictEqual(
  format('%s', { toString: 1 }),
  "{ toString: 1 }");
assert.strictEqual(
  format('%s', Object.create(null)),
  "[Object: null prototype] {}");
assert.strictEqual(
  format('%s', { [Symbol.toPrimitive]() { return 'prim'; } }),
  "prim");
assert.strictEqual(
  format('%s', new Map([[1, 2]])),
  "Map(1) { 1 => 2 }");
assert.strictEqual(
  format('%s', class {}),
  "class {}");
assert.strictEqual(
  format('%s', function f() {}),
  "function f() {}");
assert.strictEqual(
  format('%s', { toString() { return 'ts'; } }),
  "ts");
assert.strictEqual(
  format('%s', new Q()),
  "Q {}");
assert.strictEqual(
  format('%s', new R()),
  "R!");
assert.strictEqual(
  format('%s', new Date(0)),
  "1970-01-01T00:00:00.000Z");
assert.strictEqual(
  format('%s', [1, [2, [3]]]),
  "[ 1, [Array] ]");
assert.strictEqual(
  format('%s', -0),
  "-0");
assert.strictEqual(
  format('%s', 1n),
  "1n");
assert.strictEqual(
  format('%s', Symbol('q')),
  "Symbol(q)");
assert.strictEqual(
  format('%s', null, undefined),
  "null undefined");
assert.strictEqual(
  format('%s', { a: { b: { c: 1 } } }),
  "{ a: [Object] }");
assert.strictEqual(
  format('%s %s'),
  "%s %s");
assert.strictEqual(
  format(),
  "");
assert.strictEqual(
  format(''),
  "");
assert.strictEqual(
  format({ a: 1 }, 'x'),
  "{ a: 1 } x");
assert.strictEqual(
  format('%O', { a: { b: { c: { d: 1 } } } }),
  "{ a: { b: { c: [Object] } } }");
assert.strictEqual(
  format('%o', [1, { a: 2 }]),
  "[ 1, { a: 2 }, [length]: 2 ]");
assert.strictEqual(
  format('%i', '0x10'),
  "16");
assert.strictEqual(
  format('%f', 'abc'),
  "NaN");
assert.strictEqual(
  format('%d', '0x10'),
  "16");
assert.strictEqual(
  format('%d', -0),
  "-0");
assert.strictEqual(
  format('%i', -0.5),
  "-0");
assert.strictEqual(
  format('%j', undefined),
  "undefined");
assert.strictEqual(
  format('%j', { toJSON() { return 'j'; } }),
  "\"j\"");
assert.strictEqual(
  format('x%', 1),
  "x% 1");
assert.strictEqual(
  format('%%%', 1),
  "%% 1");
assert.strictEqual(
  format('%s%', 1),
  "1%");
assert.strictEqual(
  format('%c%s', 'color: red', 'x'),
  "x");
assert.strictEqual(
  format('foo\n', 'bar'),
  "foo\n bar");
assert.strictEqual(
  format('%s', new Number(3)),
  "[Number: 3]");
assert.strictEqual(
  format('%s', Object(Symbol('x'))),
  "[Symbol: Symbol(x)]");
assert.strictEqual(
  format('%d %d', 1),
  "1 %d");
assert.strictEqual(
  format('%s', 'a', 'b', 'c'),
  "a b c");
assert.strictEqual(
  format('%s', new Proxy({ a: 1 }, {})),
  "{ a: 1 }");
assert.strictEqual(
  format(Symbol('s'), 1n),
  "Symbol(s) 1n");
assert.strictEqual(
  formatWithOptions({ colors: true }, '%O and %s', { a: 1 }, 2),
  "{ a: \u001b[33m1\u001b[39m } and 2");
assert.strictEqual(
  formatWithOptions({ depth: 0 }, { a: { b: 1 } }),
  "{ a: [Object] }");
assert.strictEqual(
  formatWithOptions({ compact: false }, '%o', { a: 1 }),
  "{\n  a: 1\n}");
