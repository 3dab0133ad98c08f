'use strict';
// The main module: require.main, process.mainModule, module.id '.'.
const common = require('../common');
const assert = require('assert');
const path = require('path');

assert.strictEqual(require.main, module);
assert.strictEqual(process.mainModule, module);
assert.strictEqual(module.id, '.');
assert.strictEqual(module.filename, __filename);
assert.strictEqual(require.main.filename, __filename);
assert.strictEqual(process.argv[1], __filename);
assert.strictEqual(module.parent, null);
assert.strictEqual(module.loaded, false);

// Other modules see the same require.main and are not main themselves.
const notMain = require(common.fixtures.path('module', 'main', 'not-main.js'));
assert.strictEqual(notMain.isMain, false);
assert.strictEqual(notMain.main, module);
assert.strictEqual(notMain.id, common.fixtures.path('module', 'main', 'not-main.js'));
assert.strictEqual(notMain.parent, module);

// require.main stays the main module for modules made by createRequire.
const { createRequire } = require('module');
assert.strictEqual(createRequire(path.join(__dirname, 'x.js')).main, module);

process.on('exit', () => {
  assert.strictEqual(module.loaded, true);
});
