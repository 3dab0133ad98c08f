'use strict';
// Directories and packages without "exports": package.json "main" (with extension
// and index probing), falling back to index files; broken and invalid package.json.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

const base = common.fixtures.path('module', 'pkg-main');
const nm = path.join(base, 'node_modules');
const requireHere = Module.createRequire(path.join(base, 'entry.js'));

assert.strictEqual(requireHere('main-file'), 'main-file entry');
assert.strictEqual(requireHere('main-noext'), 'main-noext entry');
assert.strictEqual(requireHere('main-dir'), 'main-dir lib index');
assert.deepStrictEqual(requireHere('main-json'), { fromJson: true });
assert.strictEqual(requireHere('no-main'), 'no-main index');
assert.strictEqual(requireHere('no-package-json'), 'no-package-json index');
assert.deepStrictEqual(requireHere('index-json'), { indexJson: true });
assert.strictEqual(requireHere('@scope/scoped-main'), '@scope/scoped-main entry');
assert.strictEqual(requireHere('./localdir'), 'localdir start');

// A falsy or non-string "main" means index.js.
assert.strictEqual(requireHere('main-empty'), 'main-empty index');
assert.strictEqual(requireHere('main-not-string'), 'main-not-string index');

// A "main" naming nothing still falls back to index.js...
assert.strictEqual(requireHere.resolve('main-fallback'), path.join(nm, 'main-fallback', 'index.js'));
// ...and without one the error points at the package.json.
assert.throws(() => requireHere('main-broken'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(nm, 'main-broken', 'missing.js')}'. ` +
    'Please verify that the package.json has a valid "main" entry',
  path: path.join(nm, 'main-broken', 'package.json'),
  requestPath: 'main-broken',
});

// "exports" takes precedence over "main".
assert.strictEqual(requireHere('exports-over-main'), 'exported');

// Deep requests into a package without "exports" are plain file lookups.
assert.strictEqual(requireHere('main-file/index'), 'main-file index (wrong)');
assert.strictEqual(requireHere('main-file/lib/entry.js'), 'main-file entry');

// An invalid package.json is an error naming the file.
const badJson = path.join(nm, 'bad-json', 'package.json');
assert.throws(() => requireHere('bad-json'), (err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_PACKAGE_CONFIG');
  assert(err.message.startsWith(`Invalid package config ${badJson}.`), err.message);
  return true;
});
