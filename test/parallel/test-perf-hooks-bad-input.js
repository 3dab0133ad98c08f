'use strict';
// Bad input for perf-hooks: wrong types, out-of-range and huge values, closed or
// unbound handles, missing files. Each case must fail with Node's error name, code and message.
require('../common');
const assert = require('assert');
const ph = require('perf_hooks');

const throwing = [
  ['ph mark bad opts', () => ph.performance.mark('a', 5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received type number (5)' }],
  ['ph mark bad startTime', () => ph.performance.mark('a', { startTime: -1 }), { name: 'TypeError', code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP', message: '-1 is not a valid timestamp' }],
  ['ph mark bad startTime type', () => ph.performance.mark('a', { startTime: 'x' }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "startTime" argument must be of type number. Received type string (\'x\')' }],
  ['ph measure missing mark', () => ph.performance.measure('m', 'nonexistent-mark'), { name: 'SyntaxError', code: 12, message: 'The "nonexistent-mark" performance mark has not been set' }],
  ['ph measure bad opts', () => ph.performance.measure('m', { start: 'nonexistent' }), { name: 'SyntaxError', code: 12, message: 'The "nonexistent" performance mark has not been set' }],
  ['ph measure bad opts both', () => ph.performance.measure('m', { start: 1 }, 'x'), { name: 'TypeError', code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', message: 'endMark must not be specified' }],
  ['ph monitorEventLoopDelay bad', () => ph.monitorEventLoopDelay({ resolution: 0 }), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'The value of "options.resolution" is out of range. It must be >= 1 && <= 9007199254740991. Received 0' }],
  ['ph monitorEventLoopDelay bad type', () => ph.monitorEventLoopDelay(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received type number (5)' }],
  ['ph PO bad cb', () => new ph.PerformanceObserver(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "callback" argument must be of type function. Received type number (5)' }],
  ['ph PO observe bad', () => new ph.PerformanceObserver(() => {}).observe(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received type number (5)' }],
  ['ph PO observe empty', () => new ph.PerformanceObserver(() => {}).observe({}), { name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The "options.entryTypes" and "options.type" arguments must be specified' }],
  ['ph PO observe both', () => new ph.PerformanceObserver(() => {}).observe({ type: 'mark', entryTypes: ['mark'] }), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The property \'options.entryTypes\' options.entryTypes can not set with options.type together. Received [ \'mark\' ]' }],
  ['ph PO entryTypes bad', () => new ph.PerformanceObserver(() => {}).observe({ entryTypes: 5 }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.entryTypes" property must be string[]. Received type number (5)' }],
  ['ph timerify bad', () => ph.performance.timerify(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "fn" argument must be of type function. Received type number (5)' }],
  ['ph createHistogram bad', () => ph.createHistogram({ lowest: 0 }), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'The value of "options.lowest" is out of range. It must be >= 1 && <= 9007199254740991. Received 0' }],
  ['ph createHistogram bad type', () => ph.createHistogram({ lowest: 'x' }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.lowest" property must be of type number. Received type string (\'x\')' }],
  ['ph histogram record bad', () => ph.createHistogram().record(0), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'The value of "val" is out of range. It must be >= 1 && <= 9007199254740991. Received 0' }],
  ['ph histogram record type', () => ph.createHistogram().record('x'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "val" argument must be of type number. Received type string (\'x\')' }],
  ['ph histogram percentile bad', () => ph.createHistogram().percentile(101), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'The value of "percentile" is out of range. It must be > 0 && <= 100. Received 101' }],
  ['ph getEntriesByName bad', () => ph.performance.getEntriesByName(), { name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified' }],
];
for (const [label, fn, expected] of throwing) {
  assert.throws(fn, expected, label);
}
