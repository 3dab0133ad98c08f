'use strict';
// Encoding strings into bytes at every size and shape: short strings (encoded in JavaScript)
// and long ones (encoded by the binding, which reads 8-bit strings in place), ASCII, Latin-1,
// UTF-16 with astral characters and lone surrogates, ropes and substrings, with and without
// room for the whole string. Each result is checked against a plain reference encoder.
require('../common');
const assert = require('assert');

// The WHATWG UTF-8 encoding of str (a lone surrogate becomes U+FFFD).
function referenceUtf8(str) {
  const out = [];
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f),
                 0x80 | (cp & 0x3f));
        i++;
        continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return Buffer.from(out);
}

// The bytes a write of str into `cap` bytes keeps (whole characters only) and the units read.
function referencePrefix(str, cap) {
  let used = 0;
  for (let i = 0; i < str.length; i++) {
    const pair = str.charCodeAt(i) >= 0xd800 && str.charCodeAt(i) <= 0xdbff &&
      i + 1 < str.length && str.charCodeAt(i + 1) >= 0xdc00 && str.charCodeAt(i + 1) <= 0xdfff;
    const size = referenceUtf8(str.slice(i, pair ? i + 2 : i + 1)).length;
    if (used + size > cap) return { bytes: referenceUtf8(str.slice(0, i)), read: i };
    used += size;
    if (pair) i++;
  }
  return { bytes: referenceUtf8(str), read: str.length };
}

let seed = 7;
function random(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}

const alphabets = {
  ascii: 'abcdefghijklmnopqrstuvwxyz0123456789 -_.',
  latin1: 'abcdé\u00ff\u0080xyz\u00e0\u00fc',
  wide: 'a\u20ac\u2603\u00e9\ud83d\ude00z',
  surrogates: 'ab\ud800c\udc00\ud83d',
};
function makeString(kind, n) {
  const a = alphabets[kind];
  let s = '';
  for (let i = 0; i < n; i++) s += a[random(a.length)];
  return s;
}

const sizes = [0, 1, 2, 7, 8, 31, 32, 95, 96, 97, 100, 255, 256, 1000, 4096, 40000];
for (const kind of Object.keys(alphabets)) {
  for (const n of sizes) {
    const str = makeString(kind, n);
    const expected = referenceUtf8(str);
    assert.deepStrictEqual(Buffer.from(str), expected, `${kind} ${n}`);
    assert.deepStrictEqual(Buffer.from(str, 'utf8'), expected);
    assert.strictEqual(Buffer.byteLength(str), expected.length, `${kind} ${n} byteLength`);
    assert.deepStrictEqual(Buffer.from(new TextEncoder().encode(str)), expected);

    // Writes with all the room, and with less (never half a character).
    for (const cap of [expected.length, expected.length - 1, Math.floor(expected.length / 2), 3]) {
      if (cap < 0) continue;
      const buf = Buffer.alloc(cap + 4, 0xaa);
      const written = buf.write(str, 2, cap);
      const ref = referencePrefix(str, cap);
      assert.strictEqual(written, ref.bytes.length, `${kind} ${n} cap ${cap}`);
      assert.deepStrictEqual(buf.subarray(2, 2 + written), ref.bytes);
      assert.strictEqual(buf[0], 0xaa);
      assert.strictEqual(buf[2 + written], 0xaa);
      const into = new Uint8Array(cap);
      const r = new TextEncoder().encodeInto(str, into);
      assert.strictEqual(r.written, ref.bytes.length);
      assert.strictEqual(r.read, ref.read);
    }

    // Latin-1 and ASCII keep the low byte of each unit.
    const low = Buffer.from(Array.from(str, (c) => c.charCodeAt(0) & 0xff));
    if (str.length === low.length) {
      const units = Buffer.alloc(str.length);
      for (let i = 0; i < str.length; i++) units[i] = str.charCodeAt(i) & 0xff;
      assert.deepStrictEqual(Buffer.from(str, 'latin1'), units);
      assert.deepStrictEqual(Buffer.from(str, 'ascii'), units);
      const half = Buffer.alloc(Math.floor(str.length / 2));
      assert.strictEqual(half.write(str, 'latin1'), half.length);
      assert.deepStrictEqual(half, units.subarray(0, half.length));
    }
  }
}

// Ropes, substrings and strings made from numbers reach the binding too.
const long = makeString('latin1', 300);
const rope = long + makeString('ascii', 200) + long;
assert.deepStrictEqual(Buffer.from(rope), referenceUtf8(rope));
const sub = rope.slice(17, 450);
assert.deepStrictEqual(Buffer.from(sub), referenceUtf8(sub));
const wideRope = makeString('wide', 150) + long;
assert.deepStrictEqual(Buffer.from(wideRope), referenceUtf8(wideRope));
assert.strictEqual(Buffer.byteLength(wideRope), referenceUtf8(wideRope).length);

// write() with an offset at the end, and a string argument that is not a string.
const full = Buffer.alloc(200);
assert.strictEqual(full.write(long, 200), 0);
assert.throws(() => full.write(12345), { code: 'ERR_INVALID_ARG_TYPE' });
