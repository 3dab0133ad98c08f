'use strict';
// node:string_decoder: decodes a stream of byte chunks into strings without splitting
// characters. A multi-byte character (utf8), a code unit or surrogate pair (utf16le) or a
// 3-byte group (base64) cut by a chunk boundary waits in lastChar until the rest arrives;
// end() flushes what is left (an incomplete UTF-8 character becomes U+FFFD).

// internal/errors (with internal/stack, ~6M instructions) is loaded by the first error
// thrown.
const { codes } = require('internal/errors/lazy');
const { FastBuffer, normalizeEncoding, utf8Slice, ucs2Slice, base64Slice, base64urlSlice } =
  require('internal/buffer');

const kState = Symbol('kState');

// The byte length of the UTF-8 character a lead byte starts, or 0 if it starts none.
function utf8SequenceLength(byte) {
  if ((byte & 0xe0) === 0xc0) return 2;
  if ((byte & 0xf0) === 0xe0) return 3;
  if ((byte & 0xf8) === 0xf0) return 4;
  return 0;
}

function bytesOf(buf) {
  if (buf instanceof Uint8Array) return buf;
  return new FastBuffer(buf.buffer, buf.byteOffset, buf.byteLength);
}

function StringDecoder(encoding) {
  const normalized = normalizeEncoding(encoding);
  if (normalized === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = normalized;
  // A plain symbol-keyed field, as Node's decoder has one (defining a non-enumerable one
  // took an engine slow path per decoder: an HTTP request body's setEncoding makes one).
  // lastChar is made when a character is first held back (most decoders never do).
  this[kState] = { lastChar: null, lastNeed: 0, lastTotal: 0 };
}

function lastCharOf(state) {
  if (state.lastChar === null) state.lastChar = new FastBuffer(4);
  return state.lastChar;
}

// The bytes still waiting, followed by buf.
function withPending(state, buf) {
  const held = state.lastTotal - state.lastNeed;
  if (state.lastNeed === 0 || held === 0) return buf;
  const data = new FastBuffer(held + buf.length);
  data.set(state.lastChar.subarray(0, held), 0);
  data.set(buf, held);
  return data;
}

// Holds data[from, data.length) back for later: total is the size of the whole unit.
function hold(state, data, from, total) {
  const count = data.length - from;
  if (count === 0) {
    state.lastNeed = 0;
    state.lastTotal = 0;
    return;
  }
  lastCharOf(state).set(data.subarray(from), 0);
  state.lastTotal = total;
  state.lastNeed = total - count;
}

function writeUtf8(state, buf) {
  let out = '';
  let i = 0;
  if (state.lastNeed > 0) {
    const { lastChar } = state;
    while (state.lastNeed > 0 && i < buf.length && (buf[i] & 0xc0) === 0x80) {
      lastChar[state.lastTotal - state.lastNeed] = buf[i++];
      state.lastNeed--;
    }
    if (state.lastNeed === 0) {
      out = utf8Slice(lastChar, 0, state.lastTotal);
      state.lastTotal = 0;
    } else if (i < buf.length) {
      // A byte that cannot continue the character: what was held is invalid.
      out = utf8Slice(lastChar, 0, state.lastTotal - state.lastNeed);
      state.lastNeed = 0;
      state.lastTotal = 0;
    } else {
      return '';
    }
  }
  let end = buf.length;
  for (let k = end - 1; k >= i && k >= end - 4; k--) {
    const byte = buf[k];
    if ((byte & 0xc0) === 0x80) continue;
    const total = utf8SequenceLength(byte);
    if (total > end - k) {
      hold(state, buf, k, total);
      end = k;
    }
    break;
  }
  return end > i ? out + utf8Slice(buf, i, end) : out;
}

function writeUtf16(state, buf) {
  const data = withPending(state, buf);
  let end = data.length & ~1;
  let total = 2;
  if (end >= 2) {
    const last = data[end - 2] | (data[end - 1] << 8);
    if (last >= 0xd800 && last <= 0xdbff) {
      end -= 2;
      total = 4;
    }
  }
  hold(state, data, end, total);
  return ucs2Slice(data, 0, end);
}

function writeBase64(state, buf, slice) {
  const data = withPending(state, buf);
  const end = data.length - (data.length % 3);
  hold(state, data, end, 3);
  return end > 0 ? slice(data, 0, end) : '';
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new codes.ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  const state = this[kState];
  buf = bytesOf(buf);
  switch (this.encoding) {
    case 'utf8': return writeUtf8(state, buf);
    case 'utf16le': return writeUtf16(state, buf);
    case 'base64': return writeBase64(state, buf, base64Slice);
    case 'base64url': return writeBase64(state, buf, base64urlSlice);
    default: return new FastBuffer(buf.buffer, buf.byteOffset, buf.byteLength).toString(this.encoding);
  }
};

StringDecoder.prototype.end = function end(buf) {
  let out = buf === undefined ? '' : this.write(buf);
  const state = this[kState];
  if (state.lastNeed > 0) {
    const held = state.lastTotal - state.lastNeed;
    const bytes = state.lastChar;
    switch (this.encoding) {
      case 'utf8': out += utf8Slice(bytes, 0, held); break;
      case 'utf16le': out += ucs2Slice(bytes, 0, held & ~1); break;
      case 'base64': out += base64Slice(bytes, 0, held); break;
      case 'base64url': out += base64urlSlice(bytes, 0, held); break;
    }
  }
  state.lastNeed = 0;
  state.lastTotal = 0;
  return out;
};

// Legacy: decodes buf from offset with the pending state dropped.
StringDecoder.prototype.text = function text(buf, offset) {
  const state = this[kState];
  state.lastNeed = 0;
  state.lastTotal = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    get() { return lastCharOf(this[kState]); },
    enumerable: true, configurable: true,
  },
  lastNeed: {
    get() { return this[kState].lastNeed; },
    enumerable: true, configurable: true,
  },
  lastTotal: {
    get() { return this[kState].lastTotal; },
    enumerable: true, configurable: true,
  },
});

module.exports = { StringDecoder };
