'use strict';
// createHistogram(): record, recordDelta, add, reset, the statistics (number and bigint
// forms), percentiles, and bad input.
const common = require('../common');
const assert = require('assert');
const { createHistogram } = require('perf_hooks');

const empty = createHistogram();
assert.strictEqual(empty.count, 0);
assert.strictEqual(empty.countBigInt, 0n);
assert.strictEqual(empty.min, 9223372036854776000);
assert.strictEqual(empty.minBigInt, 9223372036854775807n);
assert.strictEqual(empty.max, 0);
assert.strictEqual(empty.maxBigInt, 0n);
assert(Number.isNaN(empty.mean));
assert(Number.isNaN(empty.stddev));
assert.strictEqual(empty.exceeds, 0);
assert.strictEqual(empty.exceedsBigInt, 0n);
assert.strictEqual(empty.percentile(50), 0);
assert.strictEqual(empty.percentileBigInt(50), 0n);
assert.deepStrictEqual(empty.percentiles, new Map([[100, 0]]));
assert.deepStrictEqual(empty.percentilesBigInt, new Map([[100, 0n]]));

const h = createHistogram();
h.record(1);
h.record(5);
assert.strictEqual(h.count, 2);
assert.strictEqual(h.min, 1);
assert.strictEqual(h.max, 5);
assert.strictEqual(h.mean, 3);
assert.strictEqual(h.stddev, 2);
assert.strictEqual(h.percentile(50), 1);
assert.strictEqual(h.percentile(100), 5);
assert.deepStrictEqual(h.percentiles, new Map([[0, 1], [50, 1], [75, 5], [100, 5]]));
h.record(5n);
assert.strictEqual(h.count, 3);
assert.strictEqual(h.minBigInt, 1n);
assert.strictEqual(h.maxBigInt, 5n);
assert.strictEqual(h.percentileBigInt(100), 5n);

const json = h.toJSON();
assert.strictEqual(json.count, 3);
assert.strictEqual(json.min, 1);
assert.strictEqual(json.max, 5);
assert.deepStrictEqual(json.percentiles, Object.fromEntries(h.percentiles));

// Exact below 2048 with three significant figures.
const many = createHistogram();
for (let i = 1; i <= 1000; i++) many.record(i);
assert.strictEqual(many.count, 1000);
assert.strictEqual(many.mean, 500.5);
assert.strictEqual(many.percentile(50), 500);
assert.strictEqual(many.percentile(99), 990);
assert.strictEqual(many.percentile(99.9), 999);
const percentiles = many.percentiles;
assert.strictEqual(percentiles.get(0), 1);
assert.strictEqual(percentiles.get(50), 500);
assert.strictEqual(percentiles.get(75), 750);
assert.strictEqual(percentiles.get(100), 1000);

// Large values keep ~3 significant figures.
const large = createHistogram();
large.record(123456789);
assert(Math.abs(large.max - 123456789) / 123456789 < 1e-3);
assert(Math.abs(large.min - 123456789) / 123456789 < 1e-3);

// Values above `highest` are counted as exceeds, not recorded.
const bounded = createHistogram({ lowest: 1, highest: 1000, figures: 2 });
bounded.record(2000);
bounded.record(10);
assert.strictEqual(bounded.count, 1);
assert.strictEqual(bounded.exceeds, 1);

// add() merges another recordable histogram; reset() empties.
const sum = createHistogram();
sum.add(h);
sum.add(many);
assert.strictEqual(sum.count, 1003);
assert.strictEqual(sum.max, 1000);
sum.reset();
assert.strictEqual(sum.count, 0);
assert.strictEqual(sum.max, 0);

// recordDelta(): the time since the previous call, in ns.
const delta = createHistogram();
delta.recordDelta();
assert.strictEqual(delta.count, 0);
setTimeout(common.mustCall(() => {
  delta.recordDelta();
  assert.strictEqual(delta.count, 1);
  assert(delta.min >= 9e6, `${delta.min}`);
}), 10);

// Bad input.
for (const value of [0, -1]) {
  assert.throws(() => h.record(value), {
    name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "val" is out of range. It must be >= 1 && <= 9007199254740991. ' +
      `Received ${value}`,
  });
}
assert.throws(() => h.record(1.5), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "val" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => h.record('1'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => h.record(0n), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => h.record(2n ** 64n), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
for (const p of [0, -1, 101, NaN]) {
  assert.throws(() => h.percentile(p), {
    name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
    message: `The value of "percentile" is out of range. It must be > 0 && <= 100. Received ${p}`,
  });
}
assert.throws(() => h.percentile('50'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => h.add({}), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "other" argument must be an instance of RecordableHistogram. ' +
    'Received an instance of Object',
});
assert.throws(() => createHistogram('x'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => createHistogram({ lowest: 0 }), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.lowest" is out of range. It must be >= 1 && <= ' +
    '9007199254740991. Received 0',
});
assert.throws(() => createHistogram({ lowest: 10, highest: 15 }), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.highest" is out of range. It must be >= 20 && <= ' +
    '9007199254740991. Received 15',
});
for (const figures of [0, 6]) {
  assert.throws(() => createHistogram({ figures }), {
    name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.figures" is out of range. It must be >= 1 && <= 5. ' +
      `Received ${figures}`,
  });
}
assert.throws(() => createHistogram({ lowest: 'a' }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.lowest" property must be of type number. Received type string (\'a\')',
});
