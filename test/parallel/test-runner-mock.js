'use strict';
// node:test's mock tracker (test.mock): mock.fn, mock.method, getter/setter mocks,
// call records, implementations, restore. No test is declared, so no runner starts.
require('../common');
const assert = require('assert');
const { mock } = require('node:test');

// mock.fn with no arguments: a no-op that records calls.
{
  const fn = mock.fn();
  assert.strictEqual(fn(1, 2), undefined);
  assert.strictEqual(fn.mock.callCount(), 1);
  const [call] = fn.mock.calls;
  assert.deepStrictEqual(call.arguments, [1, 2]);
  assert.strictEqual(call.result, undefined);
  assert.strictEqual(call.error, undefined);
  assert.strictEqual(call.target, undefined);
  assert(call.stack instanceof Error);
}

// Original and implementation; `this`, errors, once-implementations, times.
{
  const fn = mock.fn(function add(a, b) { return a + b; });
  assert.strictEqual(fn.name, 'add');
  assert.strictEqual(fn.length, 2);
  assert.strictEqual(fn(2, 3), 5);
  fn.mock.mockImplementation((a, b) => a * b);
  assert.strictEqual(fn(2, 3), 6);
  fn.mock.mockImplementationOnce(() => 'once');
  assert.strictEqual(fn(2, 3), 'once');
  assert.strictEqual(fn(2, 3), 6);
  assert.strictEqual(fn.mock.callCount(), 4);
  fn.mock.resetCalls();
  assert.strictEqual(fn.mock.callCount(), 0);

  const self = { name: 'self' };
  const thrower = mock.fn(function() { throw new Error(this.name); });
  assert.throws(() => thrower.call(self), { message: 'self' });
  assert.strictEqual(thrower.mock.calls[0].this, self);
  assert.strictEqual(thrower.mock.calls[0].error.message, 'self');

  const limited = mock.fn(() => 'original', () => 'mocked', { times: 2 });
  assert.deepStrictEqual([limited(), limited(), limited()], ['mocked', 'mocked', 'original']);

  class Point { constructor(x) { this.x = x; } }
  const Ctor = mock.fn(Point);
  const p = new Ctor(3);
  assert.strictEqual(p.x, 3);
  assert.strictEqual(typeof Ctor.mock.calls[0].target, 'function');
}

// mock.method replaces a method until restore(); mock.getter / mock.setter.
{
  const obj = {
    value: 2,
    double() { return this.value * 2; },
    get answer() { return 42; },
    set answer(v) { this.value = v; },
  };
  const m = mock.method(obj, 'double', function() { return this.value * 10; });
  assert.strictEqual(obj.double(), 20);
  assert.strictEqual(m.mock.callCount(), 1);
  assert.strictEqual(m.mock.calls[0].this, obj);
  m.mock.restore();
  assert.strictEqual(obj.double(), 4);

  const spy = mock.method(obj, 'double');
  assert.strictEqual(obj.double(), 4);
  assert.strictEqual(spy.mock.calls[0].result, 4);

  const g = mock.getter(obj, 'answer', () => 7);
  assert.strictEqual(obj.answer, 7);
  assert.strictEqual(g.mock.callCount(), 1);
  const other = { value: 0, set answer(v) { this.value = v; } };
  mock.setter(other, 'answer', function(v) { this.value = -v; });
  other.answer = 5;
  assert.strictEqual(other.value, -5);

  // restoreAll puts every original back.
  mock.restoreAll();
  assert.strictEqual(obj.double(), 4);
  assert.strictEqual(obj.answer, 42);
  other.answer = 5;
  assert.strictEqual(other.value, 5);

  // Methods found on the prototype chain.
  class Greeter { hello() { return 'hello'; } }
  const greeter = new Greeter();
  const hello = mock.method(greeter, 'hello', () => 'mocked');
  assert.strictEqual(greeter.hello(), 'mocked');
  assert.strictEqual(new Greeter().hello(), 'hello');
  hello.mock.restore();
  assert.strictEqual(greeter.hello(), 'hello');
  assert.strictEqual(Object.getOwnPropertyDescriptor(greeter, 'hello').value,
                     Greeter.prototype.hello);

  // A function's own method.
  function tool() {}
  tool.run = () => 1;
  mock.method(tool, 'run', () => 2);
  assert.strictEqual(tool.run(), 2);
  mock.reset();
  assert.strictEqual(tool.run(), 1);
}

// Bad input.
{
  assert.throws(() => mock.fn(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => mock.fn(() => {}, () => {}, { times: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => mock.method(null, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => mock.method([], 'join'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => mock.method({ x: 1 }, 'x'), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => mock.method({}, 1), { code: 'ERR_INVALID_ARG_TYPE' });
}
