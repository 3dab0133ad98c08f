'use strict';
// package.json "exports": string and subpath maps, conditions (require, node,
// default; nested), array fallbacks, null targets, invalid targets, self-reference.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

const base = common.fixtures.path('module', 'exports');
const nm = path.join(base, 'node_modules');
const requireHere = Module.createRequire(path.join(base, 'entry.js'));

function notExported(pkg, subpath, from) {
  const pjson = path.join(nm, pkg, 'package.json');
  const message = subpath === '.' ?
    `No "exports" main defined in ${pjson}` :
    `Package subpath '${subpath}' is not defined by "exports" in ${pjson}`;
  return {
    code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    message: from === undefined ? message : `${message} imported from ${from}`,
  };
}

// A string "exports" is the main entry and hides everything else.
assert.strictEqual(requireHere('sugar'), 'sugar main');
assert.throws(() => requireHere('sugar/other.js'), notExported('sugar', './other.js'));
assert.throws(() => requireHere('sugar/main.js'), notExported('sugar', './main.js'));
assert.throws(() => requireHere('sugar/package.json'), notExported('sugar', './package.json'));

// Conditions: "require" (not "import") for require(); object order decides.
assert.strictEqual(requireHere('cond'), 'require');
assert.strictEqual(requireHere('cond/node-first'), 'node');
assert.strictEqual(requireHere('cond/default-only'), 'default');
assert.strictEqual(requireHere('cond/unknown-first'), 'default');
assert.strictEqual(requireHere('cond/nested'), 'nested require');
assert.strictEqual(requireHere('cond/nested-miss'), 'default');
assert.deepStrictEqual(requireHere('cond/json'), { json: true });
assert.strictEqual(requireHere.resolve('cond/package.json'), path.join(nm, 'cond', 'package.json'));

// Arrays: invalid targets are skipped; the first valid one is used.
assert.strictEqual(requireHere('cond/array'), 'require');
assert.strictEqual(requireHere('cond/array-conditions'), 'default');

// null and unmatched conditions are "not exported"; so are unlisted subpaths.
assert.throws(() => requireHere('cond/null'), notExported('cond', './null'));
assert.throws(() => requireHere('cond/array-null'), notExported('cond', './array-null'));
assert.throws(() => requireHere('cond/no-match'), notExported('cond', './no-match'));
assert.throws(() => requireHere('cond/hidden.js'), notExported('cond', './hidden.js'));
assert.throws(() => requireHere('cond/'), notExported('cond', './'));

// Conditions-only objects are the main entry.
assert.strictEqual(requireHere('cond-sugar'), 'cond-sugar require');
// Subpaths only, no ".": the package itself is not exported.
assert.strictEqual(requireHere('no-main-export/sub'), 'no-main-export sub');
assert.throws(() => requireHere('no-main-export'), notExported('no-main-export', '.'));
// Scoped packages.
assert.strictEqual(requireHere('@scope/with-exports/feature'), '@scope/with-exports feature');
assert.throws(() => requireHere('@scope/with-exports'), notExported('@scope/with-exports', '.'));

// A target that names no file: MODULE_NOT_FOUND for the resolved path.
assert.throws(() => requireHere('cond/missing'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(nm, 'cond', 'does-not-exist.js')}'`,
});

// Targets must start with './' and stay inside the package.
const condJson = path.join(nm, 'cond', 'package.json');
assert.throws(() => requireHere('cond/outside'), {
  code: 'ERR_INVALID_PACKAGE_TARGET',
  message: `Invalid "exports" target "../outside.js" defined for './outside' in the package config ${condJson}; targets must start with "./"`,
});
assert.throws(() => requireHere('cond/no-dot'), { code: 'ERR_INVALID_PACKAGE_TARGET' });
assert.throws(() => requireHere('cond/inside-node-modules'), { code: 'ERR_INVALID_PACKAGE_TARGET' });

// Invalid configurations.
assert.throws(() => requireHere('mixed-keys'), {
  code: 'ERR_INVALID_PACKAGE_CONFIG',
  message: /^Invalid package config .*mixed-keys\/package\.json\. "exports" cannot contain some keys starting with '\.' and some not\./,
});
assert.throws(() => requireHere('numeric-keys'), {
  code: 'ERR_INVALID_PACKAGE_CONFIG',
  message: `Invalid package config ${path.join(nm, 'numeric-keys', 'package.json')}. "exports" cannot contain numeric property keys.`,
});

// A package can require itself by name through its own "exports".
const selfDir = path.join(base, 'self-pkg');
const self = require(path.join(selfDir, 'lib', 'use-self.js'));
assert.deepStrictEqual(self, { main: 'self-pkg index', helper: 'self-pkg helper' });
const selfFile = path.join(selfDir, 'lib', 'use-self.js');
const requireSelf = Module.createRequire(selfFile);
assert.throws(() => requireSelf('self-pkg/lib/helper.js'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath './lib/helper.js' is not defined by "exports" in ${path.join(selfDir, 'package.json')} imported from ${selfFile}`,
});
// Outside the package its name means nothing.
assert.throws(() => requireHere('self-pkg'), { code: 'MODULE_NOT_FOUND' });
