'use strict';
// node:vm the way test runners and bundlers use it: jest-environment-node's context with
// host globals installed on the context's global, module wrappers run with
// new vm.Script(...).runInContext and compileFunction({ parsingContext }), and a bundle
// evaluated in a fresh context with browser-like globals.
const common = require('../common');
const assert = require('assert');
const vm = require('vm');

// jest-environment-node: globals are installed on the global object returned by
// runInContext('this'), and module code runs in a function wrapper.
{
  const context = vm.createContext({ testEnvironmentOption: 1 });
  const global = vm.runInContext('this', context);
  global.global = global;
  global.setTimeout = setTimeout;
  global.clearTimeout = clearTimeout;
  global.process = process;
  global.Buffer = Buffer;
  assert.strictEqual(context.global, global);
  assert.strictEqual(vm.runInContext('global === globalThis', context), true);
  assert.strictEqual(vm.runInContext('typeof testEnvironmentOption', context), 'number');

  const wrapper = new vm.Script(
    '({"Object.<anonymous>":function (module, exports, require, __dirname, __filename, jest) {' +
    'const list = [3, 1, 2].sort();\n' +
    'module.exports = { list, isArray: list instanceof Array, total: list.reduce((a, b) => a + b),\n' +
    '  hasProcess: typeof process.nextTick, err: new Error("in module") };\n' +
    '}});', { filename: '/project/test/sum.test.js' });
  const fn = wrapper.runInContext(context, { filename: '/project/test/sum.test.js' })['Object.<anonymous>'];
  const module = { exports: {} };
  fn.call(module.exports, module, module.exports, require, __dirname, __filename, {});
  assert.deepStrictEqual(Array.from(module.exports.list), [1, 2, 3]);
  assert.strictEqual(module.exports.isArray, true);
  assert.strictEqual(module.exports.total, 6);
  assert.strictEqual(module.exports.hasProcess, 'function');
  assert.strictEqual(module.exports.err instanceof Error, false);
  assert.strictEqual(module.exports.err instanceof global.Error, true);
  assert.match(module.exports.err.stack, /sum\.test\.js:3/);

  const compiled = vm.compileFunction('return new Promise((resolve) => setTimeout(() => resolve(x), 1))',
                                      ['x'], { parsingContext: context, filename: '/project/a.js' });
  compiled(5).then(common.mustCall((value) => assert.strictEqual(value, 5)));
  // The promise is the context's.
  assert.strictEqual(compiled(1) instanceof Promise, false);
  assert.strictEqual(compiled(1) instanceof global.Promise, true);

  // Async code in the context.
  vm.runInContext('(async () => { await null; return "async done"; })()', context)
    .then(common.mustCall((value) => assert.strictEqual(value, 'async done')));
}

// A bundle with its own module table runs in a fresh context with a fake `self`.
{
  const bundle = `
    (() => {
      var modules = {
        greet: (module, exports) => { exports.greet = (n) => 'hello ' + n; },
        main: (module, exports, require) => { self.result = require('greet').greet('bundle'); },
      };
      var cache = {};
      function require(id) {
        if (cache[id]) return cache[id].exports;
        var module = cache[id] = { exports: {} };
        modules[id](module, module.exports, require);
        return module.exports;
      }
      require('main');
    })();`;
  const self = {};
  vm.runInNewContext(bundle, { self }, { filename: 'bundle.js' });
  assert.strictEqual(self.result, 'hello bundle');
}

// Magic comments evaluated as object literals (webpack's /* webpackChunkName: "x" */).
{
  const options = vm.runInNewContext('(function(){return {webpackChunkName: "lazy", webpackPrefetch: true};})()');
  assert.strictEqual(options.webpackChunkName, 'lazy');
  assert.strictEqual(options.webpackPrefetch, true);
}

// A template engine style: with-free evaluation of an expression against data.
{
  const data = vm.createContext({ user: { name: 'Ada' }, items: [1, 2, 3] });
  const render = new vm.Script('`${user.name} has ${items.length} items`');
  assert.strictEqual(render.runInContext(data), 'Ada has 3 items');
  data.items.push(4);
  assert.strictEqual(render.runInContext(data), 'Ada has 4 items');
}
