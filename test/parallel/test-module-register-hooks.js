'use strict';
// module.registerHooks(): synchronous resolve/load hooks for require() and import.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');
const { registerHooks } = require('module');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-register-hooks-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name, text) => {
  const filename = path.join(dir, name);
  fs.writeFileSync(filename, text);
  return filename;
};

// Runs `fn` with `hooks` registered, deregistering them afterwards.
function withHooks(hooks, fn) {
  const handle = registerHooks(hooks);
  try {
    return fn(handle);
  } finally {
    handle.deregister();
  }
}

// Argument validation.
assert.throws(() => registerHooks(), TypeError);
assert.throws(() => registerHooks(null), TypeError);
assert.throws(() => registerHooks({ resolve: 5 }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "hooks.resolve" property must be of type function. Received type number (5)',
});
assert.throws(() => registerHooks({ load: 'x' }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "hooks.load" property must be of type function. Received type string (\'x\')',
});
{
  const handle = registerHooks({});
  assert.strictEqual(typeof handle.deregister, 'function');
  assert.strictEqual(handle.deregister(), undefined);
  assert.strictEqual(handle.deregister(), undefined);  // Twice is harmless.
}

// Redirecting a specifier to a built-in, and to another file; the context.
const target = file('target.js', 'module.exports = "target";');
const parentFile = file('parent.js', 'module.exports = (id) => require(id);');
const requireFromParent = require(parentFile);
withHooks({
  resolve: common.mustCallAtLeast((specifier, context, nextResolve) => {
    if (specifier === 'my-fs') return { url: 'node:fs', shortCircuit: true };
    if (specifier === 'my-target') {
      assert.strictEqual(context.parentURL, pathToFileURL(parentFile).href);
      assert.ok(context.conditions.includes('require'));
      assert.ok(context.conditions.includes('node'));
      return nextResolve('./target.js', context);
    }
    return nextResolve(specifier, context);
  }),
}, () => {
  assert.strictEqual(require('my-fs'), fs);
  assert.strictEqual(requireFromParent('my-target'), 'target');
  assert.strictEqual(require.cache[target].exports, 'target');
});
assert.throws(() => require('my-fs'), { code: 'MODULE_NOT_FOUND' });

// A load hook transforming the source of .js files (string or Buffer source).
const transformed = file('transformed.js', 'module.exports = "BEFORE";');
const transformedBuffer = file('transformed-buffer.js', 'module.exports = "BEFORE";');
withHooks({
  load: common.mustCallAtLeast((url, context, nextLoad) => {
    const result = nextLoad(url, context);
    if (url.endsWith('/transformed.js')) {
      assert.strictEqual(url, pathToFileURL(transformed).href);
      assert.ok(context.conditions.includes('require'));
      return { ...result, format: 'commonjs', source: String(result.source).replace('BEFORE', 'AFTER') };
    }
    if (url.endsWith('/transformed-buffer.js')) {
      return { format: 'commonjs', source: Buffer.from('module.exports = "FROM BUFFER";') };
    }
    return result;
  }),
}, () => {
  assert.strictEqual(require(transformed), 'AFTER');
  assert.strictEqual(require(transformedBuffer), 'FROM BUFFER');
});

// Virtual modules: a custom URL scheme resolved and loaded by the hooks, CommonJS and JSON.
const virtualHooks = {
  resolve(specifier, context, nextResolve) {
    if (specifier.startsWith('virtual:')) return { url: specifier, shortCircuit: true };
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    if (url === 'virtual:cjs') {
      return { format: 'commonjs', source: 'module.exports = { answer: 42, file: __filename };', shortCircuit: true };
    }
    if (url === 'virtual:data.json') return { format: 'json', source: '{"a":[1,2]}', shortCircuit: true };
    if (url === 'virtual:esm') return { format: 'module', source: 'export default 7; export const x = 8;', shortCircuit: true };
    return nextLoad(url, context);
  },
};
withHooks(virtualHooks, () => {
  assert.deepStrictEqual(require('virtual:cjs'), { answer: 42, file: 'virtual:cjs' });
  assert.strictEqual(require('virtual:cjs'), require('virtual:cjs'));  // Cached.
  assert.deepStrictEqual(require('virtual:data.json'), { a: [1, 2] });
  // require() of an ES module whose source a load hook gives.
  const ns = require('virtual:esm');
  assert.strictEqual(ns.default, 7);
  assert.strictEqual(ns.x, 8);
});
// A transformed ES module file under require().
const requiredESM = file('required-esm.mjs', 'export const value = "BEFORE";');
withHooks({
  load(url, context, nextLoad) {
    const result = nextLoad(url, context);
    if (!url.endsWith('/required-esm.mjs')) return result;
    assert.strictEqual(result.format, 'module');
    return { format: 'module', source: String(result.source).replace('BEFORE', 'AFTER') };
  },
}, () => {
  assert.strictEqual(require(requiredESM).value, 'AFTER');
});

// Chaining: the last registered hook runs first; deregister removes only its own hooks.
{
  const order = [];
  const first = registerHooks({
    resolve(specifier, context, nextResolve) {
      order.push('first');
      if (specifier === 'chained') return { url: 'node:path', shortCircuit: true };
      return nextResolve(specifier, context);
    },
  });
  const second = registerHooks({
    resolve(specifier, context, nextResolve) {
      order.push('second');
      return nextResolve(specifier, context);
    },
  });
  assert.strictEqual(require('chained'), path);
  assert.deepStrictEqual(order, ['second', 'first']);
  second.deregister();
  order.length = 0;
  assert.strictEqual(require('chained'), path);
  assert.deepStrictEqual(order, ['first']);
  first.deregister();
  assert.throws(() => require('chained'), { code: 'MODULE_NOT_FOUND' });
}

// Bad hooks.
function expectHookError(hooks, id, prop, hookName, message) {
  withHooks(hooks, () => {
    assert.throws(() => require(id), {
      name: 'TypeError', code: 'ERR_INVALID_RETURN_PROPERTY_VALUE', message,
    });
  });
}
const plain = file('plain.js', 'module.exports = 1;');
expectHookError({ resolve: () => ({ url: pathToFileURL(plain).href }) }, plain, 'shortCircuit', 'resolve',
                'Expected true to be returned for the "shortCircuit" from the "resolve" hook but got undefined.');
expectHookError({ resolve: () => ({ url: 5, shortCircuit: true }) }, plain, 'url', 'resolve',
                'Expected a URL string to be returned for the "url" from the "resolve" hook but got type number (5).');
expectHookError({ resolve: () => ({ url: pathToFileURL(plain).href, format: 5, shortCircuit: true }) }, plain,
                'format', 'resolve',
                'Expected a string to be returned for the "format" from the "resolve" hook but got type number (5).');
expectHookError({ load: () => ({ format: 'commonjs', source: '' }) }, plain, 'shortCircuit', 'load',
                'Expected true to be returned for the "shortCircuit" from the "load" hook but got undefined.');
expectHookError({ load: () => ({ format: 'commonjs', source: 5, shortCircuit: true }) }, plain, 'source', 'load',
                'Expected a string, an ArrayBuffer, or a TypedArray to be returned for the "source" from ' +
                'the "load" hook but got type number (5).');
// A hook that throws: the error reaches require() and nothing is cached.
withHooks({ load() { throw new Error('boom'); } }, () => {
  assert.throws(() => require(plain), /^Error: boom$/);
});
assert.strictEqual(require(plain), 1);

// import: static and dynamic imports go through the same hooks.
const esmTarget = file('esm-target.mjs', 'export default "esm-target";');
const esmTransformed = file('esm-transformed.mjs', 'export default "BEFORE";');
const importer = file('importer.mjs',
                      'import fs from "my-esm-fs"; import v from "virtual:esm"; export { fs, v };');
const esmHooks = {
  resolve(specifier, context, nextResolve) {
    if (specifier === 'my-esm-fs') return { url: 'node:fs', shortCircuit: true };
    if (specifier === 'my-esm-target') {
      assert.ok(context.conditions.includes('import'));
      assert.strictEqual(typeof context.importAttributes, 'object');
      return { url: pathToFileURL(esmTarget).href, shortCircuit: true };
    }
    return virtualHooks.resolve(specifier, context, nextResolve);
  },
  load(url, context, nextLoad) {
    if (url.endsWith('/esm-transformed.mjs')) {
      const result = nextLoad(url, context);
      assert.strictEqual(result.format, 'module');
      return { format: 'module', source: String(result.source).replace('BEFORE', 'AFTER') };
    }
    return virtualHooks.load(url, context, nextLoad);
  },
};
const esmHandle = registerHooks(esmHooks);
(async () => {
  const virtual = await import('virtual:esm');
  assert.strictEqual(virtual.default, 7);
  assert.strictEqual(virtual.x, 8);
  assert.strictEqual((await import('my-esm-target')).default, 'esm-target');
  assert.strictEqual((await import(pathToFileURL(esmTransformed).href)).default, 'AFTER');
  const ns = await import(pathToFileURL(importer).href);
  assert.strictEqual(ns.fs, fs);
  assert.strictEqual(ns.v, 7);
  const cjs = await import('virtual:cjs');
  assert.strictEqual(cjs.default.answer, 42);
  esmHandle.deregister();
  await assert.rejects(import('my-esm-fs'), { code: 'ERR_MODULE_NOT_FOUND' });
})().then(common.mustCall());
