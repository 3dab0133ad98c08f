'use strict';
// assert.equal/notEqual (==, NaN equals NaN) and strictEqual/notStrictEqual (Object.is),
// with Node's messages.
require('../common');
const assert = require('assert');

function messageOf(fn) {
  try {
    fn();
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    return err.message;
  }
  throw new Error('expected a throw');
}

assert.equal(1, '1');
assert.equal(null, undefined);
assert.equal(NaN, NaN);
assert.notEqual(1, 2);
assert.notEqual({}, {});
assert.strictEqual(NaN, NaN);
assert.strictEqual('a', 'a');
assert.notStrictEqual(0, -0);
assert.notStrictEqual(1, '1');

assert.strictEqual(messageOf(() => assert.equal(1, 2)), '1 == 2');
assert.strictEqual(messageOf(() => assert.equal({ a: 1 }, { a: 1 })),
  '{\n  a: 1\n} == {\n  a: 1\n}');
assert.strictEqual(messageOf(() => assert.notEqual(1, '1')), "1 != '1'");
assert.strictEqual(messageOf(() => assert.notEqual(NaN, NaN)), 'NaN != NaN');

// Short values on one line, longer ones stacked, strings with a caret at the first
// difference.
assert.strictEqual(messageOf(() => assert.strictEqual(1, 2)),
  'Expected values to be strictly equal:\n\n1 !== 2\n');
assert.strictEqual(messageOf(() => assert.strictEqual(1, '1')),
  "Expected values to be strictly equal:\n\n1 !== '1'\n");
assert.strictEqual(messageOf(() => assert.strictEqual(null, {})),
  'Expected values to be strictly equal:\n\nnull !== {}\n');
assert.strictEqual(messageOf(() => assert.strictEqual(0, -0)),
  'Expected values to be strictly equal:\n+ actual - expected\n\n+ 0\n- -0\n');
assert.strictEqual(messageOf(() => assert.strictEqual(123456789, 1234567890)),
  'Expected values to be strictly equal:\n+ actual - expected\n\n+ 123456789\n- 1234567890\n');
assert.strictEqual(messageOf(() => assert.strictEqual('hello world', 'hello there')),
  'Expected values to be strictly equal:\n+ actual - expected\n\n' +
  "+ 'hello world'\n- 'hello there'\n         ^\n");
assert.strictEqual(messageOf(() => assert.strictEqual(Symbol('a'), Symbol('a'))),
  'Expected values to be strictly equal:\n+ actual - expected\n\n+ Symbol(a)\n- Symbol(a)\n');

// Objects: not the same reference.
assert.strictEqual(messageOf(() => assert.strictEqual({}, {})),
  'Values have same structure but are not reference-equal:\n\n{}\n');
assert.strictEqual(messageOf(() => assert.strictEqual([1, 2, 3], [1, 2, 4])),
  'Expected "actual" to be reference-equal to "expected":\n+ actual - expected\n\n' +
  '  [\n    1,\n    2,\n+   3\n-   4\n  ]\n');
assert.strictEqual(messageOf(() => assert.strictEqual([1], 1)),
  'Expected values to be strictly equal:\n+ actual - expected\n\n+ [\n+   1\n+ ]\n- 1\n');

assert.strictEqual(messageOf(() => assert.notStrictEqual(1, 1)),
  'Expected "actual" to be strictly unequal to: 1');
assert.strictEqual(messageOf(() => assert.notStrictEqual('a\nb', 'a\nb')),
  "Expected \"actual\" to be strictly unequal to:\n\n'a\\nb'");
const shared = { a: 1 };
assert.strictEqual(messageOf(() => assert.notStrictEqual(shared, shared)),
  'Expected "actual" not to be reference-equal to "expected":\n\n{\n  a: 1\n}\n');

// A custom message replaces the header but keeps the comparison.
assert.strictEqual(messageOf(() => assert.strictEqual('x', 'y', 'custom')),
  "custom\n\n'x' !== 'y'\n");
assert.strictEqual(messageOf(() => assert.equal(1, 2, 'plain')), 'plain');

// Both values are required.
assert.throws(() => assert.strictEqual(1), {
  code: 'ERR_MISSING_ARGS',
  name: 'TypeError',
  message: 'The "actual" and "expected" arguments must be specified',
});
assert.throws(() => assert.equal(), { code: 'ERR_MISSING_ARGS' });
