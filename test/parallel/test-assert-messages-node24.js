'use strict';
// Failing assertions of every kind, with the full `message` Node 24 gives (each checked
// against Node 24): the diff of strictEqual/deepStrictEqual with its header, skipped lines
// and the caret under the first difference, the messages quoting the source of a falsy
// assert.ok() call, the loose-mode messages and their truncation, throws/doesNotThrow
// mismatches, errors shown without their stacks, and `generatedMessage`/`operator`.
require('../common');
const assert = require('assert');

// The caret under a difference depends on the terminal width when stderr is a TTY; the
// cases here are short enough for any terminal of 80 columns or more.
const long = 'x'.repeat(600);
const cases = [
  ['ok(false)', () => assert.ok(false)],
  ['assert(0)', () => assert(0)],
  ['ok with expression', () => { const x = 0; assert.ok(x === 1); }],
  ['ok over lines', () => {
    const a = 1;
    assert.ok(
      a === 2 &&
      a > 0);
  }],
  ['ok no arguments', () => assert.ok()],
  ['ok member', () => { const obj = { a: { b: 0 } }; assert.ok(obj.a.b); }],
  ['ok destructured', () => { const { ok } = assert; ok(null); }],
  ['strict()', () => assert.strict(''), ],
  ['ok custom message', () => assert.ok(false, 'custom')],
  ['equal', () => assert.equal(1, 2)],
  ['equal strings', () => assert.equal('a', 'b')],
  ['equal objects', () => assert.equal({ a: 1 }, { a: 1 })],
  ['equal long', () => assert.equal(long, 'b')],
  ['notEqual', () => assert.notEqual(1, '1')],
  ['notEqual long', () => assert.notEqual(long, long)],
  ['strictEqual short', () => assert.strictEqual(1, 2)],
  ['strictEqual types', () => assert.strictEqual(1, '1')],
  ['strictEqual strings', () => assert.strictEqual('hello', 'world')],
  ['strictEqual caret', () => assert.strictEqual('abcdefghijklmnop', 'abcdXfghijklmnop')],
  ['strictEqual caret numbers', () => assert.strictEqual(12345678, 12345679)],
  ['strictEqual no caret early', () => assert.strictEqual('abcdefghijklmnop', 'aXcdefghijklmnop')],
  ['strictEqual prefix', () => assert.strictEqual(123456789, 1234567890)],
  ['strictEqual multi-line string', () => assert.strictEqual('a\nb\nc', 'a\nB\nc')],
  ['strictEqual zeros', () => assert.strictEqual(0, -0)],
  ['strictEqual NaN', () => assert.strictEqual(NaN, 0)],
  ['strictEqual objects', () => assert.strictEqual({ a: 1, b: 2 }, { a: 1, b: 3 })],
  ['strictEqual same-looking objects', () => assert.strictEqual([1], [1])],
  ['strictEqual functions', () => assert.strictEqual(function abcdef() {}, function abcdeg() {})],
  ['strictEqual anonymous functions', () => assert.strictEqual(() => {}, () => {})],
  ['strictEqual custom message', () => assert.strictEqual(1, 2, 'custom msg')],
  ['strictEqual long arrays', () => assert.strictEqual(Array.from({ length: 30 }, (_, i) => i), Array.from({ length: 30 }, (_, i) => (i === 15 ? -1 : i)))],
  ['notStrictEqual', () => assert.notStrictEqual(1, 1)],
  ['notStrictEqual object', () => { const o = { a: 1 }; assert.notStrictEqual(o, o); }],
  ['notStrictEqual string', () => assert.notStrictEqual('abc', 'abc')],
  ['notStrictEqual multi-line', () => assert.notStrictEqual('a\nb', 'a\nb')],
  ['deepEqual', () => assert.deepEqual({ a: 1 }, { a: 2 })],
  ['deepEqual primitives', () => assert.deepEqual(1, 2)],
  ['notDeepEqual', () => assert.notDeepEqual({ a: 1 }, { a: 1 })],
  ['deepStrictEqual objects', () => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1, b: 3 })],
  ['deepStrictEqual nested', () => assert.deepStrictEqual({ a: { b: { c: [1, 2, 3] } }, d: 'x' }, { a: { b: { c: [1, 2, 4] } }, d: 'x' })],
  ['deepStrictEqual type', () => assert.deepStrictEqual({ a: 1 }, { a: '1' })],
  ['deepStrictEqual prototype', () => assert.deepStrictEqual(Object.create(null), {})],
  ['deepStrictEqual skipped lines', () => assert.deepStrictEqual(Array.from({ length: 30 }, (_, i) => i), Array.from({ length: 30 }, (_, i) => (i === 15 ? -1 : i)))],
  ['deepStrictEqual wide object', () => {
    const a = {};
    const b = {};
    for (let i = 0; i < 40; i++) {
      a[`key${i}`] = i;
      b[`key${i}`] = i === 20 ? 'changed' : i;
    }
    assert.deepStrictEqual(a, b);
  }],
  ['deepStrictEqual Map', () => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]]))],
  ['deepStrictEqual Set', () => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3]))],
  ['deepStrictEqual Date', () => assert.deepStrictEqual(new Date(0), new Date(1))],
  ['deepStrictEqual errors', () => assert.deepStrictEqual(new Error('a'), new Error('b'))],
  ['deepStrictEqual error with props', () => {
    const err = new TypeError('a');
    err.code = 'X';
    assert.deepStrictEqual(err, new Error('a'));
  }],
  ['strictEqual errors', () => assert.strictEqual(new RangeError('a'), new RangeError('a'))],
  ['deepStrictEqual -0', () => assert.deepStrictEqual(-0, 0)],
  ['deepStrictEqual identical inspection', () => assert.deepStrictEqual({ a: NaN, b: [] }, { a: NaN, b: {} })],
  ['deepStrictEqual class instance', () => {
    class A {
      constructor() {
        this.x = 1;
      }
    }
    assert.deepStrictEqual(new A(), { x: 1 });
  }],
  ['deepStrictEqual multi-line strings', () => assert.deepStrictEqual('a\nb\nc\nd', 'a\nb\nX\nd')],
  ['deepStrictEqual custom message', () => assert.deepStrictEqual([1], [2], 'mine')],
  ['notDeepStrictEqual', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 })],
  ['notDeepStrictEqual long', () => {
    const a = {};
    for (let i = 0; i < 60; i++) a[`k${i}`] = i;
    assert.notDeepStrictEqual(a, { ...a });
  }],
  ['notDeepStrictEqual primitive', () => assert.notDeepStrictEqual('a', 'a')],
  ['partialDeepStrictEqual', () => assert.partialDeepStrictEqual({ a: 1, b: 2 }, { a: 2 })],
  ['partialDeepStrictEqual arrays', () => assert.partialDeepStrictEqual([1, 2, 3], [4])],
  ['throws nothing', () => assert.throws(() => {})],
  ['throws nothing with message', () => assert.throws(() => {}, 'msg here')],
  ['throws nothing with class', () => assert.throws(() => {}, TypeError)],
  ['throws nothing with class and message', () => assert.throws(() => {}, TypeError, 'msg')],
  ['throws wrong regexp', () => assert.throws(() => { throw new Error('abc'); }, /xyz/)],
  ['throws wrong object', () => assert.throws(() => { throw new Error('abc'); }, { message: 'xyz' })],
  ['throws wrong name', () => assert.throws(() => { throw new TypeError('abc'); }, { name: 'RangeError', message: 'abc' })],
  ['throws wrong regexp property', () => assert.throws(() => { throw new Error('abc'); }, { message: /xyz/ })],
  ['throws missing property', () => assert.throws(() => { throw new Error('abc'); }, { code: 'X' })],
  ['throws nested property', () => assert.throws(() => {
    const err = new Error('abc');
    err.info = { x: 1 };
    throw err;
  }, { info: { x: 2 } })],
  ['throws validation returns false', () => assert.throws(() => { throw new Error('abc'); }, () => false)],
  ['throws validation named', () => assert.throws(() => { throw new Error('abc'); }, function check() { return false; })],
  ['throws primitive', () => assert.throws(() => { throw 'str'; }, { message: 'x' })],
  ['doesNotThrow', () => assert.doesNotThrow(() => { throw new Error('boom'); })],
  ['doesNotThrow message', () => assert.doesNotThrow(() => { throw new Error('boom'); }, 'custom')],
  ['doesNotThrow class', () => assert.doesNotThrow(() => { throw new TypeError('boom'); }, TypeError)],
  ['doesNotThrow class and message', () => assert.doesNotThrow(() => { throw new TypeError('boom'); }, TypeError, 'custom')],
  ['match', () => assert.match('abc', /x/)],
  ['match not a string', () => assert.match(123, /x/)],
  ['doesNotMatch', () => assert.doesNotMatch('abc', /b/)],
  ['ifError', () => assert.ifError('str')],
  ['ifError object', () => assert.ifError({ message: 'x' })],
  ['fail', () => assert.fail()],
  ['fail message', () => assert.fail('boom')],
  ['strict equal', () => assert.strict.equal(1, '1')],
  ['strict deepEqual', () => assert.strict.deepEqual([1], ['1'])],
  ['AssertionError deepStrictEqual', () => { throw new assert.AssertionError({ actual: { a: 1 }, expected: { a: 2 }, operator: 'deepStrictEqual' }); }],
  ['AssertionError other operator', () => { throw new assert.AssertionError({ actual: [1], expected: [2], operator: '>' }); }],
  ['AssertionError notIdentical', () => { throw new assert.AssertionError({ actual: [1], expected: [1], operator: 'notIdentical' }); }],
  ['Assert instance', () => new assert.Assert().equal(1, '1')],
  ['Assert skipPrototype', () => {
    class Foo {
      constructor() {
        this.a = 1;
      }
    }
    new assert.Assert({ skipPrototype: true }).notDeepStrictEqual(new Foo(), { a: 1 });
  }],
];

// [message, generatedMessage, operator] as Node 24 gives them.
const expected = {
  'ok(false)': [
    'The expression evaluated to a falsy value:\n' +
    '\n' +
    '  assert.ok(false)\n',
    true, '==',
  ],
  'assert(0)': [
    'The expression evaluated to a falsy value:\n' +
    '\n' +
    '  assert(0)\n',
    true, '==',
  ],
  'ok with expression': [
    'The expression evaluated to a falsy value:\n' +
    '\n' +
    '  assert.ok(x === 1)\n',
    true, '==',
  ],
  'ok over lines': [
    'The expression evaluated to a falsy value:\n' +
    '\n' +
    '  assert.ok(\n',
    true, '==',
  ],
  'ok no arguments': [
    'No value argument passed to `assert.ok()`',
    true, '==',
  ],
  'ok member': [
    'The expression evaluated to a falsy value:\n' +
    '\n' +
    '  assert.ok(obj.a.b)\n',
    true, '==',
  ],
  'ok destructured': [
    'The expression evaluated to a falsy value:\n' +
    '\n' +
    '  ok(null)\n',
    true, '==',
  ],
  'strict()': [
    'The expression evaluated to a falsy value:\n' +
    '\n' +
    '  assert.strict(\'\')\n',
    true, '==',
  ],
  'ok custom message': [
    'custom',
    false, '==',
  ],
  'equal': [
    '1 == 2',
    true, '==',
  ],
  'equal strings': [
    '\'a\' == \'b\'',
    true, '==',
  ],
  'equal objects': [
    '{\n' +
    '  a: 1\n' +
    '} == {\n' +
    '  a: 1\n' +
    '}',
    true, '==',
  ],
  'equal long': [
    '\'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx... == \'b\'',
    true, '==',
  ],
  'notEqual': [
    '1 != \'1\'',
    true, '!=',
  ],
  'notEqual long': [
    '\'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx... != \'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...',
    true, '!=',
  ],
  'strictEqual short': [
    'Expected values to be strictly equal:\n' +
    '\n' +
    '1 !== 2\n',
    true, 'strictEqual',
  ],
  'strictEqual types': [
    'Expected values to be strictly equal:\n' +
    '\n' +
    '1 !== \'1\'\n',
    true, 'strictEqual',
  ],
  'strictEqual strings': [
    'Expected values to be strictly equal:\n' +
    '\n' +
    '\'hello\' !== \'world\'\n',
    true, 'strictEqual',
  ],
  'strictEqual caret': [
    'Expected values to be strictly equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '+ \'abcdefghijklmnop\'\n' +
    '- \'abcdXfghijklmnop\'\n' +
    '       ^\n',
    true, 'strictEqual',
  ],
  'strictEqual caret numbers': [
    'Expected values to be strictly equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '+ 12345678\n' +
    '- 12345679\n' +
    '         ^\n',
    true, 'strictEqual',
  ],
  'strictEqual no caret early': [
    'Expected values to be strictly equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '+ \'abcdefghijklmnop\'\n' +
    '- \'aXcdefghijklmnop\'\n',
    true, 'strictEqual',
  ],
  'strictEqual prefix': [
    'Expected values to be strictly equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '+ 123456789\n' +
    '- 1234567890\n',
    true, 'strictEqual',
  ],
  'strictEqual multi-line string': [
    'Expected values to be strictly equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '+ \'a\\nb\\nc\'\n' +
    '- \'a\\nB\\nc\'\n' +
    '      ^\n',
    true, 'strictEqual',
  ],
  'strictEqual zeros': [
    'Expected values to be strictly equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '+ 0\n' +
    '- -0\n',
    true, 'strictEqual',
  ],
  'strictEqual NaN': [
    'Expected values to be strictly equal:\n' +
    '\n' +
    'NaN !== 0\n',
    true, 'strictEqual',
  ],
  'strictEqual objects': [
    'Expected "actual" to be reference-equal to "expected":\n' +
    '+ actual - expected\n' +
    '\n' +
    '  {\n' +
    '    a: 1,\n' +
    '+   b: 2\n' +
    '-   b: 3\n' +
    '  }\n',
    true, 'strictEqual',
  ],
  'strictEqual same-looking objects': [
    'Values have same structure but are not reference-equal:\n' +
    '\n' +
    '[\n' +
    '  1\n' +
    ']\n',
    true, 'strictEqual',
  ],
  'strictEqual functions': [
    'Expected "actual" to be reference-equal to "expected":\n' +
    '+ actual - expected\n' +
    '\n' +
    '+ [Function: abcdef]\n' +
    '- [Function: abcdeg]\n' +
    '                  ^\n',
    true, 'strictEqual',
  ],
  'strictEqual anonymous functions': [
    'Expected "actual" to be reference-equal to "expected":\n' +
    '+ actual - expected\n' +
    '\n' +
    '+ [Function (anonymous)]\n' +
    '- [Function (anonymous)]\n',
    true, 'strictEqual',
  ],
  'strictEqual custom message': [
    'custom msg\n' +
    '\n' +
    '1 !== 2\n',
    false, 'strictEqual',
  ],
  'strictEqual long arrays': [
    'Expected "actual" to be reference-equal to "expected":\n' +
    '+ actual - expected\n' +
    '... Skipped lines\n' +
    '\n' +
    '  [\n' +
    '    0,\n' +
    '    1,\n' +
    '    2,\n' +
    '    3,\n' +
    '...\n' +
    '    14,\n' +
    '+   15,\n' +
    '-   -1,\n' +
    '    16,\n' +
    '    17,\n' +
    '    18,\n' +
    '    19,\n' +
    '    20,\n',
    true, 'strictEqual',
  ],
  'notStrictEqual': [
    'Expected "actual" to be strictly unequal to: 1',
    true, 'notStrictEqual',
  ],
  'notStrictEqual object': [
    'Expected "actual" not to be reference-equal to "expected":\n' +
    '\n' +
    '{\n' +
    '  a: 1\n' +
    '}\n',
    true, 'notStrictEqual',
  ],
  'notStrictEqual string': [
    'Expected "actual" to be strictly unequal to: \'abc\'',
    true, 'notStrictEqual',
  ],
  'notStrictEqual multi-line': [
    'Expected "actual" to be strictly unequal to:\n' +
    '\n' +
    '\'a\\nb\'',
    true, 'notStrictEqual',
  ],
  'deepEqual': [
    'Expected values to be loosely deep-equal:\n' +
    '\n' +
    '{\n' +
    '  a: 1\n' +
    '}\n' +
    '\n' +
    'should loosely deep-equal\n' +
    '\n' +
    '{\n' +
    '  a: 2\n' +
    '}',
    true, 'deepEqual',
  ],
  'deepEqual primitives': [
    'Expected values to be loosely deep-equal:\n' +
    '\n' +
    '1\n' +
    '\n' +
    'should loosely deep-equal\n' +
    '\n' +
    '2',
    true, 'deepEqual',
  ],
  'notDeepEqual': [
    'Expected "actual" not to be loosely deep-equal to:\n' +
    '\n' +
    '{\n' +
    '  a: 1\n' +
    '}',
    true, 'notDeepEqual',
  ],
  'deepStrictEqual objects': [
    'Expected values to be strictly deep-equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '  {\n' +
    '    a: 1,\n' +
    '+   b: 2\n' +
    '-   b: 3\n' +
    '  }\n',
    true, 'deepStrictEqual',
  ],
  'deepStrictEqual nested': [
    'Expected values to be strictly deep-equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '  {\n' +
    '    a: {\n' +
    '      b: {\n' +
    '        c: [\n' +
    '          1,\n' +
    '          2,\n' +
    '+         3\n' +
    '-         4\n' +
    '        ]\n' +
    '      }\n' +
    '    },\n' +
    '    d: \'x\'\n' +
    '  }\n',
    true, 'deepStrictEqual',
  ],
  'deepStrictEqual type': [
    'Expected values to be strictly deep-equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '  {\n' +
    '+   a: 1\n' +
    '-   a: \'1\'\n' +
    '  }\n',
    true, 'deepStrictEqual',
  ],
  'deepStrictEqual prototype': [
    'Expected values to be strictly deep-equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '+ [Object: null prototype] {}\n' +
    '- {}\n',
    true, 'deepStrictEqual',
  ],
  'deepStrictEqual skipped lines': [
    'Expected values to be strictly deep-equal:\n' +
    '+ actual - expected\n' +
    '... Skipped lines\n' +
    '\n' +
    '  [\n' +
    '    0,\n' +
    '    1,\n' +
    '    2,\n' +
    '    3,\n' +
    '...\n' +
    '    14,\n' +
    '+   15,\n' +
    '-   -1,\n' +
    '    16,\n' +
    '    17,\n' +
    '    18,\n' +
    '    19,\n' +
    '    20,\n',
    true, 'deepStrictEqual',
  ],
  'deepStrictEqual wide object': [
    'Expected values to be strictly deep-equal:\n' +
    '+ actual - expected\n' +
    '... Skipped lines\n' +
    '\n' +
    '  {\n' +
    '    key0: 0,\n' +
    '    key10: 10,\n' +
    '    key11: 11,\n' +
    '    key12: 12,\n' +
    '...\n' +
    '    key1: 1,\n' +
    '+   key20: 20,\n' +
    '-   key20: \'changed\',\n' +
    '    key21: 21,\n' +
    '    key22: 22,\n' +
    '    key23: 23,\n' +
    '    key24: 24,\n' +
    '    key25: 25,\n',
    true, 'deepStrictEqual',
  ],
  'deepStrictEqual Map': [
    'Expected values to be strictly deep-equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '  Map(1) {\n' +
    '+   1 => 2\n' +
    '-   1 => 3\n' +
    '  }\n',
    true, 'deepStrictEqual',
  ],
  'deepStrictEqual Set': [
    'Expected values to be strictly deep-equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '  Set(2) {\n' +
    '    1,\n' +
    '+   2\n' +
    '-   3\n' +
    '  }\n',
    true, 'deepStrictEqual',
  ],
  'deepStrictEqual Date': [
    'Expected values to be strictly deep-equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '+ 1970-01-01T00:00:00.000Z\n' +
    '- 1970-01-01T00:00:00.001Z\n',
    true, 'deepStrictEqual',
  ],
  'deepStrictEqual errors': [
    'Expected values to be strictly deep-equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '+ [Error: a]\n' +
    '- [Error: b]\n',
    true, 'deepStrictEqual',
  ],
  'deepStrictEqual error with props': [
    'Expected values to be strictly deep-equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '+ [TypeError: a] {\n' +
    '+   code: \'X\'\n' +
    '+ }\n' +
    '- [Error: a]\n',
    true, 'deepStrictEqual',
  ],
  'strictEqual errors': [
    'Values have same structure but are not reference-equal:\n' +
    '\n' +
    '[RangeError: a]\n',
    true, 'strictEqual',
  ],
  'deepStrictEqual -0': [
    'Expected values to be strictly deep-equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '+ -0\n' +
    '- 0\n',
    true, 'deepStrictEqual',
  ],
  'deepStrictEqual identical inspection': [
    'Expected values to be strictly deep-equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '  {\n' +
    '    a: NaN,\n' +
    '+   b: []\n' +
    '-   b: {}\n' +
    '  }\n',
    true, 'deepStrictEqual',
  ],
  'deepStrictEqual class instance': [
    'Expected values to be strictly deep-equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '+ A {\n' +
    '- {\n' +
    '    x: 1\n' +
    '  }\n',
    true, 'deepStrictEqual',
  ],
  'deepStrictEqual multi-line strings': [
    'Expected values to be strictly deep-equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '+ \'a\\nb\\nc\\nd\'\n' +
    '- \'a\\nb\\nX\\nd\'\n' +
    '         ^\n',
    true, 'deepStrictEqual',
  ],
  'deepStrictEqual custom message': [
    'mine\n' +
    '+ actual - expected\n' +
    '\n' +
    '  [\n' +
    '+   1\n' +
    '-   2\n' +
    '  ]\n',
    false, 'deepStrictEqual',
  ],
  'notDeepStrictEqual': [
    'Expected "actual" not to be strictly deep-equal to:\n' +
    '\n' +
    '{\n' +
    '  a: 1\n' +
    '}\n',
    true, 'notDeepStrictEqual',
  ],
  'notDeepStrictEqual long': [
    'Expected "actual" not to be strictly deep-equal to:\n' +
    '\n' +
    '{\n' +
    '  k0: 0,\n' +
    '  k10: 10,\n' +
    '  k11: 11,\n' +
    '  k12: 12,\n' +
    '  k13: 13,\n' +
    '  k14: 14,\n' +
    '  k15: 15,\n' +
    '  k16: 16,\n' +
    '  k17: 17,\n' +
    '  k18: 18,\n' +
    '  k19: 19,\n' +
    '  k1: 1,\n' +
    '  k20: 20,\n' +
    '  k21: 21,\n' +
    '  k22: 22,\n' +
    '  k23: 23,\n' +
    '  k24: 24,\n' +
    '  k25: 25,\n' +
    '  k26: 26,\n' +
    '  k27: 27,\n' +
    '  k28: 28,\n' +
    '  k29: 29,\n' +
    '  k2: 2,\n' +
    '  k30: 30,\n' +
    '  k31: 31,\n' +
    '  k32: 32,\n' +
    '  k33: 33,\n' +
    '  k34: 34,\n' +
    '  k35: 35,\n' +
    '  k36: 36,\n' +
    '  k37: 37,\n' +
    '  k38: 38,\n' +
    '  k39: 39,\n' +
    '  k3: 3,\n' +
    '  k40: 40,\n' +
    '  k41: 41,\n' +
    '  k42: 42,\n' +
    '  k43: 43,\n' +
    '  k44: 44,\n' +
    '  k45: 45,\n' +
    '  k46: 46,\n' +
    '  k47: 47,\n' +
    '  k48: 48,\n' +
    '  k49: 49,\n' +
    '  k4: 4,\n' +
    '...\n',
    true, 'notDeepStrictEqual',
  ],
  'notDeepStrictEqual primitive': [
    'Expected "actual" not to be strictly deep-equal to: \'a\'',
    true, 'notDeepStrictEqual',
  ],
  'partialDeepStrictEqual': [
    'Expected values to be partially and strictly deep-equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '  {\n' +
    '+   a: 1,\n' +
    '+   b: 2\n' +
    '-   a: 2\n' +
    '  }\n',
    true, 'partialDeepStrictEqual',
  ],
  'partialDeepStrictEqual arrays': [
    'Expected values to be partially and strictly deep-equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '  [\n' +
    '+   1,\n' +
    '+   2,\n' +
    '+   3\n' +
    '-   4\n' +
    '  ]\n',
    true, 'partialDeepStrictEqual',
  ],
  'throws nothing': [
    'Missing expected exception.',
    false, 'throws',
  ],
  'throws nothing with message': [
    'Missing expected exception: msg here',
    false, 'throws',
  ],
  'throws nothing with class': [
    'Missing expected exception (TypeError).',
    false, 'throws',
  ],
  'throws nothing with class and message': [
    'Missing expected exception (TypeError): msg',
    false, 'throws',
  ],
  'throws wrong regexp': [
    'The input did not match the regular expression /xyz/. Input:\n' +
    '\n' +
    '\'Error: abc\'\n',
    true, 'throws',
  ],
  'throws wrong object': [
    'Expected values to be strictly deep-equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '  Comparison {\n' +
    '+   message: \'abc\'\n' +
    '-   message: \'xyz\'\n' +
    '  }\n',
    true, 'throws',
  ],
  'throws wrong name': [
    'Expected values to be strictly deep-equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '  Comparison {\n' +
    '    message: \'abc\',\n' +
    '+   name: \'TypeError\'\n' +
    '-   name: \'RangeError\'\n' +
    '  }\n',
    true, 'throws',
  ],
  'throws wrong regexp property': [
    'Expected values to be strictly deep-equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '  Comparison {\n' +
    '+   message: \'abc\'\n' +
    '-   message: /xyz/\n' +
    '  }\n',
    true, 'throws',
  ],
  'throws missing property': [
    'Expected values to be strictly deep-equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '+ Comparison {}\n' +
    '- Comparison {\n' +
    '-   code: \'X\'\n' +
    '- }\n',
    true, 'throws',
  ],
  'throws nested property': [
    'Expected values to be strictly deep-equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '  Comparison {\n' +
    '    info: {\n' +
    '+     x: 1\n' +
    '-     x: 2\n' +
    '    }\n' +
    '  }\n',
    true, 'throws',
  ],
  'throws validation returns false': [
    'The validation function is expected to return "true". Received false\n' +
    '\n' +
    'Caught error:\n' +
    '\n' +
    'Error: abc',
    true, 'throws',
  ],
  'throws validation named': [
    'The "check" validation function is expected to return "true". Received false\n' +
    '\n' +
    'Caught error:\n' +
    '\n' +
    'Error: abc',
    true, 'throws',
  ],
  'throws primitive': [
    'Expected values to be strictly deep-equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '+ \'str\'\n' +
    '- {\n' +
    '-   message: \'x\'\n' +
    '- }\n',
    true, 'throws',
  ],
  'doesNotThrow': [
    'Got unwanted exception.\n' +
    'Actual message: "boom"',
    false, 'doesNotThrow',
  ],
  'doesNotThrow message': [
    'Got unwanted exception: custom\n' +
    'Actual message: "boom"',
    false, 'doesNotThrow',
  ],
  'doesNotThrow class': [
    'Got unwanted exception.\n' +
    'Actual message: "boom"',
    false, 'doesNotThrow',
  ],
  'doesNotThrow class and message': [
    'Got unwanted exception: custom\n' +
    'Actual message: "boom"',
    false, 'doesNotThrow',
  ],
  'match': [
    'The input did not match the regular expression /x/. Input:\n' +
    '\n' +
    '\'abc\'\n',
    true, 'match',
  ],
  'match not a string': [
    'The "string" argument must be of type string. Received type number (123)',
    true, 'match',
  ],
  'doesNotMatch': [
    'The input was expected to not match the regular expression /b/. Input:\n' +
    '\n' +
    '\'abc\'\n',
    true, 'doesNotMatch',
  ],
  'ifError': [
    'ifError got unwanted exception: \'str\'',
    false, 'ifError',
  ],
  'ifError object': [
    'ifError got unwanted exception: x',
    false, 'ifError',
  ],
  'fail': [
    'Failed',
    true, 'fail',
  ],
  'fail message': [
    'boom',
    false, 'fail',
  ],
  'strict equal': [
    'Expected values to be strictly equal:\n' +
    '\n' +
    '1 !== \'1\'\n',
    true, 'strictEqual',
  ],
  'strict deepEqual': [
    'Expected values to be strictly deep-equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '  [\n' +
    '+   1\n' +
    '-   \'1\'\n' +
    '  ]\n',
    true, 'deepStrictEqual',
  ],
  'AssertionError deepStrictEqual': [
    'Expected values to be strictly deep-equal:\n' +
    '+ actual - expected\n' +
    '\n' +
    '  {\n' +
    '+   a: 1\n' +
    '-   a: 2\n' +
    '  }\n',
    true, 'deepStrictEqual',
  ],
  'AssertionError other operator': [
    '[\n' +
    '  1\n' +
    '] > [\n' +
    '  2\n' +
    ']',
    true, '>',
  ],
  'AssertionError notIdentical': [
    '[\n' +
    '  1\n' +
    '] notIdentical [\n' +
    '  1\n' +
    ']',
    true, 'notIdentical',
  ],
  'Assert instance': [
    'Expected values to be strictly equal:\n' +
    '\n' +
    '1 !== \'1\'\n',
    true, 'strictEqual',
  ],
  'Assert skipPrototype': [
    'Expected "actual" not to be strictly deep-equal to:\n' +
    '\n' +
    'Foo {\n' +
    '  a: 1\n' +
    '}\n',
    true, 'notDeepStrictEqual',
  ],
};

const names = new Set();
for (const [name, fn] of cases) {
  assert.ok(!names.has(name), name);
  names.add(name);
  const [message, generatedMessage, operator] = expected[name];
  assert.throws(fn, (err) => {
    assert.ok(err instanceof assert.AssertionError, name);
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    assert.strictEqual(err.message, message, name);
    assert.strictEqual(err.generatedMessage, generatedMessage, name);
    assert.strictEqual(err.operator, operator, name);
    return true;
  });
}
assert.strictEqual(names.size, Object.keys(expected).length);
