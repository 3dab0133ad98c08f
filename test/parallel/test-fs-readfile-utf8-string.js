'use strict';
// readFileSync/readFile with 'utf8': decoding (WHATWG replacement of invalid sequences, BOM
// kept, Latin-1-range and astral text, long ASCII runs around a bad byte), empty, tiny and
// 0-size /proc files, strings that outlive many collections, and files too large for a
// string or a Buffer.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fs-utf8-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');

function roundTrip(bytes) {
  fs.writeFileSync(file, Buffer.from(bytes));
  return fs.readFileSync(file, 'utf8');
}

// Invalid sequences: each maximal invalid subpart becomes one U+FFFD.
const R = '\ufffd';
assert.strictEqual(roundTrip([0xff]), R);
assert.strictEqual(roundTrip([0x41, 0xff, 0x42]), `A${R}B`);
assert.strictEqual(roundTrip([0xe2, 0x82]), R);
assert.strictEqual(roundTrip([0xe2, 0x82, 0x41]), `${R}A`);
assert.strictEqual(roundTrip([0xc0, 0x80]), R + R);
assert.strictEqual(roundTrip([0xed, 0xa0, 0x80]), R + R + R);
assert.strictEqual(roundTrip([0xf4, 0x90, 0x80, 0x80]), R + R + R + R);
assert.strictEqual(roundTrip([0xf0, 0x9f, 0x98]), R);
assert.strictEqual(roundTrip([0x80, 0x80]), R + R);
assert.strictEqual(roundTrip([0xf0, 0x9f, 0x98, 0x80]), '\u{1f600}');
assert.strictEqual(roundTrip([0xc3, 0xa9, 0xff]), `é${R}`);

// A BOM is kept, as buffer.toString() keeps it.
assert.strictEqual(roundTrip([0xef, 0xbb, 0xbf, 0x61, 0x62]), '\ufeffab');
assert.strictEqual(roundTrip([0xef, 0xbb, 0xbf]), '\ufeff');

// Empty and tiny files.
assert.strictEqual(roundTrip([]), '');
assert.strictEqual(roundTrip([0x78]), 'x');
assert.strictEqual(roundTrip([0x78, 0x79]), 'xy');
assert.strictEqual(roundTrip([0xc3, 0xa9]), 'é');
assert.strictEqual(roundTrip([0]), '\0');

// A bad byte at every position of a long ASCII run (the fast paths scan 8-32 bytes a step).
for (let at = 0; at < 80; at++) {
  const bytes = Buffer.alloc(at + 40, 'a');
  bytes[at] = 0xfe;
  assert.strictEqual(roundTrip(bytes), 'a'.repeat(at) + R + 'a'.repeat(39), `at ${at}`);
}

// Larger texts: all ASCII, Latin-1 range only, BMP, astral, and ASCII with one late
// non-ASCII character.
const texts = [
  'The quick brown fox. '.repeat(5000),
  'àéîõü ÿ\u00a0'.repeat(3000),
  'ascii then ' + 'ĀāĂă'.repeat(5000),
  'x'.repeat(65536) + '€',
  '\u{1f600}\u{10348}a'.repeat(4000),
  'a'.repeat(100000) + 'é' + 'b'.repeat(100),
];
for (const text of texts) {
  fs.writeFileSync(file, text);
  const s = fs.readFileSync(file, 'utf8');
  assert.strictEqual(s.length, text.length);
  assert.strictEqual(s, text);
  assert.strictEqual(fs.readFileSync(file, { encoding: 'utf-8' }), text);
  const fd = fs.openSync(file, 'r');
  assert.strictEqual(fs.readFileSync(fd, 'utf8'), text);
  fs.closeSync(fd);
}

// The strings behave as any other: keys, slices, comparisons, regular expressions, JSON.
fs.writeFileSync(file, 'key-one');
const key = fs.readFileSync(file, 'utf8');
const obj = { [key]: 1 };
assert.strictEqual(obj['key-' + 'one'], 1);
assert.deepStrictEqual(Object.keys(obj), ['key-one']);
assert.strictEqual(new Map([[key, 2]]).get('key-one'), 2);
assert.strictEqual(key.slice(4), 'one');
assert.ok(/^key-(\w+)$/.test(key));
assert.strictEqual(JSON.stringify(key), '"key-one"');
assert.strictEqual(key.toUpperCase(), 'KEY-ONE');
fs.writeFileSync(file, '{"a":[1,"é"]}');
assert.deepStrictEqual(JSON.parse(fs.readFileSync(file, 'utf8')), { a: [1, 'é'] });

// Strings kept across many allocations and collections stay intact.
const kept = [];
for (let i = 0; i < 200; i++) {
  const text = `${i}:` + String.fromCharCode(97 + (i % 26)).repeat(3000 + i) + (i % 3 ? '' : 'é');
  fs.writeFileSync(file, text);
  kept.push([fs.readFileSync(file, 'utf8'), text]);
  for (let j = 0; j < 20; j++) fs.readFileSync(file, 'utf8');
}
for (const [got, want] of kept) assert.strictEqual(got, want);

// 0-size files of /proc are read to their end.
if (process.platform === 'linux') {
  const status = fs.readFileSync('/proc/self/status', 'utf8');
  assert.match(status, /^Name:/);
  assert.match(status, /\nPid:\s+\d+\n/);
  fs.readFile('/proc/self/status', 'utf8', common.mustSucceed((text) => {
    assert.match(text, /^Name:/);
  }));
}

// The asynchronous forms decode the same way.
const mixed = 'a'.repeat(5000) + '\u{1f600}' + R;
fs.writeFileSync(path.join(tmp, 'mixed'), Buffer.concat([Buffer.from(mixed), Buffer.from([0xff])]));
fs.readFile(path.join(tmp, 'mixed'), 'utf8', common.mustSucceed((text) => {
  assert.strictEqual(text, mixed + R);
}));
fsp.readFile(path.join(tmp, 'mixed'), 'utf8').then(common.mustCall((text) => {
  assert.strictEqual(text, mixed + R);
}));

// Files over 2 GiB (sparse): no string of them (ERR_STRING_TOO_LONG from the synchronous
// string form, as in Node) and no Buffer (ERR_FS_FILE_TOO_LARGE).
const huge = path.join(tmp, 'huge');
fs.writeFileSync(huge, '');
fs.truncateSync(huge, 2 ** 31);
assert.throws(() => fs.readFileSync(huge, 'utf8'), (error) => {
  assert.strictEqual(error.code, 'ERR_STRING_TOO_LONG');
  assert.strictEqual(error.name, 'Error');
  assert.strictEqual(error.message, 'Cannot create a string longer than 0x' +
                     require('buffer').constants.MAX_STRING_LENGTH.toString(16) + ' characters');
  return true;
});
const tooLarge = { code: 'ERR_FS_FILE_TOO_LARGE', name: 'RangeError',
                   message: `File size (${2 ** 31}) is greater than 2 GiB` };
assert.throws(() => fs.readFileSync(huge), tooLarge);
assert.throws(() => fs.readFileSync(huge, 'latin1'), tooLarge);
fs.readFile(huge, 'utf8', common.mustCall((error) => {
  assert.strictEqual(error.code, 'ERR_FS_FILE_TOO_LARGE');
}));
assert.rejects(fsp.readFile(huge), tooLarge).then(common.mustCall());
