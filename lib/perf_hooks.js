'use strict';
// node:perf_hooks — mostly not implemented yet (see internal/stub.js). Real:
// performance.now() and performance.timeOrigin (a monotonic clock whose origin is the
// start of the process), and perf_hooks.constants.

const { stubClass, stubMembers, recordStubs, kStubs } = require('internal/stub');

const hrNow = typeof process.hrtime === 'function' ?
  () => { const [s, ns] = process.hrtime(); return s * 1e3 + ns / 1e6; } :
  () => Date.now();
// The process started process.uptime() seconds ago; without it, time starts here.
const startHr = hrNow() - (typeof process.uptime === 'function' ? process.uptime() * 1e3 : 0);
const timeOrigin = Date.now() - (hrNow() - startHr);

// Milliseconds since the start of the process, with sub-millisecond precision.
function now() {
  return hrNow() - startHr;
}

const Performance = stubClass('perf_hooks.Performance');
Object.defineProperties(Performance.prototype, {
  now: { value: now, writable: true, enumerable: true, configurable: true },
  timeOrigin: {
    get() { return timeOrigin; },
    enumerable: true,
    configurable: true,
  },
  [Symbol.toStringTag]: { value: 'Performance', configurable: true },
});
stubMembers(Performance.prototype, 'perf_hooks.performance', {
  functions: ['clearMarks', 'clearMeasures', 'clearResourceTimings', 'eventLoopUtilization',
    'getEntries', 'getEntriesByName', 'getEntriesByType', 'mark', 'markResourceTiming',
    'measure', 'setResourceTimingBufferSize', 'timerify', 'toJSON'],
});
const performance = Object.create(Performance.prototype);

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_MINOR_MARK_SWEEP: 2, NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16, NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2, NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

const perfHooks = stubMembers({ constants, performance, Performance }, 'perf_hooks', {
  classes: ['PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
    'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming'],
  functions: ['createHistogram', 'eventLoopUtilization', 'monitorEventLoopDelay', 'timerify'],
});
recordStubs(perfHooks, Performance[kStubs]);
recordStubs(perfHooks, Performance.prototype[kStubs]);

module.exports = perfHooks;
