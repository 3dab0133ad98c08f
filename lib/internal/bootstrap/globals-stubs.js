'use strict';
// Loading this module defines every global of Node 24 that JavaScriptCore lacks,
// except those the bootstrap itself sets up (process, global, console, the timer
// functions, queueMicrotask, require and the module wrapper's variables).
//
// Each global comes from the module Node takes it from (URL from node:url, Blob from
// node:buffer, ReadableStream from node:stream/web, performance from node:perf_hooks...),
// so `globalThis.URL === require('url').URL` holds as in Node and a global becomes real
// when its module does. (`performance` comes from the part of perf_hooks it needs.) Those with
// no public module of their own come from an internal one (fetch and its classes from
// internal/fetch/*, TextEncoder from internal/encoding); any not implemented yet is a stub
// made here.
//
// Loading is lazy, to keep start-up to the bootstrap: a global is an accessor that loads
// its module on first use and then replaces itself with the data property Node has
// (same enumerability and writability). Globals that are accessors in Node (Buffer,
// performance, crypto, navigator) stay accessors. Enumerable, as in Node: structuredClone,
// atob, btoa, fetch, performance, crypto, navigator; every other one is not.
// A name the global object already owns is left alone, so a real implementation
// installed earlier wins.
//
// The table is one flat list of strings: as ~60 small arrays plus a closure each, the same
// table made this module a quarter slower to load and install, and as one string per source
// split when installing, ~0.1M instructions slower (String.prototype.split's first call
// compiles the engine's own JavaScript for it).

// The globals in Node's order, each line a source (a name starting with a lower-case letter)
// and the globals it provides (capitalized or prefixed names). A source is a built-in
// module, whose export of the same name is the value, or `stub-class` / `stub-function`: a
// placeholder made here (internal/stub) on first use. A name's prefix says how the global
// is defined:
//   (none)  data property: writable, configurable, not enumerable
//   +       data property, enumerable
//   ~       accessor with a setter, not enumerable (Buffer)
//   ~+      accessor with a setter, enumerable (performance)
//   ^+      accessor without a setter, enumerable (crypto, navigator)
const globals = [
  'buffer', '~Buffer',
  'url', 'URL', 'URLSearchParams',
  'internal/dom_exception', 'DOMException',
  'internal/abort_controller', 'AbortController', 'AbortSignal',
  'internal/event_target', 'Event', 'EventTarget', 'CustomEvent',
  // node:util exports these globals too (util.TextEncoder === TextEncoder).
  'internal/encoding', 'TextEncoder', 'TextDecoder',
  'stream/web', 'TransformStream', 'TransformStreamDefaultController', 'WritableStream',
    'WritableStreamDefaultController', 'WritableStreamDefaultWriter', 'ReadableStream',
    'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest',
    'ReadableByteStreamController', 'ReadableStreamDefaultController',
    'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream',
    'CompressionStream', 'DecompressionStream',
  'internal/structured_clone', '+structuredClone',
  'buffer', '+atob', '+btoa',
  'worker_threads', 'BroadcastChannel', 'MessageChannel', 'MessagePort',
  'buffer', 'Blob', 'File',
  'internal/perf/performance', 'Performance', '~+performance',
  'perf_hooks', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
    'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming',
  'url', 'URLPattern',
  'internal/fetch/fetch', '+fetch',
  'internal/fetch/formdata', 'FormData',
  'internal/fetch/headers', 'Headers',
  'internal/fetch/request', 'Request',
  'internal/fetch/response', 'Response',
  'http', 'MessageEvent', 'CloseEvent', 'WebSocket',
  'crypto', '^+crypto', 'Crypto',
  'internal/crypto/webcrypto_keys', 'CryptoKey',
  'crypto', 'SubtleCrypto',
  'internal/navigator', 'Navigator', '^+navigator',
];

// Values that are not the module's export of the same name.
const derivedValues = {
  __proto__: null,
  crypto: (crypto) => crypto.webcrypto,
  Crypto: (crypto) => Object.getPrototypeOf(crypto.webcrypto).constructor,
  SubtleCrypto: (crypto) => Object.getPrototypeOf(crypto.subtle).constructor,
};

// Stubs made so far, so that each global has one.
const stubs = new Map();

// The value of global `name` from `source`.
function loadGlobal(name, source) {
  if (source === 'stub-class' || source === 'stub-function') {
    let stub = stubs.get(name);
    if (stub === undefined) {
      const { stubClass, notImplemented } = require('internal/stub');
      stub = source === 'stub-class' ? stubClass(name) : notImplemented(name);
      stubs.set(name, stub);
    }
    return stub;
  }
  const exports = require(source);
  const derive = derivedValues[name];
  return derive === undefined ? exports[name] : derive(exports);
}

// Replaces a lazy global by its final data property.
function installData(target, name, value, enumerable) {
  Object.defineProperty(target, name, {
    value, writable: true, enumerable, configurable: true,
  });
  return value;
}

// Defines global `name` as an accessor that stays one (`~` and `^` in the table). Its get
// and set functions are named as Node names them: `get performance`.
function defineAccessor(target, name, source, enumerable, settable) {
  let loaded = false;
  let value;
  const descriptor = {
    get: { [name]() {
      if (!loaded) {
        value = loadGlobal(name, source);
        loaded = true;
      }
      return value;
    } }[name],
    enumerable,
    configurable: true,
  };
  // Node names them `get performance`, `set performance`..., but Buffer's plain `get`, `set`.
  const suffix = name === 'Buffer' ? '' : ` ${name}`;
  Object.defineProperty(descriptor.get, 'name', { value: `get${suffix}` });
  if (settable) {
    descriptor.set = { [name](newValue) {
      value = newValue;
      loaded = true;
    } }[name];
    Object.defineProperty(descriptor.set, 'name', { value: `set${suffix}` });
  }
  Object.defineProperty(target, name, descriptor);
}

// Installs every global of the table that the global object does not own yet, when this
// module loads (internal/bootstrap/node requires it once). Top-level code is parsed once,
// where the body of a function called once is parsed twice.
//
// The ~55 data globals are defined in the loop itself rather than by a helper: a function
// called that many times at start-up gets compiled by the engine's baseline JIT, which
// costs more (~0.5 ms of start-up) than the calls do.
{
  const target = globalThis;
  let source;
  for (let i = 0; i < globals.length; i++) {
    let name = globals[i];
    const first = name.charCodeAt(0);
    if (first >= 97 /* a */ && first <= 122 /* z */) {
      source = name;
    } else {
      // (The accessors below close over this, not over `source`, which moves on.)
      const from = source;
      const accessor = name[0] === '~' || name[0] === '^';
      const settable = name[0] === '~';
      if (accessor) name = name.slice(1);
      const enumerable = name[0] === '+';
      if (enumerable) name = name.slice(1);
      if (Object.hasOwn(target, name)) continue;
      if (accessor) {
        defineAccessor(target, name, from, enumerable, settable);
      } else {
        Object.defineProperty(target, name, {
          get() { return installData(target, name, loadGlobal(name, from), enumerable); },
          set(value) { installData(target, name, value, enumerable); },
          enumerable,
          configurable: true,
        });
      }
    }
  }
}

// WebAssembly, the engine's own, gets its promise functions wrapped on first use so that a
// pending compilation keeps the process alive (internal/wasm).
{
  const wasm = globalThis.WebAssembly;
  if (wasm !== undefined) {
    Object.defineProperty(globalThis, 'WebAssembly', {
      get() {
        return installData(globalThis, 'WebAssembly',
                           require('internal/wasm').holdLoopWhilePending(wasm), false);
      },
      set(value) { installData(globalThis, 'WebAssembly', value, false); },
      enumerable: false,
      configurable: true,
    });
  }
}
