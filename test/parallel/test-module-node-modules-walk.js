'use strict';
// Bare requests search node_modules directories from the requiring module's
// directory up to the root; the nearest package wins.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

const walk = common.fixtures.path('module', 'walk');
const user = require(path.join(walk, 'app', 'lib', 'deep', 'user.js'));

assert.strictEqual(user.top, 'top');
assert.strictEqual(user.shadowed, 'inner shadowed');
assert.strictEqual(user.single, 'single file');
assert.strictEqual(user.scoped, 'scoped');
assert.strictEqual(user.nearSub, 'near sub');
assert.strictEqual(user.near.name, 'near');
assert.strictEqual(user.near.top, 'top');
assert.strictEqual(user.near.sibling, 'sibling');
assert.strictEqual(user.near.nested, 'nested');

// module.paths lists every ancestor's node_modules, nearest first.
const userDir = path.join(walk, 'app', 'lib', 'deep');
assert.deepStrictEqual(user.paths, Module._nodeModulePaths(userDir));
assert.strictEqual(user.paths[0], path.join(userDir, 'node_modules'));
assert.strictEqual(user.paths[1], path.join(walk, 'app', 'lib', 'node_modules'));
assert.strictEqual(user.paths.at(-1), '/node_modules');

// Inside node_modules, no node_modules/node_modules entry is produced.
const nearDir = path.join(walk, 'app', 'node_modules', 'near');
assert.deepStrictEqual(user.near.paths.slice(0, 3), [
  path.join(nearDir, 'node_modules'),
  path.join(walk, 'app', 'node_modules'),
  path.join(walk, 'node_modules'),
]);
assert(!user.near.paths.some((p) => p.endsWith('node_modules/node_modules')));

// _nodeModulePaths itself.
assert.deepStrictEqual(Module._nodeModulePaths('/'), ['/node_modules']);
assert.deepStrictEqual(Module._nodeModulePaths('/a/node_modules/b/node_modules/c'), [
  '/a/node_modules/b/node_modules/c/node_modules',
  '/a/node_modules/b/node_modules',
  '/a/node_modules',
  '/node_modules',
]);
assert.deepStrictEqual(Module._nodeModulePaths('/x/y/'), [
  '/x/y/node_modules', '/x/node_modules', '/node_modules',
]);

// A package nested under another package is not visible from outside it.
const userRequire = Module.createRequire(path.join(userDir, 'user.js'));
assert.throws(() => userRequire('nested'), {
  code: 'MODULE_NOT_FOUND',
  message: /^Cannot find module 'nested'\nRequire stack:\n- /,
});
assert.strictEqual(userRequire.resolve('near'), path.join(walk, 'app', 'node_modules', 'near', 'index.js'));
assert.strictEqual(userRequire.resolve('top-pkg'), path.join(walk, 'node_modules', 'top-pkg', 'index.js'));
