'use strict';
// error.stack reads in V8's format: a `Name: message` header, then one `    at ...` line per
// frame, `at fn (file:line:column)` for named functions and `at file:line:column` for
// anonymous ones. Constructors of error subclasses do not appear, nor does Error itself.
require('../common');
const assert = require('assert');
const util = require('util');

const escaped = __filename.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const framePattern = new RegExp(`^ {4}at (?:(\\S+) \\()?${escaped}:(\\d+):\\d+\\)?$`);

// The function name and line of the frame's text, for frames in this file.
function frameAt(stack, index) {
  const line = stack.split('\n')[index + 1];
  const match = framePattern.exec(line);
  assert.ok(match, `frame ${index} is not in this file: ${line}\n${stack}`);
  return { name: match[1] ?? null, line: Number(match[2]) };
}

function makeError() {
  return new Error('boom');
}

{
  const stack = makeError().stack;
  const lines = stack.split('\n');
  assert.strictEqual(lines[0], 'Error: boom');
  for (const line of lines.slice(1)) assert.match(line, /^ {4}at \S/);
  assert.deepStrictEqual(frameAt(stack, 0), { name: 'makeError', line: 21 });
}

// Anonymous functions have no name and no parentheses.
{
  const stack = [0].map(() => new Error('in arrow'))[0].stack;
  assert.deepStrictEqual(frameAt(stack, 0), { name: null, line: 34 });
}

// Headers: the name alone without a message, the message alone without a name; the error
// classes name themselves.
assert.strictEqual(new Error('').stack.split('\n')[0], 'Error');
assert.strictEqual(new Error().stack.split('\n')[0], 'Error');
for (const ErrorClass of [TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError]) {
  const err = new ErrorClass('m');
  assert.strictEqual(err.stack.split('\n')[0], `${ErrorClass.name}: m`);
  assert.ok(err instanceof ErrorClass);
  assert.ok(err instanceof Error);
  assert.strictEqual(Object.getPrototypeOf(ErrorClass), Error);
  assert.strictEqual(ErrorClass.prototype.constructor, ErrorClass);
  assert.strictEqual(Object.prototype.toString.call(err), '[object Error]');
}
assert.strictEqual(Error.prototype.constructor, Error);
assert.strictEqual(new AggregateError([], 'agg').stack.split('\n')[0], 'AggregateError: agg');
{
  const unnamed = new Error('only message');
  unnamed.name = '';
  assert.strictEqual(unnamed.stack.split('\n')[0], 'only message');
}

// The header is built when the stack is first read, from the name and message at that time.
{
  const err = new TypeError('before');
  err.name = 'Renamed';
  err.message = 'after';
  assert.strictEqual(err.stack.split('\n')[0], 'Renamed: after');
  err.message = 'too late';
  assert.strictEqual(err.stack.split('\n')[0], 'Renamed: after');
}

// Error() without new, the cause option.
function callError() {
  return Error('called');
}
{
  const err = callError();
  assert.strictEqual(err.stack.split('\n')[0], 'Error: called');
  assert.deepStrictEqual(frameAt(err.stack, 0), { name: 'callError', line: 71 });
  const withCause = new Error('x', { cause: 'why' });
  assert.strictEqual(withCause.cause, 'why');
  assert.deepStrictEqual(Object.keys(withCause), []);
}

// Subclasses: their constructors are not frames, however deep the chain.
class PlainError extends Error {}
class NamedError extends RangeError {
  constructor(message) {
    super(message);
    this.name = 'NamedError';
  }
}
class DeeperError extends NamedError {
  constructor(message) {
    super(`deeper ${message}`);
  }
}
function makeSubclassErrors() {
  return [new PlainError('plain'), new NamedError('named'), new DeeperError('x')];
}
{
  const [plain, named, deeper] = makeSubclassErrors();
  assert.strictEqual(plain.stack.split('\n')[0], 'Error: plain');
  assert.strictEqual(named.stack.split('\n')[0], 'NamedError: named');
  assert.strictEqual(deeper.stack.split('\n')[0], 'NamedError: deeper x');
  for (const err of [plain, named, deeper]) {
    assert.deepStrictEqual(frameAt(err.stack, 0), { name: 'makeSubclassErrors', line: 96 });
  }
  assert.ok(deeper instanceof DeeperError);
  assert.ok(deeper instanceof NamedError);
  assert.ok(deeper instanceof RangeError);
  assert.strictEqual(Object.prototype.toString.call(deeper), '[object Error]');
}

// stack can be assigned.
{
  const err = new Error('x');
  err.stack = 'replaced';
  assert.strictEqual(err.stack, 'replaced');
}

// Errors raised by the engine itself print in V8's format too.
try {
  null.property; // eslint-disable-line no-unused-expressions
  assert.fail('expected a TypeError');
} catch (err) {
  assert.ok(err instanceof TypeError);
  const printed = util.inspect(err);
  assert.match(printed, /^TypeError: /);
  assert.match(printed.split('\n')[1], new RegExp(`^ {4}at .*${escaped}:121:\\d+\\)?$`));
}
