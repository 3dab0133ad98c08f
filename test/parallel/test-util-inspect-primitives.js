'use strict';
// util.inspect of primitives: strings (quotes, escapes, long text), numbers, bigints, symbols.
// Expected strings are Node 24's output.
require('../common');
const assert = require('assert');
const { inspect } = require('util');

// strings pick the quote that needs no escaping
assert.strictEqual(
  inspect('abc'),
  "'abc'");
assert.strictEqual(
  inspect("a'b"),
  "\"a'b\"");
assert.strictEqual(
  inspect('a"b\'c'),
  "`a\"b'c`");
assert.strictEqual(
  inspect('a"b\'c`'),
  "'a\"b\\'c`'");
assert.strictEqual(
  inspect('a"b\'c${'),
  "'a\"b\\'c${'");
// control characters, C1 controls and the backslash are escaped
assert.strictEqual(
  inspect('\x00\x07\b\t\n\v\f\r\x1b\x7f\x80\x9f\xa0\\'),
  "'\\x00\\x07\\b\\t\\n\\x0B\\f\\r\\x1B\\x7F\\x80\\x9F \\\\'");
// lone surrogates are escaped, pairs are not
assert.strictEqual(
  inspect('\ud83d'),
  "'\\ud83d'");
assert.strictEqual(
  inspect('\ud83d\ude00'),
  "'😀'");
assert.strictEqual(
  inspect('\udc00x'),
  "'\\udc00x'");
assert.strictEqual(
  inspect(''),
  "''");
assert.strictEqual(
  inspect('x'.repeat(100)),
  "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'");
// long multi-line strings are split at line breaks
assert.strictEqual(
  inspect('aaaaaaaaaaaaaaaaaaaaa\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\nccc'),
  "'aaaaaaaaaaaaaaaaaaaaa\\n' +\n  'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\\n' +\n  'ccc'");
assert.strictEqual(
  inspect({ text: 'first line of text\n'.repeat(5) }),
  "{\n  text: 'first line of text\\n' +\n    'first line of text\\n' +\n    'first line of text\\n' +\n    'first line of text\\n' +\n    'first line of text\\n'\n}");
assert.strictEqual(
  inspect('short\nlines'),
  "'short\\nlines'");
assert.strictEqual(
  inspect('aaaaaaaaaaaaaaaaaaaaa\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', { compact: true }),
  "'aaaaaaaaaaaaaaaaaaaaa\\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'");
// maxStringLength
assert.strictEqual(
  inspect('abcdef', { maxStringLength: 2 }),
  "'ab'... 4 more characters");
assert.strictEqual(
  inspect('abcdef', { maxStringLength: 5 }),
  "'abcde'... 1 more character");
assert.strictEqual(
  inspect('abcdef', { maxStringLength: null }),
  "'abcdef'");
assert.strictEqual(
  inspect(['a'.repeat(20)], { maxStringLength: 10 }),
  "[ 'aaaaaaaaaa'... 10 more characters ]");
assert.strictEqual(
  inspect('a'.repeat(10001)).length.toString(),
  "10022");
// numbers
assert.strictEqual(
  inspect(1),
  "1");
assert.strictEqual(
  inspect(-0),
  "-0");
assert.strictEqual(
  inspect([-0, 0, +0]),
  "[ -0, 0, 0 ]");
assert.strictEqual(
  inspect(NaN),
  "NaN");
assert.strictEqual(
  inspect(-Infinity),
  "-Infinity");
assert.strictEqual(
  inspect(1.5e300),
  "1.5e+300");
assert.strictEqual(
  inspect(1e-7),
  "1e-7");
// numericSeparator
assert.strictEqual(
  inspect(1234567.891234, { numericSeparator: true }),
  "1_234_567.891_234");
assert.strictEqual(
  inspect(-1234567, { numericSeparator: true }),
  "-1_234_567");
assert.strictEqual(
  inspect(-0.5, { numericSeparator: true }),
  "-0.5");
assert.strictEqual(
  inspect(1e21, { numericSeparator: true }),
  "1e+21");
assert.strictEqual(
  inspect(1234.5, { numericSeparator: true }),
  "1_234.5");
assert.strictEqual(
  inspect(0.12345, { numericSeparator: true }),
  "0.123_45");
assert.strictEqual(
  inspect(-1234.5678, { numericSeparator: true }),
  "-1_234.567_8");
assert.strictEqual(
  inspect(999, { numericSeparator: true }),
  "999");
assert.strictEqual(
  inspect(123456789n, { numericSeparator: true }),
  "123_456_789n");
assert.strictEqual(
  inspect(new Uint32Array([1000000]), { numericSeparator: true }),
  "Uint32Array(1) [ 1_000_000 ]");
// bigints
assert.strictEqual(
  inspect(1n),
  "1n");
assert.strictEqual(
  inspect(-12345678901234567890n),
  "-12345678901234567890n");
// booleans, undefined, null
assert.strictEqual(
  inspect(true),
  "true");
assert.strictEqual(
  inspect(undefined),
  "undefined");
assert.strictEqual(
  inspect(null),
  "null");
// symbols
assert.strictEqual(
  inspect(Symbol('a')),
  "Symbol(a)");
assert.strictEqual(
  inspect(Symbol()),
  "Symbol()");
assert.strictEqual(
  inspect(Symbol('')),
  "Symbol()");
assert.strictEqual(
  inspect(Symbol('a\nb')),
  "Symbol(a\nb)");
assert.strictEqual(
  inspect(Symbol.iterator),
  "Symbol(Symbol.iterator)");
assert.strictEqual(
  inspect(Symbol.for('x')),
  "Symbol(x)");
