'use strict';
// "exports" subpath patterns: '*' matching (including '/'), the most specific
// pattern winning, exact keys over patterns, null exclusions, conditions and
// arrays under patterns, invalid pattern matches.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

const base = common.fixtures.path('module', 'exports');
const pkgDir = path.join(base, 'node_modules', 'patterns');
const pjson = path.join(pkgDir, 'package.json');
const requireHere = Module.createRequire(path.join(base, 'entry.js'));

function notExported(subpath) {
  return {
    code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    message: `Package subpath '${subpath}' is not defined by "exports" in ${pjson}`,
  };
}

assert.strictEqual(requireHere('patterns'), 'patterns index');

// './features/*.js' → './src/features/*.js'; '*' may span directories.
assert.strictEqual(requireHere('patterns/features/a.js'), 'feature a');
assert.strictEqual(requireHere('patterns/features/nested/b.js'), 'feature nested b');
assert.strictEqual(requireHere.resolve('patterns/features/a.js'),
                   path.join(pkgDir, 'src', 'features', 'a.js'));
// The trailer must match: no '.js', no match.
assert.throws(() => requireHere('patterns/features/a'), notExported('./features/a'));

// The longer prefix wins: './features/private/*' (null) over './features/*.js'.
assert.throws(() => requireHere('patterns/features/private/secret.js'),
              notExported('./features/private/secret.js'));

// An exact key wins over a pattern.
assert.strictEqual(requireHere('patterns/utils/x'), 'util x');
assert.strictEqual(requireHere('patterns/utils/special'), 'special');

// Conditions under a pattern.
assert.deepStrictEqual(requireHere('patterns/data/d'), { d: 1 });

// A '*' in the middle of the key, and several '*' in the target.
assert.strictEqual(requireHere('patterns/deep/one/file.js'), 'deep one');
assert.strictEqual(requireHere('patterns/twice/m'), 'twice m');

// Arrays under a pattern: no extension probing, the first valid target wins
// even when its file is missing.
assert.throws(() => requireHere('patterns/fallback/plain'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(pkgDir, 'src', 'missing-dir', 'plain.js')}'`,
});

// Targets get no extension or index probing.
assert.strictEqual(requireHere('patterns/lib/plain.js'), 'lib plain');
assert.throws(() => requireHere('patterns/lib/plain'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(pkgDir, 'src', 'lib', 'plain')}'`,
});
assert.throws(() => requireHere('patterns/features/missing.js'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(pkgDir, 'src', 'features', 'missing.js')}'`,
});

// What '*' stands for may not climb out or into node_modules.
for (const bad of ['../index.js', '%2e%2e/index.js', 'node_modules/x', './plain.js']) {
  assert.throws(() => requireHere(`patterns/lib/${bad}`), {
    code: 'ERR_INVALID_MODULE_SPECIFIER',
    message: `Invalid module "./lib/${bad}" request is not a valid match in pattern ` +
      `"./lib/*" for the "exports" resolution of ${pjson}`,
  });
}

// Unmatched subpaths.
assert.throws(() => requireHere('patterns/nothing'), notExported('./nothing'));
assert.throws(() => requireHere('patterns/src/lib/plain.js'), notExported('./src/lib/plain.js'));
