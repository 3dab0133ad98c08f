'use strict';
// monitorEventLoopDelay(): an interval histogram of the loop's delay in ns, sampled by an
// unref'd timer while enabled.
const common = require('../common');
const assert = require('assert');
const { monitorEventLoopDelay, createHistogram } = require('perf_hooks');

const histogram = monitorEventLoopDelay({ resolution: 5 });
assert.strictEqual(typeof histogram.record, 'undefined');
assert.strictEqual(typeof histogram.recordDelta, 'undefined');
assert.strictEqual(histogram.count, 0);
assert.strictEqual(histogram.enable(), true);
assert.strictEqual(histogram.enable(), false);

setTimeout(common.mustCall(() => {
  // Block the loop for 60 ms from here (a loaded machine may run this callback late, so the
  // block is timed from its start): one sample sees the whole delay.
  const start = Date.now();
  while (Date.now() - start < 60);
  setTimeout(common.mustCall(() => {
    assert.strictEqual(histogram.disable(), true);
    assert.strictEqual(histogram.disable(), false);
    // A loaded machine may take only the one sample that saw the block.
    assert(histogram.count >= 1, `count ${histogram.count}`);
    assert(histogram.min >= 4e6, `min ${histogram.min}`);
    assert(histogram.max >= 40e6, `max ${histogram.max}`);
    assert(histogram.mean >= histogram.min && histogram.mean <= histogram.max);
    assert(histogram.stddev >= 0);
    assert(histogram.percentile(50) >= histogram.min);
    assert.strictEqual(histogram.percentile(100), histogram.max);
    assert.strictEqual(histogram.exceeds, 0);
    const count = histogram.count;
    // Disabled: no more samples.
    setTimeout(common.mustCall(() => {
      assert.strictEqual(histogram.count, count);
      histogram.reset();
      assert.strictEqual(histogram.count, 0);
    }), 20);
  }), 30);
}), 10);

// An enabled histogram does not keep the process alive, and disposing disables it.
const idle = monitorEventLoopDelay();
idle.enable();
idle[Symbol.dispose]();
assert.strictEqual(idle.enable(), true);

assert.throws(() => createHistogram().add(histogram), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => monitorEventLoopDelay('a'), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type string (\'a\')',
});
assert.throws(() => monitorEventLoopDelay({ resolution: 0 }), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.resolution" is out of range. It must be >= 1 && <= ' +
    '9007199254740991. Received 0',
});
assert.throws(() => monitorEventLoopDelay({ resolution: 'a' }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.resolution" property must be of type number. Received type string (\'a\')',
});
