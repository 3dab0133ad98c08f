'use strict';
// node:test with arguments of the wrong type: test()/describe()/it() and hooks ignore an
// options value that is not an object and a fn that is not a function (as Node does);
// option values and mock arguments of the wrong type throw Node's errors.
const common = require('../common');
const assert = require('assert');
const { test, describe, it, mock } = require('node:test');

// Names: an own options.name wins; a name that is not a non-empty string falls back to
// fn's name, then to '<anonymous>'.
test(5, function numberName(t) { assert.strictEqual(t.name, 'numberName'); });
test('', function emptyName(t) { assert.strictEqual(t.name, 'emptyName'); });
test(null, (t) => { assert.strictEqual(t.name, '<anonymous>'); });
test('given', { name: 'fromOptions' }, (t) => { assert.strictEqual(t.name, 'fromOptions'); });
test({ name: 'onlyOptions' }, (t) => { assert.strictEqual(t.name, 'onlyOptions'); });

// Options that are not an object are ignored; the function still runs.
test('number options', 5, common.mustCall());
test('string options', 'str', common.mustCall());
describe('string suite options', 'a', common.mustCall(() => {
  it('runs', common.mustCall());
}));

// A fn that is not a function makes a test or suite that passes without running anything.
test('number fn', {}, 5);
describe('number suite fn', {}, 5);
it('number it fn', {}, 'x');

test('hooks', async (t) => {
  // A hook fn that is not a function does nothing; options that are not an object are
  // ignored.
  t.before(1);
  t.after('x');
  t.beforeEach({});
  t.afterEach(null);
  t.before(common.mustCall(), null);
  t.beforeEach(common.mustCall(), 5);
  await t.test('sub', common.mustCall());

  // Bad option values throw.
  assert.throws(() => t.before(() => {}, { timeout: 'x' }), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.timeout" property must be of type number. ' +
      "Received type string ('x')",
  });
  assert.throws(() => t.after(() => {}, { timeout: -1 }), {
    name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  });
});

test('option values of the wrong type', (t) => {
  assert.throws(() => t.test('x', { timeout: 'a' }, () => {}), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.timeout" property must be of type number. ' +
      "Received type string ('a')",
  });
  assert.throws(() => t.test('x', { timeout: -1 }, () => {}), {
    name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  });
  assert.throws(() => t.test('x', { concurrency: 'a' }, () => {}), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.concurrency" property must be one of type boolean or number. ' +
      "Received type string ('a')",
  });
  assert.throws(() => t.test('x', { concurrency: 0 }, () => {}), {
    name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  });
  assert.throws(() => t.test('x', { signal: 1 }, () => {}), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. ' +
      'Received type number (1)',
  });
  assert.throws(() => t.plan('a'), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "count" argument must be of type number. Received type string (\'a\')',
  });
  assert.throws(() => t.plan(-1), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => t.plan(1.5), {
    name: 'RangeError',
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "count" is out of range. It must be an integer. Received 1.5',
  });
});

test('describe with a bad timeout throws', () => {
  assert.throws(() => describe('y', { timeout: -2 }, () => {}), {
    name: 'RangeError',
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.timeout" is out of range. ' +
      'It must be >= 0 && <= 2147483647. Received -2',
  });
});

test('mock arguments of the wrong type', () => {
  const typeError = (name, what, received) => ({
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "${name}" ${what}. Received ${received}`,
  });
  assert.throws(() => mock.fn('x'),
                typeError('original', 'argument must be of type function', "type string ('x')"));
  assert.throws(() => mock.fn(() => {}, 'x'),
                typeError('implementation', 'argument must be of type function',
                          "type string ('x')"));
  assert.throws(() => mock.fn(() => {}, () => {}, 5),
                typeError('options', 'argument must be of type object', 'type number (5)'));
  assert.throws(() => mock.fn(() => {}, () => {}, { times: 'a' }),
                typeError('options.times', 'property must be of type number',
                          "type string ('a')"));
  assert.throws(() => mock.fn(() => {}, () => {}, { times: 1.5 }), {
    name: 'RangeError',
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.times" is out of range. It must be an integer. ' +
      'Received 1.5',
  });
  assert.throws(() => mock.method('s', 'x'),
                typeError('object', 'argument must be of type object', "type string ('s')"));
  assert.throws(() => mock.method({}, 1),
                typeError('methodName', 'argument must be one of type string or symbol',
                          'type number (1)'));
  assert.throws(() => mock.method({}, 'nope'), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'methodName' must be a method. Received undefined",
  });
  assert.throws(() => mock.method({ x() {} }, 'x', 'a'),
                typeError('implementation', 'argument must be of type function',
                          "type string ('a')"));
  assert.throws(() => mock.method({ x() {} }, 'x', () => {}, 5),
                typeError('options', 'argument must be of type object', 'type number (5)'));
  assert.throws(() => mock.method({ x() {} }, 'x', () => {}, { times: -1 }), {
    name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  });
  assert.throws(() => mock.getter({ x: 1 }, 'x'), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
  });
  assert.throws(() => mock.method({ x() {} }, 'x', () => {}, { getter: 1 }),
                typeError('options.getter', 'property must be of type boolean',
                          'type number (1)'));
  assert.throws(() => mock.method({ x() {} }, 'x', { setter: 'yes' }),
                typeError('options.setter', 'property must be of type boolean',
                          "type string ('yes')"));
  assert.throws(() => mock.getter({ get x() { return 1; } }, 'x', () => {}, { getter: false }), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.getter' cannot be false. Received false",
  });
  assert.throws(() => mock.setter({ set x(v) {} }, 'x', { setter: false }), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.setter' cannot be false. Received false",
  });

  const fn = mock.fn();
  assert.throws(() => fn.mock.mockImplementation('x'),
                typeError('implementation', 'argument must be of type function',
                          "type string ('x')"));
  assert.throws(() => fn.mock.mockImplementationOnce(() => {}, 'x'),
                typeError('onCall', 'argument must be of type number', "type string ('x')"));
  assert.throws(() => fn.mock.mockImplementationOnce(() => {}, -1), {
    name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  });
});

test('mock.timers arguments of the wrong type', () => {
  const state = {
    name: 'Error',
    code: 'ERR_INVALID_STATE',
    message: 'Invalid state: You should enable MockTimers first by calling the .enable function',
  };
  assert.throws(() => mock.timers.tick(1), state);
  assert.throws(() => mock.timers.runAll(), state);
  assert.throws(() => mock.timers.setTime(1), state);
  assert.throws(() => mock.timers.enable({ apis: 'setTimeout' }), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.apis" property must be an instance of Array. ' +
      "Received type string ('setTimeout')",
  });
  assert.throws(() => mock.timers.enable({ now: 'x' }), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  });
  mock.timers.enable();
  try {
    assert.throws(() => mock.timers.setTime('a'), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "time" argument must be of type number. Received type string (\'a\')',
    });
    // Node's own wording for a negative time.
    const negative = {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_VALUE',
      message: "The argument 'time' -1. Received 'positive integer'",
    };
    assert.throws(() => mock.timers.tick(-1), negative);
    assert.throws(() => mock.timers.setTime(-1), negative);
  } finally {
    mock.timers.reset();
  }
});
