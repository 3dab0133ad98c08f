'use strict';
// The fields of module objects and the Module class's legacy surface.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

assert(module instanceof Module);
assert.strictEqual(module.constructor, Module);
assert.strictEqual(Module.Module, Module);
assert.strictEqual(module.path, __dirname);
assert.strictEqual(module.filename, __filename);
assert.strictEqual(module.exports, exports);
assert.strictEqual(this, exports);
assert.deepStrictEqual(module.paths, Module._nodeModulePaths(__dirname));
assert.strictEqual(typeof module.require, 'function');
assert(Array.isArray(module.children));

// A child module, during and after its load.
const childFile = common.fixtures.path('module', 'fields', 'child.js');
const child = require(childFile);
assert.strictEqual(child.filename, childFile);
assert.strictEqual(child.dirname, path.dirname(childFile));
assert.strictEqual(child.loadedDuringLoad, false);
assert.deepStrictEqual(child.keysDuringLoad,
                       ['id', 'path', 'exports', 'filename', 'loaded', 'children', 'paths']);
const childModule = child.module;
assert.strictEqual(childModule.id, childFile);
assert.strictEqual(childModule.loaded, true);
assert.strictEqual(childModule.parent, module);
assert(module.children.includes(childModule));
assert.strictEqual(require.cache[childFile], childModule);
// parent is not an own property.
assert(!Object.keys(childModule).includes('parent'));

// Requiring it from another module does not change its parent, but adds a child.
const other = require(common.fixtures.path('module', 'fields', 'grandchild-parent.js'));
assert(other.children.includes(childModule));
assert.strictEqual(childModule.parent, module);

// module.require resolves relative to that module.
assert.strictEqual(childModule.require('./grandchild-parent.js'), other);

// A bare new Module.
const m = new Module('/some/where/file.js', module);
assert.deepStrictEqual(Object.keys(m), ['id', 'path', 'exports', 'filename', 'loaded', 'children']);
assert.strictEqual(m.id, '/some/where/file.js');
assert.strictEqual(m.path, '/some/where');
assert.deepStrictEqual(m.exports, {});
assert.strictEqual(m.filename, null);
assert.strictEqual(m.loaded, false);
assert.strictEqual(m.parent, module);
assert.strictEqual(m.paths, undefined);
const empty = new Module();
assert.strictEqual(empty.id, '');
assert.strictEqual(empty.path, '.');

// Compiling source into a hand-made module (require-from-string and friends).
const made = new Module('/virtual/made.js', null);
made.filename = '/virtual/made.js';
made.paths = Module._nodeModulePaths('/virtual');
made._compile('module.exports = { dir: __dirname, file: __filename, p: require("path") };',
              '/virtual/made.js');
assert.deepStrictEqual(made.exports, { dir: '/virtual', file: '/virtual/made.js', p: path });

// The legacy wrapper.
assert.deepStrictEqual([...Module.wrapper], [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
]);
assert.strictEqual(Module.wrap('x'),
                   '(function (exports, require, module, __filename, __dirname) { x\n});');

// Module statics exist.
for (const name of ['_load', '_resolveFilename', '_findPath', '_nodeModulePaths',
                    '_resolveLookupPaths', '_initPaths', '_preloadModules', 'createRequire',
                    'isBuiltin', 'runMain', 'syncBuiltinESMExports', 'findPackageJSON',
                    'register', 'enableCompileCache', 'getCompileCacheDir', 'findSourceMap',
                    'SourceMap']) {
  assert.strictEqual(typeof Module[name], 'function', name);
}
for (const name of ['_cache', '_pathCache', '_extensions']) {
  assert.strictEqual(typeof Module[name], 'object', name);
}
assert.deepStrictEqual(Object.keys(Module._extensions), ['.js', '.json', '.node']);
assert.strictEqual(Module.syncBuiltinESMExports(), undefined);
assert.strictEqual(typeof Module.constants.compileCacheStatus.ENABLED, 'number');

// findPackageJSON: a bare name gives the package's root package.json, a path the
// nearest one above it.
const exportsBase = common.fixtures.path('module', 'exports');
const entry = path.join(exportsBase, 'entry.js');
assert.strictEqual(Module.findPackageJSON('cond', entry),
                   path.join(exportsBase, 'node_modules', 'cond', 'package.json'));
assert.strictEqual(Module.findPackageJSON('./self-pkg/lib/helper.js', entry),
                   path.join(exportsBase, 'self-pkg', 'package.json'));
