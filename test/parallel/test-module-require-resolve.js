'use strict';
// require.resolve (with and without options.paths) and require.resolve.paths.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

const fixtures = common.fixtures.path('module');
const relDir = path.join(fixtures, 'relative');

assert.strictEqual(require.resolve('../fixtures/module/relative/c'), path.join(relDir, 'c.js'));
assert.strictEqual(require.resolve(path.join(relDir, 'dir')), path.join(relDir, 'dir', 'index.js'));
assert.strictEqual(require.resolve(__filename), __filename);

// Built-ins resolve to themselves, with or without the scheme.
assert.strictEqual(require.resolve('path'), 'path');
assert.strictEqual(require.resolve('node:path'), 'node:path');
assert.strictEqual(require.resolve('node:test'), 'node:test');
assert.throws(() => require.resolve('node:no-such-builtin'), { code: 'MODULE_NOT_FOUND' });

// resolve does not load.
const counter = path.join(fixtures, 'cache', 'counter.js');
require.resolve(counter);
assert.strictEqual(require.cache[counter], undefined);

// options.paths: relative requests are tried against each path in turn...
assert.strictEqual(require.resolve('./c', { paths: [path.join(relDir, 'sub'), relDir] }),
                   path.join(relDir, 'c.js'));
// ...bare requests search the node_modules above each path.
const walkLib = path.join(fixtures, 'walk', 'app', 'lib');
assert.strictEqual(require.resolve('near', { paths: [walkLib] }),
                   path.join(fixtures, 'walk', 'app', 'node_modules', 'near', 'index.js'));
assert.strictEqual(require.resolve('top-pkg', { paths: ['/nonexistent-dir', walkLib] }),
                   path.join(fixtures, 'walk', 'node_modules', 'top-pkg', 'index.js'));
assert.throws(() => require.resolve('near', { paths: [relDir] }), {
  code: 'MODULE_NOT_FOUND',
  message: /^Cannot find module 'near'\nRequire stack:\n- /,
});
// Absolute requests ignore paths; built-ins too.
assert.strictEqual(require.resolve(path.join(relDir, 'c.js'), { paths: ['/'] }),
                   path.join(relDir, 'c.js'));
assert.strictEqual(require.resolve('path', { paths: [relDir] }), 'path');
// An empty options object, or paths undefined, is the ordinary lookup.
assert.strictEqual(require.resolve('./test-module-require-resolve', {}), __filename);
assert.strictEqual(require.resolve('./test-module-require-resolve', { paths: undefined }), __filename);

assert.throws(() => require.resolve('x', { paths: 'not an array' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.paths' is invalid. Received 'not an array'",
});
assert.throws(() => require.resolve(), { code: 'ERR_INVALID_ARG_TYPE' });

// require.resolve.paths
assert.strictEqual(require.resolve.paths('path'), null);
assert.strictEqual(require.resolve.paths('node:path'), null);
assert.deepStrictEqual(require.resolve.paths('./x'), [__dirname]);
assert.deepStrictEqual(require.resolve.paths('../x'), [__dirname]);
assert.deepStrictEqual(require.resolve.paths('.'), [__dirname]);
assert.deepStrictEqual(require.resolve.paths('..'), [__dirname]);
const barePaths = require.resolve.paths('some-package');
assert.deepStrictEqual(barePaths, module.paths.concat(Module.globalPaths));
assert.deepStrictEqual(require.resolve.paths('.hidden'), barePaths);
// Module.globalPaths: ~/.node_modules, ~/.node_libraries, <prefix>/lib/node.
assert.strictEqual(Module.globalPaths.at(-1),
                   path.resolve(process.execPath, '..', '..', 'lib', 'node'));
if (process.env.HOME && !process.env.NODE_PATH) {
  assert.deepStrictEqual(Module.globalPaths.slice(0, 2), [
    path.resolve(process.env.HOME, '.node_modules'),
    path.resolve(process.env.HOME, '.node_libraries'),
  ]);
}
