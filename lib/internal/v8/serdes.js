'use strict';
// v8.Serializer and v8.Deserializer: V8's ValueSerializer wire format (version 15, the one
// Node 24 writes), in plain JavaScript, so that bytes written by `v8.serialize` in Node read
// back here and the other way round.
//
// A stream is a header (0xFF, varint version) and values, each a one-byte tag and its
// payload: varints are little-endian base-128, signed integers zigzag-encoded, doubles 8
// bytes little-endian. Objects get ids in the order they are first met (both sides count
// the same way), so a second meeting is written as a back-reference ('^', id): identity
// and cycles survive.
//
// Where V8 decides from engine internals that JavaScriptCore does not expose, we decide
// from the value, as V8 does for the common case:
// - A number is a Smi ('I', zigzag int32) when it is an int32 other than -0, else a double
//   ('N'). (V8 may keep an integral result of arithmetic as a heap number and write 'N'.)
// - A string is written one-byte ('"', Latin-1) when every code unit is below 256, else
//   two-byte ('c', UTF-16LE, after a padding byte when needed to align the characters).
//   V8 stores such strings one-byte in practice.
// - An array is dense ('A') when it has no holes, else sparse ('a'). V8 keys this on the
//   elements kind: an array that once had holes and was filled in later (say, `new
//   Array(n)` then assigned element by element) is still sparse there. Both read back to
//   equal arrays. In a dense array of numbers only, one non-Smi number makes every
//   element a double (V8's PACKED_DOUBLE_ELEMENTS).
//   V8 also reads every dense array into a holey one, so Node writes an array it read
//   back sparse, where Lode writes it dense.
// - A SharedArrayBuffer needs `_getSharedArrayBufferId`, as in Node.
// Other differences: an error's stack is Lode's text (V8-format, other frames), and a
// read error's `stack` is a data property (V8 makes an accessor); the values of one object
// or array are all read (getters run) before the first is walked, where V8 interleaves.

const {
  isAnyArrayBuffer, isArgumentsObject, isArrayBuffer, isDataView, isDate, isMap,
  isMapIterator, isModuleNamespaceObject, isPromise, isProxy, isRegExp, isSet,
  isSetIterator, isSharedArrayBuffer, isWeakMap, isWeakSet, isGeneratorObject,
  isBooleanObject, isNumberObject, isStringObject, isBigIntObject, isSymbolObject,
} = require('internal/util/types');
const { isDOMException } = require('internal/dom_exception');
const {
  FastBuffer, binding: bufferBinding, latin1Slice, ucs2Slice, kLatin1, kUtf16le,
} = require('internal/buffer');
// Loading node:buffer gives FastBuffer.prototype the Buffer methods.
require('buffer');

// classify(value): 1 for an array with nothing but elements, 2 for a proxy, 0 otherwise
// (one native call; Object.keys on an array costs ~0.3-0.5 us per element in
// JavaScriptCore). Without layoutAvailable it always says 0 and the checks are made here.
const { classify, classifyList, layoutAvailable } = internalBinding('v8');
const kPlainArray = 1;
const kProxy = 2;
const kClassifyBatch = 1024;

// The classify() answers for `values` as a string of digits (one native call per 1,024
// values), or undefined when the engine layout is unknown.
function kindsOf(values) {
  if (!layoutAvailable) return undefined;
  if (values.length <= kClassifyBatch) return Reflect.apply(classifyList, undefined, values);
  let kinds = '';
  for (let i = 0; i < values.length; i += kClassifyBatch) {
    kinds += Reflect.apply(classifyList, undefined, values.slice(i, i + kClassifyBatch));
  }
  return kinds;
}

// The kind at `index` of a kindsOf() answer, or undefined to ask classify().
function kindAt(kinds, index) {
  return kinds === undefined ? undefined : kinds.charCodeAt(index) - 48;
}

const kLatestVersion = 15;
// The oldest version V8 still reads; older streams are refused as unsupported.
const kMinimumVersion = 13;

// Tags (one byte each, named as V8's SerializationTag).
const kVersion = 0xFF;
const kPadding = 0x00;
const kVerifyObjectCount = 0x3F; // '?'
const kTheHole = 0x2D; // '-'
const kUndefined = 0x5F; // '_'
const kNull = 0x30; // '0'
const kTrue = 0x54; // 'T'
const kFalse = 0x46; // 'F'
const kInt32 = 0x49; // 'I'
const kUint32 = 0x55; // 'U'
const kDouble = 0x4E; // 'N'
const kBigInt = 0x5A; // 'Z'
const kUtf8String = 0x53; // 'S'
const kOneByteString = 0x22; // '"'
const kTwoByteString = 0x63; // 'c'
const kObjectReference = 0x5E; // '^'
const kBeginJSObject = 0x6F; // 'o'
const kEndJSObject = 0x7B; // '{'
const kBeginSparseJSArray = 0x61; // 'a'
const kEndSparseJSArray = 0x40; // '@'
const kBeginDenseJSArray = 0x41; // 'A'
const kEndDenseJSArray = 0x24; // '$'
const kDate = 0x44; // 'D'
const kTrueObject = 0x79; // 'y'
const kFalseObject = 0x78; // 'x'
const kNumberObject = 0x6E; // 'n'
const kBigIntObject = 0x7A; // 'z'
const kStringObject = 0x73; // 's'
const kRegExp = 0x52; // 'R'
const kBeginJSMap = 0x3B; // ';'
const kEndJSMap = 0x3A; // ':'
const kBeginJSSet = 0x27; // "'"
const kEndJSSet = 0x2C; // ','
const kArrayBuffer = 0x42; // 'B'
const kResizableArrayBuffer = 0x7E; // '~'
const kArrayBufferTransfer = 0x74; // 't'
const kArrayBufferView = 0x56; // 'V'
const kSharedArrayBuffer = 0x75; // 'u'
const kHostObject = 0x5C; // '\'
const kError = 0x72; // 'r'

// Sub-tags of an error ('r'), written as varints.
const kErrorEnd = 0x2E; // '.'
const kErrorMessage = 0x6D; // 'm'
const kErrorStack = 0x73; // 's'
const kErrorCause = 0x63; // 'c'
const errorPrototypeTags = new Map([
  ['EvalError', 0x45], ['RangeError', 0x52], ['ReferenceError', 0x46],
  ['SyntaxError', 0x53], ['TypeError', 0x54], ['URIError', 0x55],
]);
const errorConstructorByTag = new Map([
  [0x45, EvalError], [0x52, RangeError], [0x46, ReferenceError],
  [0x53, SyntaxError], [0x54, TypeError], [0x55, URIError],
]);

// RegExp flag bits, by flag letter.
const regExpFlagBits = {
  __proto__: null, g: 1, i: 2, m: 4, y: 8, u: 16, s: 32, d: 128, v: 256,
};
const regExpFlagOrder = [['d', 128], ['g', 1], ['i', 2], ['m', 4], ['s', 32], ['u', 16],
  ['v', 256], ['y', 8]];
const kRegExpKnownFlags = 1 | 2 | 4 | 8 | 16 | 32 | 128 | 256;

// ArrayBufferView sub-tags, by the view's kind.
const viewTags = {
  __proto__: null,
  Int8Array: 0x62, Uint8Array: 0x42, Uint8ClampedArray: 0x43, Int16Array: 0x77,
  Uint16Array: 0x57, Int32Array: 0x64, Uint32Array: 0x44, Float16Array: 0x68,
  Float32Array: 0x66, Float64Array: 0x46, BigInt64Array: 0x71, BigUint64Array: 0x51,
  DataView: 0x3F,
};
const viewConstructorByTag = new Map();
for (const name of Object.keys(viewTags)) {
  if (typeof globalThis[name] === 'function') viewConstructorByTag.set(viewTags[name], globalThis[name]);
}
const kViewIsLengthTracking = 1;
const kViewIsBackedByRab = 2;

const TypedArray = Object.getPrototypeOf(Uint8Array);
const typedArrayKind = Object.getOwnPropertyDescriptor(TypedArray.prototype,
  Symbol.toStringTag).get;
const arrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype,
  'byteLength').get;
const dataViewBuffer = Object.getOwnPropertyDescriptor(DataView.prototype, 'buffer').get;
const regExpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
const regExpFlags = Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get;
const objectToString = Object.prototype.toString;
const { hasOwn } = Object;

const doubleScratch = new Float64Array(1);
const doubleBytes = new Uint8Array(doubleScratch.buffer);

// Prototypes of the built-in iterators, which V8 refuses to clone (calling `next` to
// brand-check them would advance them).
const iteratorPrototypes = [
  Object.getPrototypeOf([][Symbol.iterator]()),
  Object.getPrototypeOf(''[Symbol.iterator]()),
  Object.getPrototypeOf(''.matchAll(/(?:)/g)),
];

const emptyKey = {};
function hasBrand(check, value) {
  try {
    check.call(value);
    return true;
  } catch {
    return false;
  }
}
const otherBrands = [
  function isWeakRef() { return WeakRef.prototype.deref.call(this); },
  function isRegistry() { return FinalizationRegistry.prototype.unregister.call(this, emptyKey); },
];
for (const name of ['Collator', 'DateTimeFormat', 'DisplayNames', 'ListFormat', 'NumberFormat',
  'PluralRules', 'RelativeTimeFormat', 'Segmenter']) {
  const resolvedOptions = globalThis.Intl?.[name]?.prototype.resolvedOptions;
  if (typeof resolvedOptions === 'function') otherBrands.push(resolvedOptions);
}

// True for objects with internal state of a kind V8's serializer has no case for.
function isUncloneable(value) {
  if (value === globalThis || isPromise(value) || isWeakMap(value) || isWeakSet(value) ||
      isMapIterator(value) || isSetIterator(value) || isGeneratorObject(value) ||
      isArgumentsObject(value) || isModuleNamespaceObject(value)) {
    return true;
  }
  for (const proto of iteratorPrototypes) {
    if (Object.prototype.isPrototypeOf.call(proto, value)) return true;
  }
  for (const check of otherBrands) if (hasBrand(check, value)) return true;
  return false;
}

// True when a Symbol.toStringTag on the chain may hide the class tag of a built-in.
function hasTagOverride(value) {
  for (let o = value; o !== null; o = Object.getPrototypeOf(o)) {
    if (hasOwn(o, Symbol.toStringTag)) return true;
  }
  return false;
}

function isErrorObject(value) {
  if (typeof Error.isError === 'function' ? Error.isError(value) :
    objectToString.call(value) === '[object Error]') {
    return true;
  }
  return isDOMException(value);
}

// The first own property `key` on the chain, when it is a data property (V8 describes
// values without running getters).
function dataProperty(object, key) {
  for (let o = object; o !== null; o = Object.getPrototypeOf(o)) {
    const descriptor = Object.getOwnPropertyDescriptor(o, key);
    if (descriptor !== undefined) return descriptor.value;
  }
  return undefined;
}

// How V8 names a value in "<value> could not be cloned.".
function describe(value) {
  if (typeof value === 'function') {
    const text = Function.prototype.toString.call(value);
    // JavaScriptCore prints native functions over three lines, V8 on one.
    const native = /^function ([^(]*)\(\) \{\s*\[native code\]\s*\}$/.exec(text);
    return native === null ? text : `function ${native[1]}() { [native code] }`;
  }
  if (typeof value === 'symbol') return value.toString();
  if (value === globalThis) return '#<Object>';
  if (isProxy(value)) return Array.isArray(value) ? '[object Array]' : '#<Object>';
  if (dataProperty(value, 'toString') === Object.prototype.toString) {
    const ctor = dataProperty(value, 'constructor');
    if (typeof ctor === 'function') {
      const name = Object.getOwnPropertyDescriptor(ctor, 'name')?.value;
      if (typeof name === 'string' && name !== '') return `#<${name}>`;
    }
  }
  const tag = dataProperty(value, Symbol.toStringTag);
  if (typeof tag === 'string') return `[object ${tag}]`;
  return objectToString.call(value);
}

// A canonical array index key (below 2 ** 32 - 1), which V8 writes as a number.
function indexKey(key) {
  const length = key.length;
  if (length === 0 || length > 10) return -1;
  const first = key.charCodeAt(0);
  if (first < 0x30 || first > 0x39 || (first === 0x30 && length > 1)) return -1;
  for (let i = 1; i < length; i++) {
    const c = key.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return -1;
  }
  const n = +key;
  return n < 4294967295 ? n : -1;
}

function isSmi(n) {
  return (n | 0) === n && !(n === 0 && 1 / n < 0);
}

// Returns true when `view` tracks the length of its resizable buffer. Nothing else tells:
// the buffer is grown (or shrunk) by one element and restored, its bytes kept.
function isLengthTracking(view, buffer) {
  if (!buffer.resizable) return false;
  const length = arrayBufferByteLength.call(buffer);
  const byteOffset = view.byteOffset;
  const byteLength = view.byteLength;
  if (byteOffset + byteLength !== length) return false;
  const step = view.BYTES_PER_ELEMENT ?? 1;
  if (length + step <= buffer.maxByteLength) {
    buffer.resize(length + step);
    const tracks = view.byteLength !== byteLength;
    buffer.resize(length);
    return tracks;
  }
  if (length - step < byteOffset) return false;
  const kept = new Uint8Array(buffer, length - step, step).slice();
  buffer.resize(length - step);
  let tracks;
  try {
    tracks = view.byteLength === byteLength - step;
  } catch {
    tracks = false;
  } finally {
    buffer.resize(length);
    new Uint8Array(buffer, length - step, step).set(kept);
  }
  return tracks;
}

function argTypeError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

const notOneByte = /[^\x00-\xff]/;
// Strings longer than this are encoded and decoded by the buffer binding (a native call
// costs more than a short JavaScript loop).
const kShortString = 48;

class Serializer {
  #bytes = new Uint8Array(64);
  #length = 0;
  #ids = new WeakMap();
  #nextId = 0;
  #transfers = new Map();
  #viewsAsHostObjects = false;

  writeHeader() {
    this.#writeByte(kVersion);
    this.#writeVarint(kLatestVersion);
  }

  writeValue(value) {
    this.#writeObject(value);
    return true;
  }

  releaseBuffer() {
    const result = new FastBuffer(this.#bytes.buffer, 0, this.#length);
    this.#bytes = new Uint8Array(64);
    this.#length = 0;
    return result;
  }

  transferArrayBuffer(id, arrayBuffer) {
    if (!isArrayBuffer(arrayBuffer)) throw argTypeError('arrayBuffer must be an ArrayBuffer');
    this.#transfers.set(arrayBuffer, id >>> 0);
  }

  writeUint32(value) {
    this.#writeVarint(value >>> 0);
  }

  writeUint64(hi, lo) {
    this.#writeBigVarint((BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
  }

  writeDouble(value) {
    this.#writeDouble(+value);
  }

  writeRawBytes(source) {
    if (!ArrayBuffer.isView(source)) throw argTypeError('source must be a TypedArray or a DataView');
    this.#writeBytes(new Uint8Array(source.buffer, source.byteOffset, source.byteLength));
  }

  _setTreatArrayBufferViewsAsHostObjects(flag) {
    this.#viewsAsHostObjects = Boolean(flag);
  }

  #dataCloneError(message) {
    const make = this._getDataCloneError;
    return typeof make === 'function' ? make.call(this, message) : new Error(message);
  }

  #reserve(count) {
    const needed = this.#length + count;
    if (needed <= this.#bytes.length) return;
    let size = this.#bytes.length * 2;
    while (size < needed) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this.#bytes.subarray(0, this.#length));
    this.#bytes = bigger;
  }

  #writeByte(byte) {
    if (this.#length === this.#bytes.length) this.#reserve(1);
    this.#bytes[this.#length++] = byte;
  }

  #writeVarint(n) {
    this.#reserve(10);
    const bytes = this.#bytes;
    let at = this.#length;
    while (n >= 0x80) {
      bytes[at++] = (n & 0x7F) | 0x80;
      n = Math.floor(n / 128);
    }
    bytes[at++] = n;
    this.#length = at;
  }

  #writeBigVarint(n) {
    while (n >= 0x80n) {
      this.#writeByte(Number(n & 0x7Fn) | 0x80);
      n >>= 7n;
    }
    this.#writeByte(Number(n));
  }

  #writeZigZag(n) {
    this.#writeVarint(((n << 1) ^ (n >> 31)) >>> 0);
  }

  #writeDouble(n) {
    doubleScratch[0] = n;
    this.#reserve(8);
    const bytes = this.#bytes;
    let at = this.#length;
    // A loop: TypedArray#set costs more than 8 stores.
    for (let i = 0; i < 8; i++) bytes[at++] = doubleBytes[i];
    this.#length = at;
  }

  #writeBytes(view) {
    this.#reserve(view.length);
    this.#bytes.set(view, this.#length);
    this.#length += view.length;
  }

  #writeBigIntContents(n) {
    const negative = n < 0n;
    let magnitude = negative ? -n : n;
    let words = 0;
    for (let m = magnitude; m > 0n; m >>= 64n) words++;
    this.#writeVarint(words * 16 + (negative ? 1 : 0));
    this.#reserve(words * 8);
    for (let i = 0; i < words * 8; i++) {
      this.#bytes[this.#length++] = Number(magnitude & 0xFFn);
      magnitude >>= 8n;
    }
  }

  #writeString(string) {
    const length = string.length;
    if (!notOneByte.test(string)) {
      this.#writeByte(kOneByteString);
      this.#writeVarint(length);
      this.#reserve(length);
      const bytes = this.#bytes;
      let at = this.#length;
      if (length > kShortString) {
        at += bufferBinding.write(bytes, string, at, length, kLatin1);
      } else {
        for (let i = 0; i < length; i++) bytes[at++] = string.charCodeAt(i);
      }
      this.#length = at;
      return;
    }
    const byteLength = length * 2;
    // The characters must start at an even offset for V8's reader.
    if ((this.#length + 1 + varintSize(byteLength)) & 1) this.#writeByte(kPadding);
    this.#writeByte(kTwoByteString);
    this.#writeVarint(byteLength);
    this.#reserve(byteLength);
    const bytes = this.#bytes;
    let at = this.#length;
    if (length > kShortString) {
      at += bufferBinding.write(bytes, string, at, byteLength, kUtf16le);
    } else {
      for (let i = 0; i < length; i++) {
        const unit = string.charCodeAt(i);
        bytes[at++] = unit & 0xFF;
        bytes[at++] = unit >> 8;
      }
    }
    this.#length = at;
  }

  #writeNumber(n) {
    if (isSmi(n)) {
      this.#writeByte(kInt32);
      this.#writeZigZag(n);
    } else {
      this.#writeByte(kDouble);
      this.#writeDouble(n);
    }
  }

  // kind: classify()'s answer for value when the caller has it.
  #writeObject(value, kind) {
    switch (typeof value) {
      case 'undefined': this.#writeByte(kUndefined); return;
      case 'boolean': this.#writeByte(value ? kTrue : kFalse); return;
      case 'number': this.#writeNumber(value); return;
      case 'string': this.#writeString(value); return;
      case 'bigint':
        this.#writeByte(kBigInt);
        this.#writeBigIntContents(value);
        return;
      case 'symbol': case 'function':
        throw this.#dataCloneError(`${describe(value)} could not be cloned.`);
      default:
        if (value === null) {
          this.#writeByte(kNull);
          return;
        }
    }
    // A view's buffer goes first, unless the view was seen before (a back-reference).
    if (ArrayBuffer.isView(value) && !this.#viewsAsHostObjects && !this.#ids.has(value)) {
      const buffer = isDataView(value) ? dataViewBuffer.call(value) : value.buffer;
      this.#writeReceiver(buffer);
    }
    this.#writeReceiver(value, kind);
  }

  #writeReceiver(value, kind) {
    const known = this.#ids.get(value);
    if (known !== undefined) {
      this.#writeByte(kObjectReference);
      this.#writeVarint(known);
      return;
    }
    this.#ids.set(value, this.#nextId++);

    if (kind === undefined) kind = layoutAvailable ? classify(value) : (isProxy(value) ? kProxy : 0);
    if (kind === kProxy) throw this.#dataCloneError(`${describe(value)} could not be cloned.`);
    if (kind === kPlainArray || Array.isArray(value)) {
      this.#writeArray(value, kind === kPlainArray);
      return;
    }
    if (ArrayBuffer.isView(value)) {
      if (this.#viewsAsHostObjects) {
        this.#writeHostObject(value);
      } else {
        this.#writeView(value);
      }
      return;
    }
    // The class tag says what the object most likely is, and one brand check (which
    // succeeds, so throws nothing: failed ones throw, and exceptions are slow) confirms
    // it. A tag faked with Symbol.toStringTag falls through to the full list below.
    switch (objectToString.call(value)) {
      case '[object Object]':
        // Ordinary objects and class instances, the common case.
        if (value !== globalThis && !hasTagOverride(value)) {
          this.#writeJSObject(value);
          return;
        }
        break;
      case '[object Date]':
        if (isDate(value)) {
          this.#writeByte(kDate);
          this.#writeDouble(Date.prototype.getTime.call(value));
          return;
        }
        break;
      case '[object Map]':
        if (isMap(value)) {
          this.#writeMap(value);
          return;
        }
        break;
      case '[object Set]':
        if (isSet(value)) {
          this.#writeSet(value);
          return;
        }
        break;
      case '[object ArrayBuffer]':
        if (isArrayBuffer(value)) {
          this.#writeArrayBuffer(value);
          return;
        }
        break;
      case '[object Error]':
        if (isErrorObject(value)) {
          this.#writeError(value);
          return;
        }
        break;
    }
    if (isArrayBuffer(value)) {
      this.#writeArrayBuffer(value);
    } else if (isSharedArrayBuffer(value)) {
      const getId = this._getSharedArrayBufferId;
      if (typeof getId !== 'function') {
        throw this.#dataCloneError(`${describe(value)} could not be cloned.`);
      }
      const id = getId.call(this, value);
      this.#writeByte(kSharedArrayBuffer);
      this.#writeVarint(id >>> 0);
    } else if (isDate(value)) {
      this.#writeByte(kDate);
      this.#writeDouble(Date.prototype.getTime.call(value));
    } else if (isRegExp(value)) {
      this.#writeByte(kRegExp);
      this.#writeString(regExpSource.call(value));
      let bits = 0;
      for (const flag of regExpFlags.call(value)) bits |= regExpFlagBits[flag] ?? 0;
      this.#writeVarint(bits);
    } else if (isMap(value)) {
      this.#writeMap(value);
    } else if (isSet(value)) {
      this.#writeSet(value);
    } else if (isBooleanObject(value)) {
      this.#writeByte(Boolean.prototype.valueOf.call(value) ? kTrueObject : kFalseObject);
    } else if (isNumberObject(value)) {
      this.#writeByte(kNumberObject);
      this.#writeDouble(Number.prototype.valueOf.call(value));
    } else if (isBigIntObject(value)) {
      this.#writeByte(kBigIntObject);
      this.#writeBigIntContents(BigInt.prototype.valueOf.call(value));
    } else if (isStringObject(value)) {
      this.#writeByte(kStringObject);
      this.#writeString(String.prototype.valueOf.call(value));
    } else if (isSymbolObject(value)) {
      throw this.#dataCloneError('[object Symbol] could not be cloned.');
    } else if (isErrorObject(value)) {
      this.#writeError(value);
    } else if (isUncloneable(value)) {
      throw this.#dataCloneError(`${describe(value)} could not be cloned.`);
    } else {
      this.#writeJSObject(value);
    }
  }

  // The entries are read first, as V8 does, so that the walk sees one consistent list.
  #writeMap(map) {
    const entries = [];
    for (const [key, value] of Map.prototype.entries.call(map)) entries.push(key, value);
    const kinds = hasObject(entries) ? kindsOf(entries) : undefined;
    this.#writeByte(kBeginJSMap);
    for (let i = 0; i < entries.length; i++) this.#writeObject(entries[i], kindAt(kinds, i));
    this.#writeByte(kEndJSMap);
    this.#writeVarint(entries.length);
  }

  #writeSet(set) {
    const entries = [...Set.prototype.values.call(set)];
    const kinds = hasObject(entries) ? kindsOf(entries) : undefined;
    this.#writeByte(kBeginJSSet);
    for (let i = 0; i < entries.length; i++) this.#writeObject(entries[i], kindAt(kinds, i));
    this.#writeByte(kEndJSSet);
    this.#writeVarint(entries.length);
  }

  #writeJSObject(object) {
    this.#writeByte(kBeginJSObject);
    const count = this.#writeProperties(object, Object.keys(object), 0);
    this.#writeByte(kEndJSObject);
    this.#writeVarint(count);
  }

  // Writes the own enumerable properties named by keys[from...] as key/value pairs, index
  // keys as numbers. A property a getter deleted meanwhile is skipped, as V8 does. The
  // values are all read before any is written (so that one native call classifies them):
  // unlike V8, every getter has run before the first value's contents are walked.
  #writeProperties(object, keys, from) {
    const names = [];
    const values = [];
    let objects = false;
    for (let i = from; i < keys.length; i++) {
      const key = keys[i];
      if (!hasOwn(object, key)) continue;
      const value = object[key];
      if (!hasOwn(object, key)) continue;
      names.push(key);
      values.push(value);
      if (typeof value === 'object' && value !== null) objects = true;
    }
    const kinds = objects ? kindsOf(values) : undefined;
    for (let i = 0; i < names.length; i++) {
      const key = names[i];
      const index = indexKey(key);
      if (index === -1) {
        this.#writeString(key);
      } else {
        this.#writeNumber(index);
      }
      this.#writeObject(values[i], kindAt(kinds, i));
    }
    return names.length;
  }

  // elementsOnly: the array is known to have no other own properties.
  #writeArray(array, elementsOnly) {
    const length = array.length;
    let dense = true;
    let numbers = true;
    let smis = true;
    let objects = false;
    const elements = new Array(length);
    for (let i = 0; i < length; i++) {
      const element = array[i];
      elements[i] = element;
      // Object.hasOwn with a number key is slow; only an undefined read may be a hole.
      if (element === undefined && !hasOwn(array, i)) {
        dense = false;
        break;
      }
      if (typeof element !== 'number') {
        numbers = false;
        if (typeof element === 'object' && element !== null) objects = true;
      } else if (smis && !isSmi(element)) {
        smis = false;
      }
    }
    if (!dense) {
      this.#writeByte(kBeginSparseJSArray);
      this.#writeVarint(length);
      const count = this.#writeProperties(array, Object.keys(array), 0);
      this.#writeByte(kEndSparseJSArray);
      this.#writeVarint(count);
      this.#writeVarint(length);
      return;
    }
    this.#writeByte(kBeginDenseJSArray);
    this.#writeVarint(length);
    if (numbers && !smis) {
      this.#reserve(length * 9);
      const bytes = this.#bytes;
      let at = this.#length;
      for (let i = 0; i < length; i++) {
        bytes[at++] = kDouble;
        doubleScratch[0] = elements[i];
        for (let j = 0; j < 8; j++) bytes[at++] = doubleBytes[j];
      }
      this.#length = at;
    } else {
      const kinds = objects ? kindsOf(elements) : undefined;
      for (let i = 0; i < length; i++) this.#writeObject(elements[i], kindAt(kinds, i));
    }
    // Object.keys lists the `length` index keys of a dense array first, then the others.
    let count = 0;
    if (!elementsOnly) {
      const keys = Object.keys(array);
      if (keys.length > length) count = this.#writeProperties(array, keys, length);
    }
    this.#writeByte(kEndDenseJSArray);
    this.#writeVarint(count);
    this.#writeVarint(length);
  }

  #writeArrayBuffer(buffer) {
    const transferId = this.#transfers.get(buffer);
    if (transferId !== undefined) {
      this.#writeByte(kArrayBufferTransfer);
      this.#writeVarint(transferId);
      return;
    }
    if (buffer.detached) {
      throw this.#dataCloneError('An ArrayBuffer is detached and could not be cloned.');
    }
    const length = arrayBufferByteLength.call(buffer);
    if (buffer.resizable) {
      this.#writeByte(kResizableArrayBuffer);
      this.#writeVarint(length);
      this.#writeVarint(buffer.maxByteLength);
    } else {
      this.#writeByte(kArrayBuffer);
      this.#writeVarint(length);
    }
    this.#writeBytes(new Uint8Array(buffer, 0, length));
  }

  #writeView(view) {
    const kind = typedArrayKind.call(view) ?? 'DataView';
    const buffer = kind === 'DataView' ? dataViewBuffer.call(view) : view.buffer;
    this.#writeByte(kArrayBufferView);
    this.#writeByte(viewTags[kind]);
    let flags = 0;
    if (isArrayBuffer(buffer) && buffer.resizable) {
      flags |= kViewIsBackedByRab;
      if (isLengthTracking(view, buffer)) flags |= kViewIsLengthTracking;
    }
    this.#writeVarint(view.byteOffset);
    // V8 keeps no length for a length-tracking view: it writes 0.
    this.#writeVarint(flags & kViewIsLengthTracking ? 0 : view.byteLength);
    this.#writeVarint(flags);
  }

  #writeHostObject(object) {
    this.#writeByte(kHostObject);
    const write = this._writeHostObject;
    if (typeof write !== 'function') {
      throw this.#dataCloneError(`${objectToString.call(object)} could not be cloned.`);
    }
    write.call(this, object);
  }

  #writeError(error) {
    const message = Object.getOwnPropertyDescriptor(error, 'message');
    const cause = Object.getOwnPropertyDescriptor(error, 'cause');
    this.#writeByte(kError);
    const name = `${error.name}`;
    const protoTag = errorPrototypeTags.get(name);
    if (protoTag !== undefined) this.#writeVarint(protoTag);
    if (message !== undefined && 'value' in message) {
      const text = `${message.value}`;
      this.#writeVarint(kErrorMessage);
      this.#writeString(text);
    }
    const stack = error.stack;
    if (typeof stack === 'string') {
      this.#writeVarint(kErrorStack);
      this.#writeString(stack);
    }
    if (cause !== undefined && 'value' in cause) {
      this.#writeVarint(kErrorCause);
      this.#writeObject(cause.value);
    }
    this.#writeVarint(kErrorEnd);
  }
}

Serializer.prototype._getDataCloneError = Error;

function hasObject(values) {
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value === 'object' && value !== null) return true;
  }
  return false;
}

function varintSize(n) {
  let size = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    size++;
  }
  return size;
}

// Thrown inside the reader on malformed input; readValue() turns it into Node's error.
class Malformed {}
const malformed = new Malformed();

function fail() {
  throw malformed;
}

let utf8Decoder;

class Deserializer {
  #bytes;
  #position = 0;
  #version = 0;
  #ids = [];
  #nextId = 0;
  #transfers = new Map();

  constructor(buffer) {
    if (!ArrayBuffer.isView(buffer)) throw argTypeError('buffer must be a TypedArray or a DataView');
    this.buffer = buffer;
    this.#bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }

  readHeader() {
    if (this.#bytes[this.#position] === kVersion) {
      this.#position++;
      const version = this.#tryVarint();
      if (version !== -1 && version <= kLatestVersion && version >= kMinimumVersion) {
        this.#version = version;
        return true;
      }
    }
    throw new Error('Unable to deserialize cloned data due to invalid or unsupported version.');
  }

  readValue() {
    try {
      return this.#readObject();
    } catch (err) {
      if (err === malformed) throw new Error('Unable to deserialize cloned data.');
      throw err;
    }
  }

  getWireFormatVersion() {
    return this.#version;
  }

  transferArrayBuffer(id, arrayBuffer) {
    if (!isAnyArrayBuffer(arrayBuffer)) {
      throw argTypeError('arrayBuffer must be an ArrayBuffer or SharedArrayBuffer');
    }
    this.#transfers.set(id >>> 0, arrayBuffer);
  }

  readUint32() {
    const n = this.#tryVarint();
    if (n === -1) throw new Error('ReadUint32() failed');
    return n;
  }

  readUint64() {
    const start = this.#position;
    let n = 0n;
    let shift = 0n;
    for (;;) {
      if (this.#position >= this.#bytes.length) {
        this.#position = start;
        throw new Error('ReadUint64() failed');
      }
      const byte = this.#bytes[this.#position++];
      if (shift < 64n) n |= BigInt(byte & 0x7F) << shift;
      shift += 7n;
      if (byte < 0x80) break;
    }
    n = BigInt.asUintN(64, n);
    return [Number(n >> 32n), Number(n & 0xFFFFFFFFn)];
  }

  readDouble() {
    if (this.#position + 8 > this.#bytes.length) throw new Error('ReadDouble() failed');
    return this.#double();
  }

  _readRawBytes(length) {
    length = +length || 0;
    const position = this.#position;
    if (length < 0 || position + length > this.#bytes.length) {
      throw new Error('ReadRawBytes() failed');
    }
    this.#position += length;
    return position;
  }

  readRawBytes(length) {
    length = +length || 0;
    const offset = this._readRawBytes(length);
    return new FastBuffer(this.buffer.buffer, this.buffer.byteOffset + offset, length);
  }

  // Returns the varint at the read position as a uint32, or -1 if the bytes end first.
  // Like V8, it reads any number of bytes and drops the bits above 32.
  #tryVarint() {
    const bytes = this.#bytes;
    let n = 0;
    let shift = 0;
    let at = this.#position;
    for (;;) {
      if (at >= bytes.length) return -1;
      const byte = bytes[at++];
      if (shift < 32) n += (byte & 0x7F) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) break;
    }
    this.#position = at;
    return n % 4294967296;
  }

  #varint() {
    const n = this.#tryVarint();
    if (n === -1) fail();
    return n;
  }

  #uint32() {
    return this.#varint();
  }

  #double() {
    const at = this.#position;
    const bytes = this.#bytes;
    if (at + 8 > bytes.length) fail();
    for (let i = 0; i < 8; i++) doubleBytes[i] = bytes[at + i];
    this.#position = at + 8;
    return doubleScratch[0];
  }

  #readTag() {
    const bytes = this.#bytes;
    while (this.#position < bytes.length) {
      const tag = bytes[this.#position++];
      if (tag !== kPadding) return tag;
    }
    return fail();
  }

  #peekTag() {
    const bytes = this.#bytes;
    let at = this.#position;
    while (at < bytes.length && bytes[at] === kPadding) at++;
    if (at >= bytes.length) return -1;
    this.#position = at;
    return bytes[at];
  }

  #take(length) {
    const start = this.#position;
    if (start + length > this.#bytes.length) fail();
    this.#position = start + length;
    return start;
  }

  #bigIntContents() {
    const bitfield = this.#varint();
    const byteLength = Math.floor(bitfield / 2);
    if (byteLength % 8 !== 0) fail();
    const start = this.#take(byteLength);
    let n = 0n;
    for (let i = start + byteLength - 1; i >= start; i--) {
      n = (n << 8n) | BigInt(this.#bytes[i]);
    }
    return bitfield & 1 ? -n : n;
  }

  // A string inside another value (a RegExp's source, an error's message or stack). Before
  // version 12 (and so without a header, as V8 reads it) it was UTF-8 with no tag.
  #string() {
    if (this.#version < 12) {
      const length = this.#varint();
      const start = this.#take(length);
      utf8Decoder ??= new TextDecoder();
      return utf8Decoder.decode(this.#bytes.subarray(start, start + length));
    }
    const value = this.#readObject();
    if (typeof value !== 'string') fail();
    return value;
  }

  #remember(id, object) {
    this.#ids[id] = object;
    return object;
  }

  #readObject() {
    const tag = this.#readTag();
    let result;
    switch (tag) {
      case kVerifyObjectCount:
        this.#varint();
        return this.#readObject();
      case kUndefined: return undefined;
      case kNull: return null;
      case kTrue: return true;
      case kFalse: return false;
      case kInt32: {
        const n = this.#uint32();
        return (n >>> 1) ^ -(n & 1);
      }
      case kUint32: return this.#uint32();
      case kDouble: return this.#double();
      case kBigInt: return this.#bigIntContents();
      case kUtf8String: {
        const length = this.#varint();
        const start = this.#take(length);
        utf8Decoder ??= new TextDecoder();
        return utf8Decoder.decode(this.#bytes.subarray(start, start + length));
      }
      case kOneByteString: {
        const length = this.#varint();
        const start = this.#take(length);
        return latin1Slice(this.#bytes, start, start + length);
      }
      case kTwoByteString: {
        const length = this.#varint();
        if (length % 2 !== 0) fail();
        const start = this.#take(length);
        return ucs2Slice(this.#bytes, start, start + length);
      }
      case kObjectReference: {
        const id = this.#uint32();
        if (!hasOwn(this.#ids, id)) fail();
        result = this.#ids[id];
        break;
      }
      case kBeginJSObject: {
        const object = this.#remember(this.#nextId++, {});
        const count = this.#readProperties(object, kEndJSObject);
        if (this.#uint32() !== count) fail();
        return object;
      }
      case kBeginSparseJSArray: {
        const length = this.#uint32();
        const array = this.#remember(this.#nextId++, new Array(length));
        const count = this.#readProperties(array, kEndSparseJSArray);
        if (this.#uint32() !== count || this.#uint32() !== length) fail();
        return array;
      }
      case kBeginDenseJSArray: return this.#readDenseArray();
      case kDate: {
        const id = this.#nextId++;
        return this.#remember(id, new Date(this.#double()));
      }
      case kTrueObject: return this.#remember(this.#nextId++, Object(true));
      case kFalseObject: return this.#remember(this.#nextId++, Object(false));
      case kNumberObject: {
        const id = this.#nextId++;
        return this.#remember(id, Object(this.#double()));
      }
      case kBigIntObject: {
        const id = this.#nextId++;
        return this.#remember(id, Object(this.#bigIntContents()));
      }
      case kStringObject: {
        const id = this.#nextId++;
        return this.#remember(id, Object(this.#string()));
      }
      case kRegExp: return this.#readRegExp();
      case kBeginJSMap: {
        const map = this.#remember(this.#nextId++, new Map());
        let count = 0;
        while (this.#peekTag() !== kEndJSMap) {
          const key = this.#readObject();
          const value = this.#readObject();
          map.set(key, value);
          count += 2;
        }
        this.#position++;
        if (this.#uint32() !== count) fail();
        return map;
      }
      case kBeginJSSet: {
        const set = this.#remember(this.#nextId++, new Set());
        let count = 0;
        while (this.#peekTag() !== kEndJSSet) {
          set.add(this.#readObject());
          count++;
        }
        this.#position++;
        if (this.#uint32() !== count) fail();
        return set;
      }
      case kArrayBuffer: {
        const id = this.#nextId++;
        const length = this.#uint32();
        const start = this.#take(length);
        result = this.#remember(id, this.#bytes.slice(start, start + length).buffer);
        break;
      }
      case kResizableArrayBuffer: {
        const id = this.#nextId++;
        const length = this.#uint32();
        const maxByteLength = this.#uint32();
        if (length > maxByteLength) fail();
        const start = this.#take(length);
        let buffer;
        try {
          buffer = new ArrayBuffer(length, { maxByteLength });
        } catch {
          fail();
        }
        new Uint8Array(buffer).set(this.#bytes.subarray(start, start + length));
        result = this.#remember(id, buffer);
        break;
      }
      case kArrayBufferTransfer: {
        const id = this.#nextId++;
        const transferId = this.#uint32();
        const buffer = this.#transfers.get(transferId);
        if (buffer === undefined) fail();
        result = this.#remember(id, buffer);
        break;
      }
      case kError: return this.#readError();
      case kHostObject: return this.#readHostObject();
      default:
        // Shared array buffers, shared objects and WebAssembly need an embedder's help
        // that Node's Deserializer does not give.
        return fail();
    }
    if (isAnyArrayBuffer(result) && this.#peekTag() === kArrayBufferView) {
      this.#position++;
      return this.#readView(result);
    }
    return result;
  }

  // Reads key/value pairs into object until endTag; returns how many there were.
  #readProperties(object, endTag) {
    let count = 0;
    for (;;) {
      const tag = this.#peekTag();
      if (tag === endTag) {
        this.#position++;
        return count;
      }
      if (tag === -1) fail();
      const key = this.#readObject();
      if (typeof key !== 'string' && typeof key !== 'number') fail();
      const value = this.#readObject();
      // An array's length is not a property a stream can set (V8 fails there too).
      if (key === 'length' && endTag !== kEndJSObject) fail();
      if (key === '__proto__') {
        Object.defineProperty(object, key, {
          value, writable: true, enumerable: true, configurable: true,
        });
      } else {
        object[key] = value;
      }
      count++;
    }
  }

  #readDenseArray() {
    const length = this.#uint32();
    // Every element takes at least a byte: a longer length is corrupt.
    if (length > this.#bytes.length - this.#position) fail();
    const array = this.#remember(this.#nextId++, new Array(length));
    for (let i = 0; i < length; i++) {
      if (this.#peekTag() === kTheHole) {
        this.#position++;
        continue;
      }
      array[i] = this.#readObject();
    }
    const count = this.#readProperties(array, kEndDenseJSArray);
    if (this.#uint32() !== count || this.#uint32() !== length) fail();
    return array;
  }

  #readRegExp() {
    const id = this.#nextId++;
    const source = this.#string();
    const bits = this.#uint32();
    if (bits & ~kRegExpKnownFlags) fail();
    let flags = '';
    for (const [flag, bit] of regExpFlagOrder) if (bits & bit) flags += flag;
    let regexp;
    try {
      regexp = new RegExp(source, flags);
    } catch {
      fail();
    }
    return this.#remember(id, regexp);
  }

  #readView(buffer) {
    const subtag = this.#readTag();
    const byteOffset = this.#uint32();
    const byteLength = this.#uint32();
    const flags = this.#version >= 14 ? this.#uint32() : 0;
    const id = this.#nextId++;
    const Ctor = viewConstructorByTag.get(subtag);
    if (Ctor === undefined) fail();
    const elementSize = Ctor.BYTES_PER_ELEMENT ?? 1;
    const bufferLength = isArrayBuffer(buffer) ? arrayBufferByteLength.call(buffer) :
      buffer.byteLength;
    if (byteOffset > bufferLength || byteLength > bufferLength - byteOffset ||
        byteOffset % elementSize !== 0 || byteLength % elementSize !== 0) {
      fail();
    }
    let view;
    try {
      view = flags & kViewIsLengthTracking && buffer.resizable ?
        new Ctor(buffer, byteOffset) :
        new Ctor(buffer, byteOffset, byteLength / elementSize);
    } catch {
      fail();
    }
    return this.#remember(id, view);
  }

  #readError() {
    const id = this.#nextId++;
    let Ctor = Error;
    let message;
    let stack;
    let hasCause = false;
    let cause;
    for (;;) {
      const tag = this.#varint();
      if (tag === kErrorEnd) break;
      if (tag === kErrorMessage) {
        message = this.#string();
      } else if (tag === kErrorStack) {
        stack = this.#string();
      } else if (tag === kErrorCause) {
        hasCause = true;
        cause = this.#readObject();
      } else if (errorConstructorByTag.has(tag)) {
        Ctor = errorConstructorByTag.get(tag);
      } else {
        fail();
      }
    }
    const error = new Ctor();
    // Own properties in V8's order: stack, message, cause.
    delete error.message;
    Object.defineProperty(error, 'stack', {
      value: stack, writable: true, enumerable: false, configurable: true,
    });
    if (message !== undefined) {
      Object.defineProperty(error, 'message', {
        value: message, writable: true, enumerable: false, configurable: true,
      });
    }
    if (hasCause) {
      Object.defineProperty(error, 'cause', {
        value: cause, writable: true, enumerable: false, configurable: true,
      });
    }
    return this.#remember(id, error);
  }

  #readHostObject() {
    const id = this.#nextId++;
    const read = this._readHostObject;
    if (typeof read !== 'function') fail();
    const object = read.call(this);
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw new TypeError('readHostObject must return an object');
    }
    return this.#remember(id, object);
  }
}

module.exports = { Serializer, Deserializer };
