'use strict';
// assert.fail(), assert.ifError(), assert.match() and assert.doesNotMatch().
require('../common');
const assert = require('assert');

function failure(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}

let err = failure(() => assert.fail());
assert.strictEqual(err.message, 'Failed');
assert.strictEqual(err.operator, 'fail');
assert.strictEqual(err.generatedMessage, true);
err = failure(() => assert.fail('boom'));
assert.strictEqual(err.message, 'boom');
assert.strictEqual(err.generatedMessage, false);
const mine = new RangeError('mine');
assert.strictEqual(failure(() => assert.fail(mine)), mine);

// ifError throws for anything but null and undefined.
assert.ifError(null);
assert.ifError(undefined);
err = failure(() => assert.ifError(new Error('x')));
assert.strictEqual(err.message, 'ifError got unwanted exception: x');
assert.strictEqual(err.operator, 'ifError');
assert.strictEqual(err.expected, null);
assert.strictEqual(err.generatedMessage, false);
assert.strictEqual(failure(() => assert.ifError('x')).message,
  "ifError got unwanted exception: 'x'");
assert.strictEqual(failure(() => assert.ifError(new TypeError(''))).message,
  'ifError got unwanted exception: TypeError');
assert.strictEqual(failure(() => assert.ifError(0)).message,
  'ifError got unwanted exception: 0');
assert.strictEqual(failure(() => assert.ifError(false)).message,
  'ifError got unwanted exception: false');

// match / doesNotMatch.
assert.match('abc', /b/);
assert.doesNotMatch('abc', /x/);
err = failure(() => assert.match('abc', /x/));
assert.strictEqual(err.message,
  "The input did not match the regular expression /x/. Input:\n\n'abc'\n");
assert.strictEqual(err.operator, 'match');
assert.strictEqual(err.actual, 'abc');
assert.deepStrictEqual(err.expected, /x/);
assert.strictEqual(failure(() => assert.match(1, /x/)).message,
  'The "string" argument must be of type string. Received type number (1)');
assert.strictEqual(failure(() => assert.doesNotMatch(1, /x/)).message,
  'The "string" argument must be of type string. Received type number (1)');
err = failure(() => assert.doesNotMatch('abc', /b/));
assert.strictEqual(err.message,
  "The input was expected to not match the regular expression /b/. Input:\n\n'abc'\n");
assert.strictEqual(err.operator, 'doesNotMatch');
assert.strictEqual(failure(() => assert.match('abc', /x/, 'm')).message, 'm');
assert.throws(() => assert.match('abc', 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "regexp" argument must be an instance of RegExp. Received type string (\'x\')',
});
