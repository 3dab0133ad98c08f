'use strict';
// Node's internal errors, seen through public APIs that throw them: class, own enumerable
// `code`, toString() and stack header `TypeError [ERR_X]: message`, and the exact messages of
// ERR_INVALID_ARG_TYPE ("Received ..." for every kind of value), ERR_OUT_OF_RANGE (digit
// grouping for big integers) and ERR_UNHANDLED_ERROR.
require('../common');
const assert = require('assert');
const path = require('path');
const EventEmitter = require('events');

function thrown(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  assert.fail('expected an exception');
}

// The shape of a Node error.
{
  const err = thrown(() => path.join(5));
  const message = 'The "path" argument must be of type string. Received type number (5)';
  assert.strictEqual(err.message, message);
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
  assert.strictEqual(err.name, 'TypeError');
  assert.ok(err instanceof TypeError);
  assert.ok(err instanceof Error);
  assert.strictEqual(err.constructor, TypeError);
  assert.strictEqual(Object.prototype.toString.call(err), '[object Error]');
  assert.deepStrictEqual(Object.keys(err), ['code']);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(err, 'code'),
    { value: 'ERR_INVALID_ARG_TYPE', writable: true, enumerable: true, configurable: true });
  assert.strictEqual(Object.getOwnPropertyDescriptor(err, 'message').enumerable, false);
  assert.strictEqual(Object.hasOwn(err, 'name'), false);
  assert.strictEqual(String(err), `TypeError [ERR_INVALID_ARG_TYPE]: ${message}`);
  assert.strictEqual(err.stack.split('\n')[0], `TypeError [ERR_INVALID_ARG_TYPE]: ${message}`);
  assert.match(err.stack.split('\n')[1], /^ {4}at /);

  // The stack header is built when the stack is first read.
  const renamed = thrown(() => path.join(5));
  renamed.name = 'Renamed';
  assert.strictEqual(renamed.stack.split('\n')[0], `Renamed [ERR_INVALID_ARG_TYPE]: ${message}`);
  // Both name the code the error was created with.
  renamed.code = 'ERR_OTHER';
  assert.strictEqual(String(renamed), `Renamed [ERR_INVALID_ARG_TYPE]: ${message}`);
}

// ERR_INVALID_ARG_TYPE names what it received.
const received = [
  [5, 'type number (5)'],
  [-0, 'type number (-0)'],
  [NaN, 'type number (NaN)'],
  [1.5, 'type number (1.5)'],
  [12n, 'type bigint (12n)'],
  [true, 'type boolean (true)'],
  [Symbol('desc'), 'type symbol (Symbol(desc))'],
  ['x'.repeat(28), `type string ('${'x'.repeat(28)}')`],
  ['x'.repeat(29), `type string ('${'x'.repeat(25)}...')`],
  ["it's", 'type string ("it\'s")'],
  [null, 'null'],
  [undefined, 'undefined'],
  [{}, 'an instance of Object'],
  [[1, 2], 'an instance of Array'],
  [new Map(), 'an instance of Map'],
  [new (class Foo {})(), 'an instance of Foo'],
  [new Error('e'), 'an instance of Error'],
  [Object.create(null), '[Object: null prototype] {}'],
  [function named() {}, 'function named'],
  [class Klass {}, 'function Klass'],
];
for (const [value, description] of received) {
  // Strings are valid paths and functions valid callbacks: check each where it is invalid.
  const [expected, api] = typeof value === 'string' ?
    ['"callback" argument must be of type function', () => process.nextTick(value)] :
    ['"path" argument must be of type string', () => path.basename(value)];
  const err = thrown(api);
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
  assert.strictEqual(err.message, `The ${expected}. Received ${description}`);
}

// "property" for dotted names, "of type object" for validateObject.
assert.strictEqual(thrown(() => path.format(null)).message,
  'The "pathObject" argument must be of type object. Received null');
assert.strictEqual(thrown(() => path.format([])).message,
  'The "pathObject" argument must be of type object. Received an instance of Array');

// ERR_OUT_OF_RANGE groups the digits of integers beyond 2 ** 32.
{
  const err = thrown(() => { process.exitCode = 1.5; });
  assert.strictEqual(err.name, 'RangeError');
  assert.strictEqual(err.code, 'ERR_OUT_OF_RANGE');
  assert.strictEqual(err.message,
    'The value of "code" is out of range. It must be an integer. Received 1.5');
  assert.strictEqual(String(err), `RangeError [ERR_OUT_OF_RANGE]: ${err.message}`);

  const big = thrown(() => new EventEmitter().setMaxListeners(-(2 ** 40)));
  assert.strictEqual(big.code, 'ERR_OUT_OF_RANGE');
  assert.strictEqual(big.message, 'The value of "setMaxListeners" is out of range. ' +
    'It must be >= 0. Received -1_099_511_627_776');
}

// ERR_UNHANDLED_ERROR carries the emitted value.
{
  const err = thrown(() => new EventEmitter().emit('error', 'boom'));
  assert.strictEqual(err.name, 'Error');
  assert.strictEqual(err.code, 'ERR_UNHANDLED_ERROR');
  assert.strictEqual(err.message, "Unhandled error. ('boom')");
  assert.strictEqual(err.context, 'boom');
  assert.strictEqual(String(err), "Error [ERR_UNHANDLED_ERROR]: Unhandled error. ('boom')");
}
