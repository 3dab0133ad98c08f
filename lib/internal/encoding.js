'use strict';
// TextEncoder and TextDecoder (WHATWG Encoding Standard), the globals that node:util also
// exports. TextDecoder decodes utf-8, utf-16le, utf-16be, windows-1252 (which every Latin-1
// and ASCII label means) and x-user-defined itself, and the Standard's other encodings
// (shift_jis, gbk, iso-8859-2...) with ICU's converters (internalBinding('icu')), as Node
// does, under all their standard labels.

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
// The legacy encodings (decoded as multiByteConverters and singleByteTable below say).
for (const [encoding, list] of [
  ['ibm866', '866 cp866 csibm866 ibm866'],
  ['iso-8859-2', 'csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 ' +
    'iso_8859-2:1987 l2 latin2'],
  ['iso-8859-3', 'csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 ' +
    'iso_8859-3:1988 l3 latin3'],
  ['iso-8859-4', 'csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 ' +
    'iso_8859-4:1988 l4 latin4'],
  ['iso-8859-5', 'csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 ' +
    'iso_8859-5 iso_8859-5:1988'],
  ['iso-8859-6', 'arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 ' +
    'iso-8859-6 iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 ' +
    'iso_8859-6:1987'],
  ['iso-8859-7', 'csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 ' +
    'iso8859-7 iso88597 iso_8859-7 iso_8859-7:1987 sun_eu_greek'],
  ['iso-8859-8', 'csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 ' +
    'iso8859-8 iso88598 iso_8859-8 iso_8859-8:1988 visual'],
  ['iso-8859-8-i', 'csiso88598i iso-8859-8-i logical'],
  ['iso-8859-10', 'csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6'],
  ['iso-8859-13', 'iso-8859-13 iso8859-13 iso885913'],
  ['iso-8859-14', 'iso-8859-14 iso8859-14 iso885914'],
  ['iso-8859-15', 'csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9'],
  ['iso-8859-16', 'iso-8859-16'],
  ['koi8-r', 'cskoi8r koi koi8 koi8-r koi8_r'],
  ['koi8-u', 'koi8-ru koi8-u'],
  ['macintosh', 'csmacintosh mac macintosh x-mac-roman'],
  ['windows-874', 'dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874'],
  ['windows-1250', 'cp1250 windows-1250 x-cp1250'],
  ['windows-1251', 'cp1251 windows-1251 x-cp1251'],
  ['windows-1253', 'cp1253 windows-1253 x-cp1253'],
  ['windows-1254', 'cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 ' +
    'iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254'],
  ['windows-1255', 'cp1255 windows-1255 x-cp1255'],
  ['windows-1256', 'cp1256 windows-1256 x-cp1256'],
  ['windows-1257', 'cp1257 windows-1257 x-cp1257'],
  ['windows-1258', 'cp1258 windows-1258 x-cp1258'],
  ['x-mac-cyrillic', 'x-mac-cyrillic x-mac-ukrainian'],
  ['gbk', 'chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk'],
  ['gb18030', 'gb18030'],
  ['big5', 'big5 big5-hkscs cn-big5 csbig5 x-x-big5'],
  ['euc-jp', 'cseucpkdfmtjapanese euc-jp x-euc-jp'],
  ['iso-2022-jp', 'csiso2022jp iso-2022-jp'],
  ['shift_jis', 'csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis'],
  ['euc-kr', 'cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ' +
    'ksc5601 ksc_5601 windows-949'],
  // Decodes nothing: named to be refused by its name, as in Node.
  ['replacement', 'csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr replacement'],
]) {
  addLabels(encoding, list);
}

let icu;

// The multi-byte encodings, decoded by ICU's converters (streaming state and all); the
// Standard's gbk decoder is its gb18030 decoder. The others are single-byte: bytes below
// 0x80 are ASCII, and the 128 others come from a table made once from ICU's converter, with
// the Standard's mappings where ICU's table differs (U+FFFD: no character).
const multiByteConverters = {
  __proto__: null,
  'gbk': 'gb18030', 'gb18030': 'gb18030', 'big5': 'big5', 'euc-jp': 'euc-jp',
  'iso-2022-jp': 'iso-2022-jp', 'shift_jis': 'shift_jis', 'euc-kr': 'euc-kr',
};
const singleByteFixes = {
  __proto__: null,
  'koi8-u': [[0xae, 0x45e], [0xbe, 0x40e]],
  'windows-874': [[0xdb, 0xfffd], [0xdc, 0xfffd], [0xdd, 0xfffd], [0xde, 0xfffd],
                  [0xfc, 0xfffd], [0xfd, 0xfffd], [0xfe, 0xfffd], [0xff, 0xfffd]],
  'windows-1253': [[0xaa, 0xfffd]],
  'windows-1255': [[0xca, 0x5ba]],
};
const singleByteTables = { __proto__: null };
// iso-8859-16's bytes 0xA0-0xFF, for ICU data without its converter (0x80-0x9F are the C1
// controls).
const iso885916High = [
  0xa0, 0x104, 0x105, 0x141, 0x20ac, 0x201e, 0x160, 0xa7, 0x161, 0xa9, 0x218, 0xab, 0x179, 0xad,
  0x17a, 0x17b, 0xb0, 0xb1, 0x10c, 0x142, 0x17d, 0x201d, 0xb6, 0xb7, 0x17e, 0x10d, 0x219, 0xbb,
  0x152, 0x153, 0x178, 0x17c, 0xc0, 0xc1, 0xc2, 0x102, 0xc4, 0x106, 0xc6, 0xc7, 0xc8, 0xc9, 0xca,
  0xcb, 0xcc, 0xcd, 0xce, 0xcf, 0x110, 0x143, 0xd2, 0xd3, 0xd4, 0x150, 0xd6, 0x15a, 0x170, 0xd9,
  0xda, 0xdb, 0xdc, 0x118, 0x21a, 0xdf, 0xe0, 0xe1, 0xe2, 0x103, 0xe4, 0x107, 0xe6, 0xe7, 0xe8,
  0xe9, 0xea, 0xeb, 0xec, 0xed, 0xee, 0xef, 0x111, 0x144, 0xf2, 0xf3, 0xf4, 0x151, 0xf6, 0x15b,
  0x171, 0xf9, 0xfa, 0xfb, 0xfc, 0x119, 0x21b, 0xff,
];

// The characters of bytes 0x80-0xFF in single-byte encoding name (a 128-unit string), or
// undefined when ICU has no converter for it.
function singleByteTable(name) {
  let table = singleByteTables[name];
  if (table !== undefined) return table;
  icu ??= internalBinding('icu');
  const converter = icu.getConverter(name, false);
  let codes;
  if (converter !== undefined) {
    const text = icu.decode(converter, Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i), true);
    codes = Array.from({ length: 128 }, (_, i) =>
      (text.length === 128 ? text.charCodeAt(i) : 0xfffd));
    for (const [byte, code] of singleByteFixes[name] ?? []) codes[byte - 0x80] = code;
  } else if (name === 'iso-8859-16') {
    codes = [...Array.from({ length: 32 }, (_, i) => 0x80 + i), ...iso885916High];
  } else {
    return undefined;
  }
  table = String.fromCharCode(...codes);
  singleByteTables[name] = table;
  return table;
}

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
  #converter = null; // ICU's, for a multi-byte legacy encoding
  #table = null; // the characters of bytes 0x80-0xFF, for a single-byte legacy encoding

  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    const name = getEncodingFromLabel(encoding);
    if (name === undefined) throw new codes.ERR_ENCODING_NOT_SUPPORTED(encoding);
    this.#encoding = name;
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
    if (name === 'replacement') throw new codes.ERR_ENCODING_NOT_SUPPORTED(name);
    if (multiByteConverters[name] !== undefined) {
      icu ??= internalBinding('icu');
      const converter = icu.getConverter(multiByteConverters[name], this.#fatal);
      if (converter === undefined) throw new codes.ERR_ENCODING_NOT_SUPPORTED(name);
      this.#converter = converter;
    } else if (name !== kUtf8 && name !== kUtf16le && name !== kUtf16be &&
               name !== kWindows1252 && name !== kUserDefined) {
      const table = singleByteTable(name);
      if (table === undefined) throw new codes.ERR_ENCODING_NOT_SUPPORTED(name);
      this.#table = table;
    }
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
    if (this.#converter !== null || this.#table !== null) {
      text = this.#converter !== null ? icu.decode(this.#converter, bytes, !stream) :
        icu.decodeSingleByte(bytes, this.#table, this.#fatal);
      if (text === -1) throw new codes.ERR_ENCODING_INVALID_ENCODED_DATA(this.#encoding, undefined);
      return text;
    }
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
