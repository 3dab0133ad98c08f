'use strict';
// ES modules importing CommonJS (default = module.exports, named exports found statically,
// 'module.exports' export), import() from CommonJS, require() of ES modules, and the
// errors of each.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const fixtures = path.join(__dirname, '..', 'fixtures', 'esm');

(async () => {
  const m = await import('../fixtures/esm/cjs-importer.mjs');
  assert.deepStrictEqual(m.values, {
    alpha: 1, beta: 2, gamma: 3, delta: 4, a: 'A', bResult: 'B', c: 'C', de: 'DE',
    reA: 'A', reAlpha: 1, named: 'named', extra: 'extra',
  });
  const dotExports = require('../fixtures/esm/cjs/exports-dot.cjs');
  assert.strictEqual(m.dot, dotExports);
  assert.strictEqual(m.dotNs.default, dotExports);
  assert.strictEqual(m.dotNs.alpha, 1);
  assert.strictEqual(m.dotNs['module.exports'], dotExports);
  assert.strictEqual(m.literal.c, 'C');
  // Only the entries before the first value that is not an identifier are detected.
  const literalNs = await import('../fixtures/esm/cjs/object-literal.cjs');
  assert.deepStrictEqual(Object.keys(literalNs).sort(), [
    'a', 'alpha', 'b', 'beta', 'c', 'd-e', 'default', 'delta', 'gamma', 'module.exports',
  ]);
  // __esModule does not change the default export: it is still module.exports.
  assert.strictEqual(m.flagged.default, 'transpiled default');
  assert.strictEqual(m.greet('you'), 'hello you');
  assert.strictEqual(m.greetAgain, m.greet);

  await assert.rejects(import('../fixtures/esm/cjs-missing-named.mjs'), (err) => {
    assert.strictEqual(err.name, 'SyntaxError');
    assert.strictEqual(err.message,
                       "Named export 'notThere' not found. The requested module " +
                       "'./cjs/function.cjs' is a CommonJS module, which may not support " +
                       'all module.exports as named exports.\nCommonJS modules can always be ' +
                       'imported via the default export, for example using:\n\n' +
                       "import pkg from './cjs/function.cjs';\nconst { notThere } = pkg;\n");
    return true;
  });

  // import() inside a CommonJS module.
  const load = require('../fixtures/esm/cjs/uses-import.cjs');
  assert.deepStrictEqual(await load(), [0, { answer: 42 }]);
  assert.strictEqual(require('../fixtures/esm/exports-module-exports.mjs').special, true);

  // require() of ES modules.
  const { ns, other } = require('../fixtures/esm/cjs/requires-esm.cjs');
  // A namespace with a default export comes back with __esModule: true added.
  const counter = await import('../fixtures/esm/counter.mjs');
  assert.deepStrictEqual(Object.keys(ns), ['__esModule', ...Object.keys(counter)]);
  assert.strictEqual(ns.__esModule, true);
  assert.strictEqual(ns.default, counter.default);
  counter.increment();
  assert.strictEqual(ns.count, 1);
  assert.deepStrictEqual(other, { special: true });
  assert.throws(() => require('../fixtures/esm/cjs/requires-tla.cjs'), {
    code: 'ERR_REQUIRE_ASYNC_MODULE',
    message: /^require\(\) cannot be used on an ESM graph with top-level await/,
  });
  // After the failed require, import() still evaluates it.
  assert.strictEqual((await import('../fixtures/esm/tla-leaf.mjs')).x, 1);
  assert.strictEqual(path.join(fixtures, 'x'), path.join(fixtures, 'x'));
})().then(common.mustCall());
