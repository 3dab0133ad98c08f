'use strict';
// util.styleText() checks that options is an object; util.aborted() is async, so bad
// arguments reject its promise instead of throwing.
const common = require('../common');
const assert = require('assert');
const util = require('util');

for (const options of ['y', null, 1, []]) {
  assert.throws(() => util.styleText('red', 'x', options), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: /^The "options" argument must be of type object\./,
  });
}
assert.strictEqual(util.styleText('red', 'x', { validateStream: false }), '\u001b[31mx\u001b[39m');

const bad = util.aborted(1, {});
assert(bad instanceof Promise);
assert.rejects(bad, { code: 'ERR_INVALID_ARG_TYPE' }).then(common.mustCall());
assert.rejects(util.aborted(new AbortController().signal, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
}).then(common.mustCall());
