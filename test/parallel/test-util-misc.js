'use strict';
// util: styleText, system error names, toUSVString, stripVTControlCharacters, debuglog, isArray.
require('../common');
const assert = require('assert');
const util = require('util');

// styleText always colors when the stream is not checked.
assert.strictEqual(util.styleText('red', 'x', { validateStream: false }), '\u001b[31mx\u001b[39m');
assert.strictEqual(util.styleText(['bold', 'red'], 'x', { validateStream: false }),
                   '\u001b[1m\u001b[31mx\u001b[39m\u001b[22m');
assert.strictEqual(util.styleText('grey', 'x', { validateStream: false }), '\u001b[90mx\u001b[39m');
// A stream that is not a terminal gets plain text.
if (!process.stdout.isTTY && process.env.FORCE_COLOR === undefined) {
  assert.strictEqual(util.styleText('red', 'x'), 'x');
}
assert.throws(() => util.styleText('red', 'x', { stream: {} }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => util.styleText('nope', 'x'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => util.styleText('red', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "text" argument must be of type string. Received type number (1)',
});

// System errors.
assert.strictEqual(util.getSystemErrorName(-2), 'ENOENT');
assert.strictEqual(util.getSystemErrorMessage(-2), 'no such file or directory');
assert.deepStrictEqual(util.getSystemErrorMap().get(-2), ['ENOENT', 'no such file or directory']);
assert.ok(util.getSystemErrorMap() instanceof Map);
assert.throws(() => util.getSystemErrorName(2), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "err" is out of range. It must be a negative integer. Received 2',
});
assert.throws(() => util.getSystemErrorName('x'), { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(util.toUSVString('a\ud800b'), 'a\ufffdb');
assert.strictEqual(util.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b]8;;http://x\u0007link\u001b]8;;\u0007'), 'red link');
assert.throws(() => util.stripVTControlCharacters(1), { code: 'ERR_INVALID_ARG_TYPE' });

// Without NODE_DEBUG naming the section, debuglog is silent.
const debug = util.debuglog('lode_test_section');
assert.strictEqual(debug.enabled, false);
debug('not printed');
assert.strictEqual(util.debug, util.debuglog);

assert.strictEqual(util.isArray([]), true);
assert.strictEqual(util.isArray({}), false);
assert.strictEqual(util.types, require('util/types'));
assert.deepStrictEqual(util.parseEnv('A=1\nexport B="x\\ny" # comment\n# skipped\nC=\'q\'\nD = spaced  \n'),
                       { A: '1', B: 'x\ny', C: 'q', D: 'spaced' });

// aborted() settles when the signal aborts.
const controller = new AbortController();
util.aborted(controller.signal, {}).then(() => { aborted = true; });
let aborted = false;
controller.abort();
setImmediate(() => assert.strictEqual(aborted, true));
