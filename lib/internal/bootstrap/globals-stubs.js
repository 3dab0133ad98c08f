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

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const { stubClass, notImplemented } = require('internal/stub');

// How each global is defined.
const DATA = 'data';                    // writable, configurable, not enumerable
const DATA_ENUMERABLE = 'data-enum';    // writable, configurable, enumerable
const ACCESSOR = 'accessor';            // get/set, not enumerable (Buffer)
const ACCESSOR_ENUMERABLE = 'accessor-enum'; // get/set, enumerable (performance)
const GETTER_ENUMERABLE = 'getter-enum';     // get only, enumerable (crypto, navigator)

function from(id, key = undefined) {
  return () => (key === undefined ? require(id) : require(id)[key]);
}

// Stubs for the globals that have no module of their own, created on first use.
const ownStubs = new Map();
function ownStub(name, make) {
  return () => {
    if (!ownStubs.has(name)) ownStubs.set(name, make(name));
    return ownStubs.get(name);
  };
}

let navigatorInstance;
function getNavigator() {
  navigatorInstance ??= createNavigator();
  return navigatorInstance;
}

const kConstruct = Symbol('kConstruct');
class Navigator {
  #languages;
  #locks;

  constructor(key = undefined) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  // The number of CPUs the process may use, once node:os can tell; 1 until then.
  get hardwareConcurrency() {
    try {
      return require('os').availableParallelism();
    } catch {
      return 1;
    }
  }

  get locks() {
    this.#locks ??= createLockManager();
    return this.#locks;
  }

  get language() {
    try {
      return new Intl.Collator().resolvedOptions().locale || 'en-US';
    } catch {
      return 'en-US';
    }
  }

  get languages() {
    this.#languages ??= Object.freeze([this.language]);
    return this.#languages;
  }

  get userAgent() {
    const version = process.version ?? 'v24.0.0';
    return `Node.js/${version.slice(1, version.indexOf('.'))}`;
  }

  get platform() {
    switch (process.platform) {
      case 'darwin': return 'MacIntel';
      case 'win32': return 'Win32';
      case 'linux': return `Linux ${machine()}`;
      default: {
        const platform = `${process.platform}`;
        return `${platform[0].toUpperCase()}${platform.slice(1)} ${machine()}`;
      }
    }
  }
}
for (const key of ['hardwareConcurrency', 'locks', 'language', 'languages', 'userAgent',
  'platform']) {
  Object.defineProperty(Navigator.prototype, key, { enumerable: true });
}

// The machine name uname(2) reports, from node:os once real, else from process.arch.
function machine() {
  try {
    return require('os').machine();
  } catch {
    const byArch = {
      x64: 'x86_64', arm64: 'aarch64', ia32: 'i686', arm: 'armv7l', ppc64: 'ppc64le',
      s390x: 's390x', riscv64: 'riscv64', loong64: 'loongarch64', mips64el: 'mips64',
    };
    return byArch[process.arch] ?? `${process.arch}`;
  }
}

function createNavigator() {
  return new Navigator(kConstruct);
}

function createLockManager() {
  const LockManager = stubClass('LockManager');
  const locks = Object.create(LockManager.prototype);
  for (const method of ['request', 'query']) {
    Object.defineProperty(LockManager.prototype, method, {
      value: notImplemented(`navigator.locks.${method}`),
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  return locks;
}

// [name, load, kind], in Node's order.
const globals = [
  ['Buffer', from('buffer', 'Buffer'), ACCESSOR],
  ['URL', from('url', 'URL'), DATA],
  ['URLSearchParams', from('url', 'URLSearchParams'), DATA],
  ['DOMException', from('internal/dom_exception', 'DOMException'), DATA],
  ['AbortController', from('internal/abort_controller', 'AbortController'), DATA],
  ['AbortSignal', from('internal/abort_controller', 'AbortSignal'), DATA],
  ['Event', from('internal/event_target', 'Event'), DATA],
  ['EventTarget', from('internal/event_target', 'EventTarget'), DATA],
  ['CustomEvent', from('internal/event_target', 'CustomEvent'), DATA],
  // node:util exports these globals (util.TextEncoder === TextEncoder) once they exist.
  ['TextEncoder', ownStub('TextEncoder', stubClass), DATA],
  ['TextDecoder', ownStub('TextDecoder', stubClass), DATA],
  ...['TransformStream', 'TransformStreamDefaultController', 'WritableStream',
    'WritableStreamDefaultController', 'WritableStreamDefaultWriter', 'ReadableStream',
    'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest',
    'ReadableByteStreamController', 'ReadableStreamDefaultController',
    'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream',
    'TextDecoderStream', 'CompressionStream', 'DecompressionStream',
  ].map((name) => [name, from('stream/web', name), DATA]),
  ['structuredClone', from('internal/structured_clone', 'structuredClone'), DATA_ENUMERABLE],
  ['atob', from('buffer', 'atob'), DATA_ENUMERABLE],
  ['btoa', from('buffer', 'btoa'), DATA_ENUMERABLE],
  ['BroadcastChannel', from('worker_threads', 'BroadcastChannel'), DATA],
  ['MessageChannel', from('worker_threads', 'MessageChannel'), DATA],
  ['MessagePort', from('worker_threads', 'MessagePort'), DATA],
  ['Blob', from('buffer', 'Blob'), DATA],
  ['File', from('buffer', 'File'), DATA],
  ...['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
    'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming',
  ].map((name) => [name, from('perf_hooks', name), DATA]),
  ['performance', from('perf_hooks', 'performance'), ACCESSOR_ENUMERABLE],
  ['URLPattern', from('url', 'URLPattern'), DATA],
  ['fetch', ownStub('fetch', notImplemented), DATA_ENUMERABLE],
  ['FormData', ownStub('FormData', stubClass), DATA],
  ['Headers', ownStub('Headers', stubClass), DATA],
  ['Request', ownStub('Request', stubClass), DATA],
  ['Response', ownStub('Response', stubClass), DATA],
  ['MessageEvent', from('http', 'MessageEvent'), DATA],
  ['CloseEvent', from('http', 'CloseEvent'), DATA],
  ['WebSocket', from('http', 'WebSocket'), DATA],
  ['crypto', from('crypto', 'webcrypto'), GETTER_ENUMERABLE],
  ['Crypto', () => Object.getPrototypeOf(require('crypto').webcrypto).constructor, DATA],
  ['CryptoKey', ownStub('CryptoKey', stubClass), DATA],
  ['SubtleCrypto', () => Object.getPrototypeOf(require('crypto').subtle).constructor, DATA],
  ['Navigator', () => Navigator, DATA],
  ['navigator', getNavigator, GETTER_ENUMERABLE],
];

const globalNames = globals.map(([name]) => name);

// Defines `name` on `target` so that the first read (or write) installs the final data
// property; until then it is an accessor with the final enumerability.
function defineLazyData(target, name, load, enumerable) {
  const install = (value) => {
    Object.defineProperty(target, name, {
      value, writable: true, enumerable, configurable: true,
    });
    return value;
  };
  Object.defineProperty(target, name, {
    get() { return install(load()); },
    set(value) { install(value); },
    enumerable,
    configurable: true,
  });
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

// Installs every global in `globalNames` that `target` does not own yet. Returns the
// names installed.
function installGlobalStubs(target) {
  const installed = [];
  for (const [name, load, kind] of globals) {
    if (Object.hasOwn(target, name)) continue;
    switch (kind) {
      case DATA: defineLazyData(target, name, load, false); break;
      case DATA_ENUMERABLE: defineLazyData(target, name, load, true); break;
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
  globalNames,
};
