'use strict';
// structuredClone(value, { transfer }): the HTML structured clone algorithm in plain
// JavaScript, matching what V8's serializer gives Node for the types it knows:
// primitives (not symbols), wrapper objects of primitives, Date, RegExp (lastIndex is
// not kept), ArrayBuffer (resizable ones stay resizable), SharedArrayBuffer (shared,
// not copied), typed arrays and DataView (with their offset into a cloned buffer),
// Map, Set, Array (holes and extra properties kept), Error objects (name, message,
// stack, cause), DOMException, and every other object as a plain object of its own
// enumerable string-keyed properties, read through getters. Functions, symbols,
// promises, weak collections, proxies, iterators, generators, Intl objects, arguments
// objects and the global object throw a DataCloneError DOMException whose message names
// the value as V8 does. Identity and cycles are preserved.
//
// Transferring an ArrayBuffer detaches the original (ArrayBuffer#transfer); the clone
// receives a copy of its bytes rather than the very same memory, which no script can
// observe. Known difference: a SharedArrayBuffer comes back as the same object (V8
// makes a new one over the same memory, which JavaScript cannot do).

// internal/errors (with internal/stack, ~6M instructions) is loaded by the first error
// thrown.
const { codes } = require('internal/errors/lazy');
const {
  isArgumentsObject,
  isModuleNamespaceObject,
} = require('internal/util/types');
const { DOMException, isDOMException } = require('internal/dom_exception');

let utilBinding;
function nativeUtil() {
  if (utilBinding === undefined) {
    try {
      utilBinding = internalBinding('util');
    } catch {
      utilBinding = null;
    }
  }
  return utilBinding;
}

const TypedArray = Object.getPrototypeOf(Uint8Array);
const typedArrayKind = Object.getOwnPropertyDescriptor(TypedArray.prototype,
  Symbol.toStringTag).get;
const arrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype,
  'byteLength').get;
const sharedByteLength = typeof SharedArrayBuffer === 'function' ?
  Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get :
  null;
const dataViewBuffer = Object.getOwnPropertyDescriptor(DataView.prototype, 'buffer').get;
const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
const regExpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
const regExpFlags = Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get;
const typedArrays = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};
if (typeof Float16Array === 'function') typedArrays.Float16Array = Float16Array;
const errorConstructors = {
  Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};

// Returns true when `check` runs on `value` without throwing: the brand checks below
// use built-in getters and methods, which throw on objects of any other kind.
function hasBrand(check, value) {
  try {
    check.call(value);
    return true;
  } catch {
    return false;
  }
}

function isError(value) {
  if (typeof Error.isError === 'function') return Error.isError(value);
  return Object.prototype.toString.call(value) === '[object Error]';
}

// Prototypes of the built-in objects with internal state that V8 refuses to clone and
// that have no side-effect-free brand check (calling `next` would advance them).
const iteratorPrototypes = (() => {
  const protoOf = Object.getPrototypeOf;
  const list = [
    protoOf(function* generator() {}).prototype,
    protoOf(async function* asyncGenerator() {}).prototype,
    protoOf([].values()),
    protoOf(new Map().keys()),
    protoOf(new Set().values()),
    protoOf(''[Symbol.iterator]()),
    protoOf(''.matchAll(/(?:)/g)),
  ];
  if (typeof Iterator === 'function' && typeof Iterator.prototype.map === 'function') {
    list.push(protoOf([].values().map((x) => x)));
  }
  return list;
})();

// Side-effect-free brand checks of the Intl objects.
const intlBrands = [];
for (const name of ['Collator', 'DateTimeFormat', 'DisplayNames', 'DurationFormat',
  'ListFormat', 'NumberFormat', 'PluralRules', 'RelativeTimeFormat', 'Segmenter']) {
  const resolvedOptions = globalThis.Intl?.[name]?.prototype.resolvedOptions;
  if (typeof resolvedOptions === 'function') intlBrands.push(resolvedOptions);
}
if (typeof globalThis.Intl?.Locale === 'function') {
  intlBrands.push(Object.getOwnPropertyDescriptor(Intl.Locale.prototype, 'baseName').get);
}

const emptyKey = {};
const weakBrands = [
  function isWeakMap() { return WeakMap.prototype.has.call(this, emptyKey); },
  function isWeakSet() { return WeakSet.prototype.has.call(this, emptyKey); },
  function isWeakRef() { return WeakRef.prototype.deref.call(this); },
  function isRegistry() { return FinalizationRegistry.prototype.unregister.call(this, emptyKey); },
];

// Platform objects Node marks as neither cloneable nor transferable: V8 then asks Node,
// which refuses with "Cannot clone object of unsupported type.". Looked up by their
// constructor's name first so that cloning never loads node:url.
const platformObjectSources = { __proto__: null, URL: 'internal/url', URLSearchParams: 'internal/url' };

function isUnsupportedPlatformObject(value) {
  const name = dataProperty(value, 'constructor')?.name;
  if (typeof name !== 'string' || !(name in platformObjectSources)) return false;
  const Class = require(platformObjectSources[name])[name];
  return typeof Class === 'function' && value instanceof Class;
}

// Returns true for an object V8's serializer has no case for (one with internal state
// that is none of the cloneable kinds).
function isUncloneableObject(value) {
  if (value === globalThis || isArgumentsObject(value) || isModuleNamespaceObject(value)) {
    return true;
  }
  if (value instanceof Promise || nativeUtil()?.isPromise?.(value)) return true;
  for (const check of weakBrands) if (hasBrand(check, value)) return true;
  for (const check of intlBrands) if (hasBrand(check, value)) return true;
  for (const proto of iteratorPrototypes) {
    if (Object.prototype.isPrototypeOf.call(proto, value)) return true;
  }
  return false;
}

// The value of `key` as V8's side-effect-free lookups see it: the first own property
// on the prototype chain, when it is a data property (an accessor gives undefined).
function dataProperty(object, key) {
  for (let o = object; o !== null; o = Object.getPrototypeOf(o)) {
    const descriptor = Object.getOwnPropertyDescriptor(o, key);
    if (descriptor !== undefined) return descriptor.value;
  }
  return undefined;
}

// Function source as V8 prints it: native and bound functions on one line.
function functionText(fn) {
  const text = Function.prototype.toString.call(fn);
  if (!/^function [^(]*\(\) \{\s*\[native code\]\s*\}$/.test(text)) return text;
  const name = typeof fn.name === 'string' ? fn.name : '';
  return name.startsWith('bound ') ? 'function () { [native code] }' :
    `function ${name}() { [native code] }`;
}

// How V8 names a value in "X could not be cloned.": `#<Constructor>` for objects with
// the default toString and a named constructor, else `[object Tag]`.
function describe(value) {
  if (typeof value === 'function') return functionText(value);
  if (typeof value === 'symbol') return value.toString();
  const util = nativeUtil();
  if (util?.isProxy?.(value)) return Array.isArray(value) ? '[object Array]' : '#<Object>';
  if (dataProperty(value, 'toString') === Object.prototype.toString) {
    const ctor = dataProperty(value, 'constructor');
    if (typeof ctor === 'function') {
      const name = Object.getOwnPropertyDescriptor(ctor, 'name')?.value;
      if (typeof name === 'string' && name !== '') return `#<${name}>`;
    }
  }
  const tag = dataProperty(value, Symbol.toStringTag);
  if (typeof tag === 'string') return `[object ${tag}]`;
  return Object.prototype.toString.call(value);
}

function dataCloneError(value, text = `${describe(value)} could not be cloned.`) {
  return new DOMException(text, 'DataCloneError');
}

function detachedError() {
  return dataCloneError(undefined, 'An ArrayBuffer is detached and could not be cloned.');
}

function cloneArrayBuffer(buffer) {
  if (buffer.detached) throw detachedError();
  const length = arrayBufferByteLength.call(buffer);
  const copy = buffer.resizable ?
    new ArrayBuffer(length, { maxByteLength: buffer.maxByteLength }) :
    new ArrayBuffer(length);
  new Uint8Array(copy).set(new Uint8Array(buffer));
  return copy;
}

// The cloneable kinds with internal state, each with a brand check (a built-in method or
// getter that throws on other objects) and its cloning.
const objectToString = Function.prototype.call.bind(Object.prototype.toString);
const kinds = [
  {
    tag: '[object ArrayBuffer]', proto: ArrayBuffer.prototype, brand: arrayBufferByteLength,
    clone: (cloner, value) => cloner.remember(value, cloneArrayBuffer(value)),
  },
  {
    tag: '[object DataView]', proto: DataView.prototype, brand: dataViewBuffer,
    clone(cloner, value) {
      const source = dataViewBuffer.call(value);
      if (source.detached) throw detachedError();
      const tracking = isLengthTracking(value, source, value.byteOffset, value.byteLength);
      const buffer = cloner.clone(source);
      return cloner.remember(value, tracking ?
        new DataView(buffer, value.byteOffset) :
        new DataView(buffer, value.byteOffset, value.byteLength));
    },
  },
  {
    tag: '[object Date]', proto: Date.prototype, brand: Date.prototype.getTime,
    clone: (cloner, value) =>
      cloner.remember(value, new Date(Date.prototype.getTime.call(value))),
  },
  {
    tag: '[object RegExp]', proto: RegExp.prototype, brand: regExpSource,
    clone: (cloner, value) => cloner.remember(value,
      new RegExp(regExpSource.call(value), regExpFlags.call(value))),
  },
  {
    tag: '[object Map]', proto: Map.prototype, brand: mapSize,
    clone(cloner, value) {
      const copy = cloner.remember(value, new Map());
      // Entries are read first, as V8 does, so that the walk sees one consistent list.
      for (const [key, entry] of [...Map.prototype.entries.call(value)]) {
        copy.set(cloner.clone(key), cloner.clone(entry));
      }
      return copy;
    },
  },
  {
    tag: '[object Set]', proto: Set.prototype, brand: setSize,
    clone(cloner, value) {
      const copy = cloner.remember(value, new Set());
      for (const entry of [...Set.prototype.values.call(value)]) copy.add(cloner.clone(entry));
      return copy;
    },
  },
  {
    tag: '[object Symbol]', proto: Symbol.prototype, brand: Symbol.prototype.valueOf,
    clone(cloner, value) {
      throw dataCloneError(value, '[object Symbol] could not be cloned.');
    },
  },
];
if (sharedByteLength !== null) {
  kinds.push({
    tag: '[object SharedArrayBuffer]', proto: SharedArrayBuffer.prototype,
    brand: sharedByteLength,
    // Shared, not copied (see the top of the file).
    clone: (cloner, value) => cloner.remember(value, value),
  });
}
for (const Wrapper of [Boolean, Number, String, BigInt]) {
  const valueOf = Wrapper.prototype.valueOf;
  kinds.push({
    tag: `[object ${Wrapper.name}]`, proto: Wrapper.prototype, brand: valueOf,
    clone: (cloner, value) => cloner.remember(value, Object(Wrapper(valueOf.call(value)))),
  });
}
const kindByTag = new Map(kinds.map((kind) => [kind.tag, kind]));

// The kind of `value`: the one its tag names when the brand confirms it, else one whose
// prototype it inherits from. (An object whose prototype was swapped for an unrelated
// one and whose tag was changed is cloned as a plain object.)
function kindOf(value, tag) {
  const named = kindByTag.get(tag);
  if (named !== undefined && hasBrand(named.brand, value)) return named;
  for (const kind of kinds) {
    if (kind !== named && Object.prototype.isPrototypeOf.call(kind.proto, value) &&
        hasBrand(kind.brand, value)) {
      return kind;
    }
  }
  return undefined;
}

// Objects marked by worker_threads.markAsUncloneable() / markAsUntransferable().
const uncloneable = new WeakSet();
const untransferable = new WeakSet();
let anyUncloneable = false;

// Only objects and functions can be marked; other values are ignored.
function isMarkable(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

function markAsUncloneable(object) {
  if (!isMarkable(object)) return;
  uncloneable.add(object);
  anyUncloneable = true;
}

function markAsUntransferable(object) {
  if (isMarkable(object)) untransferable.add(object);
}

function isMarkedAsUntransferable(object) {
  return isMarkable(object) && untransferable.has(object);
}

class Cloner {
  constructor() {
    this.memory = new Map();
  }

  clone(value) {
    switch (typeof value) {
      case 'undefined': case 'boolean': case 'number': case 'string': case 'bigint':
        return value;
      case 'symbol': case 'function':
        throw dataCloneError(value);
      default:
        if (value === null) return null;
    }
    const known = this.memory.get(value);
    if (known !== undefined) return known;
    return this.cloneObject(value);
  }

  remember(original, copy) {
    this.memory.set(original, copy);
    return copy;
  }

  cloneObject(value) {
    if (anyUncloneable && uncloneable.has(value)) {
      throw dataCloneError(value, 'Cannot clone object of unsupported type.');
    }
    const util = nativeUtil();
    if (util?.isProxy?.(value)) throw dataCloneError(value);

    if (Array.isArray(value)) {
      const copy = this.remember(value, new Array(value.length));
      this.copyProperties(value, copy);
      return copy;
    }
    const kind = typedArrayKind.call(value);
    if (kind !== undefined) {
      const source = value.buffer;
      const tracking = isLengthTracking(value, source, value.byteOffset, value.byteLength);
      const buffer = this.clone(source);
      return this.remember(value, tracking ?
        new typedArrays[kind](buffer, value.byteOffset) :
        new typedArrays[kind](buffer, value.byteOffset, value.length));
    }
    const tag = objectToString(value);
    // Ordinary objects, the common case, need no brand checks (each failed one throws).
    if (tag === '[object Object]' && value !== globalThis) {
      const proto = Object.getPrototypeOf(value);
      if (proto === Object.prototype || proto === null) return this.clonePlainObject(value);
    }
    const found = kindOf(value, tag);
    if (found !== undefined) return found.clone(this, value);
    if (isDOMException(value)) return this.cloneDOMException(value);
    if (isError(value)) return this.cloneError(value);
    if (isUncloneableObject(value)) throw dataCloneError(value);
    if (isUnsupportedPlatformObject(value)) {
      throw dataCloneError(value, 'Cannot clone object of unsupported type.');
    }

    return this.clonePlainObject(value);
  }

  clonePlainObject(value) {
    const copy = this.remember(value, {});
    this.copyProperties(value, copy);
    return copy;
  }

  copyProperties(from, to) {
    for (const key of Object.keys(from)) {
      // A getter may delete a later key: V8 skips keys that are gone by then.
      if (!Object.hasOwn(from, key)) continue;
      to[key] = this.clone(from[key]);
    }
  }

  cloneError(value) {
    let name = 'Error';
    try {
      const own = value.name;
      if (typeof own === 'string' && Object.hasOwn(errorConstructors, own)) name = own;
    } catch {
      // An inaccessible name leaves the clone a plain Error.
    }
    const copy = this.remember(value, Object.create(errorConstructors[name].prototype));
    let stack;
    try {
      stack = value.stack;
    } catch {
      // A throwing stack accessor leaves the clone without one.
    }
    // Own properties in V8's order: stack, message, cause.
    if (typeof stack === 'string') {
      Object.defineProperty(copy, 'stack', {
        value: stack, writable: true, enumerable: false, configurable: true,
      });
    }
    const message = Object.getOwnPropertyDescriptor(value, 'message');
    if (message !== undefined && 'value' in message) {
      Object.defineProperty(copy, 'message', {
        value: `${message.value}`, writable: true, enumerable: false, configurable: true,
      });
    }
    if (Object.hasOwn(value, 'cause')) {
      Object.defineProperty(copy, 'cause', {
        value: this.clone(value.cause), writable: true, enumerable: false, configurable: true,
      });
    }
    return copy;
  }

  cloneDOMException(value) {
    const copy = new DOMException(value.message, value.name);
    if (typeof value.stack === 'string') {
      Object.defineProperty(copy, 'stack', {
        value: value.stack, writable: true, enumerable: false, configurable: true,
      });
    }
    return this.remember(value, copy);
  }
}

function webidlTypeError(message) {
  const err = new TypeError(`Failed to execute 'structuredClone': ${message}`);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function readTransferList(options) {
  if (options === undefined || options === null) return [];
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw webidlTypeError('Options cannot be converted to a dictionary');
  }
  const transfer = options.transfer;
  if (transfer === undefined) return [];
  if (transfer === null || typeof transfer[Symbol.iterator] !== 'function' ||
      typeof transfer === 'string') {
    throw webidlTypeError('transfer in Options cannot be converted to sequence.');
  }
  const list = [...transfer];
  // WebIDL's sequence<object> conversion first, then the serializer's checks.
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (item === null || (typeof item !== 'object' && typeof item !== 'function')) {
      throw webidlTypeError(`transfer in Options[${i}] is not an object.`);
    }
  }
  const seen = new Set();
  for (const item of list) {
    if (!hasBrand(arrayBufferByteLength, item)) {
      throw dataCloneError(item, 'Found invalid value in transferList.');
    }
    if (seen.has(item)) {
      throw dataCloneError(item, 'Transfer list contains duplicate ArrayBuffer');
    }
    if (item.detached || untransferable.has(item)) {
      throw dataCloneError(item, 'Cannot transfer object of unsupported type.');
    }
    seen.add(item);
  }
  return list;
}

// Returns true when `view` (a typed array or DataView on `buffer`) tracks the length of
// its resizable buffer. Nothing else tells: the buffer is resized by one element and
// back, restoring any bytes a shrink drops.
function isLengthTracking(view, buffer, byteOffset, byteLength) {
  if (!hasBrand(arrayBufferByteLength, buffer) || !buffer.resizable) return false;
  const length = arrayBufferByteLength.call(buffer);
  if (byteOffset + byteLength !== length) return false;
  const step = view.BYTES_PER_ELEMENT ?? 1;
  const viewLength = () => view.byteLength;
  if (length + step <= buffer.maxByteLength) {
    buffer.resize(length + step);
    const tracks = viewLength() !== byteLength;
    buffer.resize(length);
    return tracks;
  }
  if (length - step < byteOffset) return false;
  const kept = new Uint8Array(buffer, length - step, step).slice();
  buffer.resize(length - step);
  let tracks;
  try {
    // A fixed-length view pushed out of bounds reads as empty at offset 0 (a DataView
    // throws).
    tracks = viewLength() === byteLength - step &&
      (byteLength !== step || (byteOffset !== 0 && view.byteOffset === byteOffset));
  } catch {
    tracks = false;
  } finally {
    buffer.resize(length);
    new Uint8Array(buffer, length - step, step).set(kept);
  }
  return tracks;
}

function structuredClone(value, options) {
  // Node's message doubles its words: ERR_MISSING_ARGS given a whole sentence.
  if (arguments.length === 0) {
    throw new codes.ERR_MISSING_ARGS('The value argument must be specified');
  }
  const transfer = readTransferList(options);
  const cloner = new Cloner();
  const result = cloner.clone(value);
  // Detach only now: views met during the walk still needed their offsets. The clone
  // holds its own copy of each buffer it reached.
  for (const buffer of transfer) buffer.transfer();
  return result;
}

module.exports = {
  structuredClone,
  markAsUncloneable,
  markAsUntransferable,
  isMarkedAsUntransferable,
};
