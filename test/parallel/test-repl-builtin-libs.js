'use strict';
// repl.builtinModules and repl._builtinLibs (deprecated aliases of module.builtinModules
// without the `_` and `node:`-only names), as read by packages such as resolve's tests.
require('../common');
const assert = require('assert');
const repl = require('repl');
const { builtinModules } = require('module');

const list = repl._builtinLibs;
assert.ok(Array.isArray(list));
assert.strictEqual(repl.builtinModules, list);
assert.strictEqual(repl._builtinLibs, list);
for (const name of ['fs', 'http', 'assert/strict', 'fs/promises', 'util/types', 'zlib']) {
  assert.ok(list.includes(name), name);
}
for (const name of list) {
  assert.ok(builtinModules.includes(name), name);
  assert.ok(!name.startsWith('_'), name);
  assert.ok(!name.startsWith('node:'), name);
  require(name);
}
assert.deepStrictEqual(list,
                       builtinModules.filter((n) => !n.startsWith('_') && !n.startsWith('node:')));

// Neither is enumerable.
assert.ok(!Object.keys(repl).includes('builtinModules'));
assert.ok(!Object.keys(repl).includes('_builtinLibs'));
const desc = Object.getOwnPropertyDescriptor(repl, '_builtinLibs');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(desc.configurable, true);

// An assignment to one replaces the array both return.
const replacement = ['a'];
repl._builtinLibs = replacement;
assert.strictEqual(repl._builtinLibs, replacement);
assert.strictEqual(repl.builtinModules, replacement);
repl.builtinModules = list;
assert.strictEqual(repl._builtinLibs, list);
