'use strict';
// AssertionError itself, the strict mode (assert.strict, node:assert/strict) and the
// Assert class.
require('../common');
const assert = require('assert');

const { AssertionError } = assert;
let err = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
assert(err instanceof Error);
assert.strictEqual(Object.getPrototypeOf(AssertionError.prototype), Error.prototype);
assert.strictEqual(err.message, 'Expected values to be strictly equal:\n\n1 !== 2\n');
assert.deepStrictEqual(Object.keys(err),
  ['generatedMessage', 'code', 'actual', 'expected', 'operator', 'diff']);
assert.strictEqual(err.name, 'AssertionError');
assert(Object.hasOwn(err, 'name'));
assert.strictEqual(Object.getOwnPropertyDescriptor(err, 'name').enumerable, false);
assert.strictEqual(err.code, 'ERR_ASSERTION');
assert.strictEqual(err.generatedMessage, true);
assert.strictEqual(err.diff, 'simple');
assert.strictEqual(err.toString(),
  'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n');
assert.match(err.stack, /^AssertionError \[ERR_ASSERTION\]: Expected values/);

err = new AssertionError({ message: 'hi' });
assert.strictEqual(err.message, 'hi');
assert.strictEqual(err.generatedMessage, false);
assert.strictEqual(err.operator, undefined);
// A message given to a strict comparison keeps its diff.
err = new AssertionError({ message: 'm', actual: 1, expected: 2, operator: 'strictEqual' });
assert.strictEqual(err.message, 'm\n\n1 !== 2\n');
assert.strictEqual(new AssertionError({ actual: 1, expected: 2, operator: '>' }).message, '1 > 2');
assert.strictEqual(new AssertionError({ actual: 1, expected: 2 }).message, '1 undefined 2');

assert.throws(() => new AssertionError(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received undefined',
});

// Strict mode.
const strict = require('assert/strict');
assert.strictEqual(strict, assert.strict);
assert.strictEqual(require('node:assert/strict'), strict);
assert.strictEqual(strict.strict, strict);
assert.strictEqual(strict.equal, assert.strictEqual);
assert.strictEqual(strict.deepEqual, assert.deepStrictEqual);
assert.strictEqual(strict.notEqual, assert.notStrictEqual);
assert.strictEqual(strict.notDeepEqual, assert.notDeepStrictEqual);
assert.strictEqual(strict.ok, assert.ok);
assert.strictEqual(strict.AssertionError, AssertionError);
assert.strictEqual(typeof strict, 'function');
assert.throws(() => strict.equal(1, '1'), { operator: 'strictEqual' });
assert.throws(() => strict(false), { operator: '==' });
assert.deepStrictEqual(Object.keys(assert).sort(), Object.keys(strict).sort());

// The Assert class: strict by default, options per instance.
const { Assert } = assert;
const instance = new Assert();
assert(instance instanceof Assert);
assert.strictEqual(instance.AssertionError, AssertionError);
assert.throws(() => instance.equal(1, '1'), {
  message: "Expected values to be strictly equal:\n\n1 !== '1'\n",
});
new Assert({ strict: false }).equal(1, '1');
assert.throws(() => new Assert({ diff: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.diff' must be one of: 'simple', 'full'. Received 'x'",
});
// A block body: a call in tail position would lose its frame under proper tail calls.
assert.throws(() => { instance.ok(false); }, {
  message: 'The expression evaluated to a falsy value:\n\n  instance.ok(false)\n',
});

// Every documented function is there.
for (const name of ['ok', 'fail', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual',
  'deepStrictEqual', 'notDeepStrictEqual', 'strictEqual', 'notStrictEqual',
  'partialDeepStrictEqual', 'match', 'doesNotMatch', 'throws', 'rejects', 'doesNotThrow',
  'doesNotReject', 'ifError']) {
  assert.strictEqual(typeof assert[name], 'function', name);
  assert.strictEqual(assert[name].name, name);
  assert.strictEqual(typeof Assert.prototype[name], 'function', name);
}
assert.strictEqual(assert.ok.length, 0);
assert.strictEqual(assert.strictEqual.length, 3);
assert.strictEqual(assert.throws.length, 1);
