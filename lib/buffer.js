'use strict';
// node:buffer. A Buffer is a FastBuffer (internal/buffer), a Uint8Array subclass whose
// prototype is Buffer.prototype; small Buffers share one pooled ArrayBuffer, as in Node.
// The byte work lives in internal/buffer and src/bindings/buffer.c.

// internal/errors (with internal/stack, ~6M instructions) is loaded by the first error
// thrown: a program that makes Buffers without a bad argument never loads it.
const { codes } = require('internal/errors/lazy');
const { validateInteger, validateNumber, validateString } = require('internal/validators');
const { isAnyArrayBuffer, isTypedArray, isUint8Array } = require('internal/util/types');
const {
  FastBuffer, binding, encodingOps, getEncodingOps, normalizeEncoding, utf8Slice,
  utf8Write, asciiPrefixWrite, latin1Slice, asciiSlice, ucs2Slice, hexSlice, base64Slice, base64urlSlice,
  addNumericMethods,
} = require('internal/buffer');

// JavaScriptCore's limits, not V8's: an ArrayBuffer holds at most 4 GiB and a string
// at most 2^31 - 1 UTF-16 units.
const kMaxLength = 2 ** 32;
const kStringMaxLength = 2 ** 31 - 1;
const kMaxSafe = Number.MAX_SAFE_INTEGER;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayFill = TypedArrayPrototype.fill;
const typedArraySet = TypedArrayPrototype.set;
const typedArrayIndexOf = TypedArrayPrototype.indexOf;
const typedArrayLastIndexOf = TypedArrayPrototype.lastIndexOf;
const typedArraySlice = TypedArrayPrototype.slice;

let INSPECT_MAX_BYTES = 50;

// ---- Allocation ----

let poolSize;
let poolOffset;
let allocPool;
let allocPoolView;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new ArrayBuffer(poolSize);
  allocPoolView = new FastBuffer(allocPool);
  poolOffset = 0;
}

// Keeps pooled Buffers 8-byte aligned, so typed arrays over them work.
function alignPool() {
  if (poolOffset & 0x7) poolOffset = (poolOffset | 0x7) + 1;
}

// An uninitialised Buffer of size bytes, pooled when small.
function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (allocPool === undefined || size > poolSize - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return new FastBuffer(size);
}

function fromStringFast(string, ops) {
  const length = string.length;
  if (length === 0) return new FastBuffer();
  // Encoded sizes have a cheap upper bound: three bytes per unit for UTF-8 and four per
  // three characters otherwise (base64 may need up to 3/4 of the length, hex 1/2).
  const maxBytes = ops.id === 1 ? length * 3 : ops.id === 2 ? length * 2 : length;
  if (maxBytes >= (Buffer.poolSize >>> 1)) {
    if (ops.id === 1 && !binding.readsLatin1) {
      // Most long text is ASCII, which the JS loop encodes faster than a binding that must
      // widen an 8-bit string to UTF-16 first. Anything else starts over.
      const ascii = new FastBuffer(length);
      if (asciiPrefixWrite(ascii, string, 0, length) === length) return ascii;
    }
    const decoded = ops.decodeNative !== undefined ? ops.decodeNative(string) : undefined;
    if (decoded !== undefined) return new FastBuffer(decoded.buffer, 0, decoded.length);
    return new FastBuffer(binding.fromString(string, ops.id));
  }
  if (allocPool === undefined || maxBytes > poolSize - poolOffset) createPool();
  const written = ops.write(allocPoolView, string, poolOffset, maxBytes);
  const b = new FastBuffer(allocPool, poolOffset, written);
  poolOffset += written;
  alignPool();
  return b;
}

function fromString(string, encoding) {
  let ops;
  if (encoding === undefined || encoding === 'utf8') {
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) {
      if (typeof encoding !== 'string' || encoding.length === 0) {
        ops = encodingOps.utf8;
      } else {
        throw new codes.ERR_UNKNOWN_ENCODING(encoding);
      }
    }
  }
  return fromStringFast(string, ops);
}

function fromArrayLike(obj) {
  const length = obj.length;
  if (length <= 0) return new FastBuffer();
  const b = allocate(length);
  if (isUint8Array(obj)) {
    typedArraySet.call(b, obj, 0);
  } else {
    for (let i = 0; i < length; i++) b[i] = obj[i];
  }
  return b;
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (byteOffset !== byteOffset) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length !== undefined) {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  } else if (obj.resizable || obj.growable) {
    return new FastBuffer(obj, byteOffset);
  } else {
    length = maxLength;
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

// ---- The Buffer function ----

let deprecationWarned = false;
let deprecationChecks = 0;
function warnDeprecatedConstructor() {
  // Reading the stack is costly: like Node, give up looking after 10000 calls.
  if (deprecationWarned || ++deprecationChecks > 10000) return;
  // Node stays quiet for code inside node_modules (old dependencies call Buffer()), and for
  // the engine's own calls (buf.map() and friends construct through Symbol.species).
  const stack = new Error().stack || '';
  const lines = stack.split('\n').slice(3, 6);
  if (lines.some((line) => line.includes('node_modules')) ||
      (lines[0] !== undefined && lines[0].endsWith('(<anonymous>)'))) {
    return;
  }
  deprecationWarned = true;
  process.emitWarning('Buffer() is deprecated due to security and usability issues. Please ' +
    'use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
  'DeprecationWarning', 'DEP0005');
}

// The deprecated Buffer(arg[, encodingOrOffset[, length]]), with or without `new`.
function Buffer(arg, encodingOrOffset, length) {
  warnDeprecatedConstructor();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new codes.ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, 'name', { value: 'Buffer' });
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(FastBuffer.prototype, 'constructor', {
  value: Buffer, writable: true, configurable: true,
});
Object.setPrototypeOf(Buffer, Uint8Array);
// Buffer[Symbol.species] is FastBuffer, as in Node: the views buf.subarray(), buf.map()...
// make, and those of packages that construct through it (ws), skip the deprecated Buffer().
Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null, get() { return FastBuffer; }, enumerable: false, configurable: true,
});
Buffer.poolSize = 64 * 1024; // Node 24's size

function firstArgumentError(value) {
  return new codes.ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
}

function defineStatic(name, fn) {
  Object.defineProperty(fn, 'name', { value: name });
  Object.defineProperty(Buffer, name, {
    value: fn, writable: true, enumerable: true, configurable: true,
  });
}

defineStatic('from', function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw firstArgumentError(value);
});

defineStatic('copyBytesFrom', function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new codes.ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return new FastBuffer();
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return new FastBuffer();
    } else {
      offset = 0;
    }
    let end = viewLength;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    }
    view = typedArraySlice.call(view, offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
});

defineStatic('of', function of(...items) {
  const b = allocate(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
});

function validateSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

defineStatic('alloc', function alloc(size, fill, encoding) {
  validateSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    return fillImpl(new FastBuffer(size), fill, 0, size, encoding);
  }
  return new FastBuffer(size);
});

defineStatic('allocUnsafe', function allocUnsafe(size) {
  validateSize(size);
  return allocate(size);
});

defineStatic('allocUnsafeSlow', function allocUnsafeSlow(size) {
  validateSize(size);
  return new FastBuffer(size);
});

defineStatic('isBuffer', function isBuffer(b) {
  return b instanceof Buffer;
});

defineStatic('compare', function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) {
    throw new codes.ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  }
  if (!isUint8Array(buf2)) {
    throw new codes.ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  }
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, 0, buf1.length, buf2, 0, buf2.length);
});

defineStatic('isEncoding', function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    getEncodingOps(encoding) !== undefined;
});

function validateOffset(value, name, min = 0, max = kMaxSafe) {
  validateInteger(value, name, min, max);
}

defineStatic('concat', function concat(list, length) {
  if (!Array.isArray(list)) throw new codes.ERR_INVALID_ARG_TYPE('list', 'Array', list);
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = allocate(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new codes.ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], buf);
    }
    const n = buf.length;
    if (n > length - pos) {
      pos += copyActual(buf, buffer, pos, 0, n);
    } else if (n <= 64) {
      // A byte loop beats TypedArray.prototype.set() on short parts.
      for (let k = 0; k < n; k++) buffer[pos + k] = buf[k];
      pos += n;
    } else {
      typedArraySet.call(buffer, buf, pos);
      pos += n;
    }
  }
  if (pos < length) typedArrayFill.call(buffer, 0, pos, length);
  return buffer;
});

defineStatic('byteLength', function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new codes.ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string.length === 0) return 0;
  const ops = getEncodingOps(encoding);
  return (ops === undefined ? encodingOps.utf8 : ops).byteLength(string);
});

// ---- Buffer.prototype ----

const proto = Buffer.prototype;

function defineMethod(name, fn) {
  Object.defineProperty(fn, 'name', { value: name });
  Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true });
}

// Methods Node exposes per encoding: buf.utf8Slice(start, end), buf.hexWrite(string, ...).
const slices = {
  asciiSlice, base64Slice, base64urlSlice, latin1Slice, hexSlice, ucs2Slice, utf8Slice,
};
for (const name of Object.keys(slices)) {
  const slice = slices[name];
  defineMethod(name, function(start = 0, end = this.length) {
    start = Math.max(0, Math.trunc(start) || 0);
    end = Math.trunc(end) || 0;
    if (end < start) end = start;
    if (end > this.length) throw indexOutOfRange();
    return slice(this, start, end);
  });
}
for (const name of ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2', 'utf8']) {
  const ops = encodingOps[name];
  defineMethod(`${name}Write`, function(string, offset = 0, length = this.length - offset) {
    if (typeof string !== 'string') throw stringArgumentError();
    if (offset > this.length) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('offset');
    if (length > this.length - offset) length = this.length - offset;
    return ops.write(this, string, offset, length);
  });
}

function indexOutOfRange() {
  const err = new RangeError('Index out of range');
  err.code = 'ERR_OUT_OF_RANGE';
  return err;
}

function stringArgumentError() {
  const err = new TypeError('argument must be a string');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

Object.defineProperty(proto, 'parent', {
  get() { return this instanceof Buffer ? this.buffer : undefined; },
  enumerable: true, configurable: true,
});
Object.defineProperty(proto, 'offset', {
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
  enumerable: true, configurable: true,
});

defineMethod('toString', function toString(encoding, start, end) {
  if (arguments.length === 0) return utf8Slice(this, 0, this.length);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return utf8Slice(this, start, end);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  return ops.slice(this, start, end);
});
Object.defineProperty(proto, 'toLocaleString', {
  value: proto.toString, writable: true, configurable: true,
});

defineMethod('equals', function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new codes.ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || binding.compare(this, 0, len, otherBuffer, 0, len) === 0;
});

function inspectBuffer(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const shown = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = '';
  for (let i = 0; i < shown; i++) str += (i === 0 ? '' : ' ') + hexSlice(this, i, i + 1);
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  // Own non-index properties are shown too, like any object's.
  if (ctx) {
    const names = ctx.showHidden ? Object.getOwnPropertyNames(this) : Object.keys(this);
    const extras = { __proto__: null };
    let any = false;
    for (const key of names) {
      if (!/^(0|[1-9][0-9]*)$/.test(key)) {
        extras[key] = this[key];
        any = true;
      }
    }
    for (const sym of Object.getOwnPropertySymbols(this)) {
      if (ctx.showHidden || Object.prototype.propertyIsEnumerable.call(this, sym)) {
        extras[sym] = this[sym];
        any = true;
      }
    }
    if (any) {
      const { inspect } = require('internal/util/inspect');
      const text = inspect(extras, { ...ctx, breakLength: Infinity, compact: true });
      // Drop the "[Object: null prototype] {" head and the " }" tail.
      if (this.length !== 0) str += ', ';
      str += text.slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
}
defineMethod('inspect', inspectBuffer);
Object.defineProperty(proto, customInspectSymbol, {
  value: inspectBuffer, writable: true, configurable: true,
});

defineMethod('compare', function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) {
    throw new codes.ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (arguments.length === 1) return binding.compare(this, 0, this.length, target, 0, target.length);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return binding.compare(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
});

// A byte view of any ArrayBufferView.
function bytesOf(view) {
  return isUint8Array(view) ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.byteLength - targetStart) {
    sourceEnd = sourceStart + target.byteLength - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const available = source.byteLength - sourceStart;
  if (nb > available) nb = available;
  if (nb <= 0) return 0;
  const from = bytesOf(source);
  const to = bytesOf(target);
  if (sourceStart === 0 && nb === from.length) {
    typedArraySet.call(to, from, targetStart);
  } else {
    typedArraySet.call(to, new Uint8Array(from.buffer, from.byteOffset + sourceStart, nb),
      targetStart);
  }
  return nb;
}

function toInteger(n, defaultValue) {
  n = +n;
  if (n === n && n >= Number.MIN_SAFE_INTEGER && n <= kMaxSafe) return n % 1 === 0 ? n : Math.floor(n);
  return defaultValue;
}

defineMethod('copy', function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!ArrayBuffer.isView(this)) {
    throw new codes.ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], this);
  }
  if (!ArrayBuffer.isView(target)) {
    throw new codes.ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = Number.isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw new codes.ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = Number.isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > this.byteLength) {
      throw new codes.ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.byteLength}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = this.byteLength;
  } else {
    sourceEnd = Number.isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new codes.ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
  return copyActual(this, target, targetStart, sourceStart, sourceEnd);
});

defineMethod('write', function write(string, offset, length, encoding) {
  if (typeof string !== 'string') throw stringArgumentError();
  if (offset === undefined) return utf8Write(this, string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return utf8Write(this, string, offset, length);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  return ops.write(this, string, offset, length);
});

defineMethod('toJSON', function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; i++) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
});

// Start/end arguments of slice and subarray, relative to the end when negative.
function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || offset !== offset) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
}
defineMethod('subarray', subarray);
defineMethod('slice', function slice(start, end) {
  return subarray.call(this, start, end);
});

function swapError(bits) {
  return new codes.ERR_INVALID_BUFFER_SIZE(`${bits}-bits`);
}

defineMethod('swap16', function swap16() {
  const len = this.length;
  if (len % 2 !== 0) throw swapError(16);
  if (len < 128) {
    for (let i = 0; i < len; i += 2) {
      const t = this[i];
      this[i] = this[i + 1];
      this[i + 1] = t;
    }
    return this;
  }
  binding.swap(this, 2);
  return this;
});

defineMethod('swap32', function swap32() {
  const len = this.length;
  if (len % 4 !== 0) throw swapError(32);
  if (len < 192) {
    for (let i = 0; i < len; i += 4) {
      let t = this[i];
      this[i] = this[i + 3];
      this[i + 3] = t;
      t = this[i + 1];
      this[i + 1] = this[i + 2];
      this[i + 2] = t;
    }
    return this;
  }
  binding.swap(this, 4);
  return this;
});

defineMethod('swap64', function swap64() {
  const len = this.length;
  if (len % 8 !== 0) throw swapError(64);
  if (len < 192) {
    for (let i = 0; i < len; i += 8) {
      for (let a = i, b = i + 7; a < b; a++, b--) {
        const t = this[a];
        this[a] = this[b];
        this[b] = t;
      }
    }
    return this;
  }
  binding.swap(this, 8);
  return this;
});

// buf.fill(value[, offset[, end]][, encoding]).
function fillImpl(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (normalized === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalized === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
    encoding = normalized;
  } else {
    encoding = undefined;
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (offset > end || end > buf.byteLength) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS();
    typedArrayFill.call(bytesOf(buf), value, offset, end);
    return buf;
  }
  let pattern;
  if (typeof value === 'string') {
    pattern = Buffer.from(value, encoding);
    if (pattern.length === 0) throw new codes.ERR_INVALID_ARG_VALUE('value', value);
  } else if (ArrayBuffer.isView(value)) {
    pattern = bytesOf(value);
    if (pattern.length === 0) throw new codes.ERR_INVALID_ARG_VALUE('value', value);
  } else {
    // Anything else fills with its 32-bit value's low byte, as Node's native fill does.
    typedArrayFill.call(bytesOf(buf), (value >>> 0) & 255, offset, end);
    return buf;
  }
  if (end > buf.byteLength) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS();
  if (pattern.length === 1) typedArrayFill.call(bytesOf(buf), pattern[0], offset, end);
  else binding.fill(bytesOf(buf), pattern, offset, end);
  return buf;
}

defineMethod('fill', function fill(value, offset, end, encoding) {
  return fillImpl(this, value, offset, end, encoding);
});

// The start position for a search from byteOffset (negative counts from the end), or -1
// when nothing can match: the rules of Node's indexOf/lastIndexOf.
function searchStart(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  return forward ? -1 : length - 1;
}

function indexOfBytes(buffer, needle, byteOffset, forward) {
  const length = buffer.byteLength;
  const start = searchStart(length, byteOffset, needle.length, forward);
  if (needle.length === 0) return start;
  if (start < 0 || length === 0 || needle.length > length) return -1;
  if (needle.length === 1) {
    return forward ? typedArrayIndexOf.call(bytesOf(buffer), needle[0], start) :
      typedArrayLastIndexOf.call(bytesOf(buffer), needle[0], start);
  }
  return binding.indexOf(bytesOf(buffer), needle, start, forward);
}

// A UTF-16 search compares 16-bit units, as Node does: only even positions match, the odd
// last byte of a needle is left out, and nothing matches a needle or haystack under 2 bytes;
// an odd start counts from the unit holding it.
function indexOfUcs2(buffer, needle, byteOffset, forward) {
  const length = buffer.byteLength;
  let pos = searchStart(length, byteOffset, needle.length, forward);
  if (needle.length === 0) return pos;
  if (pos < 0 || length < 2 || needle.length < 2 || needle.length > length) return -1;
  if (forward && pos + needle.length > length) return -1;
  if (needle.length & 1) needle = needle.subarray(0, needle.length - 1);
  const bytes = bytesOf(buffer);
  pos -= pos & 1;
  while (forward ? pos + needle.length <= length : pos >= 0) {
    const found = binding.indexOf(bytes, needle, pos, forward);
    if ((found & 1) === 0 || found < 0) return found;
    pos = forward ? found + 1 : found - 1;
  }
  return -1;
}

function bidirectionalIndexOf(buffer, value, byteOffset, encoding, forward) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (byteOffset !== byteOffset) byteOffset = forward ? 0 : (buffer.length || buffer.byteLength);
  byteOffset = Math.trunc(byteOffset);
  if (typeof value === 'number') {
    const byte = (value >>> 0) & 255;
    const start = searchStart(buffer.byteLength, byteOffset, 1, forward);
    if (start < 0 || buffer.byteLength === 0) return -1;
    return forward ? typedArrayIndexOf.call(bytesOf(buffer), byte, start) :
      typedArrayLastIndexOf.call(bytesOf(buffer), byte, start);
  }
  const ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);
  if (typeof value === 'string') {
    if (ops === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    const needle = fromString(value, ops.encoding);
    return ops.encoding === 'utf16le' ? indexOfUcs2(buffer, needle, byteOffset, forward) :
      indexOfBytes(buffer, needle, byteOffset, forward);
  }
  if (isUint8Array(value)) {
    return ops?.encoding === 'utf16le' ? indexOfUcs2(buffer, value, byteOffset, forward) :
      indexOfBytes(buffer, value, byteOffset, forward);
  }
  throw new codes.ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'],
                                      value);
}

defineMethod('indexOf', function indexOf(value, byteOffset, encoding) {
  return bidirectionalIndexOf(this, value, byteOffset, encoding, true);
});

defineMethod('lastIndexOf', function lastIndexOf(value, byteOffset, encoding) {
  return bidirectionalIndexOf(this, value, byteOffset, encoding, false);
});

defineMethod('includes', function includes(value, byteOffset, encoding) {
  return bidirectionalIndexOf(this, value, byteOffset, encoding, true) !== -1;
});

addNumericMethods(proto);

// ---- Module functions ----

function SlowBuffer(size) {
  validateSize(size);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

function checkValidatable(input) {
  // A detached buffer reads as empty (valid), as in Node 24.
  if (isTypedArray(input)) return input;
  if (isAnyArrayBuffer(input)) return input.detached ? new Uint8Array(0) : new Uint8Array(input);
  throw new codes.ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isUtf8(input) {
  return binding.isUtf8(checkValidatable(input));
}

function isAscii(input) {
  return binding.isAscii(checkValidatable(input));
}

// The encodings transcode converts between (those ICU does in Node).
const transcodable = { __proto__: null, ascii: true, latin1: true, utf16le: true, utf8: true };

function transcodeError(code, errno) {
  const err = new Error(`Unable to transcode Buffer [${code}]`);
  err.code = code;
  err.errno = errno;
  return err;
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new codes.ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return new FastBuffer();
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  if (!transcodable[from] || !transcodable[to]) {
    throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  }
  let text;
  if (from === 'utf8') {
    text = utf8Slice(source, 0, source.length);
    if (to === 'utf16le' && !binding.isUtf8(source)) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
  } else if (from === 'ascii') {
    // ICU's US-ASCII decoder maps bytes above 0x7F to U+FFFD, unlike Buffer's 'ascii'.
    text = latin1Slice(source, 0, source.length).replace(/[\x80-\xff]/g, '\ufffd');
  } else {
    text = getEncodingOps(from).slice(source, 0, source.length);
  }
  if (to === 'latin1') text = text.replace(/[^\x00-\xff]/gu, '?');
  else if (to === 'ascii') text = text.replace(/[^\x00-\x7f]/gu, '?');
  return fromString(text, to);
}

// atob() and btoa(), complete as the WHATWG HTML standard and Node define them.
const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
// Maps a char code to its 6-bit value, or -1; built by the first atob().
let base64Values;

function invalidCharacter(message = 'Invalid character') {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(message, 'InvalidCharacterError');
}

// Encodes a string of Latin-1 characters (each a byte) as base64.
function btoa(input) {
  if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw invalidCharacter();
  }
  return fromStringFast(input, encodingOps.latin1).toString('base64');
}

function isAsciiWhitespace(code) {
  return code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d || code === 0x20;
}

// Decodes base64 ("forgiving-base64" of the WHATWG Infra standard) into a string of
// Latin-1 characters. Errors follow Node: a bad character, or '=' anywhere but at the
// end of a length that is a multiple of four, is "Invalid character"; a length that
// leaves a lone sextet is "not correctly encoded".
function atob(input) {
  if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('input');
  input = `${input}`;
  if (base64Values === undefined) {
    base64Values = new Int8Array(128).fill(-1);
    for (let i = 0; i < base64Alphabet.length; i++) base64Values[base64Alphabet.charCodeAt(i)] = i;
  }
  let count = 0;
  let padding = 0;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (isAsciiWhitespace(code)) continue;
    count++;
    if (code === 0x3d) {
      padding++;
      if (padding > 2) throw invalidCharacter();
    } else if (code > 127 || base64Values[code] === -1 || padding > 0) {
      throw invalidCharacter();
    }
  }
  if (padding > 0 && count % 4 !== 0) throw invalidCharacter();
  if ((count - padding) % 4 === 1) {
    throw invalidCharacter('The string to be decoded is not correctly encoded.');
  }
  const bytes = fromStringFast(input, encodingOps.base64);
  return latin1Slice(bytes, 0, bytes.length);
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants: {
    MAX_LENGTH: kMaxLength,
    MAX_STRING_LENGTH: kStringMaxLength,
  },
  INSPECT_MAX_BYTES: undefined,
  // Blob, File and resolveObjectURL load on first use (getters below).
};

Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  get() { return INSPECT_MAX_BYTES; },
  set(value) {
    validateNumber(value, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = value;
  },
  enumerable: true, configurable: true,
});

for (const name of ['Blob', 'resolveObjectURL', 'File']) {
  Object.defineProperty(module.exports, name, {
    get() {
      const value = require('internal/blob')[name];
      Object.defineProperty(module.exports, name, {
        value, writable: true, enumerable: true, configurable: true,
      });
      return value;
    },
    set(value) {
      Object.defineProperty(module.exports, name, {
        value, writable: true, enumerable: true, configurable: true,
      });
    },
    enumerable: true, configurable: true,
  });
}
