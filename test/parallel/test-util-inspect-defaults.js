'use strict';
// util.inspect.defaultOptions: readable, settable (merged), validated; legacy arguments.
require('../common');
const assert = require('assert');
const util = require('util');

const saved = { ...util.inspect.defaultOptions };
assert.deepStrictEqual(saved, {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

const nested = { a: { b: { c: { d: 1 } } } };
util.inspect.defaultOptions = { depth: 0 };
assert.strictEqual(util.inspect.defaultOptions.depth, 0);
assert.strictEqual(util.inspect.defaultOptions.breakLength, 80);
assert.strictEqual(util.inspect(nested), '{ a: [Object] }');
assert.strictEqual(util.format('%O', nested), '{ a: [Object] }');
util.inspect.defaultOptions.depth = null;
assert.strictEqual(util.inspect(nested), '{\n  a: { b: { c: { d: 1 } } }\n}');
util.inspect.defaultOptions = saved;
assert.strictEqual(util.inspect(nested), '{ a: { b: { c: [Object] } } }');

assert.throws(() => { util.inspect.defaultOptions = null; }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => { util.inspect.defaultOptions = 'x'; }, { code: 'ERR_INVALID_ARG_TYPE' });

// Legacy signature: inspect(value, showHidden, depth, colors).
assert.strictEqual(util.inspect(nested, false, 0), '{ a: [Object] }');
assert.strictEqual(util.inspect(nested, false, null), '{\n  a: { b: { c: { d: 1 } } }\n}');
assert.strictEqual(util.inspect(1, false, 0, true), '\u001b[33m1\u001b[39m');

// Options are read, not kept: a later call is unaffected.
assert.strictEqual(util.inspect([1, 2, 3], { maxArrayLength: 1 }), '[ 1, ... 2 more items ]');
assert.strictEqual(util.inspect([1, 2, 3]), '[ 1, 2, 3 ]');
