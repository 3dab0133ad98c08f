'use strict';
// node:vm rejects bad arguments with Node's errors.
require('../common');
const assert = require('assert');
const vm = require('vm');

const invalidArgType = { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' };
const outOfRange = { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' };
const invalidArgValue = { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' };

// isContext and createContext want objects.
for (const value of [1, 'str', true, null, Symbol('s')]) {
  assert.throws(() => vm.isContext(value), {
    ...invalidArgType,
    message: /^The "object" argument must be of type object\. Received /,
  });
}
assert.throws(() => vm.createContext(1), {
  ...invalidArgType,
  message: 'The "object" argument must be of type object. Received type number (1)',
});
assert.strictEqual(vm.isContext([]), false);
assert.throws(() => vm.isContext(() => {}), invalidArgType);
assert.throws(() => vm.createContext({}, 'x'), invalidArgType);
assert.throws(() => vm.createContext({}, { name: 1 }), {
  ...invalidArgType, message: /^The "options\.name" property must be of type string/,
});
assert.throws(() => vm.createContext({}, { codeGeneration: 1 }), invalidArgType);
assert.throws(() => vm.createContext({}, { codeGeneration: { strings: 'no' } }), invalidArgType);
assert.throws(() => vm.createContext({}, { microtaskMode: 'never' }), invalidArgValue);

// runInContext wants a context.
for (const value of [{}, []]) {
  assert.throws(() => vm.runInContext('1', value), {
    ...invalidArgType,
    message: /^The "contextifiedObject" argument must be an vm\.Context\. Received/,
  });
  assert.throws(() => new vm.Script('1').runInContext(value), invalidArgType);
}
for (const value of [1, null, undefined]) {
  assert.throws(() => vm.runInContext('1', value), {
    ...invalidArgType,
    message: /^The "object" argument must be of type object\. Received/,
  });
}

// Options are checked.
assert.throws(() => new vm.Script('1', { filename: 3 }), {
  ...invalidArgType,
  message: 'The "options.filename" property must be of type string. Received type number (3)',
});
assert.throws(() => new vm.Script('1', { lineOffset: 'x' }), invalidArgType);
assert.throws(() => new vm.Script('1', { lineOffset: 1.5 }), outOfRange);
assert.throws(() => new vm.Script('1', { columnOffset: 'x' }), invalidArgType);
assert.throws(() => new vm.Script('1', { cachedData: 'x' }), invalidArgType);
assert.throws(() => new vm.Script('1', { produceCachedData: 1 }), invalidArgType);
assert.throws(() => new vm.Script('1', { importModuleDynamically: 1 }), invalidArgType);
assert.throws(() => new vm.Script('1', null), invalidArgType);
assert.throws(() => vm.runInNewContext('1', {}, { timeout: -1 }), {
  ...outOfRange,
  message: 'The value of "options.timeout" is out of range. It must be >= 1 && <= 4294967295. ' +
    'Received -1',
});
assert.throws(() => vm.runInNewContext('1', {}, { timeout: 0 }), outOfRange);
assert.throws(() => vm.runInNewContext('1', {}, { timeout: 'x' }), invalidArgType);
assert.throws(() => vm.runInThisContext('1', { displayErrors: 1 }), invalidArgType);
assert.throws(() => vm.runInThisContext('1', { breakOnSigint: 'yes' }), invalidArgType);
assert.throws(() => vm.runInNewContext('1', {}, { contextName: 1 }), invalidArgType);
assert.throws(() => vm.runInNewContext('1', 5), invalidArgType);

// The code is made a string, as Node does.
assert.strictEqual(new vm.Script(42).runInThisContext(), 42);
assert.strictEqual(vm.runInNewContext({ toString() { return '"from toString"'; } }), 'from toString');

// compileFunction's arguments.
assert.throws(() => vm.compileFunction(1), {
  ...invalidArgType, message: 'The "code" argument must be of type string. Received type number (1)',
});
assert.throws(() => vm.compileFunction('', 'a'), invalidArgType);
assert.throws(() => vm.compileFunction('', [1]), invalidArgType);
assert.throws(() => vm.compileFunction('', [], null), invalidArgType);
assert.throws(() => vm.compileFunction('', [], { filename: 1 }), invalidArgType);
assert.throws(() => vm.compileFunction('', [], { parsingContext: {} }), invalidArgType);
assert.throws(() => vm.compileFunction('', [], { parsingContext: 1 }), invalidArgType);
assert.throws(() => vm.compileFunction('', [], { contextExtensions: {} }), invalidArgType);
assert.throws(() => vm.compileFunction('', [], { contextExtensions: [1] }), invalidArgType);

// measureMemory's options.
assert.throws(() => vm.measureMemory(1), invalidArgType);
assert.throws(() => vm.measureMemory({ mode: 'all' }), invalidArgValue);
assert.throws(() => vm.measureMemory({ execution: 'later' }), invalidArgValue);

// Hostile sandboxes do not crash the runtime.
{
  const proxy = new Proxy({}, {
    has() { throw new Error('has trap'); },
    get() { throw new Error('get trap'); },
  });
  vm.createContext(proxy);
  assert.throws(() => vm.runInContext('someName', proxy), () => true);
  const frozen = Object.freeze({ a: 1 });
  vm.createContext(frozen);
  assert.strictEqual(vm.runInContext('a', frozen), 1);
  vm.runInContext('b = 2', frozen);
  assert.strictEqual(Object.hasOwn(frozen, 'b'), false);
}
