'use strict';
// process.hrtime() returns [seconds, nanoseconds]; hrtime(prev) the difference in the same
// form; hrtime.bigint() nanoseconds as a bigint. The clock is monotonic.
require('../common');
const assert = require('assert');

const t0 = process.hrtime();
assert(Array.isArray(t0));
assert.strictEqual(t0.length, 2);
for (const n of t0) assert(Number.isInteger(n) && n >= 0);
assert(t0[1] < 1e9);

const start = process.hrtime.bigint();
assert.strictEqual(typeof start, 'bigint');
while (process.hrtime.bigint() - start < 5_000_000n);
const diff = process.hrtime(t0);
assert.strictEqual(diff.length, 2);
assert(diff[1] >= 0 && diff[1] < 1e9);
const diffNs = diff[0] * 1e9 + diff[1];
assert(diffNs >= 5e6, `diff ${diffNs} ns`);
assert(diffNs < 5e9, `diff ${diffNs} ns`);

// hrtime() and hrtime.bigint() read the same clock.
const asArray = process.hrtime();
const asBigint = process.hrtime.bigint();
const arrayNs = BigInt(asArray[0]) * 1_000_000_000n + BigInt(asArray[1]);
assert(asBigint >= arrayNs && asBigint - arrayNs < 1_000_000_000n);

// A previous time that carries over nanoseconds.
const [s, ns] = process.hrtime();
const later = process.hrtime([s, ns + 1 < 1e9 ? ns + 1 : ns]);
assert(later[0] >= 0 && later[1] >= 0);

assert.throws(() => process.hrtime(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "time" argument must be an instance of Array. Received type number (1)',
});
for (const bad of [[1], [1, 2, 3]]) {
  assert.throws(() => process.hrtime(bad), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: `The value of "time" is out of range. It must be 2. Received ${bad.length}`,
  });
}
