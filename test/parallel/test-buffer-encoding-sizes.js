'use strict';
// UTF-8, Latin-1 and concat results must not depend on the size of the input: short inputs
// are handled in JavaScript, long ones in the binding, and a string's ASCII prefix is encoded
// in JavaScript before the rest goes to the binding. Every size around those limits is
// checked against a plain reference encoder/decoder written here.
require('../common');
const assert = require('assert');

// Reference UTF-8 encoder: lone surrogates become U+FFFD.
function refEncode(str) {
  const out = [];
  for (let i = 0; i < str.length; i++) {
    let cp = str.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else {
      out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f),
        0x80 | (cp & 0x3f));
    }
  }
  return out;
}

const sizes = [0, 1, 3, 4, 5, 47, 48, 49, 63, 64, 65, 127, 128, 129, 130, 255, 256, 257, 300,
  1023, 1024, 1025, 2047, 2048, 2049, 12000];
const extras = ['é', '€', '😀', '\ud800', '\udc00x'];

for (const n of sizes) {
  const ascii = 'The quick brown fox jumps over the lazy dog 0123456789'.repeat(Math.ceil(n / 54) + 1)
    .slice(0, n);
  // All ASCII, and a non-ASCII character at the start, middle and end.
  const variants = [ascii];
  for (const x of extras) {
    variants.push(x + ascii, ascii.slice(0, n >> 1) + x + ascii.slice(n >> 1), ascii + x);
  }
  for (const str of variants) {
    const expected = refEncode(str);
    const buf = Buffer.from(str);
    assert.deepStrictEqual([...buf], expected, `Buffer.from, ${str.length} units`);
    assert.strictEqual(Buffer.byteLength(str), expected.length);
    assert.strictEqual(buf.toString(), str.toWellFormed(), `toString, ${buf.length} bytes`);
    assert.deepStrictEqual([...new TextEncoder().encode(str)], expected);
    assert.strictEqual(new TextDecoder().decode(buf), str.toWellFormed());

    // write() into a bigger buffer at an offset, and into every too-small room near the end:
    // never a partial character.
    const big = Buffer.alloc(expected.length + 10, 0xaa);
    assert.strictEqual(big.write(str, 3), expected.length);
    assert.deepStrictEqual([...big.subarray(3, 3 + expected.length)], expected);
    assert.strictEqual(big[3 + expected.length], 0xaa);
    for (const cut of [1, 2, 3, 4]) {
      if (cut > expected.length) continue;
      const room = Buffer.alloc(expected.length - cut, 0xbb);
      const written = room.write(str);
      assert.ok(written <= room.length);
      assert.deepStrictEqual([...room.subarray(0, written)], expected.slice(0, written));
      // What was written ends on a character boundary.
      assert.notStrictEqual(expected[written] & 0xc0, 0x80);
    }

    // toString of a range that starts and ends inside the buffer.
    if (buf.length > 4) {
      const part = buf.toString('utf8', 1, buf.length - 1);
      assert.strictEqual(part, Buffer.from(expected.slice(1, -1)).toString());
    }
  }

  // Latin-1 round trip of every byte value.
  const bytes = Buffer.alloc(n);
  for (let i = 0; i < n; i++) bytes[i] = (i * 7 + 3) & 0xff;
  const latin1 = bytes.toString('latin1');
  assert.strictEqual(latin1.length, n);
  for (let i = 0; i < n; i++) assert.strictEqual(latin1.charCodeAt(i), bytes[i]);
  assert.deepStrictEqual(Buffer.from(latin1, 'latin1'), bytes);
  const ascii7 = bytes.toString('ascii');
  for (let i = 0; i < n; i++) assert.strictEqual(ascii7.charCodeAt(i), bytes[i] & 0x7f);
  // Latin-1 writes keep the low byte of each unit.
  assert.deepStrictEqual([...Buffer.from('\u0141'.repeat(n), 'latin1')], new Array(n).fill(0x41));
  const room = Buffer.alloc(n >> 1);
  assert.strictEqual(room.write(latin1, 'latin1'), n >> 1);
  assert.deepStrictEqual(room, bytes.subarray(0, n >> 1));
}

// Invalid UTF-8 decodes the same way at every size (each maximal invalid subpart is U+FFFD).
for (const n of [10, 100, 127, 128, 129, 200, 1000]) {
  const bytes = Buffer.alloc(n, 0x61);
  bytes[n >> 1] = 0xe2; // a truncated three-byte sequence
  bytes[(n >> 1) + 1] = 0x82;
  bytes[n - 1] = 0xff;
  const s = bytes.toString();
  assert.strictEqual(s, 'a'.repeat(n >> 1) + '\ufffd' + 'a'.repeat(n - (n >> 1) - 3) + '\ufffd');
}

// Buffer.concat with short and long parts, and a total length that cuts or pads.
{
  const parts = [];
  for (let i = 0; i < 40; i++) parts.push(Buffer.from('x'.repeat(i * 5) + i));
  parts.push(new Uint8Array([1, 2, 3]));
  const all = [];
  for (const p of parts) all.push(...p);
  assert.deepStrictEqual([...Buffer.concat(parts)], all);
  assert.deepStrictEqual([...Buffer.concat(parts, 100)], all.slice(0, 100));
  assert.deepStrictEqual([...Buffer.concat(parts, all.length + 5)], [...all, 0, 0, 0, 0, 0]);
  assert.deepStrictEqual([...Buffer.concat(parts, 0)], []);
}
