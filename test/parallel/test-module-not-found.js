'use strict';
// MODULE_NOT_FOUND errors: message with the require stack, code, requireStack;
// a failed module is not cached and not left in its parent's children.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const dir = common.fixtures.path('module', 'not-found');

assert.throws(() => require('./does-not-exist'), (err) => {
  assert(err instanceof Error);
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.strictEqual(err.message,
                     `Cannot find module './does-not-exist'\nRequire stack:\n- ${__filename}`);
  assert.deepStrictEqual(err.requireStack, [__filename]);
  return true;
});

assert.throws(() => require('no-such-package-anywhere'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module 'no-such-package-anywhere'\nRequire stack:\n- ${__filename}`,
  requireStack: [__filename],
});

assert.throws(() => require('/no/such/absolute/file.js'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '/no/such/absolute/file.js'\nRequire stack:\n- ${__filename}`,
});

// The stack lists every module from the one that failed up to the main script.
const outer = path.join(dir, 'outer.js');
const inner = path.join(dir, 'inner.js');
const childrenBefore = module.children.length;
assert.throws(() => require(outer), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module './does-not-exist'\nRequire stack:\n- ${inner}\n- ${outer}\n- ${__filename}`,
  requireStack: [inner, outer, __filename],
});
assert.strictEqual(require.cache[outer], undefined);
assert.strictEqual(require.cache[inner], undefined);
assert.strictEqual(module.children.length, childrenBefore);

// require.resolve throws the same error.
assert.throws(() => require.resolve('./nope'), {
  code: 'MODULE_NOT_FOUND',
  requireStack: [__filename],
});

// A module that throws while loading is removed from the cache and runs again.
const throws = path.join(dir, 'throws.js');
assert.throws(() => require(throws), /throws on load/);
assert.strictEqual(require.cache[throws], undefined);
assert.throws(() => require(throws), /throws on load/);
assert.strictEqual(globalThis.lodeThrowsLoads, 2);

// Invalid ids.
assert.throws(() => require(''), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'id' must be a non-empty string. Received ''",
});
assert.throws(() => require(42), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "id" argument must be of type string. Received type number (42)',
});
assert.throws(() => require.resolve(null), { code: 'ERR_INVALID_ARG_TYPE' });
