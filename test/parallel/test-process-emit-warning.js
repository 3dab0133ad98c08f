'use strict';
// process.emitWarning(message, type, code) emits a 'warning' event on a later tick with an
// Error whose name is the type; an Error can be passed as it is; bad arguments throw.
const common = require('../common');
const assert = require('assert');

const seen = [];
process.on('warning', common.mustCall((warning) => {
  assert(warning instanceof Error);
  seen.push([warning.name, warning.message, warning.code]);
}, 5));

process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('coded', 'CustomWarning', 'CODE001');
process.emitWarning('deprecated', { type: 'DeprecationWarning', code: 'DEP0999' });
const custom = new Error('from error');
custom.name = 'MyWarning';
process.emitWarning(custom);
// Emitted asynchronously.
assert.strictEqual(seen.length, 0);

assert.throws(() => process.emitWarning(1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => process.emitWarning('x', 1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => process.emitWarning('x', 'T', 1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });

process.on('exit', () => {
  assert.deepStrictEqual(seen, [
    ['Warning', 'plain', undefined],
    ['CustomWarning', 'typed', undefined],
    ['CustomWarning', 'coded', 'CODE001'],
    ['DeprecationWarning', 'deprecated', 'DEP0999'],
    ['MyWarning', 'from error', undefined],
  ]);
});
