'use strict';
// Built-in modules: with and without 'node:', 'node:'-only ids, unknown ids,
// module.builtinModules and module.isBuiltin; a built-in beats node_modules.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

assert.strictEqual(require('node:path'), path);
assert.strictEqual(require('node:module'), Module);
assert.strictEqual(require('module'), Module);
assert.strictEqual(require('events'), require('node:events'));

// Unknown ids with the scheme are a distinct error.
assert.throws(() => require('node:no-such-builtin'), {
  code: 'ERR_UNKNOWN_BUILTIN_MODULE',
  message: 'No such built-in module: node:no-such-builtin',
});
assert.throws(() => require('node:internal/errors'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });
// Internal modules are not reachable at all.
assert.throws(() => require('internal/errors'), { code: 'MODULE_NOT_FOUND' });
// 'node:'-only built-ins need the scheme.
assert.throws(() => require('test'), { code: 'MODULE_NOT_FOUND' });

// Built-ins win over node_modules; 'node:'-only names fall through to packages.
const base = common.fixtures.path('module', 'builtins');
const requireHere = Module.createRequire(path.join(base, 'entry.js'));
assert.strictEqual(requireHere('path'), path);
assert.strictEqual(requireHere.resolve('path'), 'path');
assert.strictEqual(requireHere('test'), 'userland test');
assert.strictEqual(requireHere('sqlite'), 'userland sqlite');
assert.strictEqual(requireHere.resolve('node:test'), 'node:test');
assert.strictEqual(requireHere('./node_modules/path'), 'fake path');

// isBuiltin
for (const id of ['fs', 'node:fs', 'path', 'node:path', 'fs/promises', 'module',
                  'node:test', 'node:test/reporters', 'node:sqlite', 'node:sea']) {
  assert.strictEqual(Module.isBuiltin(id), true, id);
}
for (const id of ['test', 'sqlite', 'sea', 'node:nope', 'nope', 'internal/errors',
                  'node:internal/errors', '', 'fs/', './fs', 'FS']) {
  assert.strictEqual(Module.isBuiltin(id), false, id);
}
assert.strictEqual(Module.isBuiltin(undefined), false);

// builtinModules: public ids without the scheme, 'node:'-only ids with it.
const list = Module.builtinModules;
assert(Array.isArray(list));
assert(Object.isFrozen(list));
for (const id of ['fs', 'path', 'events', 'module', 'util', 'stream', 'http', 'node:test',
                  'node:test/reporters', 'node:sqlite', 'node:sea']) {
  assert(list.includes(id), id);
}
for (const id of ['test', 'node:fs', 'internal/errors']) {
  assert(!list.includes(id), id);
}
assert(!list.some((id) => id.startsWith('internal/')));
for (const id of list) assert.strictEqual(Module.isBuiltin(id), true, id);
assert.strictEqual(new Set(list).size, list.length);
