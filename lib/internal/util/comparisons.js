'use strict';

// Deep equality as assert.deepStrictEqual (strict) and assert.deepEqual (loose) define it.
//
// Strict: primitives by Object.is, same prototype, same class tag, same own enumerable keys
// including symbols. Loose: primitives by == (NaN equals NaN), prototypes and symbol keys
// ignored. Both: Map and Set entries unordered (object keys matched deeply), cycles handled.

const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isBigIntObject,
  isBooleanObject,
  isBoxedPrimitive,
  isDataView,
  isDate,
  isMap,
  isNativeError,
  isNumberObject,
  isPromise,
  isRegExp,
  isSet,
  isStringObject,
  isSymbolObject,
  isWeakMap,
  isWeakSet,
  typedArrayName,
  isIndexKey,
  kMaxKeyScanLength,
} = require('internal/util/types');

const { getOwnPropertySymbols, getPrototypeOf, keys: objectKeys } = Object;
const hasOwn = Object.hasOwn;
const objectToString = Function.prototype.call.bind(Object.prototype.toString);
const propertyIsEnumerable = Function.prototype.call.bind(Object.prototype.propertyIsEnumerable);
const dateGetTime = Function.prototype.call.bind(Date.prototype.getTime);
const mapEntries = Function.prototype.call.bind(Map.prototype.entries);
const mapGet = Function.prototype.call.bind(Map.prototype.get);
const mapHas = Function.prototype.call.bind(Map.prototype.has);
const mapSize = Function.prototype.call.bind(Object.getOwnPropertyDescriptor(Map.prototype, 'size').get);
const setValues = Function.prototype.call.bind(Set.prototype.values);
const setHas = Function.prototype.call.bind(Set.prototype.has);
const setSize = Function.prototype.call.bind(Object.getOwnPropertyDescriptor(Set.prototype, 'size').get);
const regExpSource = Function.prototype.call.bind(Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get);
const regExpFlags = Function.prototype.call.bind(Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get);

const kStrict = true;
const kLoose = false;

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

// True while a strict comparison made with `{ skipPrototype: true }` runs: prototypes
// (and constructors) are then not compared. Saved and restored around each comparison,
// since a getter read during one may start another.
let skipPrototype = false;

/**
 * Returns whether `a` and `b` are equal by assert.deepStrictEqual's rules;
 * `options.skipPrototype` leaves prototypes out (util.isDeepStrictEqual's option).
 */
function isDeepStrictEqual(a, b, options = undefined) {
  const previous = skipPrototype;
  skipPrototype = Boolean(options?.skipPrototype);
  try {
    return innerDeepEqual(a, b, kStrict, undefined);
  } finally {
    skipPrototype = previous;
  }
}

/** Returns whether `a` and `b` are equal by assert.deepEqual's (loose) rules. */
function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, kLoose, undefined);
}

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);
  if (strict) {
    if (typeof a !== 'object') {
      return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
    }
    if (typeof b !== 'object' || a === null || b === null) return false;
    // Different prototypes still match when both lead to the same constructor.
    if (!skipPrototype && getPrototypeOf(a) !== getPrototypeOf(b) &&
        (a.constructor === undefined || a.constructor !== b.constructor)) {
      return false;
    }
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (typeof a === 'number' && typeof b === 'number' && a !== a && b !== b);
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }
  return objectEquiv(a, b, strict, memos);
}

function isFloatArrayName(name) {
  return name === 'Float16Array' || name === 'Float32Array' || name === 'Float64Array';
}

function viewBytes(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function bytesEqual(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function isEqualBoxedPrimitive(a, b) {
  if (isNumberObject(a)) {
    return isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (isStringObject(a)) {
    return isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (isBooleanObject(a)) {
    return isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (isBigIntObject(a)) {
    return isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  return isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
}


function ownNonIndexKeys(value, length = 0) {
  if (length > kMaxKeyScanLength) return [];
  const names = objectKeys(value);
  const keys = [];
  for (let i = 0; i < names.length; i++) {
    if (!isIndexKey(names[i])) keys.push(names[i]);
  }
  return keys;
}

function objectEquiv(a, b, strict, memos) {
  if (objectToString(a) !== objectToString(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const keysA = ownNonIndexKeys(a);
    if (keysA.length !== ownNonIndexKeys(b).length) return false;
    return keyCheck(a, b, strict, memos, kIsArray, keysA);
  }
  // Plain objects, the common case, skip the brand checks below.
  const proto = getPrototypeOf(a);
  if ((proto === Object.prototype || proto === null) && objectToString(a) === '[object Object]') {
    return keyCheck(a, b, strict, memos, kNoIterator);
  }
  if (isDate(a)) {
    if (!isDate(b) || !Object.is(dateGetTime(a), dateGetTime(b))) return false;
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || regExpSource(a) !== regExpSource(b) || regExpFlags(a) !== regExpFlags(b) ||
        a.lastIndex !== b.lastIndex) {
      return false;
    }
  } else if (isNativeError(a) || a instanceof Error) {
    if ((!isNativeError(b) && !(b instanceof Error)) || a.message !== b.message ||
        a.name !== b.name) {
      return false;
    }
    // `cause` and `errors` are usually non-enumerable own properties.
    if (('cause' in a) !== ('cause' in b) || !innerDeepEqual(a.cause, b.cause, strict, memos)) {
      return false;
    }
    if (('errors' in a) !== ('errors' in b) || !innerDeepEqual(a.errors, b.errors, strict, memos)) {
      return false;
    }
  } else if (isArrayBufferView(a)) {
    if (!isArrayBufferView(b)) return false;
    if (isDataView(a)) {
      if (!isDataView(b) || !bytesEqual(viewBytes(a), viewBytes(b))) return false;
    } else {
      const name = typedArrayName(a);
      if (name !== typedArrayName(b) || a.length !== b.length) return false;
      if (!strict && isFloatArrayName(name)) {
        for (let i = 0; i < a.length; i++) {
          if (a[i] !== b[i]) return false;
        }
      } else if (!bytesEqual(viewBytes(a), viewBytes(b))) {
        return false;
      }
      const keysA = ownNonIndexKeys(a, a.length);
      if (keysA.length !== ownNonIndexKeys(b, b.length).length) return false;
      return keyCheck(a, b, strict, memos, kNoIterator, keysA);
    }
  } else if (isSet(a)) {
    if (!isSet(b) || setSize(a) !== setSize(b)) return false;
    return keyCheck(a, b, strict, memos, kIsSet);
  } else if (isMap(a)) {
    if (!isMap(b) || mapSize(a) !== mapSize(b)) return false;
    return keyCheck(a, b, strict, memos, kIsMap);
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) || !bytesEqual(new Uint8Array(a), new Uint8Array(b))) return false;
  } else if (isBoxedPrimitive(a)) {
    if (!isEqualBoxedPrimitive(a, b)) return false;
  } else if (Array.isArray(b) || isArrayBufferView(b) || isSet(b) || isMap(b) || isDate(b) ||
             isRegExp(b) || isAnyArrayBuffer(b) || isBoxedPrimitive(b) || isNativeError(b) ||
             b instanceof Error) {
    return false;
  } else if (isWeakMap(a) || isWeakSet(a) || isPromise(a)) {
    // Their contents cannot be read, so only the same instance is equal.
    return false;
  }
  return keyCheck(a, b, strict, memos, kNoIterator);
}

function keyCheck(a, b, strict, memos, iterationType, aKeys) {
  if (aKeys === undefined) {
    aKeys = objectKeys(a);
    if (aKeys.length !== objectKeys(b).length) return false;
  }
  for (let i = 0; i < aKeys.length; i++) {
    if (!propertyIsEnumerable(b, aKeys[i])) return false;
  }

  if (strict) {
    const symbolsA = getOwnPropertySymbols(a);
    if (symbolsA.length !== 0) {
      let count = 0;
      for (const key of symbolsA) {
        if (propertyIsEnumerable(a, key)) {
          if (!propertyIsEnumerable(b, key)) return false;
          aKeys.push(key);
          count++;
        } else if (propertyIsEnumerable(b, key)) {
          return false;
        }
      }
      const symbolsB = getOwnPropertySymbols(b);
      if (symbolsA.length !== symbolsB.length &&
          symbolsB.filter((key) => propertyIsEnumerable(b, key)).length !== count) {
        return false;
      }
    } else {
      const symbolsB = getOwnPropertySymbols(b);
      for (const key of symbolsB) {
        if (propertyIsEnumerable(b, key)) return false;
      }
    }
  }

  if (aKeys.length === 0 &&
      (iterationType === kNoIterator || (iterationType === kIsArray && a.length === 0) ||
       (iterationType === kIsSet && setSize(a) === 0) ||
       (iterationType === kIsMap && mapSize(a) === 0))) {
    return true;
  }

  // Each pair being compared gets a position; meeting a pair again (a cycle) is equal only
  // when both sides return to the same position.
  if (memos === undefined) {
    memos = { a: new Map(), b: new Map(), position: 0 };
  } else {
    const memoA = memos.a.get(a);
    if (memoA !== undefined) {
      const memoB = memos.b.get(b);
      if (memoB !== undefined) return memoA === memoB;
    }
    memos.position++;
  }
  memos.a.set(a, memos.position);
  memos.b.set(b, memos.position);
  const result = objEquiv(a, b, strict, aKeys, memos, iterationType);
  memos.a.delete(a);
  memos.b.delete(b);
  return result;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  if (iterationType === kIsSet) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      }
    }
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

function isObjectLike(value) {
  return typeof value === 'object' && value !== null;
}

// Removes from `candidates` the first element deeply equal to `value`.
function takeEqualElement(candidates, value, strict, memos) {
  for (const candidate of candidates) {
    if (innerDeepEqual(value, candidate, strict, memos)) {
      candidates.delete(candidate);
      return true;
    }
  }
  return false;
}

function setEquiv(a, b, strict, memos) {
  // Elements of `a` without an identical twin in `b`, to be matched deeply.
  let unmatched = null;
  for (const value of setValues(a)) {
    if (isObjectLike(value) || !setHas(b, value)) {
      if (strict && !isObjectLike(value)) return false;
      unmatched ??= new Set();
      unmatched.add(value);
    }
  }
  if (unmatched === null) return true;
  for (const value of setValues(b)) {
    if (isObjectLike(value) || !setHas(a, value)) {
      if (!takeEqualElement(unmatched, value, strict, memos)) return false;
    }
  }
  return unmatched.size === 0;
}

function takeEqualEntry(candidates, map, key, item, strict, memos) {
  for (const candidate of candidates) {
    if (innerDeepEqual(key, candidate, strict, memos) &&
        innerDeepEqual(item, mapGet(map, candidate), strict, memos)) {
      candidates.delete(candidate);
      return true;
    }
  }
  return false;
}

function mapEquiv(a, b, strict, memos) {
  let unmatched = null;
  for (const { 0: key, 1: item } of mapEntries(a)) {
    if (isObjectLike(key)) {
      unmatched ??= new Set();
      unmatched.add(key);
    } else if (!mapHas(b, key) || !innerDeepEqual(item, mapGet(b, key), strict, memos)) {
      if (strict) return false;
      unmatched ??= new Set();
      unmatched.add(key);
    }
  }
  if (unmatched === null) return true;
  for (const { 0: key, 1: item } of mapEntries(b)) {
    if (isObjectLike(key) || !mapHas(a, key) ||
        !innerDeepEqual(mapGet(a, key), item, strict, memos)) {
      if (!takeEqualEntry(unmatched, a, key, item, strict, memos)) return false;
    }
  }
  return unmatched.size === 0;
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
};
