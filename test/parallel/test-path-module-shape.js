'use strict';
// The path module's shape: the platform flavour is the module itself, the two
// flavours link to each other, and path/posix and path/win32 are the same objects.
require('../common');
const assert = require('assert');
const path = require('path');

const isWindows = process.platform === 'win32';
assert.strictEqual(path, isWindows ? path.win32 : path.posix);
assert.strictEqual(require('node:path'), path);
assert.strictEqual(require('path/posix'), path.posix);
assert.strictEqual(require('node:path/posix'), path.posix);
assert.strictEqual(require('path/win32'), path.win32);
assert.strictEqual(require('node:path/win32'), path.win32);

for (const flavour of [path.posix, path.win32]) {
  assert.strictEqual(flavour.posix, path.posix);
  assert.strictEqual(flavour.win32, path.win32);
  for (const name of ['resolve', 'normalize', 'isAbsolute', 'join', 'relative',
                      'toNamespacedPath', 'dirname', 'basename', 'extname',
                      'format', 'parse', 'matchesGlob']) {
    assert.strictEqual(typeof flavour[name], 'function', name);
  }
  assert.strictEqual(flavour._makeLong, flavour.toNamespacedPath);
}
assert.strictEqual(path.posix.sep, '/');
assert.strictEqual(path.posix.delimiter, ':');
assert.strictEqual(path.win32.sep, '\\');
assert.strictEqual(path.win32.delimiter, ';');

assert.strictEqual(path.resolve.length, 0);
assert.strictEqual(path.join.length, 0);
assert.strictEqual(path.normalize.length, 1);
assert.strictEqual(path.relative.length, 2);
assert.strictEqual(path.basename.length, 2);
assert.strictEqual(path.format.length, 1);
assert.strictEqual(path.matchesGlob.length, 2);
assert.deepStrictEqual(Object.keys(path), [
  'resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath',
  'dirname', 'basename', 'extname', 'format', 'parse', 'matchesGlob', 'sep',
  'delimiter', 'win32', 'posix', '_makeLong',
]);
