'use strict';
// The globals Node defines beyond ECMAScript exist, and are enumerable exactly when
// Node's are: a for-in over globalThis sees only Node's fifteen. Everything else a
// runtime adds (classes, Buffer, process, console…) must stay out of for-in.
require('../common');
const assert = require('assert');

// Node 24's enumerable globals, in its order.
const enumerable = [
  'global', 'clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval',
  'setTimeout', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance', 'fetch',
  'crypto', 'navigator',
];
// Node 24's other globals beyond ECMAScript.
const nonEnumerable = [
  'console', 'process', 'Buffer', 'URL', 'URLSearchParams', 'DOMException', 'AbortController',
  'AbortSignal', 'Event', 'EventTarget', 'CustomEvent', 'TextEncoder', 'TextDecoder',
  'TransformStream', 'TransformStreamDefaultController', 'WritableStream',
  'WritableStreamDefaultController', 'WritableStreamDefaultWriter', 'ReadableStream',
  'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest',
  'ReadableByteStreamController', 'ReadableStreamDefaultController',
  'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream',
  'CompressionStream', 'DecompressionStream', 'BroadcastChannel', 'MessageChannel',
  'MessagePort', 'Blob', 'File', 'Performance', 'PerformanceEntry', 'PerformanceMark',
  'PerformanceMeasure', 'PerformanceObserver', 'PerformanceObserverEntryList',
  'PerformanceResourceTiming', 'URLPattern', 'FormData', 'Headers', 'Request', 'Response',
  'MessageEvent', 'CloseEvent', 'WebSocket', 'Crypto', 'CryptoKey', 'SubtleCrypto', 'Navigator',
];

const forIn = [];
for (const key in globalThis) forIn.push(key);
assert.deepStrictEqual(forIn.slice().sort(), enumerable.slice().sort());

for (const name of enumerable) {
  assert(Object.hasOwn(globalThis, name), `${name} is missing`);
  assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, name).enumerable, true, name);
}
for (const name of nonEnumerable) {
  assert(Object.hasOwn(globalThis, name), `${name} is missing`);
  assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, name).enumerable, false, name);
  // A class or the console/process object, readable without throwing.
  assert.notStrictEqual(globalThis[name], undefined, name);
}
// Reading them changes nothing.
assert.deepStrictEqual(Object.keys(globalThis).sort(), enumerable.slice().sort());

for (const name of ['structuredClone', 'atob', 'btoa', 'fetch', 'queueMicrotask']) {
  assert.strictEqual(typeof globalThis[name], 'function', name);
}
assert.strictEqual(globalThis.global, globalThis);
assert.strictEqual(typeof navigator.userAgent, 'string');
assert.strictEqual(typeof performance.now(), 'number');
