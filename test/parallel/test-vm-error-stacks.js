'use strict';
// Errors made inside a vm context have V8-format stacks like the main context's (test
// runners such as jest run every test file in a context and print error.stack, which must
// start with the message): `Name: message` then `    at fn (file:line:col)` lines.
require('../common');
const assert = require('assert');
const vm = require('vm');

const sandbox = { answer: 42 };
vm.createContext(sandbox);
// Installing the stacks defines nothing on the sandbox.
assert.deepStrictEqual(Object.getOwnPropertyNames(sandbox), ['answer']);

const e = vm.runInContext('function make() { return new Error("boom"); }\nmake()', sandbox,
  { filename: 'ctx.js' });
assert.strictEqual(e instanceof Error, false); // the context's own Error
assert.strictEqual(e instanceof vm.runInContext('Error', sandbox), true);
const lines = e.stack.split('\n');
assert.strictEqual(lines[0], 'Error: boom');
assert.match(lines[1], /^ {4}at make \(ctx\.js:1:\d+\)$/);
assert.match(lines[2], /^ {4}at ctx\.js:2:\d+$/);

// Subclasses, every constructor, calls without new.
const sub = vm.runInContext(
  'class MyError extends TypeError { constructor(m) { super(m); this.name = "MyError"; } }\n' +
  'new MyError("sub")', sandbox, { filename: 'sub.js' });
assert.match(sub.stack, /^MyError: sub\n {4}at sub\.js:2:\d+/);
for (const name of ['TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError',
  'URIError']) {
  const err = vm.runInContext(`${name}("m")`, sandbox, { filename: 'call.js' });
  assert.match(err.stack, new RegExp(`^${name}: m\\n {4}at call\\.js:1:\\d+`));
}
const agg = vm.runInContext('new AggregateError([], "all")', sandbox);
assert.match(agg.stack, /^AggregateError: all\n/);

// The context's Error has V8's limit and captureStackTrace; a limit set in the context
// applies there.
assert.strictEqual(vm.runInContext('Error.stackTraceLimit', sandbox), 10);
const captured = vm.runInContext(
  'const o = { name: "Thing", message: "x" };\nError.captureStackTrace(o);\no', sandbox,
  { filename: 'cap.js' });
assert.match(captured.stack, /^Thing: x\n {4}at cap\.js:2:\d+/);
const limited = vm.runInContext(
  'Error.stackTraceLimit = 1;\n' +
  'function a() { return b(); } function b() { return new Error("deep"); }\n' +
  'const r = a(); Error.stackTraceLimit = 10; r', sandbox, { filename: 'lim.js' });
assert.strictEqual(limited.stack.split('\n').length, 2);
assert.strictEqual(vm.runInContext('Error.prototype.constructor === Error', sandbox), true);
assert.strictEqual(vm.runInContext('Object.getPrototypeOf(TypeError) === Error', sandbox), true);

// Each context gets its own; the main context's constructors are untouched.
const other = vm.createContext();
assert.notStrictEqual(vm.runInContext('Error', other), vm.runInContext('Error', sandbox));
assert.match(new Error('main').stack, /^Error: main\n {4}at /);
assert.match(vm.runInContext('new RangeError("r")', other, { filename: 'o.js' }).stack,
  /^RangeError: r\n {4}at o\.js:1:\d+/);

// A context made with DONT_CONTEXTIFY (its global is returned itself) too.
const bare = vm.createContext(vm.constants.DONT_CONTEXTIFY);
assert.match(vm.runInContext('new Error("bare")', bare, { filename: 'b.js' }).stack,
  /^Error: bare\n {4}at b\.js:1:\d+/);
assert.strictEqual(Object.getOwnPropertyDescriptor(bare, 'Error').enumerable, false);
