'use strict';
// performance.markResourceTiming works detached from `performance` (undici's fetch
// keeps `const markResourceTiming = performance.markResourceTiming`); the entry lands
// in the global timeline. Other methods still check `this`.
require('../common');
const assert = require('assert');
const { performance, PerformanceResourceTiming } = require('perf_hooks');

const timingInfo = {
  startTime: 0, redirectStartTime: 0, redirectEndTime: 0, postRedirectStartTime: 0,
  finalServiceWorkerStartTime: 0, finalNetworkRequestStartTime: 0,
  finalNetworkResponseStartTime: 0, endTime: 0, encodedBodySize: 0, decodedBodySize: 0,
  finalConnectionTimingInfo: null,
};
const markResourceTiming = performance.markResourceTiming;
const entry = markResourceTiming(timingInfo, 'http://localhost/x', 'fetch', globalThis, '',
                                 {}, 200);
assert(entry instanceof PerformanceResourceTiming);
assert.strictEqual(entry.name, 'http://localhost/x');
assert.strictEqual(entry.entryType, 'resource');
assert.strictEqual(entry.initiatorType, 'fetch');
assert.strictEqual(entry.responseStatus, 200);
assert.deepStrictEqual(performance.getEntriesByType('resource'), [entry]);

const mark = performance.mark;
assert.throws(() => mark('x'), { code: 'ERR_INVALID_THIS' });
const getEntries = performance.getEntries;
assert.throws(() => getEntries(), { code: 'ERR_INVALID_THIS' });
