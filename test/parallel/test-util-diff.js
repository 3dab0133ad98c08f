'use strict';
// util.diff(): the shortest edit script between strings or arrays of strings.
require('../common');
const assert = require('assert');
const { diff } = require('util');

assert.deepStrictEqual(diff('abc'.split(''), 'axc'.split('')),
                       [[0, 'a'], [1, 'b'], [-1, 'x'], [0, 'c']]);
assert.deepStrictEqual(diff('hello', 'hallo'),
                       [[0, 'h'], [1, 'e'], [-1, 'a'], [0, 'l'], [0, 'l'], [0, 'o']]);
assert.deepStrictEqual(diff(['1', '2', '3'], ['1', '2', '3']), [[0, '1'], [0, '2'], [0, '3']]);
assert.deepStrictEqual(diff('', 'a'), [[-1, 'a']]);
assert.deepStrictEqual(diff('a', ''), [[1, 'a']]);
assert.deepStrictEqual(diff('', ''), []);
assert.deepStrictEqual(diff('abc', 'xyz'),
                       [[1, 'a'], [1, 'b'], [1, 'c'], [-1, 'x'], [-1, 'y'], [-1, 'z']]);
assert.deepStrictEqual(diff('kitten', 'sitting'), [[1, 'k'], [-1, 's'], [0, 'i'], [0, 't'],
  [0, 't'], [1, 'e'], [-1, 'i'], [0, 'n'], [-1, 'g']]);
assert.deepStrictEqual(diff(['a', 'b', 'c', 'a', 'b', 'b', 'a'], ['c', 'b', 'a', 'b', 'a', 'c']),
                       [[1, 'a'], [1, 'b'], [0, 'c'], [-1, 'b'], [0, 'a'], [0, 'b'], [1, 'b'],
                        [0, 'a'], [-1, 'c']]);
// Applying the script to actual gives expected.
const a = 'the quick brown fox'.split(' ');
const b = 'the slow brown dog jumps'.split(' ');
const script = diff(a, b);
assert.deepStrictEqual(script.filter(([op]) => op !== -1).map(([, v]) => v), a);
assert.deepStrictEqual(script.filter(([op]) => op !== 1).map(([, v]) => v), b);

assert.throws(() => diff(1, 'a'), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "actual" argument must be of type string. Received type number (1)',
});
assert.throws(() => diff('a', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "expected" argument must be of type string. Received type number (1)',
});
assert.throws(() => diff([1], ['a']), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "actual[0]" argument must be of type string. Received type number (1)',
});
