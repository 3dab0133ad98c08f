'use strict';
// util.inspect of a Timeout is shallow, as in Node: the list it is linked into shows as
// [TimersList] while armed, the callback as [Function], and _idleStart counts milliseconds
// since the loop started. Once cleared, _idlePrev/_idleNext are null and _destroyed is true.
require('../common');
const assert = require('assert');
const util = require('util');

const t = setTimeout(() => {}, 1000);
const text = util.inspect(t);
assert.match(text, /^Timeout \{\n/);
assert.match(text, /\n {2}_idleTimeout: 1000,\n/);
assert.match(text, /\n {2}_idlePrev: \[TimersList\],\n {2}_idleNext: \[TimersList\],\n/);
assert.match(text, /\n {2}_onTimeout: \[Function \(anonymous\)\],\n/);
assert.match(text, /\n {2}_repeat: null,\n {2}_destroyed: false,\n/);
assert.ok(t._idleStart >= 0 && t._idleStart < 60000, `_idleStart ${t._idleStart}`);
assert.ok(t._idlePrev);

clearTimeout(t);
assert.strictEqual(t._idlePrev, null);
assert.strictEqual(t._idleNext, null);
assert.strictEqual(t._destroyed, true);
assert.match(util.inspect(t), /_destroyed: true/);
