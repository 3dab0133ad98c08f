'use strict';
// process.uptime() is the number of seconds (with a fraction) since the process started,
// and grows.
require('../common');
const assert = require('assert');

const a = process.uptime();
assert.strictEqual(typeof a, 'number');
assert(a >= 0 && a < 60, `uptime ${a}`);
const start = process.hrtime.bigint();
while (process.hrtime.bigint() - start < 10_000_000n);
const b = process.uptime();
assert(b - a >= 0.009, `uptime grew by ${b - a}`);
