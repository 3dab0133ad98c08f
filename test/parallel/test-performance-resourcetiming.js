'use strict';
// performance.markResourceTiming(): PerformanceResourceTiming entries in a bounded buffer,
// 'resourcetimingbufferfull', clearResourceTimings().
require('../common');
const assert = require('assert');
const { PerformanceResourceTiming, PerformanceEntry, performance } = require('perf_hooks');

function timingInfo(start) {
  return {
    startTime: start,
    endTime: start + 10,
    finalServiceWorkerStartTime: 0,
    redirectStartTime: 0,
    redirectEndTime: 0,
    postRedirectStartTime: start,
    finalConnectionTimingInfo: {
      domainLookupStartTime: start + 1,
      domainLookupEndTime: start + 2,
      connectionStartTime: start + 3,
      connectionEndTime: start + 4,
      secureConnectionStartTime: 0,
      ALPNNegotiatedProtocol: 'http/1.1',
    },
    finalNetworkRequestStartTime: start + 5,
    finalNetworkResponseStartTime: start + 6,
    encodedBodySize: 100,
    decodedBodySize: 200,
  };
}

const entry = performance.markResourceTiming(timingInfo(1), 'http://example.com/a', 'fetch',
                                             globalThis, '', {}, 200, '');
assert(entry instanceof PerformanceResourceTiming);
assert(entry instanceof PerformanceEntry);
assert.strictEqual(entry.name, 'http://example.com/a');
assert.strictEqual(entry.entryType, 'resource');
assert.strictEqual(entry.startTime, 1);
assert.strictEqual(entry.duration, 10);
assert.strictEqual(entry.initiatorType, 'fetch');
assert.strictEqual(entry.nextHopProtocol, 'http/1.1');
assert.strictEqual(entry.domainLookupStart, 2);
assert.strictEqual(entry.connectEnd, 5);
assert.strictEqual(entry.requestStart, 6);
assert.strictEqual(entry.responseEnd, 11);
assert.strictEqual(entry.responseStatus, 200);
assert.strictEqual(entry.toJSON().name, 'http://example.com/a');
assert.deepStrictEqual(performance.getEntriesByType('resource'), [entry]);
assert.throws(() => new PerformanceResourceTiming(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });

performance.clearResourceTimings();
assert.deepStrictEqual(performance.getEntriesByType('resource'), []);

performance.setResourceTimingBufferSize(10);
assert.throws(() => performance.setResourceTimingBufferSize(), { code: 'ERR_MISSING_ARGS' });
