'use strict';
// node:querystring: parse and build URL query strings the way Node always has (not the
// WHATWG URLSearchParams way). parse() returns an object with a null prototype (so
// keys like 'constructor' or '__proto__' are ordinary properties); a key seen twice
// collects its values in an array.

// internal/errors (with internal/stack, ~6M instructions) is loaded by the first error
// thrown.
const { codes } = require('internal/errors/lazy');

// Characters escape() leaves as they are: those encodeURIComponent() leaves alone.
const unreserved = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!\'()*') {
  unreserved[ch.charCodeAt(0)] = 1;
}

const hexDigits = '0123456789ABCDEF';
function percentByte(byte) {
  return `%${hexDigits[byte >> 4]}${hexDigits[byte & 15]}`;
}

// The value of a hexadecimal digit, or -1.
function hexValue(code) {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  return -1;
}

// Percent-encodes a string as UTF-8, leaving the unreserved characters. A high
// surrogate at the very end throws ERR_INVALID_URI; otherwise a surrogate takes the next
// unit as its pair whatever it is (Node's behaviour).
function escapeString(str) {
  let out = '';
  let lastPos = 0;
  for (let i = 0; i < str.length; i++) {
    let code = str.charCodeAt(i);
    if (code < 0x80) {
      if (unreserved[code] === 1) continue;
      out += str.slice(lastPos, i) + percentByte(code);
    } else if (code < 0x800) {
      out += str.slice(lastPos, i) + percentByte(0xc0 | (code >> 6)) +
        percentByte(0x80 | (code & 0x3f));
    } else if (code < 0xd800 || code >= 0xe000) {
      out += str.slice(lastPos, i) + percentByte(0xe0 | (code >> 12)) +
        percentByte(0x80 | ((code >> 6) & 0x3f)) + percentByte(0x80 | (code & 0x3f));
    } else {
      const start = i;
      if (++i >= str.length) throw new codes.ERR_INVALID_URI();
      code = 0x10000 + (((code & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
      out += str.slice(lastPos, start) + percentByte(0xf0 | (code >> 18)) +
        percentByte(0x80 | ((code >> 12) & 0x3f)) + percentByte(0x80 | ((code >> 6) & 0x3f)) +
        percentByte(0x80 | (code & 0x3f));
    }
    lastPos = i + 1;
  }
  if (lastPos === 0) return str;
  return lastPos < str.length ? out + str.slice(lastPos) : out;
}

// Named as Node names it (querystring.escape.name === 'qsEscape').
function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return escapeString(str);
}

// Percent-decodes `s` into bytes: each char is one byte (its low 8 bits), "%XX" with
// two hex digits is the byte XX, and with `decodeSpaces` '+' is a space.
function percentDecode(s, decodeSpaces) {
  const bytes = new Uint8Array(s.length);
  let length = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 0x2b && decodeSpaces) {
      bytes[length++] = 0x20;
    } else if (code === 0x25 && i + 2 < s.length) {
      const high = hexValue(s.charCodeAt(i + 1));
      const low = high === -1 ? -1 : hexValue(s.charCodeAt(i + 2));
      if (low === -1) {
        bytes[length++] = 0x25;
      } else {
        bytes[length++] = (high << 4) | low;
        i += 2;
      }
    } else {
      bytes[length++] = code & 0xff;
    }
  }
  return bytes.subarray(0, length);
}

// Decodes UTF-8, replacing each maximal invalid subsequence with U+FFFD (the WHATWG
// decoder's rule, which Buffer#toString follows too).
function decodeUtf8(bytes) {
  let out = '';
  const units = [];
  const flush = () => {
    out += String.fromCharCode(...units);
    units.length = 0;
  };
  for (let i = 0; i < bytes.length;) {
    const b0 = bytes[i];
    let needed = 0;
    let codePoint = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b0 < 0x80) {
      units.push(b0);
      i++;
    } else {
      if (b0 >= 0xc2 && b0 <= 0xdf) {
        needed = 1;
        codePoint = b0 & 0x1f;
      } else if (b0 >= 0xe0 && b0 <= 0xef) {
        if (b0 === 0xe0) lower = 0xa0;
        if (b0 === 0xed) upper = 0x9f;
        needed = 2;
        codePoint = b0 & 0xf;
      } else if (b0 >= 0xf0 && b0 <= 0xf4) {
        if (b0 === 0xf0) lower = 0x90;
        if (b0 === 0xf4) upper = 0x8f;
        needed = 3;
        codePoint = b0 & 0x7;
      }
      let j = i + 1;
      let seen = 0;
      while (seen < needed && j < bytes.length && bytes[j] >= lower && bytes[j] <= upper) {
        codePoint = (codePoint << 6) | (bytes[j] & 0x3f);
        lower = 0x80;
        upper = 0xbf;
        j++;
        seen++;
      }
      if (needed === 0 || seen < needed) {
        units.push(0xfffd);
        i = needed === 0 ? i + 1 : j;
      } else {
        if (codePoint >= 0x10000) {
          codePoint -= 0x10000;
          units.push(0xd800 | (codePoint >> 10), 0xdc00 | (codePoint & 0x3ff));
        } else {
          units.push(codePoint);
        }
        i = j;
      }
    }
    if (units.length >= 4096) flush();
  }
  flush();
  return out;
}

function unescapeBuffer(s, decodeSpaces) {
  const bytes = percentDecode(`${s}`, decodeSpaces);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// decodeURIComponent(), and for input it rejects, a lenient percent-decoding whose bytes
// are read as UTF-8.
function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return decodeUtf8(percentDecode(`${s}`, decodeSpaces));
  }
}

function stringifyForCustomEncoder(value) {
  switch (typeof value) {
    case 'string': return value;
    case 'number': return Number.isFinite(value) ? `${value}` : '';
    case 'bigint': return `${value}`;
    case 'boolean': return value ? 'true' : 'false';
    default: return '';
  }
}

// Encodes a value with the default escape(): finite numbers below 1e21 need no escaping
// (larger ones use exponent notation with a '+').
function stringifyValue(value, encode) {
  switch (typeof value) {
    case 'string': return value.length > 0 ? encode(value) : '';
    case 'number':
      if (!Number.isFinite(value)) return '';
      return Math.abs(value) < 1e21 ? `${value}` : encode(`${value}`);
    case 'bigint': return `${value}`;
    case 'boolean': return value ? 'true' : 'false';
    default: return '';
  }
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = module.exports.escape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  const convert = encode === escape ? stringifyValue :
    (value, fn) => fn(stringifyForCustomEncoder(value));
  if (obj === null || typeof obj !== 'object') return '';

  let fields = '';
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    const prefix = convert(key, encode) + eq;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      if (fields) fields += sep;
      for (let j = 0; j < value.length; j++) {
        if (j > 0) fields += sep;
        fields += prefix + convert(value[j], encode);
      }
    } else {
      if (fields) fields += sep;
      fields += prefix + convert(value, encode);
    }
  }
  return fields;
}

function decodeComponent(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return module.exports.unescape(s, true);
  }
}

function addPair(obj, key, value, keyEncoded, valueEncoded, decoder) {
  if (key.length > 0 && keyEncoded) key = decodeComponent(key, decoder);
  if (value.length > 0 && valueEncoded) value = decodeComponent(value, decoder);
  const current = obj[key];
  if (current === undefined) obj[key] = value;
  else if (typeof current.pop === 'function') current.push(value);
  else obj[key] = [current, value];
}

// Splits `qs` into key/value pairs by scanning once, as Node does: separators and the
// key/value delimiter may be several characters long and are matched greedily without
// backtracking; '+' is a space; a part is decoded only when it holds '+' or a valid
// "%XX" (or always, with a custom decoder, which then sees '+' as "%20"). Empty parts
// between separators are skipped but count towards maxKeys.
function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';

  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  let pairsLeft = maxKeys > 0 ? maxKeys : Infinity;
  let decoder = module.exports.unescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decoder = options.decodeURIComponent;
  }
  const customDecoder = decoder !== unescape;
  const space = customDecoder ? '%20' : ' ';

  let key = '';
  let value = '';
  let keyEncoded = customDecoder;
  let valueEncoded = customDecoder;
  let lastPos = 0;
  let sepMatched = 0;
  let eqMatched = 0;
  // Progress through a "%XX" escape: 0 none, 1 after '%', 2 after one hex digit.
  let escapeProgress = 0;

  for (let i = 0; i < qs.length; i++) {
    const code = qs.charCodeAt(i);
    if (code === sep.charCodeAt(sepMatched)) {
      if (++sepMatched < sep.length) continue;
      const end = i - sep.length + 1;
      if (eqMatched < eq.length) {
        if (lastPos < end) {
          key += qs.slice(lastPos, end);
        } else if (key.length === 0) {
          if (--pairsLeft === 0) return obj;
          lastPos = i + 1;
          sepMatched = eqMatched = 0;
          continue;
        }
      } else if (lastPos < end) {
        value += qs.slice(lastPos, end);
      }
      addPair(obj, key, value, keyEncoded, valueEncoded, decoder);
      if (--pairsLeft === 0) return obj;
      keyEncoded = valueEncoded = customDecoder;
      key = value = '';
      escapeProgress = 0;
      lastPos = i + 1;
      sepMatched = eqMatched = 0;
      continue;
    }
    sepMatched = 0;

    if (eqMatched < eq.length) {
      // Still in the key.
      if (code === eq.charCodeAt(eqMatched)) {
        if (++eqMatched === eq.length) {
          const end = i - eqMatched + 1;
          if (lastPos < end) key += qs.slice(lastPos, end);
          escapeProgress = 0;
          lastPos = i + 1;
        }
        continue;
      }
      eqMatched = 0;
      if (!keyEncoded) {
        if (code === 0x25) {
          escapeProgress = 1;
          continue;
        }
        if (escapeProgress > 0) {
          if (hexValue(code) !== -1) {
            if (++escapeProgress === 3) keyEncoded = true;
            continue;
          }
          escapeProgress = 0;
        }
      }
      if (code === 0x2b) {
        if (lastPos < i) key += qs.slice(lastPos, i);
        key += space;
        lastPos = i + 1;
        continue;
      }
      // Any other key character goes on to the value's escape tracking below, as in
      // Node: an escape seen there after the key is known to be encoded marks the value
      // as encoded too.
    }

    if (code === 0x2b) {
      if (lastPos < i) value += qs.slice(lastPos, i);
      value += space;
      lastPos = i + 1;
    } else if (!valueEncoded) {
      if (code === 0x25) {
        escapeProgress = 1;
      } else if (escapeProgress > 0) {
        if (hexValue(code) !== -1) {
          if (++escapeProgress === 3) valueEncoded = true;
        } else {
          escapeProgress = 0;
        }
      }
    }
  }

  if (lastPos < qs.length) {
    if (eqMatched < eq.length) key += qs.slice(lastPos);
    else if (sepMatched < sep.length) value += qs.slice(lastPos);
  } else if (eqMatched === 0 && key.length === 0) {
    // The string ended with an empty part.
    return obj;
  }
  addPair(obj, key, value, keyEncoded, valueEncoded, decoder);
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
