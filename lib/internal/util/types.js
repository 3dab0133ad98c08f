'use strict';

// The predicates behind util.types. Each one checks an internal slot ("brand") the way the
// engine does, so Symbol.toStringTag or a borrowed prototype cannot fool it: a built-in method
// or getter that requires the slot is called on the value, and a TypeError means "no".
// JavaScriptCore has no side-effect-free brand check for generator objects and Map/Set
// iterators; those fall back to the prototype chain plus the engine's own class tag.

const binding = internalBinding('util');

const ObjectProto = Object.prototype;
const objectToString = ObjectProto.toString;
const getPrototypeOf = Object.getPrototypeOf;
const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;

function getter(proto, name) {
  const desc = getOwnPropertyDescriptor(proto, name);
  return desc && desc.get;
}

// Returns a predicate that is true when calling `method` on the value does not throw.
function brandCheck(method, ...args) {
  return function check(value) {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
    try {
      method.call(value, ...args);
      return true;
    } catch {
      return false;
    }
  };
}

const TypedArray = getPrototypeOf(Uint8Array);
const typedArrayTag = getter(TypedArray.prototype, Symbol.toStringTag);

// The name of the typed array's class ("Uint8Array"), or undefined for anything else.
function typedArrayName(value) {
  return typedArrayTag.call(value);
}

function isTypedArray(value) {
  return typedArrayTag.call(value) !== undefined;
}

function typedArrayCheck(name) {
  return function check(value) {
    return typedArrayTag.call(value) === name;
  };
}

const isMap = brandCheck(getter(Map.prototype, 'size'));
const isSet = brandCheck(getter(Set.prototype, 'size'));
const emptyKey = {};
const isWeakMap = brandCheck(WeakMap.prototype.has, emptyKey);
const isWeakSet = brandCheck(WeakSet.prototype.has, emptyKey);
const isDate = brandCheck(Date.prototype.getTime);
const isArrayBuffer = brandCheck(getter(ArrayBuffer.prototype, 'byteLength'));
const isSharedArrayBuffer = typeof SharedArrayBuffer === 'function' ?
  brandCheck(getter(SharedArrayBuffer.prototype, 'byteLength')) : () => false;
// The buffer getter, unlike byteLength, does not throw for a detached buffer.
const isDataView = brandCheck(getter(DataView.prototype, 'buffer'));
const isNumberObject = brandCheck(Number.prototype.valueOf);
const isStringObject = brandCheck(String.prototype.valueOf);
const isBooleanObject = brandCheck(Boolean.prototype.valueOf);
const isBigIntObject = brandCheck(BigInt.prototype.valueOf);
const isSymbolObject = brandCheck(Symbol.prototype.valueOf);

// RegExp.prototype's flag getters accept RegExp.prototype itself without throwing.
const regExpGlobal = getter(RegExp.prototype, 'global');
function isRegExp(value) {
  if (value === RegExp.prototype || value === null || typeof value !== 'object') return false;
  try {
    regExpGlobal.call(value);
    return true;
  } catch {
    return false;
  }
}

function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
    isBigIntObject(value) || isSymbolObject(value);
}

// True when no Symbol.toStringTag anywhere on the chain could have produced the class tag
// that Object.prototype.toString reported. Reads descriptors only, so no getter runs.
function hasNoTagOverride(value) {
  for (let obj = value; obj !== null; obj = getPrototypeOf(obj)) {
    const desc = getOwnPropertyDescriptor(obj, Symbol.toStringTag);
    if (desc !== undefined) return typeof desc.value !== 'string' && desc.get === undefined;
  }
  return true;
}

// Whether Object.prototype.toString reports `tag` for value. The chain is checked first, so
// no Symbol.toStringTag getter runs (it could throw or lie); a proxy whose traps throw is
// simply not of the class.
function hasClassTag(value, tag) {
  if (value === null || typeof value !== 'object') return false;
  try {
    return hasNoTagOverride(value) && objectToString.call(value) === tag;
  } catch {
    return false;
  }
}

// The engine's Error, from an error it throws: reading the global Error would install V8-style
// stacks (internal/bootstrap/node), which telling types apart does not need.
const EngineError = (() => {
  try {
    null.toString();
  } catch (err) {
    return getPrototypeOf(getPrototypeOf(err)).constructor;
  }
})();
const isNativeError = typeof EngineError.isError === 'function' ?
  (value) => EngineError.isError(value) :
  (value) => hasClassTag(value, '[object Error]');

function isArgumentsObject(value) {
  return hasClassTag(value, '[object Arguments]');
}

const AsyncFunctionProto = getPrototypeOf(async function() {});
const GeneratorFunctionProto = getPrototypeOf(function*() {});
const AsyncGeneratorFunctionProto = getPrototypeOf(async function*() {});
const GeneratorProto = GeneratorFunctionProto.prototype;
const AsyncGeneratorProto = AsyncGeneratorFunctionProto.prototype;
const MapIteratorProto = getPrototypeOf(new Map().entries());
const SetIteratorProto = getPrototypeOf(new Set().values());
const functionToString = Function.prototype.toString;

// The source text tells the function's kind even when its prototype was replaced.
function sourceKind(fn) {
  let src;
  try {
    src = functionToString.call(fn);
  } catch {
    return '';
  }
  if (/^async\s*\*/.test(src)) return 'asyncgenerator';
  if (/^async\s+function\s*\*/.test(src)) return 'asyncgenerator';
  if (/^(?:function\s*)?\*/.test(src)) return 'generator';
  if (/^async\s+[\w$[]/.test(src)) return 'async';
  if (/^async\s*\(/.test(src)) {
    // An async arrow function, or a method that is merely named "async".
    let depth = 0;
    for (let i = src.indexOf('('); i < src.length; i++) {
      if (src[i] === '(') depth++;
      else if (src[i] === ')' && --depth === 0) {
        return /^\s*=>/.test(src.slice(i + 1)) ? 'async' : '';
      }
    }
  }
  return '';
}

function isAsyncFunction(value) {
  if (typeof value !== 'function') return false;
  const proto = getPrototypeOf(value);
  if (proto === AsyncFunctionProto || proto === AsyncGeneratorFunctionProto) return true;
  const kind = sourceKind(value);
  return kind === 'async' || kind === 'asyncgenerator';
}

function isGeneratorFunction(value) {
  if (typeof value !== 'function') return false;
  const proto = getPrototypeOf(value);
  if (proto === GeneratorFunctionProto || proto === AsyncGeneratorFunctionProto) return true;
  const kind = sourceKind(value);
  return kind === 'generator' || kind === 'asyncgenerator';
}

// Whether proto is on value's chain; false when a proxy's getPrototypeOf trap throws.
function inheritsFrom(value, proto) {
  try {
    for (let obj = getPrototypeOf(value); obj !== null; obj = getPrototypeOf(obj)) {
      if (obj === proto) return true;
    }
  } catch {
    // Not one of ours.
  }
  return false;
}

function isGeneratorObject(value) {
  if (value === null || typeof value !== 'object') return false;
  // The engine's prototypes carry these tags as data properties, so reading them is safe
  // unless the program put a getter in between: that counts as "no".
  let tag;
  try {
    tag = objectToString.call(value);
  } catch {
    return false;
  }
  return (tag === '[object Generator]' && inheritsFrom(value, GeneratorProto)) ||
    (tag === '[object AsyncGenerator]' && inheritsFrom(value, AsyncGeneratorProto));
}

function isMapIterator(value) {
  return value !== null && typeof value === 'object' && inheritsFrom(value, MapIteratorProto) &&
    value !== MapIteratorProto;
}

function isSetIterator(value) {
  return value !== null && typeof value === 'object' && inheritsFrom(value, SetIteratorProto) &&
    value !== SetIteratorProto;
}

// Module namespace objects made by the ES module loader have the shape the specification
// gives them: a null prototype, not extensible, and an own non-writable, non-enumerable,
// non-configurable Symbol.toStringTag of 'Module'. The loader may also register them here.
const namespaces = new WeakSet();

// Whether a property key is an array index ("0".."4294967294" in canonical form).
function isIndexKey(key) {
  const first = key.charCodeAt(0);
  if (first < 48 || first > 57) return false;
  if (key.length > 1 && first === 48) return false;
  const n = Number(key);
  return n < 4294967295 && `${n}` === key;
}

// Listing own keys costs time per index in JavaScriptCore (it cannot list only the named
// properties), so inspect and deep equality do not look for the extra keys of arrays and
// typed arrays longer than this (inspect still does with showHidden).
const kMaxKeyScanLength = 10000;

function markModuleNamespace(value) {
  namespaces.add(value);
}

function isModuleNamespaceObject(value) {
  if (value === null || typeof value !== 'object') return false;
  if (namespaces.has(value)) return true;
  if (getPrototypeOf(value) !== null || Object.isExtensible(value)) return false;
  const desc = getOwnPropertyDescriptor(value, Symbol.toStringTag);
  return desc !== undefined && desc.value === 'Module' && !desc.writable &&
    !desc.enumerable && !desc.configurable;
}

function isPromise(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  // (undefined when the binding cannot read this engine's promises: told by the tag then.)
  const answer = binding.isPromise(value);
  if (answer !== undefined) return answer;
  return objectToString.call(value) === '[object Promise]' && hasNoTagOverride(value);
}

function isProxy(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  return binding.isProxy(value);
}

function isExternal() {
  return false;
}

function isKeyObject() {
  return false;
}

function isCryptoKey() {
  return false;
}

module.exports = {
  isAnyArrayBuffer,
  isArgumentsObject,
  isArrayBuffer,
  isArrayBufferView,
  isAsyncFunction,
  isBigInt64Array: typedArrayCheck('BigInt64Array'),
  isBigIntObject,
  isBigUint64Array: typedArrayCheck('BigUint64Array'),
  isBooleanObject,
  isBoxedPrimitive,
  isCryptoKey,
  isDataView,
  isDate,
  isExternal,
  isFloat16Array: typedArrayCheck('Float16Array'),
  isFloat32Array: typedArrayCheck('Float32Array'),
  isFloat64Array: typedArrayCheck('Float64Array'),
  isGeneratorFunction,
  isGeneratorObject,
  isInt16Array: typedArrayCheck('Int16Array'),
  isInt32Array: typedArrayCheck('Int32Array'),
  isInt8Array: typedArrayCheck('Int8Array'),
  isKeyObject,
  isMap,
  isMapIterator,
  isModuleNamespaceObject,
  isNativeError,
  isNumberObject,
  isPromise,
  isProxy,
  isRegExp,
  isSet,
  isSetIterator,
  isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isTypedArray,
  isUint16Array: typedArrayCheck('Uint16Array'),
  isUint32Array: typedArrayCheck('Uint32Array'),
  isUint8Array: typedArrayCheck('Uint8Array'),
  isUint8ClampedArray: typedArrayCheck('Uint8ClampedArray'),
  isWeakMap,
  isWeakSet,
};

// For lib/ only; lib/util/types.js re-exports the public predicates above.
Object.defineProperties(module.exports, {
  typedArrayName: { value: typedArrayName },
  markModuleNamespace: { value: markModuleNamespace },
  isIndexKey: { value: isIndexKey },
  kMaxKeyScanLength: { value: kMaxKeyScanLength },
});
