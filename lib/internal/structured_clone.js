'use strict';
// structuredClone(value, { transfer }): the HTML structured clone algorithm in plain
// JavaScript, matching what V8's serializer gives Node for the types it knows:
// primitives (not symbols), wrapper objects of primitives, Date, RegExp (lastIndex is
// not kept), ArrayBuffer (resizable ones stay resizable), SharedArrayBuffer (shared,
// not copied), typed arrays and DataView (with their offset into a cloned buffer),
// Map, Set, Array (holes and extra properties kept), Error objects (name, message,
// stack, cause), DOMException, and every other object as a plain object of its own
// enumerable string-keyed properties, read through getters. Functions, symbols,
// promises, weak collections and proxies throw a DataCloneError DOMException.
// Identity and cycles are preserved.
//
// Transferring an ArrayBuffer detaches the original (ArrayBuffer#transfer); the clone
// receives a copy of its bytes rather than the very same memory, which no script can
// observe.

const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
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

function describe(value) {
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  if (typeof value === 'symbol') return value.toString();
  const ctor = value.constructor;
  return `#<${typeof ctor === 'function' && ctor.name ? ctor.name : 'Object'}>`;
}

function dataCloneError(value, text = `${describe(value)} could not be cloned.`) {
  return new DOMException(text, 'DataCloneError');
}

function cloneArrayBuffer(buffer) {
  const length = arrayBufferByteLength.call(buffer);
  const copy = buffer.resizable ?
    new ArrayBuffer(length, { maxByteLength: buffer.maxByteLength }) :
    new ArrayBuffer(length);
  new Uint8Array(copy).set(new Uint8Array(buffer));
  return copy;
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
    const util = nativeUtil();
    if (util?.isProxy?.(value)) throw dataCloneError(value, '#<Object> could not be cloned.');

    if (Array.isArray(value)) {
      const copy = this.remember(value, new Array(value.length));
      this.copyProperties(value, copy);
      return copy;
    }
    const kind = typedArrayKind.call(value);
    if (kind !== undefined) {
      const buffer = this.clone(value.buffer);
      return this.remember(value, new typedArrays[kind](buffer, value.byteOffset, value.length));
    }
    if (hasBrand(arrayBufferByteLength, value)) {
      return this.remember(value, cloneArrayBuffer(value));
    }
    if (sharedByteLength !== null && hasBrand(sharedByteLength, value)) {
      return this.remember(value, value);
    }
    if (hasBrand(dataViewBuffer, value)) {
      const buffer = this.clone(value.buffer);
      return this.remember(value, new DataView(buffer, value.byteOffset, value.byteLength));
    }
    if (hasBrand(Date.prototype.getTime, value)) {
      return this.remember(value, new Date(Date.prototype.getTime.call(value)));
    }
    if (hasBrand(regExpSource, value)) {
      return this.remember(value, new RegExp(regExpSource.call(value), regExpFlags.call(value)));
    }
    if (hasBrand(mapSize, value)) {
      const copy = this.remember(value, new Map());
      // Entries are read first, as V8 does, so that the walk sees one consistent list.
      for (const [key, entry] of [...Map.prototype.entries.call(value)]) {
        copy.set(this.clone(key), this.clone(entry));
      }
      return copy;
    }
    if (hasBrand(setSize, value)) {
      const copy = this.remember(value, new Set());
      for (const entry of [...Set.prototype.values.call(value)]) copy.add(this.clone(entry));
      return copy;
    }
    for (const [Wrapper, valueOf] of [[Boolean, Boolean.prototype.valueOf],
      [Number, Number.prototype.valueOf], [String, String.prototype.valueOf],
      [BigInt, BigInt.prototype.valueOf]]) {
      if (hasBrand(valueOf, value)) {
        return this.remember(value, Object(Wrapper(valueOf.call(value))));
      }
    }
    if (hasBrand(Symbol.prototype.valueOf, value)) {
      throw dataCloneError(value, '[object Symbol] could not be cloned.');
    }
    if (isDOMException(value)) return this.cloneDOMException(value);
    if (isError(value)) return this.cloneError(value);
    for (const Uncloneable of [Promise, WeakMap, WeakSet, WeakRef, FinalizationRegistry]) {
      if (value instanceof Uncloneable) throw dataCloneError(value);
    }
    if (util?.isPromise?.(value)) throw dataCloneError(value);

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
    const message = Object.getOwnPropertyDescriptor(value, 'message');
    if (message !== undefined && 'value' in message) {
      Object.defineProperty(copy, 'message', {
        value: `${message.value}`, writable: true, enumerable: false, configurable: true,
      });
    }
    let stack;
    try {
      stack = value.stack;
    } catch {
      // A throwing stack accessor leaves the clone without one.
    }
    if (typeof stack === 'string') {
      Object.defineProperty(copy, 'stack', {
        value: stack, writable: true, enumerable: false, configurable: true,
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
  const seen = new Set();
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (typeof item !== 'object' || item === null || !hasBrand(arrayBufferByteLength, item)) {
      throw dataCloneError(item, 'Value not transferable');
    }
    if (seen.has(item)) {
      throw dataCloneError(item, `ArrayBuffer at index ${i} is a duplicate of an earlier ` +
        "ArrayBuffer. Duplicate ArrayBuffers can't be transferred.");
    }
    if (item.detached) {
      throw dataCloneError(item, `ArrayBuffer at index ${i} is already detached.`);
    }
    seen.add(item);
  }
  return list;
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('value');
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
};
