'use strict';
// vm.Script, runIn*Context with options, compileFunction, syntax errors, cached data,
// magic comments and measureMemory.
const common = require('../common');
const assert = require('assert');
const vm = require('vm');

// A Script compiles once and runs in any context, any number of times.
{
  const script = new vm.Script('n = (typeof n === "number" ? n : 0) + 1', { filename: 'count.js' });
  const a = vm.createContext({});
  const b = vm.createContext({ n: 10 });
  assert.strictEqual(script.runInContext(a), 1);
  assert.strictEqual(script.runInContext(a), 2);
  assert.strictEqual(script.runInContext(b), 11);
  assert.strictEqual(script.runInNewContext({ n: 100 }), 101);
  assert.strictEqual(script.runInNewContext(), 1);
  assert.strictEqual(a.n, 2);
  assert.strictEqual(vm.createScript('6 * 7').runInThisContext(), 42);
  assert.strictEqual(script instanceof vm.Script, true);
  assert.deepStrictEqual(Object.getOwnPropertyNames(vm.Script.prototype).slice(0, 4),
                         ['constructor', 'runInThisContext', 'runInContext', 'runInNewContext']);
}

// The string form of options is the filename.
assert.strictEqual(vm.runInNewContext('1 + 1', {}, 'file.js'), 2);
assert.strictEqual(vm.runInThisContext('2 + 2', 'file.js'), 4);

// Syntax errors are SyntaxErrors naming the file and line.
{
  assert.throws(() => new vm.Script('let a = 1;\na b', { filename: 'broken.js' }), (err) => {
    assert.strictEqual(err.name, 'SyntaxError');
    assert(err instanceof SyntaxError);
    assert(err.stack.startsWith('broken.js:2\na b\n'), err.stack);
    assert.match(err.stack, /SyntaxError: /);
    return true;
  });
  assert.throws(() => vm.runInNewContext('}', {}, { filename: 'x.js', lineOffset: 9 }), (err) => {
    assert.strictEqual(err.name, 'SyntaxError');
    assert(err.stack.startsWith('x.js:10\n'), err.stack);
    return true;
  });
  assert.throws(() => vm.runInThisContext('('), SyntaxError);
}

// Errors thrown by a script keep their type, message and file.
{
  assert.throws(() => vm.runInNewContext('null.x', {}, { filename: 'npe.js' }), (err) => {
    assert.strictEqual(err.name, 'TypeError');
    assert.match(err.stack, /npe\.js:1/);
    return true;
  });
  assert.throws(() => vm.runInThisContext('throw new RangeError("r")'), RangeError);
  assert.throws(() => vm.runInNewContext('throw 42'), (v) => v === 42);
}

// lineOffset moves reported lines.
{
  const err = vm.runInNewContext('\n\nnew Error("here")', {}, { filename: 'offset.js', lineOffset: 10 });
  assert.match(err.stack, /offset\.js:13/);
}

// Timeouts that are not reached change nothing.
assert.strictEqual(vm.runInNewContext('let s = 0; for (let i = 0; i < 1000; i++) s += i; s', {},
                                      { timeout: 10000 }), 499500);
assert.strictEqual(new vm.Script('3').runInThisContext({ timeout: 1000, breakOnSigint: true }), 3);

// Magic comments.
{
  const script = new vm.Script('1\n//# sourceMappingURL=out.js.map\n//# sourceURL=virtual.js');
  assert.strictEqual(script.sourceMapURL, 'out.js.map');
  assert.strictEqual(new vm.Script('1').sourceMapURL, undefined);
}

// Cached data: the Script's own is accepted (what V8 makes of other data is its own).
{
  const source = 'function add(a, b) { return a + b; } add(1, 2)';
  const producer = new vm.Script(source, { produceCachedData: true });
  assert.strictEqual(producer.cachedDataProduced, true);
  assert(Buffer.isBuffer(producer.cachedData));
  const data = producer.createCachedData();
  assert(Buffer.isBuffer(data));
  assert(data.length > 0);
  const consumer = new vm.Script(source, { cachedData: data });
  assert.strictEqual(consumer.cachedDataRejected, false);
  assert.strictEqual(consumer.runInThisContext(), 3);
  const foreign = new vm.Script(source, { cachedData: Buffer.from('not a cache') });
  assert.strictEqual(typeof foreign.cachedDataRejected, 'boolean');
  assert.strictEqual(foreign.runInThisContext(), 3);
  assert.strictEqual(new vm.Script('1').cachedDataRejected, undefined);
}

// compileFunction: parameters, a parsing context, context extensions.
{
  const add = vm.compileFunction('return a + b', ['a', 'b']);
  assert.strictEqual(add(2, 3), 5);
  assert.strictEqual(add.length, 2);
  assert.strictEqual(vm.compileFunction('return 7')(), 7);
  assert.strictEqual(vm.compileFunction('return this', [])(), globalThis);

  const ctx = vm.createContext({ base: 100 });
  const inCtx = vm.compileFunction('return base + x + [].constructor.name.length', ['x'],
                                   { parsingContext: ctx });
  assert.strictEqual(inCtx(1), 106);
  assert.strictEqual(vm.compileFunction('return []', [], { parsingContext: ctx })() instanceof Array,
                     false);

  const ext = { y: 5 };
  const withExt = vm.compileFunction('return y * k', ['k'], { contextExtensions: [ext, { z: 1 }] });
  assert.strictEqual(withExt(2), 10);
  ext.y = 6;
  assert.strictEqual(withExt(2), 12);

  const strict = vm.compileFunction('"use strict"; return this;');
  assert.strictEqual(strict(), undefined);

  assert.throws(() => vm.compileFunction('return (', [], { filename: 'fn.js' }), SyntaxError);
  assert.throws(() => vm.compileFunction('}); (function () {'), SyntaxError);
  assert.throws(() => vm.compileFunction('throw new Error("at call")')(), /at call/);

  const produced = vm.compileFunction('return 1', [], { produceCachedData: true });
  assert.strictEqual(produced.cachedDataProduced, true);
  assert(Buffer.isBuffer(produced.cachedData));
}

// measureMemory resolves with an estimate in Node's shape.
{
  process.on('warning', common.mustCall((w) => assert.strictEqual(w.name, 'ExperimentalWarning')));
  vm.measureMemory().then(common.mustCall((result) => {
    assert.strictEqual(typeof result.total.jsMemoryEstimate, 'number');
    assert.strictEqual(Array.isArray(result.total.jsMemoryRange), true);
    assert.strictEqual(result.total.jsMemoryRange.length, 2);
  }));
  vm.measureMemory({ mode: 'detailed', execution: 'eager' }).then(common.mustCall((result) => {
    assert.strictEqual(typeof result.total.jsMemoryEstimate, 'number');
  }));
}

// vm has what Node's has, and no module classes without --experimental-vm-modules.
assert.deepStrictEqual(Object.keys(vm).sort(), [
  'Script', 'compileFunction', 'constants', 'createContext', 'createScript', 'isContext',
  'measureMemory', 'runInContext', 'runInNewContext', 'runInThisContext',
]);
assert.strictEqual(vm.SourceTextModule, undefined);
assert.strictEqual(vm.SyntheticModule, undefined);
assert.strictEqual(typeof vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER, 'symbol');
assert.strictEqual(typeof vm.constants.DONT_CONTEXTIFY, 'symbol');
