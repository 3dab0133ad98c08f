'use strict';
// Buffer#indexOf/lastIndexOf/includes with the 'ucs2'/'utf16le' encoding compare 16-bit
// units: matches only at even byte positions, a needle's odd last byte is left out, a needle
// or haystack under two bytes finds nothing, and an odd start counts from its unit.
require('../common');
const assert = require('assert');

const b = Buffer.from('xaxbab', 'latin1');  // units: 'xa' 'xb' 'ab'

for (const enc of ['ucs2', 'utf16le', 'UCS-2', 'UTF-16LE']) {
  // A byte-level match at an odd position does not count.
  assert.strictEqual(b.indexOf(Buffer.from('ax', 'latin1'), 0, enc), -1);
  assert.strictEqual(b.indexOf(Buffer.from('ab', 'latin1'), 0, enc), 4);
  assert.strictEqual(b.indexOf(Buffer.from('xb', 'latin1'), 0, enc), 2);
  assert.strictEqual(b.lastIndexOf(Buffer.from('xa', 'latin1'), 5, enc), 0);
  assert.strictEqual(b.lastIndexOf(Buffer.from('ba', 'latin1'), undefined, enc), -1);
  assert.strictEqual(b.includes(Buffer.from('ba', 'latin1'), 0, enc), false);
  // Strings are encoded as UTF-16 first: 'ab' is the unit 0x6261.
  assert.strictEqual(b.indexOf('\u6261', 0, enc), 4);
  assert.strictEqual(b.indexOf('\u7861', 0, enc), -1);  // 'ax': only at byte 1
  assert.strictEqual(b.lastIndexOf('\u6178', undefined, enc), 0);
  assert.strictEqual(b.includes('\u6278', 0, enc), true);
  // Needles under two bytes.
  assert.strictEqual(Buffer.from('ff').indexOf(Buffer.from('f'), 1, enc), -1);
  assert.strictEqual(Buffer.from('ff').indexOf(Buffer.from('f'), 0, enc), -1);
  assert.strictEqual(b.lastIndexOf(Buffer.from('a'), undefined, enc), -1);
  assert.strictEqual(Buffer.from('a').indexOf('a', 0, enc), -1);
  // An odd last byte of the needle is left out: 'xbq' searches 'xb'.
  assert.strictEqual(b.indexOf(Buffer.from('xbq', 'latin1'), 0, enc), 2);
  // An odd start counts from the unit that holds it.
  assert.strictEqual(b.indexOf(Buffer.from('xb', 'latin1'), 3, enc), 2);
  assert.strictEqual(b.indexOf(Buffer.from('xa', 'latin1'), 1, enc), 0);
  assert.strictEqual(b.lastIndexOf(Buffer.from('xb', 'latin1'), 3, enc), 2);
  // A forward search whose needle runs past the end finds nothing.
  assert.strictEqual(b.indexOf(Buffer.from('ab', 'latin1'), -1, enc), -1);
  assert.strictEqual(b.indexOf(Buffer.from('ab', 'latin1'), -2, enc), 4);
  assert.strictEqual(b.lastIndexOf(Buffer.from('ab', 'latin1'), -1, enc), 4);
  assert.strictEqual(b.indexOf(Buffer.from('ab', 'latin1'), 100, enc), -1);
  assert.strictEqual(b.lastIndexOf(Buffer.from('xa', 'latin1'), -100, enc), -1);
  // An empty needle finds the start position, as with other encodings.
  assert.strictEqual(b.indexOf('', 3, enc), 3);
  assert.strictEqual(b.indexOf(Buffer.alloc(0), 1, enc), 1);
}

// Other encodings keep byte positions.
assert.strictEqual(b.indexOf(Buffer.from('ax', 'latin1'), 0, 'latin1'), 1);
assert.strictEqual(b.indexOf('ax'), 1);

// A long UTF-16 haystack: every unit is found at its own position.
const text = Array.from({ length: 600 }, (_, i) => String.fromCharCode(0x100 + i * 37)).join('');
const buf = Buffer.from(text, 'utf16le');
for (let i = 0; i < text.length; i += 7) {
  assert.strictEqual(buf.indexOf(text.slice(i, i + 3), 0, 'ucs2'), i * 2);
  assert.strictEqual(buf.lastIndexOf(buf.subarray(i * 2, i * 2 + 2), undefined, 'ucs2'), i * 2);
}
// Bytes matching across two units (odd position) are skipped.
const odd = Buffer.from([0x00, 0x41, 0x42, 0x00, 0x43, 0x43]);
assert.strictEqual(odd.indexOf(Buffer.from([0x41, 0x42]), 0, 'ucs2'), -1);
assert.strictEqual(odd.indexOf(Buffer.from([0x41, 0x42]), 0, 'latin1'), 1);
assert.strictEqual(odd.lastIndexOf(Buffer.from([0x00, 0x41]), undefined, 'ucs2'), 0);
