'use strict';
// util.deprecate: one DeprecationWarning per code, on first call; the wrapper acts like fn.
const common = require('../common');
const assert = require('assert');
const util = require('util');

const warnings = [];
process.on('warning', (w) => warnings.push(w));

function add(a, b) { return a + b; }
add.prop = 'static';
const addOld = util.deprecate(add, 'add() is deprecated', 'DEP_TEST1');
assert.strictEqual(addOld(1, 2), 3);
assert.strictEqual(addOld(3, 4), 7);
assert.strictEqual(addOld.length, 2);
assert.strictEqual(addOld.prop, 'static');

// Another function with the same code does not warn again.
const addAgain = util.deprecate(add, 'add() again', 'DEP_TEST1');
addAgain(0, 0);

// Without a code each wrapper warns once.
const noCode = util.deprecate(() => 'r', 'no code here');
assert.strictEqual(noCode(), 'r');
noCode();

// Constructors still construct.
class Base { constructor(x) { this.x = x; } }
const OldBase = util.deprecate(Base, 'Base is deprecated', 'DEP_TEST2');
const instance = new OldBase(5);
assert.strictEqual(instance.x, 5);
assert.ok(instance instanceof Base);

assert.throws(() => util.deprecate(add, 'msg', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "code" argument must be of type string. Received type number (5)',
});

setImmediate(common.mustCall(() => {
  const seen = warnings.map((w) => [w.name, w.code, w.message]);
  assert.deepStrictEqual(seen, [
    ['DeprecationWarning', 'DEP_TEST1', 'add() is deprecated'],
    ['DeprecationWarning', undefined, 'no code here'],
    ['DeprecationWarning', 'DEP_TEST2', 'Base is deprecated'],
  ]);

  // process.noDeprecation silences the warnings.
  process.noDeprecation = true;
  const silent = util.deprecate(add, 'silent', 'DEP_TEST3');
  assert.strictEqual(silent(2, 2), 4);
  setImmediate(common.mustCall(() => assert.strictEqual(warnings.length, 3)));
}));
