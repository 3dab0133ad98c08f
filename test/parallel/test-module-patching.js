'use strict';
// Packages patch the loader's internals (pirates, ts-node, module-alias,
// mock-require, require-in-the-middle...): Module._extensions, _compile,
// _resolveFilename, _load, prototype.require and Module.wrap must be honoured.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

const dir = common.fixtures.path('module', 'patching');

assert.strictEqual(require.extensions, Module._extensions);

// A new extension handler, used for explicit files and for probing.
Module._extensions['.txt'] = common.mustCall((module, filename) => {
  module.exports = `text from ${path.basename(filename)}`;
}, 2);
assert.strictEqual(require(path.join(dir, 'data.txt')), 'text from data.txt');
assert.strictEqual(require(path.join(dir, 'only-text')), 'text from only-text.txt');
delete Module._extensions['.txt'];

// Wrapping the .js handler and transforming source in _compile.
const originalJs = Module._extensions['.js'];
const originalCompile = Module.prototype._compile;
const seen = [];
Module._extensions['.js'] = function(module, filename) {
  seen.push(filename);
  return originalJs(module, filename);
};
Module.prototype._compile = function(content, filename) {
  if (filename.endsWith('transform-me.js')) content = content.replace('ORIGINAL', 'TRANSFORMED');
  return originalCompile.call(this, content, filename);
};
assert.strictEqual(require(path.join(dir, 'transform-me.js')), 'TRANSFORMED');
assert.deepStrictEqual(seen, [path.join(dir, 'transform-me.js')]);
Module._extensions['.js'] = originalJs;
Module.prototype._compile = originalCompile;

// Aliasing through _resolveFilename; require.resolve goes through it too.
const originalResolve = Module._resolveFilename;
Module._resolveFilename = function(request, parent, isMain, options) {
  if (request.startsWith('@alias/')) request = path.join(dir, request.slice('@alias/'.length));
  return originalResolve.call(this, request, parent, isMain, options);
};
assert.strictEqual(require('@alias/target'), 'alias target');
assert.strictEqual(require.resolve('@alias/target'), path.join(dir, 'target.js'));
Module._resolveFilename = originalResolve;

// Mocking through _load.
const originalLoad = Module._load;
Module._load = function(request, parent, isMain) {
  if (request === 'mocked-module') return { mocked: true, parent };
  return originalLoad.apply(this, arguments);
};
const mocked = require('mocked-module');
assert.strictEqual(mocked.mocked, true);
assert.strictEqual(mocked.parent, module);
Module._load = originalLoad;
assert.throws(() => require('mocked-module'), { code: 'MODULE_NOT_FOUND' });

// Hooking Module.prototype.require sees every require call.
const originalRequire = Module.prototype.require;
const requested = [];
Module.prototype.require = function(id) {
  requested.push(id);
  return originalRequire.call(this, id);
};
assert.strictEqual(require(path.join(dir, 'plain.js')), 'plain');
assert.deepStrictEqual(requested, [path.join(dir, 'plain.js')]);
Module.prototype.require = originalRequire;

// A patched Module.wrap is used to compile later modules.
const originalWrap = Module.wrap;
Module.wrap = function(script) {
  return '(function (exports, require, module, __filename, __dirname) { ' +
    'var LODE_PATCHED_WRAPPER = true; ' + script + '\n});';
};
assert.strictEqual(require(path.join(dir, 'wrapped.js')), 'boolean');
Module.wrap = originalWrap;
