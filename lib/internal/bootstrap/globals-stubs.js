'use strict';
// installGlobalStubs(global) defines every global of Node 24 that JavaScriptCore lacks,
// except those the bootstrap itself sets up (process, global, console, the timer
// functions, queueMicrotask, require and the module wrapper's variables).
//
// Each global comes from the module Node takes it from (URL from node:url, Blob from
// node:buffer, ReadableStream from node:stream/web, performance from node:perf_hooks…),
// so `globalThis.URL === require('url').URL` holds as in Node and a global becomes real
// when its module does. Those with no module of their own (fetch, Headers,
// TextEncoder…) are stubs made here.
//
// Loading is lazy, to keep start-up to the bootstrap: a global is an accessor that loads
// its module on first use and then replaces itself with the data property Node has
// (same enumerability and writability). Globals that are accessors in Node (Buffer,
// performance, crypto, navigator) stay accessors. Enumerable, as in Node: structuredClone,
// atob, btoa, fetch, performance, crypto, navigator; every other one is not.
// A name the global object already owns is left alone, so a real implementation
// installed earlier wins.

// internal/stub is loaded when the first of these stubs is made.
function stubClass(name) {
  return require('internal/stub').stubClass(name);
}
function notImplemented(name) {
  return require('internal/stub').notImplemented(name);
}

// How each global is defined.
const DATA = 'data';                    // writable, configurable, not enumerable
const DATA_ENUMERABLE = 'data-enum';    // writable, configurable, enumerable
const ACCESSOR = 'accessor';            // get/set, not enumerable (Buffer)
const ACCESSOR_ENUMERABLE = 'accessor-enum'; // get/set, enumerable (performance)
const GETTER_ENUMERABLE = 'getter-enum';     // get only, enumerable (crypto, navigator)

// Stubs for the globals that have no module of their own, created on first use.
const ownStubs = new Map();
function ownStub(name, make) {
  return () => {
    if (!ownStubs.has(name)) ownStubs.set(name, make(name));
    return ownStubs.get(name);
  };
}

// [name, kind, source, key], in Node's order. The value is export `key` (by default `name`)
// of built-in module `source`, or what `source` returns when it is a function.
const globals = [
  ['Buffer', ACCESSOR, 'buffer'],
  ['URL', DATA, 'url'],
  ['URLSearchParams', DATA, 'url'],
  ['DOMException', DATA, 'internal/dom_exception'],
  ['AbortController', DATA, 'internal/abort_controller'],
  ['AbortSignal', DATA, 'internal/abort_controller'],
  ['Event', DATA, 'internal/event_target'],
  ['EventTarget', DATA, 'internal/event_target'],
  ['CustomEvent', DATA, 'internal/event_target'],
  // node:util exports these globals (util.TextEncoder === TextEncoder) once they exist.
  ['TextEncoder', DATA, ownStub('TextEncoder', stubClass)],
  ['TextDecoder', DATA, ownStub('TextDecoder', stubClass)],
  ['TransformStream', DATA, 'stream/web'],
  ['TransformStreamDefaultController', DATA, 'stream/web'],
  ['WritableStream', DATA, 'stream/web'],
  ['WritableStreamDefaultController', DATA, 'stream/web'],
  ['WritableStreamDefaultWriter', DATA, 'stream/web'],
  ['ReadableStream', DATA, 'stream/web'],
  ['ReadableStreamDefaultReader', DATA, 'stream/web'],
  ['ReadableStreamBYOBReader', DATA, 'stream/web'],
  ['ReadableStreamBYOBRequest', DATA, 'stream/web'],
  ['ReadableByteStreamController', DATA, 'stream/web'],
  ['ReadableStreamDefaultController', DATA, 'stream/web'],
  ['ByteLengthQueuingStrategy', DATA, 'stream/web'],
  ['CountQueuingStrategy', DATA, 'stream/web'],
  ['TextEncoderStream', DATA, 'stream/web'],
  ['TextDecoderStream', DATA, 'stream/web'],
  ['CompressionStream', DATA, 'stream/web'],
  ['DecompressionStream', DATA, 'stream/web'],
  ['structuredClone', DATA_ENUMERABLE, 'internal/structured_clone'],
  ['atob', DATA_ENUMERABLE, 'buffer'],
  ['btoa', DATA_ENUMERABLE, 'buffer'],
  ['BroadcastChannel', DATA, 'worker_threads'],
  ['MessageChannel', DATA, 'worker_threads'],
  ['MessagePort', DATA, 'worker_threads'],
  ['Blob', DATA, 'buffer'],
  ['File', DATA, 'buffer'],
  ['Performance', DATA, 'perf_hooks'],
  ['PerformanceEntry', DATA, 'perf_hooks'],
  ['PerformanceMark', DATA, 'perf_hooks'],
  ['PerformanceMeasure', DATA, 'perf_hooks'],
  ['PerformanceObserver', DATA, 'perf_hooks'],
  ['PerformanceObserverEntryList', DATA, 'perf_hooks'],
  ['PerformanceResourceTiming', DATA, 'perf_hooks'],
  ['performance', ACCESSOR_ENUMERABLE, 'perf_hooks'],
  ['URLPattern', DATA, 'url'],
  ['fetch', DATA_ENUMERABLE, ownStub('fetch', notImplemented)],
  ['FormData', DATA, ownStub('FormData', stubClass)],
  ['Headers', DATA, ownStub('Headers', stubClass)],
  ['Request', DATA, ownStub('Request', stubClass)],
  ['Response', DATA, ownStub('Response', stubClass)],
  ['MessageEvent', DATA, 'http'],
  ['CloseEvent', DATA, 'http'],
  ['WebSocket', DATA, 'http'],
  ['crypto', GETTER_ENUMERABLE, 'crypto', 'webcrypto'],
  ['Crypto', DATA, () => Object.getPrototypeOf(require('crypto').webcrypto).constructor],
  ['CryptoKey', DATA, ownStub('CryptoKey', stubClass)],
  ['SubtleCrypto', DATA, () => Object.getPrototypeOf(require('crypto').subtle).constructor],
  ['Navigator', DATA, 'internal/navigator'],
  ['navigator', GETTER_ENUMERABLE, 'internal/navigator'],
];

// Replaces a lazy global by its final data property.
function installData(target, name, value, enumerable) {
  Object.defineProperty(target, name, {
    value, writable: true, enumerable, configurable: true,
  });
  return value;
}

function defineLazyAccessor(target, name, load, enumerable, settable) {
  let loaded = false;
  let value;
  const descriptor = {
    // Named as Node names them: `get performance`.
    get: { [name]() {
      if (!loaded) {
        value = load();
        loaded = true;
      }
      return value;
    } }[name],
    enumerable,
    configurable: true,
  };
  Object.defineProperty(descriptor.get, 'name', { value: `get ${name}` });
  if (settable) {
    descriptor.set = { [name](newValue) {
      value = newValue;
      loaded = true;
    } }[name];
    Object.defineProperty(descriptor.set, 'name', { value: `set ${name}` });
  }
  Object.defineProperty(target, name, descriptor);
}

// Installs every global of the table that `target` does not own yet. Returns the names
// installed.
//
// The ~55 data globals are defined in the loop itself rather than by a helper: a function
// called that many times at start-up gets compiled by the engine's baseline JIT, which
// costs more (~0.5 ms of start-up) than the calls do. Until its first read (or write), such
// a global is an accessor with the final enumerability; then it becomes the data property.
function installGlobalStubs(target) {
  const installed = [];
  for (const [name, kind, source, key = name] of globals) {
    if (Object.hasOwn(target, name)) continue;
    const load = typeof source === 'function' ? source : () => require(source)[key];
    switch (kind) {
      case DATA:
      case DATA_ENUMERABLE: {
        const enumerable = kind === DATA_ENUMERABLE;
        Object.defineProperty(target, name, {
          get() { return installData(target, name, load(), enumerable); },
          set(value) { installData(target, name, value, enumerable); },
          enumerable,
          configurable: true,
        });
        break;
      }
      case ACCESSOR: defineLazyAccessor(target, name, load, false, true); break;
      case ACCESSOR_ENUMERABLE: defineLazyAccessor(target, name, load, true, true); break;
      case GETTER_ENUMERABLE: defineLazyAccessor(target, name, load, true, false); break;
    }
    installed.push(name);
  }
  return installed;
}

module.exports = {
  installGlobalStubs,
};
