'use strict';
// require.cache: one evaluation per file, keyed by real path; deleting an entry
// reloads; entries placed by hand are returned as they are.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

const dir = common.fixtures.path('module', 'cache');
const counter = path.join(dir, 'counter.js');

assert.strictEqual(require.cache, Module._cache);
assert.strictEqual(Object.getPrototypeOf(require.cache), null);

const first = require(counter);
assert.strictEqual(first.loads, 1);
assert.strictEqual(require('../fixtures/module/cache/counter'), first);
assert.strictEqual(require('../fixtures/module/cache/counter.js'), first);
assert.strictEqual(globalThis.lodeCounterLoads, 1);

const entry = require.cache[counter];
assert(entry instanceof Module);
assert.strictEqual(entry.exports, first);
assert.strictEqual(entry.filename, counter);
assert.strictEqual(entry.id, counter);
assert.strictEqual(entry.loaded, true);
assert(module.children.includes(entry));

// Deleting the entry makes the next require evaluate the file again.
delete require.cache[counter];
const second = require(counter);
assert.notStrictEqual(second, first);
assert.strictEqual(second.loads, 2);

// A hand-made entry is used as is (packages inject mocks this way).
const target = path.join(dir, 'target.js');
require.cache[target] = { id: target, filename: target, loaded: true, exports: 'injected' };
assert.strictEqual(require(target), 'injected');
delete require.cache[target];
assert.strictEqual(require(target), 'target');

// An entry under a built-in's name shadows the unprefixed built-in, as in Node;
// the node: form always reaches the real one.
const realPath = require('node:path');
require.cache.path = { id: 'path', loaded: true, exports: 'shadowed path' };
assert.strictEqual(require('path'), 'shadowed path');
assert.strictEqual(require('node:path'), realPath);
delete require.cache.path;
assert.strictEqual(require('path'), realPath);

// Module._pathCache remembers resolutions.
require('../fixtures/module/cache/target');
assert(Object.values(Module._pathCache).includes(target));
