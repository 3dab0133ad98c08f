'use strict';
// performance.mark() and measure(): every argument form, the timeline, and bad input.
require('../common');
const assert = require('assert');
const { PerformanceEntry, PerformanceMark, PerformanceMeasure, performance } =
  require('perf_hooks');

const mark = performance.mark('a');
assert(mark instanceof PerformanceMark);
assert(mark instanceof PerformanceEntry);
assert.strictEqual(mark.name, 'a');
assert.strictEqual(mark.entryType, 'mark');
assert.strictEqual(mark.duration, 0);
assert.strictEqual(mark.detail, null);
assert(mark.startTime > 0 && mark.startTime <= performance.now());
assert.deepStrictEqual(Object.keys(mark), []);
assert.deepStrictEqual(mark.toJSON(), {
  name: 'a', entryType: 'mark', startTime: mark.startTime, duration: 0, detail: null,
});

// startTime and detail (cloned).
const detail = { x: [1, 2] };
const m2 = performance.mark('b', { startTime: 10, detail });
assert.strictEqual(m2.startTime, 10);
assert.deepStrictEqual(m2.detail, detail);
assert.notStrictEqual(m2.detail, detail);
assert.strictEqual(performance.mark(1).name, '1');
assert.strictEqual(performance.mark('c', null).name, 'c');

// A PerformanceMark made directly is not in the timeline but can be measured from.
const direct = new PerformanceMark('direct', { startTime: 5 });
assert.strictEqual(performance.getEntriesByName('direct').length, 0);
assert.strictEqual(performance.measure('from-direct', 'direct', 'b').duration, 5);

// measure(name): from 0 to now.
const all = performance.measure('all');
assert(all instanceof PerformanceMeasure);
assert.strictEqual(all.entryType, 'measure');
assert.strictEqual(all.startTime, 0);
assert(all.duration > 0);
assert.strictEqual(all.detail, null);

// measure(name, startMark, endMark) with names and milestones.
const m3 = performance.mark('d', { startTime: 30 });
assert.strictEqual(performance.measure('b-d', 'b', 'd').duration, 20);
assert.strictEqual(performance.measure('to-d', undefined, 'd').startTime, 0);
assert.strictEqual(performance.measure('to-d', undefined, 'd').duration, 30);
assert.strictEqual(performance.measure('boot', 'nodeStart', 'bootstrapComplete').duration,
                   performance.nodeTiming.bootstrapComplete - performance.nodeTiming.nodeStart);
assert(performance.measure('from-a', 'a').duration > 0);

// The latest mark of a name wins.
performance.mark('b', { startTime: 12 });
assert.strictEqual(performance.measure('b2-d', 'b', 'd').duration, 18);

// Options: start, end, duration, detail.
const opts = performance.measure('o1', { start: 'b', end: 'd', detail: { k: 1 } });
assert.strictEqual(opts.startTime, 12);
assert.strictEqual(opts.duration, 18);
assert.deepStrictEqual(opts.detail, { k: 1 });
assert.strictEqual(performance.measure('o2', { start: 5, duration: 10 }).duration, 10);
assert.strictEqual(performance.measure('o3', { end: 20, duration: 5 }).startTime, 15);
assert.strictEqual(performance.measure('o4', { start: 2, end: 'd' }).duration, 28);
assert.strictEqual(performance.measure('o5', {}).startTime, 0);
assert.strictEqual(m3.toJSON().startTime, 30);

// The timeline, by start time.
const entries = performance.getEntries();
for (let i = 1; i < entries.length; i++) {
  assert(entries[i - 1].startTime <= entries[i].startTime);
}
assert.deepStrictEqual(performance.getEntriesByType('mark').map((e) => e.name).sort(),
                       ['1', 'a', 'b', 'b', 'c', 'd']);
assert.strictEqual(performance.getEntriesByName('b').length, 2);
assert.strictEqual(performance.getEntriesByName('b', 'measure').length, 0);
assert.strictEqual(performance.getEntriesByName('b-d', 'measure').length, 1);
assert.deepStrictEqual(performance.getEntriesByType('nope'), []);
assert.deepStrictEqual(performance.getEntriesByType('function'), []);

performance.clearMarks('b');
assert.strictEqual(performance.getEntriesByName('b').length, 0);
assert.throws(() => performance.measure('x', 'b'), (err) => {
  assert.strictEqual(err.name, 'SyntaxError');
  assert.strictEqual(err.code, 12);
  assert(err instanceof DOMException);
  assert.strictEqual(err.message, 'The "b" performance mark has not been set');
  return true;
});
performance.clearMeasures('all');
assert.strictEqual(performance.getEntriesByName('all').length, 0);
performance.clearMarks();
assert.deepStrictEqual(performance.getEntriesByType('mark'), []);
performance.clearMeasures();
assert.deepStrictEqual(performance.getEntries(), []);

// Bad input.
const missing = (name) => ({
  name: 'TypeError', code: 'ERR_MISSING_ARGS', message: `The "${name}" argument must be specified`,
});
assert.throws(() => performance.mark(), missing('name'));
assert.throws(() => performance.measure(), missing('name'));
assert.throws(() => new PerformanceMark(), missing('name'));
assert.throws(() => performance.getEntriesByName(), missing('name'));
assert.throws(() => performance.getEntriesByType(), missing('type'));
assert.throws(() => performance.mark('x', 5), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => performance.mark('x', { startTime: 'a' }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "startTime" argument must be of type number. Received type string (\'a\')',
});
assert.throws(() => performance.mark('x', { startTime: -1 }), {
  name: 'TypeError', code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP',
  message: '-1 is not a valid timestamp',
});
assert.throws(() => performance.mark('x', { detail: () => {} }), { name: 'DataCloneError' });
assert.throws(() => performance.measure('x', { start: -1 }), {
  code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP',
});
assert.throws(() => performance.measure('x', { start: 1 }, 'a'), {
  name: 'TypeError', code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
  message: 'endMark must not be specified',
});
assert.throws(() => performance.measure('x', { start: 1, end: 2, duration: 3 }), {
  name: 'TypeError', code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
  message: 'Must not have options.start, options.end, and options.duration specified',
});
assert.throws(() => performance.measure('x', 'navigationStart'), { name: 'SyntaxError' });
assert.throws(() => performance.measure('x', { start: 1, detail: Symbol('s') }),
              { name: 'DataCloneError' });
for (const Ctor of [PerformanceEntry, PerformanceMeasure]) {
  assert.throws(() => new Ctor(), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR' });
}
