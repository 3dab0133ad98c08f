'use strict';
// buf.toString() in every encoding at sizes around the native paths' thresholds (short strings,
// one and two characters, lengths not a multiple of the 8-32 byte steps, large buffers),
// checked against expectations computed in plain JavaScript.
require('../common');
const assert = require('assert');

const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function base64(bytes, url) {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i];
    const b = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2] : 0;
    const v = a << 16 | b << 8 | c;
    const left = bytes.length - i;
    out += b64[v >> 18] + b64[(v >> 12) & 63] +
      (left > 1 ? b64[(v >> 6) & 63] : '=') + (left > 2 ? b64[v & 63] : '=');
  }
  if (url) out = out.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return out;
}

function check(bytes) {
  const buf = Buffer.from(bytes);
  let latin1 = '';
  let ascii = '';
  let hex = '';
  for (const b of bytes) {
    latin1 += String.fromCharCode(b);
    ascii += String.fromCharCode(b & 0x7f);
    hex += b.toString(16).padStart(2, '0');
  }
  let utf16 = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) utf16 += String.fromCharCode(bytes[i] | bytes[i + 1] << 8);
  const n = bytes.length;
  assert.strictEqual(buf.toString('latin1'), latin1, `latin1 ${n}`);
  assert.strictEqual(buf.toString('binary'), latin1, `binary ${n}`);
  assert.strictEqual(buf.toString('ascii'), ascii, `ascii ${n}`);
  assert.strictEqual(buf.toString('hex'), hex, `hex ${n}`);
  assert.strictEqual(buf.toString('base64'), base64(bytes, false), `base64 ${n}`);
  assert.strictEqual(buf.toString('base64url'), base64(bytes, true), `base64url ${n}`);
  assert.strictEqual(buf.toString('utf16le'), utf16, `utf16le ${n}`);
  if (bytes.every((b) => b < 0x80)) assert.strictEqual(buf.toString('utf8'), latin1, `utf8 ${n}`);
}

let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff;
for (let n = 0; n <= 70; n++) {
  check(Array.from({ length: n }, random));
  check(Array.from({ length: n }, (_, i) => 0x20 + (i % 90)));
}
for (const n of [255, 256, 257, 1023, 1024, 1025, 4096, 65535, 65537, 300001]) {
  check(Array.from({ length: n }, random));
}

// All 256 byte values, and a subarray (the native path reads the view's own offset).
const all = Array.from({ length: 256 }, (_, i) => i);
check(all);
const big = Buffer.from(all);
assert.strictEqual(big.subarray(200, 203).toString('latin1'), '\u00c8\u00c9\u00ca');
assert.strictEqual(big.subarray(65, 68).toString('utf8'), 'ABC');
assert.strictEqual(big.toString('latin1', 250), '\u00fa\u00fb\u00fc\u00fd\u00fe\u00ff');

// UTF-8 results are 8-bit or 16-bit strings inside the engine; both compare and combine alike.
const text = 'ASCII, Latin-1 àéîõü, BMP €漢字, astral 😀';
for (let repeat = 1; repeat < 2000; repeat *= 7) {
  const s = text.repeat(repeat);
  const decoded = Buffer.from(s).toString('utf8');
  assert.strictEqual(decoded, s);
  assert.strictEqual(decoded.length, s.length);
  assert.strictEqual(decoded.slice(-2), '😀');
}
const latinOnly = 'àéîõü ÿ'.repeat(500);
const decodedLatin = Buffer.from(latinOnly).toString();
assert.strictEqual(decodedLatin, latinOnly);
assert.strictEqual(decodedLatin + '€', latinOnly + '€');
assert.strictEqual(decodedLatin.indexOf('ÿ'), 6);
