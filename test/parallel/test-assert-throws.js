'use strict';
// assert.throws() and assert.doesNotThrow(): matching by class, RegExp, validation object
// or function, Node's messages, and ERR_INVALID_ARG_TYPE/ERR_AMBIGUOUS_ARGUMENT on misuse.
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
const thrower = (err) => () => { throw err; };

// Matchers that pass.
assert.throws(thrower(new TypeError('bad')));
assert.throws(thrower(new TypeError('bad')), TypeError);
assert.throws(thrower(new TypeError('bad')), Error);
assert.throws(thrower(new TypeError('bad')), /^TypeError: bad$/);
assert.throws(thrower(new TypeError('bad')), { name: 'TypeError', message: 'bad' });
assert.throws(thrower(new TypeError('bad')), { message: /ba/ });
assert.throws(thrower(new TypeError('bad')), new TypeError('bad'));
assert.throws(thrower(new TypeError('bad')), (err) => err instanceof TypeError);
assert.throws(thrower('a string'), /string/);
const extra = Object.assign(new Error('e'), { code: 'X', info: { deep: [1] } });
assert.throws(thrower(extra), { code: 'X', info: { deep: [1] } });

// Nothing thrown.
let err = failure(() => assert.throws(() => {}));
assert.strictEqual(err.message, 'Missing expected exception.');
assert.strictEqual(err.operator, 'throws');
assert.strictEqual(err.generatedMessage, false);
assert.strictEqual(err.actual, undefined);
assert.strictEqual(failure(() => assert.throws(() => {}, TypeError)).message,
  'Missing expected exception (TypeError).');
assert.strictEqual(failure(() => assert.throws(() => {}, 'msg')).message,
  'Missing expected exception: msg');
assert.strictEqual(failure(() => assert.throws(() => {}, TypeError, 'msg')).message,
  'Missing expected exception (TypeError): msg');

// Thrown, but not matching.
err = failure(() => assert.throws(thrower(new Error('a')), TypeError));
assert.strictEqual(err.message,
  'The error is expected to be an instance of "TypeError". Received "Error"\n\n' +
  'Error message:\n\na');
assert.strictEqual(err.generatedMessage, true);
assert.strictEqual(err.operator, 'throws');
assert.strictEqual(failure(() => assert.throws(thrower(new Error('a')), /b/)).message,
  "The input did not match the regular expression /b/. Input:\n\n'Error: a'\n");
assert.strictEqual(failure(() => assert.throws(thrower(new Error('a')), { message: 'b' })).message,
  'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
  "  Comparison {\n+   message: 'a'\n-   message: 'b'\n  }\n");
assert.strictEqual(
  failure(() => assert.throws(thrower(new Error('a')), { message: 'a', code: 'X' })).message,
  'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
  "  Comparison {\n-   code: 'X',\n    message: 'a'\n  }\n");
assert.strictEqual(failure(() => assert.throws(thrower(new Error('a')), () => false)).message,
  'The validation function is expected to return "true". Received false\n\n' +
  'Caught error:\n\nError: a');
assert.strictEqual(
  failure(() => assert.throws(thrower(new Error('a')), function validate() { return 1; })).message,
  'The "validate" validation function is expected to return "true". Received 1\n\n' +
  'Caught error:\n\nError: a');
assert.strictEqual(failure(() => assert.throws(thrower(5), { message: 'x' })).message,
  'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
  "+ 5\n- {\n-   message: 'x'\n- }\n");
assert.strictEqual(failure(() => assert.throws(thrower(new Error('a')), TypeError, 'm')).message,
  'm');

// Misuse.
assert.throws(() => assert.throws(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function. Received type number (5)',
});
assert.throws(() => assert.throws(thrower(new Error('a')), 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "error" argument must be of type function or an instance of Error, ' +
    'RegExp, or Object. Received type number (5)',
});
assert.throws(() => assert.throws(thrower(new Error('a')), 'a', 'b'), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => assert.throws(thrower(new Error('a')), {}), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'error' may not be an empty object. Received {}",
});
assert.throws(() => assert.throws(thrower(new Error('same')), 'same'), {
  code: 'ERR_AMBIGUOUS_ARGUMENT',
  message: 'The "error/message" argument is ambiguous. ' +
    'The error message "same" is identical to the message.',
});
assert.throws(() => assert.throws(thrower('same'), 'same'), {
  code: 'ERR_AMBIGUOUS_ARGUMENT',
  message: 'The "error/message" argument is ambiguous. The error "same" is identical to the message.',
});

// doesNotThrow.
assert.doesNotThrow(() => {});
assert.doesNotThrow(() => {}, 'never used');
err = failure(() => assert.doesNotThrow(thrower(new Error('a'))));
assert.strictEqual(err.message, 'Got unwanted exception.\nActual message: "a"');
assert.strictEqual(err.operator, 'doesNotThrow');
assert.strictEqual(failure(() => assert.doesNotThrow(thrower(new Error('a')), 'msg')).message,
  'Got unwanted exception: msg\nActual message: "a"');
assert.strictEqual(failure(() => assert.doesNotThrow(thrower(new Error('a')), /a/)).message,
  'Got unwanted exception.\nActual message: "a"');
// An error that does not match the class is rethrown as it is.
const original = new Error('not a TypeError');
assert.strictEqual(failure(() => assert.doesNotThrow(thrower(original), TypeError)), original);
assert.throws(() => assert.doesNotThrow(thrower(new Error('a')), 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "expected" argument must be of type function or an instance of RegExp. ' +
    'Received type number (5)',
});
