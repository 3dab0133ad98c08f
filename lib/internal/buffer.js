'use strict';
// The machinery under node:buffer: FastBuffer (the Uint8Array subclass every Buffer is), the
// encodings and their byte work, and the numeric read/write methods of Buffer.prototype.
//
// Short inputs are encoded and decoded here in JavaScript: a call into the native binding
// costs ~0.1-0.2 µs before any work (JavaScriptCore drops and retakes its lock around every
// native function and every C API call), which is more than the JIT needs for a few dozen
// bytes. Longer inputs go to internalBinding('buffer').

const binding = internalBinding('buffer');
// internal/errors (with internal/stack, ~6M instructions) is loaded by the first error
// thrown: a program that makes Buffers without a bad argument never loads it.
const { codes } = require('internal/errors/lazy');
const { validateNumber } = require('internal/validators');

class FastBuffer extends Uint8Array {
  // An explicit constructor: with none, the engine spreads `arguments` into super().
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// Encoding ids shared with src/bindings/buffer.c.
const kUtf8 = 1;
const kUtf16le = 2;
const kLatin1 = 3;
const kAscii = 4;
const kBase64 = 5;
const kBase64url = 6;
const kHex = 7;

// Below these sizes the work stays in JavaScript (measured with bench/buffer.js).
const kShortEncode = 48;
const kShortDecode = 48;
// UTF-8 has its own limits: decoding ASCII in JS beats the binding up to ~150 bytes. A string
// of kLongUtf8Encode units or more is encoded by the binding where it reads 8-bit strings in
// place (binding.readsLatin1; the JavaScript loop costs ~0.6 ns a unit); a shorter one (or any,
// where the binding would widen it to UTF-16 first) has its ASCII prefix encoded here, and the
// rest here too up to kShortUtf8Encode units (runs of multi-byte characters).
const kShortUtf8Decode = 128;
const kShortUtf8Encode = 256;
const kLongUtf8Encode = binding.readsLatin1 ? 96 : Infinity;

const fromCharCode = String.fromCharCode;

// ---- UTF-8 ----

// The UTF-8 length of str (a lone surrogate takes the three bytes of U+FFFD).
function utf8Length(str) {
  const n = str.length;
  if (n > kShortEncode) return binding.byteLengthUtf8(str);
  let len = n;
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) {
      len += 1;
    } else {
      len += 2;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = str.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
  }
  return len;
}

// Writes the ASCII prefix of str into buf[pos, pos + cap), four units per step (the JIT
// turns this into ~0.6 ns a unit: below kLongUtf8Encode units that beats a binding call).
// Returns the units written: each is one byte.
function asciiPrefixWrite(buf, str, pos, cap) {
  const len = str.length;
  const n = len < cap ? len : cap;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const a = str.charCodeAt(i);
    const b = str.charCodeAt(i + 1);
    const c = str.charCodeAt(i + 2);
    const d = str.charCodeAt(i + 3);
    if ((a | b | c | d) >= 0x80) break;
    buf[pos + i] = a;
    buf[pos + i + 1] = b;
    buf[pos + i + 2] = c;
    buf[pos + i + 3] = d;
  }
  for (; i < n; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0x80) break;
    buf[pos + i] = c;
  }
  return i;
}

// Where the last utf8WriteShort stopped reading str (TextEncoder.encodeInto reports it).
const utf8WriteProgress = { read: 0 };

// Writes str[from...] as UTF-8 into buf[pos, pos + cap) without splitting a character;
// returns the bytes written and leaves the index of the first unwritten unit in
// utf8WriteProgress.read.
function utf8WriteShort(buf, str, from, pos, cap) {
  const n = str.length;
  const start = pos;
  const end = pos + cap;
  let i = from;
  for (; i < n; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (pos >= end) break;
      buf[pos++] = c;
    } else if (c < 0x800) {
      if (pos + 2 > end) break;
      buf[pos++] = 0xc0 | (c >> 6);
      buf[pos++] = 0x80 | (c & 0x3f);
    } else {
      if (c >= 0xd800 && c <= 0xdfff) {
        const d = i + 1 < n ? str.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
          if (pos + 4 > end) break;
          const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          buf[pos++] = 0xf0 | (cp >> 18);
          buf[pos++] = 0x80 | ((cp >> 12) & 0x3f);
          buf[pos++] = 0x80 | ((cp >> 6) & 0x3f);
          buf[pos++] = 0x80 | (cp & 0x3f);
          i++;
          continue;
        }
        c = 0xfffd;
      }
      if (pos + 3 > end) break;
      buf[pos++] = 0xe0 | (c >> 12);
      buf[pos++] = 0x80 | ((c >> 6) & 0x3f);
      buf[pos++] = 0x80 | (c & 0x3f);
    }
  }
  utf8WriteProgress.read = i;
  return pos - start;
}

// str as UTF-8 into buf[pos, pos + cap), never a partial character; returns the bytes
// written. The ASCII prefix is written here; what follows goes on in JavaScript when short
// (multi-byte characters cost JS ~3 ns a unit) and to the binding otherwise.
function utf8Write(buf, str, pos, cap) {
  if (str.length >= kLongUtf8Encode) return binding.write(buf, str, pos, cap, kUtf8, 0);
  const i = asciiPrefixWrite(buf, str, pos, cap);
  if (i === str.length || i === cap) return i;
  if (str.length - i <= kShortUtf8Encode) return i + utf8WriteShort(buf, str, i, pos + i, cap - i);
  return i + binding.write(buf, str, pos + i, cap - i, kUtf8, i);
}

// Decodes buf[start, end) as UTF-8 the WHATWG way (each maximal invalid subpart is one
// U+FFFD), for short ranges. Appending one-unit strings (`fromCharCode(c)` is a JIT intrinsic
// that hits the engine's single-character cache) is the fastest way JavaScriptCore's JIT has
// to build a string: ~2.5 ns per unit, where String.fromCharCode.apply, multi-argument
// fromCharCode or Array.prototype.join cost more.
function utf8SliceShort(buf, start, end) {
  let out = '';
  let i = start;
  while (i < end) {
    const c = buf[i++];
    if (c < 0x80) {
      out += fromCharCode(c);
      continue;
    }
    let need;
    let cp;
    let lower = 0x80;
    let upper = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      cp = c & 0x0f;
      if (c === 0xe0) lower = 0xa0;
      else if (c === 0xed) upper = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      cp = c & 0x07;
      if (c === 0xf0) lower = 0x90;
      else if (c === 0xf4) upper = 0x8f;
    } else {
      out += '\ufffd';
      continue;
    }
    let got = 0;
    while (got < need && i < end) {
      const b = buf[i];
      if (b < lower || b > upper) break;
      cp = (cp << 6) | (b & 0x3f);
      lower = 0x80;
      upper = 0xbf;
      i++;
      got++;
    }
    if (got < need) out += '\ufffd';
    else if (cp >= 0x10000) out += fromCharCode(0xd7c0 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    else out += fromCharCode(cp);
  }
  return out;
}

// buf[start, end) as UTF-8. Up to kShortUtf8Decode bytes the ASCII prefix is decoded here
// and whatever follows a non-ASCII byte goes to the binding when more than kShortDecode bytes
// remain: JavaScript decodes ASCII at ~2.5 ns a byte, multi-byte characters several times
// slower, and the binding costs ~0.4 µs a call plus ~0.5 ns a byte.
function utf8Slice(buf, start, end) {
  if (end - start > kShortUtf8Decode) return utf8SliceNative(buf, start, end);
  let out = '';
  let i = start;
  for (; i < end; i++) {
    const c = buf[i];
    if (c >= 0x80) break;
    out += fromCharCode(c);
  }
  if (i === end) return out;
  if (end - i > kShortDecode) return out + utf8SliceNative(buf, i, end);
  return out + utf8SliceShort(buf, i, end);
}

function utf8SliceNative(buf, start, end) {
  // Absent arguments cost the binding nothing, where each number it reads costs ~15 ns.
  if (start === 0 && end === buf.length) return binding.toString(buf);
  return binding.toString(buf, start, end);
}

// ---- Latin-1, ASCII, UTF-16LE ----

function latin1Slice(buf, start, end) {
  if (end - start > kShortUtf8Decode) return binding.toString(buf, start, end, kLatin1);
  let out = '';
  for (let i = start; i < end; i++) out += fromCharCode(buf[i]);
  return out;
}

function asciiSlice(buf, start, end) {
  if (end - start > kShortUtf8Decode) return binding.toString(buf, start, end, kAscii);
  let out = '';
  for (let i = start; i < end; i++) out += fromCharCode(buf[i] & 0x7f);
  return out;
}

// Latin-1 (and ascii, binary) writes: the JS loop beats the binding up to a few KiB.
const kLatin1WriteMax = 2048;

function latin1Write(buf, str, pos, cap) {
  const n = str.length < cap ? str.length : cap;
  if (n > kLatin1WriteMax) return binding.write(buf, str, pos, cap, kLatin1);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    buf[pos + i] = str.charCodeAt(i);
    buf[pos + i + 1] = str.charCodeAt(i + 1);
    buf[pos + i + 2] = str.charCodeAt(i + 2);
    buf[pos + i + 3] = str.charCodeAt(i + 3);
  }
  for (; i < n; i++) buf[pos + i] = str.charCodeAt(i);
  return n;
}

function ucs2Slice(buf, start, end) {
  if (end - start > kShortDecode) return binding.toString(buf, start, end, kUtf16le);
  let out = '';
  for (let i = start; i + 1 < end; i += 2) out += fromCharCode(buf[i] | (buf[i + 1] << 8));
  return out;
}

function ucs2Write(buf, str, pos, cap) {
  const units = str.length < cap >>> 1 ? str.length : cap >>> 1;
  if (units > kShortEncode) return binding.write(buf, str, pos, cap, kUtf16le);
  for (let i = 0; i < units; i++) {
    const c = str.charCodeAt(i);
    buf[pos++] = c & 0xff;
    buf[pos++] = c >>> 8;
  }
  return units * 2;
}

// ---- hex and base64 ----

const hexTable = [];
for (let i = 0; i < 256; i++) hexTable.push((i < 16 ? '0' : '') + i.toString(16));

// JavaScriptCore implements the Uint8Array base64/hex methods (TC39 proposal) natively,
// several times faster than a call into our binding for anything but tiny inputs. They are
// strict where Node is lenient, so input they reject goes to the binding's decoder.
const nativeToBase64 = Uint8Array.prototype.toBase64;
const nativeToHex = Uint8Array.prototype.toHex;
const nativeSetFromBase64 = Uint8Array.prototype.setFromBase64;
const nativeSetFromHex = Uint8Array.prototype.setFromHex;
const base64urlOptions = { alphabet: 'base64url', omitPadding: true };
const base64urlDecodeOptions = { alphabet: 'base64url' };

// A view of buf[start, end). Not buf.subarray(): on a Buffer that would construct through
// Symbol.species, that is through the deprecated Buffer().
function viewOf(buf, start, end) {
  return start === 0 && end === buf.length ? buf :
    new FastBuffer(buf.buffer, buf.byteOffset + start, end - start);
}

function hexSlice(buf, start, end) {
  if (end - start <= kShortDecode) {
    let out = '';
    for (let i = start; i < end; i++) out += hexTable[buf[i]];
    return out;
  }
  if (nativeToHex !== undefined) return nativeToHex.call(viewOf(buf, start, end));
  return binding.toString(buf, start, end, kHex);
}

function hexWrite(buf, str, pos, cap) {
  if (nativeSetFromHex !== undefined && (str.length & 1) === 0 && str.length >>> 1 <= cap) {
    try {
      return nativeSetFromHex.call(viewOf(buf, pos, pos + cap), str).written;
    } catch {
      // Not all hex: Node keeps the pairs before the first bad one.
    }
  }
  return binding.write(buf, str, pos, cap, kHex);
}

function base64Slice(buf, start, end) {
  if (nativeToBase64 !== undefined) return nativeToBase64.call(viewOf(buf, start, end));
  return binding.toString(buf, start, end, kBase64);
}

function base64urlSlice(buf, start, end) {
  if (nativeToBase64 !== undefined) {
    return nativeToBase64.call(viewOf(buf, start, end), base64urlOptions);
  }
  return binding.toString(buf, start, end, kBase64url);
}

// Decodes a whole string natively into a new Uint8Array, or returns undefined when the
// engine lacks the methods or rejects the input (then Node's lenient decoder runs).
function base64DecodeNative(str) {
  if (nativeSetFromBase64 === undefined) return undefined;
  try {
    return Uint8Array.fromBase64(str);
  } catch {
    try {
      return Uint8Array.fromBase64(str, base64urlDecodeOptions);
    } catch {
      return undefined;
    }
  }
}

function hexDecodeNative(str) {
  if (nativeSetFromHex === undefined || (str.length & 1) === 1) return undefined;
  try {
    return Uint8Array.fromHex(str);
  } catch {
    return undefined;
  }
}

function base64Write(buf, str, pos, cap) {
  if (nativeSetFromBase64 !== undefined && cap >= ((str.length * 3) >>> 2)) {
    const target = viewOf(buf, pos, pos + cap);
    try {
      return nativeSetFromBase64.call(target, str).written;
    } catch {
      try {
        return nativeSetFromBase64.call(target, str, base64urlDecodeOptions).written;
      } catch {
        // Mixed alphabets, stray characters or '=' inside: Node's lenient decoder.
      }
    }
  }
  return binding.write(buf, str, pos, cap, kBase64);
}

// The decoded length of base64 text, as Node counts it: up to two trailing '=' are not data.
function base64ByteLength(str) {
  let n = str.length;
  if (n > 0 && str.charCodeAt(n - 1) === 0x3d) n--;
  if (n > 1 && str.charCodeAt(n - 1) === 0x3d) n--;
  return (n * 3) >>> 2;
}

// ---- The encodings table ----

// Per encoding: its id, byteLength(str), write(buf, str, pos, cap) → bytes written, and
// slice(buf, start, end) → string.
const encodingOps = {
  utf8: { encoding: 'utf8', id: kUtf8, byteLength: utf8Length, write: utf8Write, slice: utf8Slice },
  ucs2: {
    encoding: 'utf16le', id: kUtf16le, byteLength: (s) => s.length * 2,
    write: ucs2Write, slice: ucs2Slice,
  },
  latin1: {
    encoding: 'latin1', id: kLatin1, byteLength: (s) => s.length,
    write: latin1Write, slice: latin1Slice,
  },
  ascii: {
    encoding: 'ascii', id: kAscii, byteLength: (s) => s.length,
    write: latin1Write, slice: asciiSlice,
  },
  base64: {
    encoding: 'base64', id: kBase64, byteLength: base64ByteLength,
    write: base64Write, slice: base64Slice, decodeNative: base64DecodeNative,
  },
  base64url: {
    encoding: 'base64url', id: kBase64url, byteLength: base64ByteLength,
    write: base64Write, slice: base64urlSlice, decodeNative: base64DecodeNative,
  },
  hex: {
    encoding: 'hex', id: kHex, byteLength: (s) => s.length >>> 1,
    write: hexWrite, slice: hexSlice, decodeNative: hexDecodeNative,
  },
};

// Every spelling Buffer accepts, lower-cased, to its ops.
const encodingNames = {
  __proto__: null,
  'utf8': encodingOps.utf8,
  'utf-8': encodingOps.utf8,
  'ucs2': encodingOps.ucs2,
  'ucs-2': encodingOps.ucs2,
  'utf16le': encodingOps.ucs2,
  'utf-16le': encodingOps.ucs2,
  'latin1': encodingOps.latin1,
  'binary': encodingOps.latin1,
  'ascii': encodingOps.ascii,
  'base64': encodingOps.base64,
  'base64url': encodingOps.base64url,
  'hex': encodingOps.hex,
};

// The ops of an encoding name (any case), or undefined. Non-strings are converted, as Node
// does (`${encoding}`), so only strings and objects with a matching toString count.
function getEncodingOps(encoding) {
  if (encoding === 'utf8' || encoding === undefined) return encodingOps.utf8;
  const ops = encodingNames[encoding];
  if (ops !== undefined) return ops;
  if (typeof encoding !== 'string') return undefined;
  return encodingNames[encoding.toLowerCase()];
}

// Node's normalizeEncoding: the canonical name, 'utf8' for undefined/null/'', or undefined.
function normalizeEncoding(encoding) {
  if (encoding == null || encoding === '') return 'utf8';
  const ops = getEncodingOps(`${encoding}`);
  return ops === undefined ? undefined : ops.encoding;
}

// ---- Numeric reads and writes ----

const float32 = new Float32Array(1);
const float32Bytes = new Uint8Array(float32.buffer);
const float64 = new Float64Array(1);
const float64Bytes = new Uint8Array(float64.buffer);
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

// The error for an offset that leaves no room for `byteLength` bytes (length = the last
// valid offset), as Node words it.
function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new codes.ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS();
  throw new codes.ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkBounds(buf, offset, byteLength) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) {
    boundsError(offset, buf.length - (byteLength + 1));
  }
}

function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 3) {
      const bits = (byteLength + 1) * 8;
      range = min === 0 || min === 0n ? `>= 0${n} and < 2${n} ** ${bits}${n}` :
        `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new codes.ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, byteLength);
}

function readOffset(buf, offset, size) {
  if (offset === undefined) offset = 0;
  else validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) {
    boundsError(offset, buf.length - size);
  }
  return offset;
}

function readUInt8(offset = 0) {
  validateNumber(offset, 'offset');
  const v = this[offset];
  if (v === undefined) boundsError(offset, this.length - 1);
  return v;
}

function readInt8(offset = 0) {
  const v = readUInt8.call(this, offset);
  return v | ((v & 0x80) * 0x1fffffe);
}

function readUInt16LE(offset) {
  offset = readOffset(this, offset, 2);
  return this[offset] + this[offset + 1] * 0x100;
}

function readUInt16BE(offset) {
  offset = readOffset(this, offset, 2);
  return this[offset] * 0x100 + this[offset + 1];
}

function readInt16LE(offset) {
  const v = readUInt16LE.call(this, offset);
  return v | ((v & 0x8000) * 0x1fffe);
}

function readInt16BE(offset) {
  const v = readUInt16BE.call(this, offset);
  return v | ((v & 0x8000) * 0x1fffe);
}

function readUInt32LE(offset) {
  offset = readOffset(this, offset, 4);
  return this[offset] + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 +
    this[offset + 3] * 0x1000000;
}

function readUInt32BE(offset) {
  offset = readOffset(this, offset, 4);
  return this[offset] * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 +
    this[offset + 3];
}

function readInt32LE(offset) {
  offset = readOffset(this, offset, 4);
  return this[offset] | (this[offset + 1] << 8) | (this[offset + 2] << 16) |
    (this[offset + 3] << 24);
}

function readInt32BE(offset) {
  offset = readOffset(this, offset, 4);
  return (this[offset] << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) |
    this[offset + 3];
}

// Unsigned little/big-endian integer of `size` bytes (1-6) at offset, already checked.
function uintLE(buf, offset, size) {
  let v = 0;
  let mul = 1;
  for (let i = 0; i < size; i++, mul *= 0x100) v += buf[offset + i] * mul;
  return v;
}

function uintBE(buf, offset, size) {
  let v = 0;
  for (let i = 0; i < size; i++) v = v * 0x100 + buf[offset + i];
  return v;
}

function checkByteLength(byteLength) {
  if (byteLength === undefined) {
    throw new codes.ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  }
  if (!(byteLength >= 1 && byteLength <= 6) || Math.floor(byteLength) !== byteLength) {
    boundsError(byteLength, 6, 'byteLength');
  }
}

// (As in Node, a missing offset is reported before the byte length is looked at.)
function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw new codes.ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  checkByteLength(byteLength);
  offset = readOffset(this, offset, byteLength);
  return uintLE(this, offset, byteLength);
}

function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw new codes.ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  checkByteLength(byteLength);
  offset = readOffset(this, offset, byteLength);
  return uintBE(this, offset, byteLength);
}

function toSigned(v, byteLength) {
  const limit = 2 ** (byteLength * 8 - 1);
  return v >= limit ? v - limit * 2 : v;
}

function readIntLE(offset, byteLength) {
  return toSigned(readUIntLE.call(this, offset, byteLength), byteLength);
}

function readIntBE(offset, byteLength) {
  return toSigned(readUIntBE.call(this, offset, byteLength), byteLength);
}

function readBigUInt64LE(offset) {
  offset = readOffset(this, offset, 8);
  const lo = uintLE(this, offset, 4);
  const hi = uintLE(this, offset + 4, 4);
  return BigInt(lo) + (BigInt(hi) << 32n);
}

function readBigUInt64BE(offset) {
  offset = readOffset(this, offset, 8);
  const hi = uintBE(this, offset, 4);
  const lo = uintBE(this, offset + 4, 4);
  return BigInt(lo) + (BigInt(hi) << 32n);
}

function readBigInt64LE(offset) {
  return BigInt.asIntN(64, readBigUInt64LE.call(this, offset));
}

function readBigInt64BE(offset) {
  return BigInt.asIntN(64, readBigUInt64BE.call(this, offset));
}

// Copies `size` bytes at offset into the scratch float, in the machine's order.
function loadScratch(buf, offset, scratch, size, bigEndian) {
  offset = readOffset(buf, offset, size);
  const swap = bigEndian === littleEndian;
  for (let i = 0; i < size; i++) scratch[swap ? size - 1 - i : i] = buf[offset + i];
}

function readFloatLE(offset) {
  loadScratch(this, offset, float32Bytes, 4, false);
  return float32[0];
}

function readFloatBE(offset) {
  loadScratch(this, offset, float32Bytes, 4, true);
  return float32[0];
}

function readDoubleLE(offset) {
  loadScratch(this, offset, float64Bytes, 8, false);
  return float64[0];
}

function readDoubleBE(offset) {
  loadScratch(this, offset, float64Bytes, 8, true);
  return float64[0];
}

function writeOffset(buf, offset, size) {
  if (offset === undefined) offset = 0;
  checkBounds(buf, offset, size - 1);
  return offset;
}

// Stores `value` (already range-checked) as `size` bytes little- or big-endian.
function storeLE(buf, value, offset, size) {
  for (let i = 0; i < size; i++) {
    buf[offset + i] = value & 0xff;
    value = Math.floor(value / 0x100);
  }
  return offset + size;
}

function storeBE(buf, value, offset, size) {
  for (let i = size - 1; i >= 0; i--) {
    buf[offset + i] = value & 0xff;
    value = Math.floor(value / 0x100);
  }
  return offset + size;
}

// A writer of `size` bytes for values in [min, max].
function intWriter(size, min, max, bigEndian) {
  return function(value, offset = 0) {
    value = +value;
    checkInt(value, min, max, this, offset, size - 1);
    if (value !== value) value = 0;
    value = Math.trunc(value);
    if (value < 0) value += 2 ** (size * 8);
    return bigEndian ? storeBE(this, value, offset, size) : storeLE(this, value, offset, size);
  };
}

const writeUInt8 = intWriter(1, 0, 0xff, false);
const writeInt8 = intWriter(1, -0x80, 0x7f, false);
const writeUInt16LE = intWriter(2, 0, 0xffff, false);
const writeUInt16BE = intWriter(2, 0, 0xffff, true);
const writeInt16LE = intWriter(2, -0x8000, 0x7fff, false);
const writeInt16BE = intWriter(2, -0x8000, 0x7fff, true);
const writeUInt32LE = intWriter(4, 0, 0xffffffff, false);
const writeUInt32BE = intWriter(4, 0, 0xffffffff, true);
const writeInt32LE = intWriter(4, -0x80000000, 0x7fffffff, false);
const writeInt32BE = intWriter(4, -0x80000000, 0x7fffffff, true);

// writeUIntLE and friends: one writer per byte length, made on first use.
const variableWriters = { __proto__: null };
function variableWriter(signed, bigEndian, byteLength) {
  const key = `${signed}${bigEndian}${byteLength}`;
  let w = variableWriters[key];
  if (w === undefined) {
    const bits = byteLength * 8;
    const min = signed ? -(2 ** (bits - 1)) : 0;
    const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
    w = variableWriters[key] = intWriter(byteLength, min, max, bigEndian);
  }
  return w;
}

function writeUIntLE(value, offset, byteLength) {
  checkByteLength(byteLength);
  return variableWriter(false, false, byteLength).call(this, value, offset);
}

function writeUIntBE(value, offset, byteLength) {
  checkByteLength(byteLength);
  return variableWriter(false, true, byteLength).call(this, value, offset);
}

function writeIntLE(value, offset, byteLength) {
  checkByteLength(byteLength);
  return variableWriter(true, false, byteLength).call(this, value, offset);
}

function writeIntBE(value, offset, byteLength) {
  checkByteLength(byteLength);
  return variableWriter(true, true, byteLength).call(this, value, offset);
}

function bigWriter(min, max, bigEndian) {
  return function(value, offset = 0) {
    checkInt(value, min, max, this, offset, 7);
    let v = BigInt.asUintN(64, value);
    const lo = Number(v & 0xffffffffn);
    v >>= 32n;
    const hi = Number(v & 0xffffffffn);
    if (bigEndian) {
      storeBE(this, hi, offset, 4);
      storeBE(this, lo, offset + 4, 4);
    } else {
      storeLE(this, lo, offset, 4);
      storeLE(this, hi, offset + 4, 4);
    }
    return offset + 8;
  };
}

const writeBigUInt64LE = bigWriter(0n, 0xffffffffffffffffn, false);
const writeBigUInt64BE = bigWriter(0n, 0xffffffffffffffffn, true);
const writeBigInt64LE = bigWriter(-(2n ** 63n), 2n ** 63n - 1n, false);
const writeBigInt64BE = bigWriter(-(2n ** 63n), 2n ** 63n - 1n, true);

function floatWriter(scratch, bytes, size, bigEndian) {
  return function(value, offset = 0) {
    value = +value;
    checkBounds(this, offset, size - 1);
    scratch[0] = value;
    const swap = bigEndian === littleEndian;
    for (let i = 0; i < size; i++) this[offset + i] = bytes[swap ? size - 1 - i : i];
    return offset + size;
  };
}

const writeFloatLE = floatWriter(float32, float32Bytes, 4, false);
const writeFloatBE = floatWriter(float32, float32Bytes, 4, true);
const writeDoubleLE = floatWriter(float64, float64Bytes, 8, false);
const writeDoubleBE = floatWriter(float64, float64Bytes, 8, true);

const numericMethods = {
  readUInt8, readInt8, readUInt16LE, readUInt16BE, readInt16LE, readInt16BE,
  readUInt32LE, readUInt32BE, readInt32LE, readInt32BE,
  readUIntLE, readUIntBE, readIntLE, readIntBE,
  readBigUInt64LE, readBigUInt64BE, readBigInt64LE, readBigInt64BE,
  readFloatLE, readFloatBE, readDoubleLE, readDoubleBE,
  writeUInt8, writeInt8, writeUInt16LE, writeUInt16BE, writeInt16LE, writeInt16BE,
  writeUInt32LE, writeUInt32BE, writeInt32LE, writeInt32BE,
  writeUIntLE, writeUIntBE, writeIntLE, writeIntBE,
  writeBigUInt64LE, writeBigUInt64BE, writeBigInt64LE, writeBigInt64BE,
  writeFloatLE, writeFloatBE, writeDoubleLE, writeDoubleBE,
};

// Node's lower-case aliases (readUint8 for readUInt8, ...).
const aliasNames = [
  'readUInt8', 'readUInt16LE', 'readUInt16BE', 'readUInt32LE', 'readUInt32BE', 'readUIntLE',
  'readUIntBE', 'readBigUInt64LE', 'readBigUInt64BE', 'writeUInt8', 'writeUInt16LE',
  'writeUInt16BE', 'writeUInt32LE', 'writeUInt32BE', 'writeUIntLE', 'writeUIntBE',
  'writeBigUInt64LE', 'writeBigUInt64BE',
];

// Defines the numeric methods (and their aliases) on proto, non-enumerable like class methods.
function addNumericMethods(proto) {
  for (const name of Object.keys(numericMethods)) {
    const fn = numericMethods[name];
    Object.defineProperty(fn, 'name', { value: name });
    Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true });
  }
  for (const name of aliasNames) {
    Object.defineProperty(proto, name.replace('UInt', 'Uint'), {
      value: numericMethods[name], writable: true, configurable: true,
    });
  }
}

module.exports = {
  FastBuffer,
  binding,
  encodingOps,
  getEncodingOps,
  normalizeEncoding,
  utf8Length,
  utf8Slice,
  utf8SliceShort,
  utf8Write,
  utf8WriteShort,
  utf8WriteProgress,
  asciiPrefixWrite,
  latin1Slice,
  asciiSlice,
  ucs2Slice,
  hexSlice,
  base64Slice,
  base64urlSlice,
  addNumericMethods,
  kUtf8,
  kUtf16le,
  kLatin1,
  kAscii,
  kBase64,
  kBase64url,
  kHex,
  kShortEncode,
  kShortDecode,
};
