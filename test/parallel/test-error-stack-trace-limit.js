'use strict';
// Error.stackTraceLimit is 10 by default and is read when an error is created (or a stack
// captured): a number below 1 keeps only the header, anything not a number records no stack.
require('../common');
const assert = require('assert');

function recurse(depth, make) {
  return depth === 0 ? make() : recurse(depth - 1, make);
}
const frameCount = (stack) => stack.split('\n').length - 1;

assert.strictEqual(Error.stackTraceLimit, 10);
const descriptor = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
assert.strictEqual(descriptor.writable, true);
assert.strictEqual(descriptor.configurable, true);

assert.strictEqual(frameCount(recurse(30, () => new Error('deep')).stack), 10);
assert.strictEqual(frameCount(recurse(30, () => new TypeError('deep')).stack), 10);
assert.strictEqual(frameCount(recurse(30, () => {
  const holder = {};
  Error.captureStackTrace(holder);
  return holder;
}).stack), 10);

function withLimit(limit, fn) {
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = limit;
  try {
    return fn();
  } finally {
    Error.stackTraceLimit = saved;
  }
}

// Fewer frames, fractional limits rounded down.
assert.strictEqual(frameCount(withLimit(3, () => recurse(30, () => new Error('x'))).stack), 3);
assert.strictEqual(frameCount(withLimit(2.5, () => recurse(30, () => new Error('x'))).stack), 2);
assert.strictEqual(frameCount(withLimit(1, () => recurse(30, () => {
  const holder = {};
  Error.captureStackTrace(holder);
  return holder;
})).stack), 1);

// More frames: every one of them.
assert.ok(frameCount(withLimit(Infinity, () => recurse(30, () => new Error('x'))).stack) > 30);
assert.ok(frameCount(withLimit(50, () => recurse(30, () => new Error('x'))).stack) > 30);

// Zero or less: the header alone.
assert.strictEqual(withLimit(0, () => new Error('x')).stack, 'Error: x');
assert.strictEqual(withLimit(-1, () => new RangeError('y')).stack, 'RangeError: y');
assert.strictEqual(withLimit(0, () => {
  const holder = { name: 'Custom', message: 'msg' };
  Error.captureStackTrace(holder);
  return holder;
}).stack, 'Custom: msg');

// Not a number: no stack at all.
for (const limit of [undefined, null, '5', {}]) {
  assert.strictEqual(withLimit(limit, () => new Error('x')).stack, undefined);
}
{
  const saved = Error.stackTraceLimit;
  delete Error.stackTraceLimit;
  const err = new Error('x');
  Error.stackTraceLimit = saved;
  assert.strictEqual(err.stack, undefined);
}

// The limit at creation counts, not the one when the stack is read.
{
  const err = withLimit(2, () => recurse(30, () => new Error('x')));
  assert.strictEqual(Error.stackTraceLimit, 10);
  assert.strictEqual(frameCount(err.stack), 2);
}

// prepareStackTrace gets as many call sites as the limit allows.
{
  Error.prepareStackTrace = (error, callSites) => callSites.length;
  assert.strictEqual(withLimit(4, () => recurse(30, () => new Error('x'))).stack, 4);
  assert.strictEqual(recurse(30, () => new Error('x')).stack, 10);
  Error.prepareStackTrace = undefined;
}
