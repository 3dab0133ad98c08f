'use strict';
// require.resolve() with options.paths and the Module internals check their input as Node
// does: a non-string entry in paths is ERR_INVALID_ARG_TYPE ('array of strings' for a relative
// request, 'paths[0]' for a bare one), Module._load and _resolveFilename take a string
// request, and Module.enableCompileCache() a string directory.
require('../common');
const assert = require('assert');
const Module = require('module');

assert.throws(() => require.resolve('./x', { paths: [1] }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "paths" argument must be array of strings. Received an instance of Array',
});
assert.throws(() => require.resolve('./x', { paths: [null] }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => require.resolve('some-package', { paths: [1] }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "paths[0]" argument must be of type string. Received type number (1)',
});
assert.throws(() => Module._nodeModulePaths(1), {
  message: 'The "paths[0]" argument must be of type string. Received type number (1)',
});
for (const fn of [Module._load, Module._resolveFilename]) {
  assert.throws(() => fn(1, null), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "path" argument must be of type string. Received type number (1)',
  });
}
for (const value of [1, null, true, { directory: 1 }]) {
  assert.throws(() => Module.enableCompileCache(value), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'cacheDir should be a string',
  });
}
