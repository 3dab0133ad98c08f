'use strict';
// Relative and absolute requires: exact files, extension probing, directories
// with index files, '.' and '..', symlinks, and the module wrapper's arguments.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const dir = common.fixtures.path('module', 'relative');
const rel = `../fixtures/module/relative`;

// A chain of relative requires, with and without extensions.
const a = require(`${rel}/a`);
assert.strictEqual(a.name, 'a');
assert.strictEqual(a.b.name, 'b');
assert.strictEqual(a.b.c, 'c');
assert.strictEqual(a.b, a.bWithExtension);
assert.strictEqual(a.b.parentIndex, 'relative index');
assert.strictEqual(a.b.filename, path.join(dir, 'sub', 'b.js'));
assert.strictEqual(a.b.dirname, path.join(dir, 'sub'));

// Absolute paths, with and without the extension.
assert.strictEqual(require(path.join(dir, 'c.js')), 'c');
assert.strictEqual(require(path.join(dir, 'c')), 'c');

// A file without an extension loads as CommonJS; so does .cjs.
assert.strictEqual(require(`${rel}/noext`), 'no extension');
assert.strictEqual(require(`${rel}/file.cjs`), 'cjs');
assert.strictEqual(require(`${rel}/dotted.name`), 'dotted');

// .js is tried before .json.
assert.strictEqual(require(`${rel}/ext-priority`), 'js');
assert.deepStrictEqual(require(`${rel}/ext-priority.json`), { which: 'json' });
assert.deepStrictEqual(require(`${rel}/only-json`), { which: 'json' });

// Directories: index.js, index.json; a file wins over a directory of the same
// name unless the request ends with a slash.
assert.strictEqual(require(`${rel}/dir`), 'dir index');
assert.strictEqual(require(`${rel}/dir/`), 'dir index');
assert.deepStrictEqual(require(`${rel}/dir-json`), { dirJson: true });
assert.strictEqual(require(`${rel}/both`), 'both file');
assert.strictEqual(require(`${rel}/both/`), 'both directory');
assert.strictEqual(require(`${rel}/both/.`), 'both directory');
assert.strictEqual(require(`${rel}/sub/..`), 'relative index');
assert.strictEqual(require(rel), 'relative index');
assert.strictEqual(require.resolve(`${rel}/both/`), path.join(dir, 'both', 'index.js'));

// A file path with a trailing slash is not a directory.
assert.throws(() => require(`${rel}/c.js/`), { code: 'MODULE_NOT_FOUND' });

// Symlinks resolve to their real path, so both names share one module.
assert.strictEqual(require.resolve(`${rel}/link-to-c.js`), path.join(dir, 'c.js'));
assert.strictEqual(require.resolve(`${rel}/link-to-dir`), path.join(dir, 'dir', 'index.js'));
assert.strictEqual(require(`${rel}/link-to-dir`), require(`${rel}/dir`));

// A hashbang line is allowed and line numbers stay exact.
const stack = require(`${rel}/hashbang`);
assert.match(stack, /hashbang\.js:3/);

// `this` is module.exports at the top level; a top-level return ends the module.
assert.strictEqual(require(`${rel}/this-is-exports`), true);
assert.deepStrictEqual(require(`${rel}/return-value`), { before: true });

// .node files are native addons: Lode cannot load them (Node fails to dlopen
// this fake one); either way the error code is ERR_DLOPEN_FAILED, which packages
// with optional native bindings catch.
assert.throws(() => require(`${rel}/fake-addon`), { code: 'ERR_DLOPEN_FAILED' });
assert.strictEqual(require.cache[path.join(dir, 'fake-addon.node')], undefined);
