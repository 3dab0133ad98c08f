'use strict';
// Random bytes, integers and UUIDs. randomUUID and randomInt draw from a cache of random
// bytes refilled in one binding call, as Node does, so that the common call stays in JS.

const { binding } = require('internal/crypto/util');
const { FastBuffer } = require('internal/buffer');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const {
  validateNumber, validateFunction, validateObject, validateBoolean,
} = require('internal/validators');
const { codes: {
  ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE,
} } = require('internal/errors');

const kMaxInt32 = 2 ** 31 - 1;
const kMaxPossibleLength = 2 ** 31 - 1;

// Fills bytes [offset, offset + size) of `buf` (a view or ArrayBuffer) now, or on the thread
// pool when `callback(err)` is given.
function fill(buf, offset, size, callback) {
  if (callback === undefined) {
    binding.randomFill(buf, offset, size);
    return;
  }
  const req = { oncomplete: undefined };
  req.oncomplete = (status) => {
    if (status < 0) callback(new Error('Random bytes generation failed'));
    else callback(null);
  };
  binding.randomFill(buf, offset, size, req);
}

function randomBytes(size, callback) {
  validateNumber(size, 'size', 0, kMaxInt32);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = new FastBuffer(size);
  if (callback === undefined) {
    binding.randomFill(buf, 0, buf.length);
    return buf;
  }
  fill(buf, 0, buf.length, (err) => callback(err, err ? undefined : buf));
}

function validateBuffer(buf) {
  if (!isArrayBufferView(buf) && !isAnyArrayBuffer(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

// The binding reads typed arrays and ArrayBuffers; a DataView goes as a Uint8Array.
function fillTarget(buf) {
  return buf instanceof DataView ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) :
    buf;
}

// The byte offset of element `offset` of buf, checked against its length (bytes).
function checkOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const max = Math.min(kMaxPossibleLength, length);
  if (Number.isNaN(offset) || offset > max || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${max}`, offset);
  }
  return offset >>> 0;
}

function checkSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) {
    throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

function randomFillSync(buf, offset = 0, size) {
  validateBuffer(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = checkOffset(offset, elementSize, buf.byteLength);
  size = size === undefined ? buf.byteLength - offset :
    checkSize(size, elementSize, offset, buf.byteLength);
  if (size > 0) binding.randomFill(fillTarget(buf), offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  validateBuffer(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.byteLength;
  } else if (typeof size === 'function') {
    callback = size;
    offset = checkOffset(offset, elementSize, buf.byteLength);
    size = buf.byteLength - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = checkOffset(offset, elementSize, buf.byteLength);
    size = size === undefined ? buf.byteLength - offset :
      checkSize(size, elementSize, offset, buf.byteLength);
  }
  validateFunction(callback, 'callback');
  if (size === 0) {
    process.nextTick(callback, null, buf);
    return;
  }
  fill(fillTarget(buf), offset, size, (err) => callback(err, buf));
}

// randomInt: 48-bit values from a cache, with rejection sampling for an unbiased range.
const kRandMax = 2 ** 48 - 1;
const kIntCacheSize = 6 * 1024;
const intCache = new FastBuffer(kIntCacheSize);
let intCacheOffset = kIntCacheSize;

function nextRandom48() {
  if (intCacheOffset === kIntCacheSize) {
    binding.randomFill(intCache, 0, kIntCacheSize);
    intCacheOffset = 0;
  }
  const b = intCache;
  const o = intCacheOffset;
  intCacheOffset += 6;
  return (b[o] * 0x10000 + b[o + 1] * 0x100 + b[o + 2]) * 0x1000000 +
    b[o + 3] * 0x10000 + b[o + 4] * 0x100 + b[o + 5];
}

// x % d for integers 0 <= x <= 2 ** 48 and d >= 1: the engine computes % on doubles with
// fmod (~50 ns); a division is exact enough here and the correction makes it exact.
function remainder(x, d) {
  const r = x - Math.floor(x / d) * d;
  if (r < 0) return r + d;
  return r >= d ? r - d : r;
}

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= kRandMax)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${kRandMax}`, range);
  }
  // Values at or above the largest multiple of range are rejected to avoid bias.
  const limit = kRandMax - remainder(kRandMax, range);
  let x;
  do {
    x = nextRandom48();
  } while (x >= limit);
  const n = min + remainder(x, range);
  if (isSync) return n;
  process.nextTick(callback, undefined, n);
}

// randomUUID: version 4 UUIDs formatted from a cache of 128 UUIDs' worth of random bytes.
const kHex = [];
for (let i = 0; i < 256; i++) kHex.push((i < 16 ? '0' : '') + i.toString(16));
const kUuidBatch = 128;
let uuidCache;
let uuidOffset = kUuidBatch * 16;

function formatUuid(b, o) {
  const h = kHex;
  return h[b[o]] + h[b[o + 1]] + h[b[o + 2]] + h[b[o + 3]] + '-' +
    h[b[o + 4]] + h[b[o + 5]] + '-' +
    h[(b[o + 6] & 0x0f) | 0x40] + h[b[o + 7]] + '-' +
    h[(b[o + 8] & 0x3f) | 0x80] + h[b[o + 9]] + '-' +
    h[b[o + 10]] + h[b[o + 11]] + h[b[o + 12]] + h[b[o + 13]] + h[b[o + 14]] + h[b[o + 15]];
}

// The cached UUIDs of one batch, formatted together into one string as ASCII bytes; each
// call returns a 36-character slice of it, which is cheaper to make (and later to read) than
// a string joined from 21 pieces per UUID.
let uuidText = '';
let uuidBytes;
const kHexDigits = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102];

function refillUuids() {
  uuidCache ??= new Uint8Array(kUuidBatch * 16);
  uuidBytes ??= new FastBuffer(kUuidBatch * 36);
  const b = uuidCache;
  const out = uuidBytes;
  binding.randomFill(b, 0, kUuidBatch * 16);
  let p = 0;
  for (let o = 0; o < kUuidBatch * 16; o++) {
    const k = o & 15;
    let v = b[o];
    if (k === 6) v = (v & 0x0f) | 0x40; // version 4
    else if (k === 8) v = (v & 0x3f) | 0x80; // variant 10
    if (k === 4 || k === 6 || k === 8 || k === 10) out[p++] = 0x2d;
    out[p++] = kHexDigits[v >> 4];
    out[p++] = kHexDigits[v & 15];
  }
  uuidText = out.latin1Slice(0, p);
  uuidOffset = 0;
}

function randomUUID(options) {
  if (options !== undefined) {
    validateObject(options, 'options');
    const { disableEntropyCache = false } = options;
    validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
    if (disableEntropyCache) {
      const b = new Uint8Array(16);
      binding.randomFill(b, 0, 16);
      return formatUuid(b, 0);
    }
  }
  if (uuidOffset === kUuidBatch * 16) refillUuids();
  const start = (uuidOffset >> 4) * 36;
  uuidOffset += 16;
  return uuidText.slice(start, start + 36);
}

// randomUUIDv7: a version 7 UUID (RFC 9562): 48 bits of Unix time in milliseconds, then
// random bits. Within one millisecond the 12 bits after the version count up from a random
// start, so UUIDs made by one process sort in creation order.
let lastV7Time = -1;
let v7Counter = 0;

function randomUUIDv7(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options ?? {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  const b = new Uint8Array(16);
  binding.randomFill(b, 0, 16);
  let now = Date.now();
  if (now <= lastV7Time) {
    now = lastV7Time;
    v7Counter++;
    if (v7Counter > 0xfff) {
      now = ++lastV7Time;
      v7Counter = b[6] & 0x07;
    }
  } else {
    lastV7Time = now;
    v7Counter = ((b[6] & 0x07) << 8) | b[7];
  }
  let t = now;
  for (let i = 5; i >= 0; i--) {
    b[i] = t % 256;
    t = Math.floor(t / 256);
  }
  b[6] = 0x70 | (v7Counter >> 8);
  b[7] = v7Counter & 0xff;
  const h = kHex;
  return h[b[0]] + h[b[1]] + h[b[2]] + h[b[3]] + '-' + h[b[4]] + h[b[5]] + '-' +
    h[b[6]] + h[b[7]] + '-' + h[(b[8] & 0x3f) | 0x80] + h[b[9]] + '-' +
    h[b[10]] + h[b[11]] + h[b[12]] + h[b[13]] + h[b[14]] + h[b[15]];
}

// getRandomValues, as Web Crypto defines it (DOMException errors).
function getRandomValues(data) {
  if (!isArrayBufferView(data) || data instanceof DataView || data instanceof Float32Array ||
      data instanceof Float64Array ||
      (typeof Float16Array === 'function' && data instanceof Float16Array)) {
    const { DOMException } = require('internal/dom_exception');
    throw new DOMException('The data argument must be an integer-type TypedArray',
      'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    const { DOMException } = require('internal/dom_exception');
    throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  if (data.byteLength > 0) binding.randomFill(data, 0, data.byteLength);
  return data;
}

module.exports = {
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  randomUUIDv7,
  getRandomValues,
};
