'use strict';
// An Immediate that ran or was cleared has no ref (hasRef() false; ref() does not bring it
// back), and its callback runs with the Immediate as `this`. A cleared Timeout reads
// _idleTimeout -1 and refresh() leaves it cleared.
const common = require('../common');
const assert = require('assert');

const cleared = setImmediate(common.mustNotCall());
clearImmediate(cleared);
assert.strictEqual(cleared.hasRef(), false);
assert.strictEqual(cleared.ref(), cleared);
assert.strictEqual(cleared.hasRef(), false);

const ran = setImmediate(common.mustCall(function() {
  assert.strictEqual(this, ran);
  setImmediate(common.mustCall(() => {
    assert.strictEqual(ran.hasRef(), false);
    ran.ref();
    assert.strictEqual(ran.hasRef(), false);
  }));
}));
assert.strictEqual(ran.unref().hasRef(), false);
assert.strictEqual(ran.ref().hasRef(), true);

const timeout = setTimeout(common.mustNotCall(), 1);
clearTimeout(timeout);
assert.strictEqual(timeout._idleTimeout, -1);
assert.strictEqual(timeout.refresh(), timeout);
assert.strictEqual(timeout._destroyed, true);
