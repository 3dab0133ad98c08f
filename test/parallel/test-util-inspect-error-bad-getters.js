'use strict';
// util.inspect() of an error whose getters throw does not throw: a throwing stack getter
// counts as no stack ("[Error: m]"), a throwing name or message getter shows the error as
// "[object Error]" (keys still listed), a throwing `errors` getter is ignored, and a
// non-string stack is shown inspected under "name: message".
require('../common');
const assert = require('assert');
const { inspect } = require('util');

function withGetter(err, key) {
  Object.defineProperty(err, key, { get() { throw new Error(`${key} getter`); } });
  return err;
}

assert.strictEqual(inspect(withGetter(new TypeError('tm'), 'stack')), '[TypeError: tm]');
const named = withGetter(new RangeError('rm'), 'stack');
named.name = 'Foo';
assert.strictEqual(inspect(named), '[Foo: rm]');
class MyError extends Error {}
assert.strictEqual(inspect(withGetter(new MyError('my'), 'stack')), '[MyError: my]');
assert.strictEqual(inspect(withGetter(new Error('m'), 'message')), '[object Error]');
const withKey = withGetter(new Error('m'), 'name');
withKey.extra = 1;
assert.strictEqual(inspect(withKey), '[object Error] { extra: 1 }');
const aggregate = withGetter(new Error('m8'), 'errors');
aggregate.stack = 'Error: m8';
assert.strictEqual(inspect(aggregate), '[Error: m8]');

function withStack(stack) {
  const err = new Error('m');
  err.stack = stack;
  return err;
}
assert.strictEqual(inspect(withStack(5)), '[Error: m\n    5]');
assert.strictEqual(inspect(withStack(true)), '[Error: m\n    true]');
assert.strictEqual(inspect(withStack(Symbol('s'))), '[Error: m\n    Symbol(s)]');
assert.strictEqual(inspect(withStack({ a: 1 })), '[Error: m\n    {\n      a: 1\n    }]');
