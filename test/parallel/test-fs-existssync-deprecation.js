'use strict';
// fs.existsSync returns false for an argument that is no path; an argument of a wrong type
// also emits DEP0187 once. A path with a null byte is no type error: no warning for it.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0187');
  assert.strictEqual(warning.message, 'Passing invalid argument types to fs.existsSync is deprecated');
}, 1));

assert.strictEqual(fs.existsSync('/definitely/not\u0000here'), false);
assert.strictEqual(fs.existsSync(), false);
assert.strictEqual(fs.existsSync(null), false);
assert.strictEqual(fs.existsSync(123), false);
assert.strictEqual(fs.existsSync({}), false);
assert.strictEqual(fs.existsSync(__filename), true);
assert.strictEqual(fs.existsSync(Buffer.from(__filename)), true);
assert.strictEqual(fs.existsSync(new URL(`file://${__filename}`)), true);
