'use strict';
// Resource Timing: PerformanceResourceTiming entries made by performance.markResourceTiming()
// (the hook fetch implementations call), kept in a buffer of bounded size.

// internal/errors (with internal/stack, ~6M instructions) is loaded by the first error
// thrown.
const { codes } = require('internal/errors/lazy');
const { validateInteger } = require('internal/validators');
const {
  PerformanceEntry,
  buffers,
  enqueue,
  kSkipThrow,
} = require('internal/perf/observe');

let bufferSizeLimit = 250;
// Entries that arrive while the buffer is full wait here for a 'resourcetimingbufferfull'
// listener to make room.
let secondaryBuffer = [];
let dispatchingFull = false;

const kTimingNames = ['workerStart', 'redirectStart', 'redirectEnd', 'fetchStart',
  'domainLookupStart', 'domainLookupEnd', 'connectStart', 'connectEnd', 'secureConnectionStart',
  'requestStart', 'responseStart', 'responseEnd'];

class PerformanceResourceTiming extends PerformanceEntry {
  #timing;
  #initiatorType;
  #cacheMode;
  #bodyInfo;
  #responseStatus;
  #deliveryType;

  constructor(skipThrow = undefined, name = undefined, type = undefined, timingInfo = {},
              initiatorType = '', cacheMode = '', bodyInfo = {}, responseStatus = 0,
              deliveryType = '') {
    super(skipThrow, name, type, timingInfo.startTime,
          (timingInfo.endTime ?? timingInfo.startTime) - timingInfo.startTime);
    this.#timing = timingInfo;
    this.#initiatorType = initiatorType;
    this.#cacheMode = cacheMode;
    this.#bodyInfo = bodyInfo ?? {};
    this.#responseStatus = responseStatus;
    this.#deliveryType = deliveryType;
  }

  get initiatorType() { return this.#initiatorType; }
  get nextHopProtocol() { return this.#timing.finalConnectionTimingInfo?.ALPNNegotiatedProtocol ?? ''; }
  get workerStart() { return this.#timing.finalServiceWorkerStartTime ?? 0; }
  get redirectStart() { return this.#timing.redirectStartTime ?? 0; }
  get redirectEnd() { return this.#timing.redirectEndTime ?? 0; }
  get fetchStart() { return this.#timing.postRedirectStartTime ?? this.startTime; }
  get domainLookupStart() {
    return this.#timing.finalConnectionTimingInfo?.domainLookupStartTime ?? this.fetchStart;
  }
  get domainLookupEnd() {
    return this.#timing.finalConnectionTimingInfo?.domainLookupEndTime ?? this.fetchStart;
  }
  get connectStart() {
    return this.#timing.finalConnectionTimingInfo?.connectionStartTime ?? this.fetchStart;
  }
  get connectEnd() {
    return this.#timing.finalConnectionTimingInfo?.connectionEndTime ?? this.fetchStart;
  }
  get secureConnectionStart() {
    return this.#timing.finalConnectionTimingInfo?.secureConnectionStartTime ?? 0;
  }
  get requestStart() { return this.#timing.finalNetworkRequestStartTime ?? 0; }
  get responseStart() { return this.#timing.finalNetworkResponseStartTime ?? 0; }
  get responseEnd() { return this.#timing.endTime ?? 0; }
  get encodedBodySize() { return this.#bodyInfo.encodedBodySize ?? 0; }
  get decodedBodySize() { return this.#bodyInfo.decodedBodySize ?? 0; }
  get transferSize() {
    if (this.#cacheMode === 'local') return 0;
    if (this.#cacheMode === 'validated') return 300;
    return this.encodedBodySize + 300;
  }
  get deliveryType() { return this.#deliveryType; }
  get responseStatus() { return this.#responseStatus; }

  toJSON() {
    const json = {
      ...super.toJSON(),
      initiatorType: this.initiatorType,
      nextHopProtocol: this.nextHopProtocol,
    };
    for (const name of kTimingNames) json[name] = this[name];
    json.transferSize = this.transferSize;
    json.encodedBodySize = this.encodedBodySize;
    json.decodedBodySize = this.decodedBodySize;
    json.deliveryType = this.deliveryType;
    json.responseStatus = this.responseStatus;
    return json;
  }
}

function addToBuffer(entry, performance) {
  if (buffers.resource.length < bufferSizeLimit && secondaryBuffer.length === 0) {
    buffers.resource.push(entry);
    return;
  }
  secondaryBuffer.push(entry);
  if (dispatchingFull) return;
  dispatchingFull = true;
  process.nextTick(drainSecondaryBuffer, performance);
}

// Lets 'resourcetimingbufferfull' listeners make room, then moves in what fits; the rest
// is dropped.
function drainSecondaryBuffer(performance) {
  while (secondaryBuffer.length > 0) {
    if (buffers.resource.length >= bufferSizeLimit) {
      performance.dispatchEvent(new Event('resourcetimingbufferfull'));
      if (buffers.resource.length >= bufferSizeLimit) break;
    }
    while (secondaryBuffer.length > 0 && buffers.resource.length < bufferSizeLimit) {
      buffers.resource.push(secondaryBuffer.shift());
    }
  }
  secondaryBuffer = [];
  dispatchingFull = false;
}

/** Creates a resource entry for a fetch, buffers it, and hands it to observers. */
function markResourceTiming(performance, timingInfo, requestedUrl, initiatorType, global,
                            cacheMode, bodyInfo, responseStatus, deliveryType = '') {
  const entry = new PerformanceResourceTiming(kSkipThrow, requestedUrl, 'resource', timingInfo,
                                              initiatorType, cacheMode, bodyInfo,
                                              responseStatus, deliveryType);
  enqueue(entry);
  addToBuffer(entry, performance);
  return entry;
}

function setResourceTimingBufferSize(maxSize) {
  if (maxSize === undefined) throw new codes.ERR_MISSING_ARGS('maxSize');
  validateInteger(maxSize, 'maxSize', 0);
  bufferSizeLimit = maxSize;
}

function clearResourceTimings() {
  buffers.resource = [];
}

module.exports = {
  PerformanceResourceTiming,
  clearResourceTimings,
  markResourceTiming,
  setResourceTimingBufferSize,
};
