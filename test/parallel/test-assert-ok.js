'use strict';
// assert(), assert.ok() and assert.strict(): a truthy value passes; a falsy one throws an
// AssertionError whose generated message quotes the call from the source file.
require('../common');
const assert = require('assert');

// The calls below sit in block bodies, not in `return` position, so that their frame
// (the call site the message quotes) exists even under proper tail calls.

function failure(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}

for (const value of [true, 1, 'x', {}, [], () => {}, Symbol('s'), 1n]) {
  assert(value);
  assert.ok(value);
  assert.strict(value);
}

let err = failure(() => { assert.ok(false); });
assert(err instanceof assert.AssertionError);
assert(err instanceof Error);
assert.strictEqual(err.name, 'AssertionError');
assert.strictEqual(err.code, 'ERR_ASSERTION');
assert.strictEqual(err.message, 'The expression evaluated to a falsy value:\n\n  assert.ok(false)\n');
assert.strictEqual(err.actual, false);
assert.strictEqual(err.expected, true);
assert.strictEqual(err.operator, '==');
assert.strictEqual(err.generatedMessage, true);

err = failure(() => { assert(0); });
assert.strictEqual(err.message, 'The expression evaluated to a falsy value:\n\n  assert(0)\n');

err = failure(() => { const list = []; assert(list.length > 0 && typeof list[0] === 'string'); });
assert.strictEqual(err.message, 'The expression evaluated to a falsy value:\n\n' +
  "  assert(list.length > 0 && typeof list[0] === 'string')\n");

err = failure(() => { assert.strict.ok(null); });
assert.strictEqual(err.message, 'The expression evaluated to a falsy value:\n\n' +
  '  assert.strict.ok(null)\n');

err = failure(() => { assert['ok'](')'.length === 0); });
assert.strictEqual(err.message, 'The expression evaluated to a falsy value:\n\n' +
  "  assert['ok'](')'.length === 0)\n");

// No argument at all.
err = failure(() => assert.ok());
assert.strictEqual(err.message, 'No value argument passed to `assert.ok()`');
assert.strictEqual(err.generatedMessage, true);
assert.strictEqual(err.actual, undefined);

// A message replaces the generated one; an Error message is thrown as it is.
err = failure(() => assert.ok('', 'custom'));
assert.strictEqual(err.message, 'custom');
assert.strictEqual(err.generatedMessage, false);
assert.strictEqual(err.actual, '');
err = failure(() => assert(NaN, 5));
assert.strictEqual(err.message, '5');
const mine = new TypeError('mine');
assert.strictEqual(failure(() => assert.ok(undefined, mine)), mine);

// The stack starts at the caller, with Node's header.
err = failure(() => assert.ok(false, 'stack'));
assert.match(err.stack, /^AssertionError \[ERR_ASSERTION\]: stack\n/);
assert.doesNotMatch(err.stack.split('\n')[1], /node:assert/);
