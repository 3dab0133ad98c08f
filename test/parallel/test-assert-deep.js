'use strict';
// deepEqual/deepStrictEqual and their negations, and the line diff in their messages.
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

assert.deepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] });
assert.deepStrictEqual(new Map([[1, new Set([2])]]), new Map([[1, new Set([2])]]));
assert.deepEqual({ a: 1 }, { a: '1' });
assert.notDeepStrictEqual({ a: 1 }, { a: '1' });
assert.notDeepEqual({ a: 1 }, { a: 2 });
assert.notDeepStrictEqual(Object.create(null), {});

assert.strictEqual(messageOf(() => assert.deepStrictEqual({ a: 1 }, { a: 2 })),
  'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
  '  {\n+   a: 1\n-   a: 2\n  }\n');
assert.strictEqual(messageOf(() => assert.deepStrictEqual(1, 2)),
  'Expected values to be strictly deep-equal:\n\n1 !== 2\n');
// Lines that differ only by a trailing comma are the same line.
assert.strictEqual(messageOf(() => assert.deepStrictEqual({ a: 1 }, { a: 1, b: 2 })),
  'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
  '  {\n    a: 1,\n-   b: 2\n  }\n');
assert.strictEqual(messageOf(() => assert.deepStrictEqual([[1, [2]]], [[1, [3]]])),
  'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
  '  [\n    [\n      1,\n      [\n+       2\n-       3\n      ]\n    ]\n  ]\n');
assert.strictEqual(messageOf(() => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]]))),
  'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
  '  Map(1) {\n+   1 => 2\n-   1 => 3\n  }\n');
assert.strictEqual(messageOf(() => assert.deepStrictEqual(Object.create(null), {})),
  'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
  '+ [Object: null prototype] {}\n- {}\n');

// Long runs of unchanged lines are collapsed.
const range = (n, at) => Array.from({ length: n }, (_, i) => (i === at ? -1 : i));
assert.strictEqual(messageOf(() => assert.deepStrictEqual(range(30), range(30, 15))),
  'Expected values to be strictly deep-equal:\n+ actual - expected\n... Skipped lines\n\n' +
  '  [\n    0,\n    1,\n    2,\n    3,\n...\n    14,\n+   15,\n-   -1,\n' +
  '    16,\n    17,\n    18,\n    19,\n    20,\n');
assert.strictEqual(messageOf(() => assert.deepStrictEqual(range(12), range(12, 6))),
  'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
  '  [\n    0,\n    1,\n    2,\n    3,\n    4,\n    5,\n+   6,\n-   -1,\n' +
  '    7,\n    8,\n    9,\n    10,\n    11\n');

assert.strictEqual(messageOf(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 })),
  'Expected "actual" not to be strictly deep-equal to:\n\n{\n  a: 1\n}\n');
assert.strictEqual(messageOf(() => assert.notDeepStrictEqual(1, 1)),
  'Expected "actual" not to be strictly deep-equal to: 1');
assert.strictEqual(messageOf(() => assert.deepEqual({ a: 1 }, { a: 2 })),
  'Expected values to be loosely deep-equal:\n\n{\n  a: 1\n}\n\n' +
  'should loosely deep-equal\n\n{\n  a: 2\n}');
assert.strictEqual(messageOf(() => assert.notDeepEqual({ a: 1 }, { a: 1 })),
  'Expected "actual" not to be loosely deep-equal to:\n\n{\n  a: 1\n}');
assert.strictEqual(messageOf(() => assert.notDeepEqual(1, '1')),
  'Expected values not to be loosely deep-equal:\n\n1\n\n' +
  "should not loosely deep-equal\n\n'1'");

// A custom message keeps the diff of the strict comparison.
assert.strictEqual(messageOf(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'm')),
  'm\n+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }\n');

const err = (() => {
  try {
    assert.deepStrictEqual([1], [2]);
  } catch (e) {
    return e;
  }
})();
assert.deepStrictEqual(err.actual, [1]);
assert.deepStrictEqual(err.expected, [2]);
assert.strictEqual(err.operator, 'deepStrictEqual');
assert.strictEqual(err.generatedMessage, true);
