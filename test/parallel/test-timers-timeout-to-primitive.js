'use strict';
// Timeout[Symbol.toPrimitive]() returns the same number every time, so a Timeout can be used
// as a key after `${timeout}` or +timeout.
const common = require('../common');
const assert = require('assert');

const t1 = setTimeout(common.mustCall(), 1);
const t2 = setTimeout(common.mustCall(), 1);
assert.strictEqual(typeof t1[Symbol.toPrimitive], 'function');
const id = t1[Symbol.toPrimitive]();
assert.strictEqual(typeof id, 'number');
assert(Number.isInteger(id));
assert.strictEqual(+t1, id);
assert.strictEqual(`${t1}`, String(id));
assert.notStrictEqual(+t2, id);

const map = { [t1]: 'one' };
assert.strictEqual(map[+t1], 'one');
