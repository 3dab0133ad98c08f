'use strict';
// module.createRequire from a path, a file: URL string, a URL object, or a
// directory (trailing slash).
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const dir = common.fixtures.path('module', 'create-require');
const inDir = path.join(dir, 'dir');

const fromPath = createRequire(path.join(inDir, 'anything.js'));
assert.strictEqual(fromPath('./x'), 'create-require x');
assert.strictEqual(fromPath('../y'), 'create-require y');
assert.strictEqual(fromPath('cr-pkg'), 'cr-pkg');
assert.strictEqual(fromPath.resolve('./x'), path.join(inDir, 'x.js'));
assert.deepStrictEqual(fromPath.resolve.paths('./x'), [inDir]);
assert.strictEqual(fromPath.resolve.paths('cr-pkg')[0], path.join(inDir, 'node_modules'));
assert.strictEqual(fromPath.cache, require.cache);
assert.strictEqual(fromPath.extensions, require.extensions);
assert.strictEqual(fromPath.main, require.main);
// The same module object as a plain require gets.
assert.strictEqual(fromPath('./x'), require('../fixtures/module/create-require/dir/x'));

// A trailing slash means a directory.
const fromDir = createRequire(inDir + '/');
assert.strictEqual(fromDir('./x'), 'create-require x');
assert.deepStrictEqual(fromDir.resolve.paths('./x'), [inDir]);

// file: URL strings, percent-decoded.
const fromUrl = createRequire('file://' + path.join(inDir, 'anything.js'));
assert.strictEqual(fromUrl('./x'), 'create-require x');
const fromEncoded = createRequire('file://' + path.join(inDir, 'a%20b.js'));
assert.strictEqual(fromEncoded.resolve('./x'), path.join(inDir, 'x.js'));
const fromUrlDir = createRequire('file://' + inDir + '/');
assert.strictEqual(fromUrlDir('./x'), 'create-require x');

// URL objects (skipped while the URL class is still a stub in Lode).
let url;
try {
  url = new URL('file://' + path.join(inDir, 'anything.js'));
} catch (err) {
  assert.strictEqual(err.code, 'ERR_NOT_IMPLEMENTED');
}
if (url !== undefined) {
  assert.strictEqual(createRequire(url)('./x'), 'create-require x');
}

// The missing-module error names the created require's file.
assert.throws(() => fromPath('./nope'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module './nope'\nRequire stack:\n- ${path.join(inDir, 'anything.js')}`,
});

for (const bad of ['relative/path.js', 'x', 42, null, undefined, {}]) {
  assert.throws(() => createRequire(bad), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: /^The argument 'filename' must be a file URL object, file URL string, or absolute path string\. Received /,
  });
}
