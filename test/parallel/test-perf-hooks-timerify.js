'use strict';
// performance.timerify(): 'function' entries for observers, constructors, promises,
// histograms, and bad input.
const common = require('../common');
const assert = require('assert');
const { PerformanceObserver, createHistogram, performance, timerify } = require('perf_hooks');

function add(a, b) { return a + b; }
const histogram = createHistogram();
const timed = performance.timerify(add, { histogram });
assert.strictEqual(timed.name, 'timerified add');
assert.strictEqual(timed.length, 2);
assert.notStrictEqual(performance.timerify(add), timed);
assert.strictEqual(typeof timerify, 'function');

class Point { constructor(x) { this.x = x; } }
const TimedPoint = performance.timerify(Point);
async function later(v) { return v * 2; }
const timedLater = performance.timerify(later);

const observer = new PerformanceObserver(common.mustCall((list, obs) => {
  const entries = list.getEntries();
  assert.deepStrictEqual(entries.map((e) => e.name), ['add', 'Point', 'later']);
  for (const entry of entries) {
    assert.strictEqual(entry.entryType, 'function');
    assert(entry.duration >= 0);
    assert(entry.startTime > 0);
  }
  assert.deepStrictEqual(entries[0].detail, [1, 2]);
  assert.strictEqual(entries[0][0], 1);
  assert.strictEqual(entries[0][1], 2);
  assert.deepStrictEqual(entries[1].detail, [7]);
  assert.deepStrictEqual(entries[0].toJSON().detail, [1, 2]);
  assert.strictEqual(histogram.count, 1);
  assert(histogram.min >= 1);
  obs.disconnect();
}));
observer.observe({ entryTypes: ['function'] });

assert.strictEqual(timed(1, 2), 3);
const p = new TimedPoint(7);
assert(p instanceof Point);
assert.strictEqual(p.x, 7);
timedLater(4).then(common.mustCall((v) => assert.strictEqual(v, 8)));

// Timerified functions do not fill the timeline.
assert.deepStrictEqual(performance.getEntriesByType('function'), []);

assert.throws(() => performance.timerify(1), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function. Received type number (1)',
});
assert.throws(() => performance.timerify(add, 1), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)',
});
assert.throws(() => performance.timerify(add, { histogram: {} }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
});
