'use strict';
// Bare specifiers from ES modules: "exports" with the import/node/default conditions,
// "imports" (# specifiers to files, packages and built-ins), self-reference, "main".
const common = require('../common');
const assert = require('assert');

(async () => {
  const main = await import('../fixtures/esm/node_modules/esm-pkg/lib/main.js');
  assert.strictEqual(main.default,
                     'main with internal, plain, function, feature for import');
  const { createRequire } = require('module');
  const requireFromPkg = createRequire(require.resolve('../fixtures/esm/node_modules/esm-pkg/lib/feature.cjs'));
  assert.strictEqual(requireFromPkg('esm-pkg/feature'), 'feature for require');
  const viaImport = await import('../fixtures/esm/packages.mjs');
  assert.deepStrictEqual({ ...viaImport }, {
    feature: 'feature for import',
    main: main.default,
    nodeOnly: 'node condition',
    plain: 'plain',
  });
})().then(common.mustCall());
