'use strict';
// TextEncoder and TextDecoder (WHATWG Encoding Standard), the globals that node:util also
// exports. TextDecoder knows utf-8, utf-16le, utf-16be, windows-1252 (which every Latin-1
// and ASCII label means) and x-user-defined, under all their standard labels; Node's other
// ICU encodings (shift_jis, gbk, iso-8859-2...) are not supported yet.

// internal/errors (with internal/stack, ~6M instructions) is loaded by the first error
// thrown.
const { codes } = require('internal/errors/lazy');
const { validateObject, validateString, kValidateObjectAllowObjectsAndNull } =
  require('internal/validators');
const { isAnyArrayBuffer, isUint8Array } = require('internal/util/types');
const {
  binding, kShortEncode, asciiPrefixWrite, utf8Length, utf8Slice, utf8SliceShort, utf8WriteShort,
  utf8WriteProgress, ucs2Slice, latin1Slice,
} = require('internal/buffer');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// ---- TextEncoder ----

// Encodes str as UTF-8 into dest from its start; returns [units read, bytes written].
function encodeIntoShort(str, dest) {
  const written = utf8WriteShort(dest, str, 0, 0, dest.length);
  return [utf8WriteProgress.read, written];
}

let isEncoder;

class TextEncoder {
  #isEncoder = true;

  static {
    isEncoder = (value) => typeof value === 'object' && value !== null && #isEncoder in value;
  }

  get encoding() {
    checkEncoder(this);
    return 'utf-8';
  }

  encode(input = '') {
    checkEncoder(this);
    input = `${input}`;
    const n = input.length;
    if (n > kShortEncode) {
      // Most text is ASCII: one byte a unit, written by the fast JS loop.
      const ascii = new Uint8Array(n);
      if (asciiPrefixWrite(ascii, input, 0, n) === n) return ascii;
      return new Uint8Array(binding.fromString(input, 1));
    }
    const out = new Uint8Array(utf8Length(input));
    utf8WriteShort(out, input, 0, 0, out.length);
    return out;
  }

  encodeInto(src, dest) {
    checkEncoder(this);
    validateString(src, 'src');
    if (!dest || !isUint8Array(dest)) {
      throw new codes.ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    }
    const [read, written] = src.length > kShortEncode ? binding.encodeInto(dest, src) :
      encodeIntoShort(src, dest);
    return { read, written };
  }

  [customInspectSymbol](depth, options, inspect) {
    checkEncoder(this);
    return inspect({ encoding: 'utf-8' }, options);
  }
}

function checkEncoder(value) {
  if (!isEncoder(value)) throw new codes.ERR_INVALID_THIS('TextEncoder');
}

// ---- TextDecoder ----

const kUtf8 = 'utf-8';
const kUtf16le = 'utf-16le';
const kUtf16be = 'utf-16be';
const kWindows1252 = 'windows-1252';
const kUserDefined = 'x-user-defined';

const labels = { __proto__: null };
function addLabels(encoding, list) {
  for (const label of list.split(' ')) labels[label] = encoding;
}
addLabels(kUtf8, 'unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8');
addLabels(kUtf16le, 'csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le');
addLabels(kUtf16be, 'unicodefffe utf-16be');
addLabels(kWindows1252, 'ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 ' +
  'iso-ir-100 iso8859-1 iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 ' +
  'x-cp1252');
addLabels(kUserDefined, 'x-user-defined');

// The encoding a label names (ASCII whitespace trimmed, case ignored), or undefined.
function getEncodingFromLabel(label) {
  const direct = labels[label];
  if (direct !== undefined) return direct;
  return labels[label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase()];
}

// windows-1252's code points for bytes 0x80-0x9F; every other byte is its Latin-1 character.
const windows1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039,
  0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const windows1252Chars = String.fromCharCode(...windows1252High);
const windows1252Pattern = /[\x80-\x9f]/g;

function listArgumentError() {
  const err = new TypeError('The "list" argument must be an instance of SharedArrayBuffer, ' +
    'ArrayBuffer or ArrayBufferView.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

// The bytes of a decode() input as a Uint8Array.
function inputBytes(input) {
  if (isUint8Array(input)) return input;
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) {
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  throw listArgumentError();
}

function concatBytes(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

// The number of bytes at the end of bytes[0, end) that start a UTF-8 sequence valid so far
// but not complete: what a streaming decoder keeps for the next chunk.
function incompleteUtf8Tail(bytes, end) {
  for (let back = 1; back <= 3 && back <= end; back++) {
    const b = bytes[end - back];
    if (b < 0x80) return 0;
    if (b < 0xc0) continue; // a continuation byte: keep looking for the lead
    let need;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      else if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      else if (b === 0xf4) upper = 0x8f;
    } else {
      return 0;
    }
    if (back - 1 >= need) return 0; // complete (or over-long): nothing to keep
    for (let k = 1; k < back; k++) {
      const c = bytes[end - back + k];
      if (c < lower || c > upper) return 0;
      lower = 0x80;
      upper = 0xbf;
    }
    return back;
  }
  return 0;
}

let isDecoder;

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #bomSeen = false;
  #pending = null;

  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    const name = getEncodingFromLabel(encoding);
    if (name === undefined) throw new codes.ERR_ENCODING_NOT_SUPPORTED(encoding);
    this.#encoding = name;
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
  }

  decode(input = undefined, options = {}) {
    checkDecoder(this);
    let bytes = input === undefined ? new Uint8Array(0) : inputBytes(input);
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    const stream = Boolean(options?.stream);
    if (this.#pending !== null) {
      bytes = concatBytes(this.#pending, bytes);
      this.#pending = null;
    }
    let text;
    switch (this.#encoding) {
      case kUtf8: text = this.#decodeUtf8(bytes, stream); break;
      case kUtf16le:
      case kUtf16be: text = this.#decodeUtf16(bytes, stream); break;
      case kWindows1252:
        text = latin1Slice(bytes, 0, bytes.length).replace(windows1252Pattern,
          (c) => windows1252Chars[c.charCodeAt(0) - 0x80]);
        break;
      default: {
        text = '';
        for (let i = 0; i < bytes.length; i++) {
          const b = bytes[i];
          text += String.fromCharCode(b < 0x80 ? b : 0xf780 + b - 0x80);
        }
      }
    }
    if (!this.#bomSeen && text.length > 0) {
      this.#bomSeen = true;
      if (!this.#ignoreBOM && text.charCodeAt(0) === 0xfeff &&
          (this.#encoding === kUtf8 || this.#encoding === kUtf16le ||
           this.#encoding === kUtf16be)) {
        text = text.slice(1);
      }
    }
    if (!stream) this.#bomSeen = false;
    return text;
  }

  get encoding() {
    return checkDecoder(this).#encoding;
  }

  get fatal() {
    return checkDecoder(this).#fatal;
  }

  get ignoreBOM() {
    return checkDecoder(this).#ignoreBOM;
  }

  #decodeUtf8(bytes, stream) {
    let end = bytes.length;
    if (stream) {
      const keep = incompleteUtf8Tail(bytes, end);
      if (keep > 0) {
        end -= keep;
        this.#pending = bytes.slice(end);
      }
    }
    if (this.#fatal && end > 0 && !binding.isUtf8(end === bytes.length ? bytes : bytes.subarray(0, end))) {
      this.#pending = null;
      throw new codes.ERR_ENCODING_INVALID_ENCODED_DATA(this.#encoding, undefined);
    }
    return utf8Slice(bytes, 0, end);
  }

  #decodeUtf16(bytes, stream) {
    let end = bytes.length & ~1;
    if (this.#encoding === kUtf16be) {
      const swapped = new Uint8Array(end);
      for (let i = 0; i < end; i += 2) {
        swapped[i] = bytes[i + 1];
        swapped[i + 1] = bytes[i];
      }
      bytes = concatBytes(swapped, bytes.subarray(end));
    }
    if (stream) {
      // Keep an odd byte, and a final high surrogate whose pair may follow.
      if (end >= 2) {
        const last = bytes[end - 2] | (bytes[end - 1] << 8);
        if (last >= 0xd800 && last <= 0xdbff) end -= 2;
      }
      if (end < bytes.length) {
        this.#pending = bytes.slice(end);
        if (this.#encoding === kUtf16be) {
          // Undo the swap of the kept unit, so the next chunk sees the original order.
          const p = this.#pending;
          if (p.length >= 2) {
            const t = p[0];
            p[0] = p[1];
            p[1] = t;
          }
        }
      }
    }
    let text = ucs2Slice(bytes, 0, end);
    const dangling = !stream && (bytes.length & 1) === 1;
    if (this.#fatal && (dangling || !text.isWellFormed())) {
      this.#pending = null;
      throw new codes.ERR_ENCODING_INVALID_ENCODED_DATA(this.#encoding, undefined);
    }
    text = text.toWellFormed();
    if (dangling) text += '\ufffd';
    return text;
  }

  [customInspectSymbol](depth, options, inspect) {
    checkDecoder(this);
    const fields = { encoding: this.#encoding, fatal: this.#fatal, ignoreBOM: this.#ignoreBOM };
    if (depth < 0) return this;
    return `TextDecoder ${inspect(fields, options)}`;
  }

  static {
    isDecoder = (value) => typeof value === 'object' && value !== null && #encoding in value;
  }
}

function checkDecoder(value) {
  if (!isDecoder(value)) throw new codes.ERR_INVALID_THIS('TextDecoder');
  return value;
}

for (const [ctor, name, members] of [
  [TextEncoder, 'TextEncoder', ['encoding', 'encode', 'encodeInto']],
  [TextDecoder, 'TextDecoder', ['encoding', 'fatal', 'ignoreBOM', 'decode']],
]) {
  Object.defineProperty(ctor.prototype, Symbol.toStringTag, { value: name, configurable: true });
  for (const member of members) Object.defineProperty(ctor.prototype, member, { enumerable: true });
}

module.exports = {
  TextEncoder,
  TextDecoder,
  getEncodingFromLabel,
};
