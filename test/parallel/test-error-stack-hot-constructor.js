'use strict';
// Errors made in a hot loop (after the engine's JIT has compiled the code that makes them)
// still carry V8-style stacks and no engine-specific own properties.
require('../common');
const assert = require('assert');

function make() { return new Error('hot'); }
function makeType() { return new TypeError('hot'); }
class MyError extends RangeError {}
function makeSub() { return new MyError('hot'); }

for (const fn of [make, makeType, makeSub]) {
  let error;
  for (let i = 0; i < 5000; i++) error = fn();
  for (const key of ['line', 'column', 'sourceURL']) assert(!Object.hasOwn(error, key), key);
  const lines = error.stack.split('\n');
  assert.match(lines[0], /^(Error|TypeError|RangeError): hot$/);
  assert.match(lines[1], new RegExp(`^    at ${fn.name} \\(.*test-error-stack-hot-constructor\\.js:\\d+:\\d+\\)$`));
}

// Error.captureStackTrace in a hot loop too.
function capture() {
  const holder = {};
  Error.captureStackTrace(holder);
  return holder;
}
let holder;
for (let i = 0; i < 5000; i++) holder = capture();
assert.match(holder.stack.split('\n')[1], /^    at capture \(/);

// A user-set limit is honoured in hot code.
const saved = Error.stackTraceLimit;
Error.stackTraceLimit = 1;
let limited;
for (let i = 0; i < 5000; i++) limited = make();
assert.strictEqual(limited.stack.split('\n').length, 2);
Error.stackTraceLimit = 0;
assert.strictEqual(make().stack, 'Error: hot');
Error.stackTraceLimit = saved;
