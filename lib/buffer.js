'use strict';
// node:buffer — not implemented yet (see internal/stub.js), except atob() and btoa(),
// which are complete here (globalThis.atob is this function, as in Node; keep them when
// this file becomes real) and the limits, which are JavaScriptCore's.

const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
const { stubMembers } = require('internal/stub');
const { DOMException } = require('internal/dom_exception');

// JavaScriptCore's limits, not V8's: an ArrayBuffer holds at most 4 GiB and a string
// at most 2^31 - 1 UTF-16 units.
const kMaxLength = 2 ** 32;
const kStringMaxLength = 2 ** 31 - 1;

const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
// Maps a char code to its 6-bit value, or -1.
const base64Values = new Int8Array(128).fill(-1);
for (let i = 0; i < base64Alphabet.length; i++) base64Values[base64Alphabet.charCodeAt(i)] = i;

function invalidCharacter(message = 'Invalid character') {
  return new DOMException(message, 'InvalidCharacterError');
}

// Encodes a string of Latin-1 characters (each a byte) as base64.
function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw invalidCharacter();
  }
  let out = '';
  let i = 0;
  for (; i + 2 < input.length; i += 3) {
    const n = (input.charCodeAt(i) << 16) | (input.charCodeAt(i + 1) << 8) |
      input.charCodeAt(i + 2);
    out += base64Alphabet[n >> 18] + base64Alphabet[(n >> 12) & 63] +
      base64Alphabet[(n >> 6) & 63] + base64Alphabet[n & 63];
  }
  const rest = input.length - i;
  if (rest === 1) {
    const n = input.charCodeAt(i) << 16;
    out += `${base64Alphabet[n >> 18]}${base64Alphabet[(n >> 12) & 63]}==`;
  } else if (rest === 2) {
    const n = (input.charCodeAt(i) << 16) | (input.charCodeAt(i + 1) << 8);
    out += `${base64Alphabet[n >> 18]}${base64Alphabet[(n >> 12) & 63]}` +
      `${base64Alphabet[(n >> 6) & 63]}=`;
  }
  return out;
}

function isAsciiWhitespace(code) {
  return code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d || code === 0x20;
}

// Decodes base64 ("forgiving-base64" of the WHATWG Infra standard) into a string of
// Latin-1 characters. Errors follow Node: a bad character, or '=' anywhere but at the
// end of a length that is a multiple of four, is "Invalid character"; a length that
// leaves a lone sextet is "not correctly encoded".
function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
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

  let out = '';
  let bits = 0;
  let bitCount = 0;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code === 0x3d || isAsciiWhitespace(code)) continue;
    bits = (bits << 6) | base64Values[code];
    bitCount += 6;
    if (bitCount >= 8) {
      bitCount -= 8;
      out += String.fromCharCode((bits >> bitCount) & 0xff);
      bits &= (1 << bitCount) - 1;
    }
  }
  return out;
}

module.exports = stubMembers({
  atob,
  btoa,
  constants: {
    MAX_LENGTH: kMaxLength,
    MAX_STRING_LENGTH: kStringMaxLength,
  },
  INSPECT_MAX_BYTES: 50,
  kMaxLength,
  kStringMaxLength,
}, 'buffer', {
  classes: [
    ['Buffer', ['alloc', 'allocUnsafe', 'allocUnsafeSlow', 'byteLength', 'compare', 'concat',
      'copyBytesFrom', 'from', 'isEncoding', 'of']],
    'Blob',
    'File',
    'SlowBuffer',
  ],
  functions: ['isAscii', 'isUtf8', 'resolveObjectURL', 'transcode'],
});
module.exports.Buffer.poolSize = 8192;
// Packages (lodash, qs...) probe values with Buffer.isBuffer while they load. No Buffer can
// exist until the Buffer issue lands, so the true answer is always false.
Object.defineProperty(module.exports.Buffer, 'isBuffer', {
  value: function isBuffer(obj) { return false; }, // eslint-disable-line no-unused-vars
  writable: true, configurable: true, enumerable: true,
});
