'use strict';
// node:punycode (deprecated): Punycode (RFC 3492) and its use in internationalized
// domain names (RFC 5891), with the interface of the punycode.js package Node bundles
// (version 2.1.0): encode, decode, toASCII, toUnicode, ucs2.encode, ucs2.decode.
// Errors are RangeErrors with that package's messages.

// Node warns when a program loads this module, but not when a package does.
function warnDeprecated() {
  if (typeof process.emitWarning !== 'function' || process.noDeprecation) return;
  const stack = new Error().stack ?? '';
  if (stack.includes('/node_modules/')) return;
  process.emitWarning('The `punycode` module is deprecated. Please use a userland ' +
    'alternative instead.', 'DeprecationWarning', 'DEP0040');
}
warnDeprecated();

const maxInt = 2147483647;
const base = 36;
const tMin = 1;
const tMax = 26;
const skew = 38;
const damp = 700;
const initialBias = 72;
const initialN = 128;
const delimiter = '-';

const messages = {
  overflow: 'Overflow: input needs wider integers to process',
  notBasic: 'Illegal input >= 0x80 (not a basic code point)',
  invalidInput: 'Invalid input',
};

function fail(kind) {
  throw new RangeError(messages[kind]);
}

// Splits a string into code points, joining surrogate pairs; a lone surrogate stays a
// code point of its own.
function ucs2decode(string) {
  const output = [];
  const length = string.length;
  for (let i = 0; i < length; i++) {
    const value = string.charCodeAt(i);
    if (value >= 0xd800 && value <= 0xdbff && i + 1 < length) {
      const next = string.charCodeAt(i + 1);
      if ((next & 0xfc00) === 0xdc00) {
        output.push(((value & 0x3ff) << 10) + (next & 0x3ff) + 0x10000);
        i++;
        continue;
      }
    }
    output.push(value);
  }
  return output;
}

// Joins code points into a string; throws a RangeError for anything that is not one.
function ucs2encode(codePoints) {
  codePoints = [...codePoints];
  for (const value of codePoints) {
    const code = Number(value);
    if (!Number.isInteger(code) || code < 0 || code > 0x10FFFF) {
      // V8's message for String.fromCodePoint.
      throw new RangeError(`Invalid code point ${code}`);
    }
  }
  return String.fromCodePoint(...codePoints);
}

// The value of a Punycode digit character, or `base` when it is not one.
function basicToDigit(code) {
  if (code >= 0x30 && code < 0x3a) return 26 + (code - 0x30);
  if (code >= 0x41 && code < 0x5b) return code - 0x41;
  if (code >= 0x61 && code < 0x7b) return code - 0x61;
  return base;
}

// The (lowercase) character of a Punycode digit: 0-25 are a-z, 26-35 are 0-9.
function digitToBasic(digit) {
  return String.fromCharCode(digit < 26 ? 0x61 + digit : 0x30 + digit - 26);
}

function threshold(k, bias) {
  if (k <= bias) return tMin;
  if (k >= bias + tMax) return tMax;
  return k - bias;
}

// Bias adaptation (RFC 3492, section 6.1).
function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / damp) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((base - tMin) * tMax) >> 1) {
    delta = Math.floor(delta / (base - tMin));
    k += base;
  }
  return Math.floor(k + ((base - tMin + 1) * delta) / (delta + skew));
}

// Decodes a Punycode string of ASCII characters into a string of Unicode characters.
function decode(input) {
  const output = [];
  const inputLength = input.length;
  let i = 0;
  let n = initialN;
  let bias = initialBias;

  // The basic code points come before the last delimiter, if there is one.
  let basic = input.lastIndexOf(delimiter);
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    const code = input.charCodeAt(j);
    if (code >= 0x80) fail('notBasic');
    output.push(code);
  }

  for (let index = basic > 0 ? basic + 1 : 0; index < inputLength;) {
    const oldI = i;
    for (let w = 1, k = base; ; k += base) {
      if (index >= inputLength) fail('invalidInput');
      const digit = basicToDigit(input.charCodeAt(index++));
      if (digit >= base) fail('invalidInput');
      if (digit > Math.floor((maxInt - i) / w)) fail('overflow');
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(maxInt / (base - t))) fail('overflow');
      w *= base - t;
    }
    const length = output.length + 1;
    bias = adapt(i - oldI, length, oldI === 0);
    if (Math.floor(i / length) > maxInt - n) fail('overflow');
    n += Math.floor(i / length);
    i %= length;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

// Encodes a string of Unicode characters as Punycode (ASCII only).
function encode(input) {
  const output = [];
  const codePoints = ucs2decode(input);
  const inputLength = codePoints.length;
  let n = initialN;
  let delta = 0;
  let bias = initialBias;

  for (const value of codePoints) {
    if (value < 0x80) output.push(String.fromCharCode(value));
  }
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength > 0) output.push(delimiter);

  while (handled < inputLength) {
    // The smallest code point not handled yet.
    let m = maxInt;
    for (const value of codePoints) {
      if (value >= n && value < m) m = value;
    }
    const handledPlusOne = handled + 1;
    if (m - n > Math.floor((maxInt - delta) / handledPlusOne)) fail('overflow');
    delta += (m - n) * handledPlusOne;
    n = m;

    for (const value of codePoints) {
      if (value < n && ++delta > maxInt) fail('overflow');
      if (value === n) {
        // Write delta as a variable-length integer.
        let q = delta;
        for (let k = base; ; k += base) {
          const t = threshold(k, bias);
          if (q < t) break;
          output.push(digitToBasic(t + ((q - t) % (base - t))));
          q = Math.floor((q - t) / (base - t));
        }
        output.push(digitToBasic(q));
        bias = adapt(delta, handledPlusOne, handled === basicLength);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return output.join('');
}

const separators = /[\x2E\u3002\uFF0E\uFF61]/g;
const nonAscii = /[^\0-\x7F]/;
const punycodePrefix = /^xn--/;

// Applies `fn` to each label of a domain name, or of the part after '@' in an email
// address (the part before it is kept; anything after a second '@' is dropped, as the
// punycode.js package does).
function mapDomain(domain, fn) {
  const parts = domain.split('@');
  let result = '';
  if (parts.length > 1) {
    result = `${parts[0]}@`;
    domain = parts[1];
  }
  const labels = domain.replace(separators, '.').split('.');
  return result + labels.map(fn).join('.');
}

// Converts a domain name (or email address) to its ASCII form: each label with
// non-ASCII characters becomes 'xn--' followed by its Punycode.
function toASCII(input) {
  return mapDomain(input, (label) => (nonAscii.test(label) ? `xn--${encode(label)}` : label));
}

// Converts the 'xn--' labels of a domain name (or email address) back to Unicode.
function toUnicode(input) {
  return mapDomain(input, (label) => (punycodePrefix.test(label) ?
    decode(label.slice(4).toLowerCase()) : label));
}

module.exports = {
  version: '2.1.0',
  ucs2: {
    decode: ucs2decode,
    encode: ucs2encode,
  },
  decode,
  encode,
  toASCII,
  toUnicode,
};
