'use strict';
// package.json "imports": '#' specifiers resolved in the requiring module's
// package scope, with conditions, patterns, package targets and Node's errors.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

const base = common.fixtures.path('module', 'imports');
const pjson = path.join(base, 'package.json');
const entry = path.join(base, 'lib', 'entry.js');
const requireHere = Module.createRequire(entry);

// From a real module in the scope.
assert.deepStrictEqual(require(entry), {
  dep: 'dep',
  cond: 'cond require',
  internal: 'internal util',
  external: 'ext-pkg index',
});

assert.strictEqual(requireHere.resolve('#dep'), path.join(base, 'lib', 'dep.js'));
assert.strictEqual(requireHere('#node'), 'node');
assert.strictEqual(requireHere('#external/sub.js'), 'ext-pkg sub');
assert.strictEqual(requireHere.resolve('#external'),
                   path.join(base, 'node_modules', 'ext-pkg', 'index.js'));

// A package in node_modules uses its own "imports".
assert.strictEqual(requireHere('has-imports'), 'has-imports private');

function notDefined(specifier) {
  return {
    code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
    message: `Package import specifier "${specifier}" is not defined in package ${pjson} imported from ${entry}`,
  };
}
assert.throws(() => requireHere('#nope'), notDefined('#nope'));
assert.throws(() => requireHere('#null'), notDefined('#null'));
assert.throws(() => requireHere('#internal/hidden/x.js'), notDefined('#internal/hidden/x.js'));
assert.throws(() => requireHere('#internal/util'), notDefined('#internal/util'));

assert.throws(() => requireHere('#'), {
  code: 'ERR_INVALID_MODULE_SPECIFIER',
  message: `Invalid module "#" is not a valid internal imports specifier name imported from ${entry}`,
});
assert.throws(() => requireHere('#internal/'), { code: 'ERR_INVALID_MODULE_SPECIFIER' });

assert.throws(() => requireHere('#outside'), {
  code: 'ERR_INVALID_PACKAGE_TARGET',
  message: `Invalid "imports" target "../outside.js" defined for '#outside' in the package config ${pjson} imported from ${entry}`,
});
assert.throws(() => requireHere('#absolute'), { code: 'ERR_INVALID_PACKAGE_TARGET' });

// Targets that name nothing.
assert.throws(() => requireHere('#missing'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(base, 'lib', 'missing.js')}'`,
});
assert.throws(() => requireHere('#array'), { code: 'MODULE_NOT_FOUND' });
assert.throws(() => requireHere('#missing-pkg'), { code: 'MODULE_NOT_FOUND' });

// Without "imports" in the scope, '#x' is an ordinary (missing) module.
const requireNoImports = Module.createRequire(path.join(base, 'no-imports', 'index.js'));
assert.throws(() => requireNoImports('#dep'), {
  code: 'MODULE_NOT_FOUND',
  message: /^Cannot find module '#dep'/,
});
