'use strict';
// A Timeout converted to a primitive (+timeout) gives a number id that clearTimeout and
// clearInterval accept in place of the object.
const common = require('../common');
const assert = require('assert');

const timeout = setTimeout(common.mustNotCall(), 1);
const id = +timeout;
assert.strictEqual(typeof id, 'number');
clearTimeout(id);

const interval = setInterval(common.mustNotCall(), 1);
clearInterval(+interval);

// Ids are distinct, and clearing one id leaves the other timer alone.
const a = setTimeout(common.mustNotCall(), 1);
const b = setTimeout(common.mustCall(), 1);
assert.notStrictEqual(+a, +b);
clearTimeout(+a);
