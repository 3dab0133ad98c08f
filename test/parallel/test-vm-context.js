'use strict';
// node:vm contexts: a contextified object's properties are the context's globals, writes to
// globals land on it, and the context has builtins of its own.
const common = require('../common');
const assert = require('assert');
const vm = require('vm');

// Globals come from the sandbox; writes (var, function, plain assignment, this.x) land on it.
{
  const sandbox = { a: 1, b: 'two' };
  assert.strictEqual(vm.createContext(sandbox), sandbox);
  assert.strictEqual(vm.isContext(sandbox), true);
  assert.strictEqual(vm.runInContext('a + 1', sandbox), 2);
  assert.strictEqual(vm.runInContext('typeof b', sandbox), 'string');
  vm.runInContext('var x = 10; function f() { return x + a; } y = 20; this.z = 30;', sandbox);
  assert.strictEqual(sandbox.x, 10);
  assert.strictEqual(sandbox.y, 20);
  assert.strictEqual(sandbox.z, 30);
  assert.strictEqual(typeof sandbox.f, 'function');
  assert.deepStrictEqual(Object.keys(sandbox).sort(), ['a', 'b', 'f', 'x', 'y', 'z']);
  // A change made outside is seen by the next script and by the context's functions.
  sandbox.x = 42;
  assert.strictEqual(vm.runInContext('x', sandbox), 42);
  assert.strictEqual(sandbox.f(), 43);
  sandbox.a = 100;
  assert.strictEqual(vm.runInContext('f()', sandbox), 142);
  // A later run sees what an earlier one declared.
  assert.strictEqual(vm.runInContext('x * 2', sandbox), 84);
  // Undeclared names are ReferenceErrors of the context; typeof is safe.
  assert.strictEqual(vm.runInContext('typeof nope', sandbox), 'undefined');
  assert.throws(() => vm.runInContext('nope', sandbox), (err) => {
    assert.strictEqual(err.name, 'ReferenceError');
    assert(!(err instanceof ReferenceError), 'the context has its own ReferenceError');
    assert(err instanceof vm.runInContext('ReferenceError', sandbox));
    return true;
  });
}

// The context has its own builtins; `this` and globalThis are its global.
{
  const arr = vm.runInNewContext('[1, 2]');
  assert.strictEqual(arr instanceof Array, false);
  assert.strictEqual(Array.isArray(arr), true);
  assert.strictEqual(vm.runInNewContext('Object') === Object, false);
  assert.strictEqual(vm.runInNewContext('JSON.stringify({ a: [1] })'), '{"a":[1]}');
  assert.strictEqual(vm.runInNewContext('Math.max(1, 3)'), 3);
  const ctx = vm.createContext({ k: 1 });
  const global = vm.runInContext('this', ctx);
  assert.notStrictEqual(global, ctx);
  assert.strictEqual(vm.runInContext('globalThis', ctx), global);
  assert.strictEqual(vm.runInContext('globalThis === this', ctx), true);
  assert.deepStrictEqual(Object.keys(global), ['k']);
  assert.strictEqual(global.k, 1);
  assert.strictEqual(vm.runInContext('typeof require', ctx), 'undefined');
  assert.strictEqual(vm.runInNewContext('typeof Symbol.iterator'), 'symbol');
}

// Sandbox properties shadow builtins; deleting one uncovers the builtin.
{
  const sandbox = { JSON: 'mine', Math: undefined };
  vm.createContext(sandbox);
  assert.strictEqual(vm.runInContext('JSON', sandbox), 'mine');
  assert.strictEqual(vm.runInContext('Math', sandbox), undefined);
  assert.strictEqual(vm.runInContext('delete JSON', sandbox), true);
  assert.strictEqual(Object.hasOwn(sandbox, 'JSON'), false);
}

// Getters and setters of the sandbox run on access from inside.
{
  let reads = 0;
  let written;
  const sandbox = {
    get counter() { return ++reads; },
    set sink(v) { written = v; },
  };
  vm.createContext(sandbox);
  assert.strictEqual(vm.runInContext('counter + counter', sandbox), 3);
  assert.strictEqual(reads, 2);
  vm.runInContext('sink = "hello"', sandbox);
  assert.strictEqual(written, 'hello');
  assert.strictEqual(Object.hasOwn(Object.getOwnPropertyDescriptor(sandbox, 'sink'), 'set'), true);
}

// Repeated runs reuse one context; a context's function works after its run returned.
{
  const sandbox = vm.createContext({});
  vm.runInContext('var count = 0; function next() { return ++count; }', sandbox);
  const next = sandbox.next;
  assert.strictEqual(next(), 1);
  assert.strictEqual(next(), 2);
  assert.strictEqual(vm.runInContext('count', sandbox), 2);
  assert.strictEqual(sandbox.count, 2);
  assert.strictEqual(vm.createContext(sandbox), sandbox);
  setTimeout(common.mustCall(() => {
    assert.strictEqual(next(), 3);
    assert.strictEqual(vm.runInContext('count', sandbox), 3);
    assert.strictEqual(sandbox.count, 3);
  }), 1);
}

// Nested contexts: a context can create and run another.
{
  const outer = vm.createContext({ vm, inner: null });
  const result = vm.runInContext(`
    inner = vm.createContext({ n: 5 });
    vm.runInContext('n * 2', inner);
  `, outer);
  assert.strictEqual(result, 10);
  assert.strictEqual(vm.isContext(outer.inner), true);
  assert.strictEqual(outer.inner.n, 5);
}

// Errors cross contexts: thrown from the context, caught outside and the other way.
{
  const ctx = vm.createContext({ fail() { throw new TypeError('outer error'); } });
  assert.throws(() => vm.runInContext('throw new Error("inner")', ctx), (err) => {
    assert.strictEqual(err.message, 'inner');
    assert.strictEqual(err instanceof Error, false);
    assert.strictEqual(err instanceof vm.runInContext('Error', ctx), true);
    assert.strictEqual(typeof err.stack, 'string');
    return true;
  });
  assert.strictEqual(
    vm.runInContext('try { fail(); } catch (e) { e.message + "/" + (e instanceof TypeError) }', ctx),
    'outer error/false');
  assert.throws(() => vm.runInContext('fail()', ctx), TypeError);
}

// Objects pass both ways by reference.
{
  const shared = { list: [] };
  const ctx = vm.createContext({ shared });
  vm.runInContext('shared.list.push(1); shared.added = { n: 2 };', ctx);
  assert.deepStrictEqual(shared.list, [1]);
  assert.strictEqual(shared.added.n, 2);
  assert.strictEqual(Object.getPrototypeOf(shared.added) === Object.prototype, false);
}

// runInNewContext contextifies the object it gets, or a new one.
{
  const sandbox = { n: 1 };
  assert.strictEqual(vm.runInNewContext('n += 1; m = 3; n', sandbox), 2);
  assert.deepStrictEqual(sandbox, { n: 2, m: 3 });
  assert.strictEqual(vm.isContext(sandbox), true);
  assert.strictEqual(vm.runInNewContext('typeof n'), 'undefined');
}

// runInThisContext runs in the main context and cannot see locals.
{
  const local = 'local'; // eslint-disable-line no-unused-vars
  globalThis.vmTestGlobal = 7;
  assert.strictEqual(vm.runInThisContext('typeof local'), 'undefined');
  assert.strictEqual(vm.runInThisContext('vmTestGlobal * 2'), 14);
  assert.strictEqual(vm.runInThisContext('[]') instanceof Array, true);
  delete globalThis.vmTestGlobal;
}

// DONT_CONTEXTIFY gives an ordinary global of its own.
{
  const global = vm.createContext(vm.constants.DONT_CONTEXTIFY);
  assert.strictEqual(vm.isContext(global), true);
  assert.strictEqual(vm.runInContext('globalThis', global), global);
  assert.strictEqual(typeof global.Array, 'function');
  assert.notStrictEqual(global.Array, Array);
  vm.runInContext('var v = 1; w = 2;', global);
  assert.strictEqual(global.v, 1);
  assert.strictEqual(global.w, 2);
}

// Many contexts can be made and dropped.
{
  for (let i = 0; i < 200; i++) {
    const ctx = vm.createContext({ i });
    assert.strictEqual(vm.runInContext('i + 1', ctx), i + 1);
  }
}

// codeGeneration: { strings: false } turns eval and new Function off in the context only.
{
  const ctx = vm.createContext({}, { codeGeneration: { strings: false } });
  for (const code of ['eval("1")', 'new Function("return 1")']) {
    assert.throws(() => vm.runInContext(code, ctx), (err) => {
      assert.strictEqual(err.name, 'EvalError');
      assert.strictEqual(err.message, 'Code generation from strings disallowed for this context');
      return true;
    });
  }
  assert.strictEqual(vm.runInContext('1 + 1', ctx), 2);
  assert.strictEqual(vm.runInNewContext('eval("2 + 2")'), 4);
}
