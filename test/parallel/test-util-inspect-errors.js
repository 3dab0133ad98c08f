'use strict';
// util.inspect of errors. Stacks are set explicitly so that the expected text does not depend on the engine.
// Expected strings are Node 24's output.
require('../common');
const assert = require('assert');
const { inspect } = require('util');

function withStack(err, stack) {
  err.stack = stack;
  return err;
}
class MyError extends Error {}
class Foo extends Error {}
const at = '\n    at foo (/app/a.js:1:1)';
const frames = '\n    at b (/app/x.js:2:1)\n    at c (/app/x.js:3:1)\n    at d (/app/x.js:4:1)\n    at e (/app/x.js:5:1)';

assert.strictEqual(
  inspect(withStack(new Error('x'), `Error: x${at}\n    at bar (/app/b.js:2:2)`)),
  "Error: x\n    at foo (/app/a.js:1:1)\n    at bar (/app/b.js:2:2)");
// own enumerable properties follow the stack
assert.strictEqual(
  inspect(Object.assign(withStack(new Error('x'), `Error: x${at}`), { code: 'X' })),
  "Error: x\n    at foo (/app/a.js:1:1) {\n  code: 'X'\n}");
// nested stacks are indented
assert.strictEqual(
  inspect({ e: Object.assign(withStack(new Error('x'), `Error: x${at}`), { code: 'X' }) }),
  "{\n  e: Error: x\n      at foo (/app/a.js:1:1) {\n    code: 'X'\n  }\n}");
assert.strictEqual(
  inspect([withStack(new Error('in arr'), `Error: in arr${at}`)]),
  "[\n  Error: in arr\n      at foo (/app/a.js:1:1)\n]");
// errors without a stack are bracketed
assert.strictEqual(
  inspect(withStack(new Error('x'), undefined)),
  "[Error: x]");
assert.strictEqual(
  inspect(withStack(new Error('x'), '')),
  "[Error: x]");
assert.strictEqual(
  inspect(withStack(new TypeError('x'), 'Error: x')),
  "[Error: x]");
assert.strictEqual(
  inspect(withStack(new Error('plain'), 'custom stack')),
  "[custom stack]");
assert.strictEqual(
  inspect(withStack(new Error(''), `Error${at}`)),
  "Error\n    at foo (/app/a.js:1:1)");
// name changed after creation
assert.strictEqual(
  inspect(Object.assign(withStack(new Error('x'), `Error: x${at}`), { name: 'Foo' })),
  "Error: x\n    at foo (/app/a.js:1:1) {\n  name: 'Foo'\n}");
assert.strictEqual(
  inspect(Object.assign(withStack(new Error('x'), `Error: x${at}`), { name: 'FooError' })),
  "Error: x\n    at foo (/app/a.js:1:1) {\n  name: 'FooError'\n}");
// message changed after creation
assert.strictEqual(
  (() => { const e = withStack(new Error('x'), `Error: x${at}`); e.message = 'changed'; return inspect(e); })(),
  "Error: x\n    at foo (/app/a.js:1:1)");
// subclasses name their class
assert.strictEqual(
  inspect(withStack(new MyError('m'), `Error: m${at}`)),
  "MyError: m\n    at foo (/app/a.js:1:1)");
assert.strictEqual(
  inspect(withStack(new Foo('m'), `Error: m${at}`)),
  "Foo [Error]: m\n    at foo (/app/a.js:1:1)");
assert.strictEqual(
  inspect(Object.setPrototypeOf(withStack(new Error('np'), `Error: np${at}`), null)),
  "[Error: null prototype]: np\n    at foo (/app/a.js:1:1)");
// cause
assert.strictEqual(
  inspect(withStack(new Error('outer', { cause: withStack(new Error('inner'), 'Error: inner\n    at x (/app/c.js:1:1)') }), `Error: outer${at}`)),
  "Error: outer\n    at foo (/app/a.js:1:1) {\n  [cause]: Error: inner\n      at x (/app/c.js:1:1)\n}");
assert.strictEqual(
  inspect(withStack(new Error('o', { cause: 'str' }), `Error: o${at}`)),
  "Error: o\n    at foo (/app/a.js:1:1) {\n  [cause]: 'str'\n}");
// frames shared with the cause are elided
assert.strictEqual(
  inspect(withStack(new Error('o', { cause: withStack(new Error('i'), `Error: i\n    at z (/app/z.js:1:1)${frames}`) }), `Error: o\n    at y (/app/y.js:1:1)${frames}`)),
  "Error: o\n    at y (/app/y.js:1:1)\n    at b (/app/x.js:2:1)\n    ... 2 lines matching cause stack trace ...\n    at e (/app/x.js:5:1) {\n  [cause]: Error: i\n      at z (/app/z.js:1:1)\n      at b (/app/x.js:2:1)\n      at c (/app/x.js:3:1)\n      at d (/app/x.js:4:1)\n      at e (/app/x.js:5:1)\n}");
// AggregateError lists its errors
assert.strictEqual(
  inspect(withStack(new AggregateError([withStack(new Error('a1'), 'Error: a1\n    at q (/app/q.js:1:1)'), 2], 'agg'), `AggregateError: agg${at}`)),
  "AggregateError: agg\n    at foo (/app/a.js:1:1) {\n  [errors]: [\n    Error: a1\n        at q (/app/q.js:1:1),\n    2\n  ]\n}");
assert.strictEqual(
  inspect(Object.assign(withStack(new Error('x'), `Error: x${at}`), { extra: undefined })),
  "Error: x\n    at foo (/app/a.js:1:1) {\n  extra: undefined\n}");
assert.strictEqual(
  inspect(withStack(new RangeError('r'), `RangeError: r${at}`), { depth: 0 }),
  "RangeError: r\n    at foo (/app/a.js:1:1)");
assert.strictEqual(
  inspect({ a: { b: withStack(new Error('deep'), `Error: deep${at}`) } }),
  "{\n  a: {\n    b: Error: deep\n        at foo (/app/a.js:1:1)\n  }\n}");
assert.strictEqual(
  inspect(Object.create(Error.prototype)),
  "[Error]");
