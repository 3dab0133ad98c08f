'use strict';
// PerformanceObserver: entryTypes and type forms, buffered, takeRecords, disconnect,
// delivery in a later setImmediate, PerformanceObserverEntryList, and bad input.
const common = require('../common');
const assert = require('assert');
const {
  PerformanceObserver,
  PerformanceObserverEntryList,
  performance,
} = require('perf_hooks');

assert.deepStrictEqual(PerformanceObserver.supportedEntryTypes,
                       ['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net',
                        'quic', 'resource']);
assert(Object.isFrozen(PerformanceObserver.supportedEntryTypes));
assert.strictEqual(globalThis.PerformanceObserver, PerformanceObserver);

// Marks made before observing reach a `buffered` single-type observer.
performance.mark('early');

const order = [];
const observer = new PerformanceObserver(common.mustCall(function(list, obs) {
  order.push('observer');
  assert.strictEqual(arguments.length, 2);
  assert.strictEqual(this, observer);
  assert.strictEqual(obs, observer);
  assert(list instanceof PerformanceObserverEntryList);
  const entries = list.getEntries();
  // Every mark and measure made in this turn, by start time (t1 and t2 start at 0).
  assert.deepStrictEqual(entries.map((e) => `${e.entryType}:${e.name}`),
                         ['measure:t1', 'measure:t2', 'mark:m1', 'measure:me1', 'mark:m2',
                          'mark:unseen', 'mark:also-unseen']);
  assert.deepStrictEqual(list.getEntriesByType('mark').map((e) => e.name),
                         ['m1', 'm2', 'unseen', 'also-unseen']);
  assert.deepStrictEqual(list.getEntriesByName('m2').map((e) => e.name), ['m2']);
  assert.deepStrictEqual(list.getEntriesByName('m2', 'measure'), []);
  assert.deepStrictEqual(list.getEntriesByType('function'), []);
  assert.notStrictEqual(list.getEntries(), list.getEntries());
  assert.throws(() => list.getEntriesByName(), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => list.getEntriesByType(), { code: 'ERR_MISSING_ARGS' });
  obs.disconnect();
}));
observer.observe({ entryTypes: ['mark', 'measure', 'unknown-type'] });
performance.mark('m1', { startTime: 1 });
performance.measure('me1', { start: 2, end: 3 });
performance.mark('m2', { startTime: 4 });

const buffered = new PerformanceObserver(common.mustCall((list, obs) => {
  assert.deepStrictEqual(list.getEntries().map((e) => e.name),
                         ['m1', 'm2', 'early', 'unseen', 'also-unseen']);
  obs.disconnect();
}));
buffered.observe({ type: 'mark', buffered: true });

// takeRecords empties the buffer: nothing is left for the callback to deliver except what
// comes after.
const taker = new PerformanceObserver(common.mustCall((list, obs) => {
  assert.deepStrictEqual(list.getEntries().map((e) => e.name), ['t2']);
  obs.disconnect();
}));
taker.observe({ type: 'measure' });
performance.measure('t1');
assert.deepStrictEqual(taker.takeRecords().map((e) => e.name), ['t1']);
assert.deepStrictEqual(taker.takeRecords(), []);
performance.measure('t2');

// A disconnected observer gets nothing.
const silent = new PerformanceObserver(common.mustNotCall());
silent.observe({ entryTypes: ['mark'] });
performance.mark('unseen');
silent.disconnect();
assert.deepStrictEqual(silent.takeRecords(), []);

// An unsupported single type is ignored.
const ignored = new PerformanceObserver(common.mustNotCall());
ignored.observe({ type: 'nope' });
performance.mark('also-unseen');

// Delivery comes from setImmediate: after microtasks and the same turn's timers.
Promise.resolve().then(() => order.push('microtask'));
setImmediate(common.mustCall(() => {
  order.push('immediate');
  assert.deepStrictEqual(order, ['microtask', 'observer', 'immediate']);
}));

// Bad input.
assert.throws(() => new PerformanceObserver(), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => new PerformanceObserverEntryList(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
const bad = new PerformanceObserver(() => {});
assert.throws(() => bad.observe(), {
  name: 'TypeError', code: 'ERR_MISSING_ARGS',
  message: 'The "options.entryTypes" and "options.type" arguments must be specified',
});
assert.throws(() => bad.observe(1), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)',
});
assert.throws(() => bad.observe({ type: 'mark', entryTypes: ['mark'] }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
});
assert.throws(() => bad.observe({ entryTypes: 'mark' }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.entryTypes" property must be string[]. Received type string (\'mark\')',
});
bad.observe({ entryTypes: ['mark'] });
assert.throws(() => bad.observe({ type: 'mark' }), {
  name: 'InvalidModificationError',
  message: 'PerformanceObserver can not change to single observation',
});
bad.disconnect();
const single = new PerformanceObserver(() => {});
single.observe({ type: 'function' });
assert.throws(() => single.observe({ entryTypes: ['mark'] }), {
  name: 'InvalidModificationError',
  message: 'PerformanceObserver can not change to multiple observations',
});
single.disconnect();
