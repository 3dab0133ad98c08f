'use strict';
// Each lazily installed global is the export of the module Node takes it from, whichever
// global is read first, and reading one does not change another's source.
require('../common');
const assert = require('assert');

const sources = {
  'url': ['URL', 'URLSearchParams'],
  'util': ['TextEncoder', 'TextDecoder'],
  'stream/web': [
    'TransformStream', 'TransformStreamDefaultController', 'WritableStream',
    'WritableStreamDefaultController', 'WritableStreamDefaultWriter', 'ReadableStream',
    'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest',
    'ReadableByteStreamController', 'ReadableStreamDefaultController',
    'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream',
    'TextDecoderStream', 'CompressionStream', 'DecompressionStream',
  ],
  'buffer': ['Blob', 'File', 'atob', 'btoa', 'Buffer'],
  'worker_threads': ['BroadcastChannel', 'MessageChannel', 'MessagePort'],
  'perf_hooks': [
    'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure', 'PerformanceObserver',
    'PerformanceObserverEntryList', 'PerformanceResourceTiming', 'performance',
  ],
};

// Read in reverse order first, so that the last source in the table is loaded first.
const names = Object.values(sources).flat().reverse();
for (const name of names) assert.notStrictEqual(globalThis[name], undefined, name);
for (const [id, list] of Object.entries(sources)) {
  const exports = require(id);
  for (const name of list) assert.strictEqual(globalThis[name], exports[name], name);
}
assert.strictEqual(globalThis.crypto, require('crypto').webcrypto);
assert.strictEqual(typeof fetch, 'function');
assert.strictEqual(typeof structuredClone, 'function');
assert.strictEqual(typeof navigator, 'object');
