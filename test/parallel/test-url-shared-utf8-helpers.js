'use strict';
// UTF-8 and percent-escape paths that the URL, URLSearchParams, fileURLToPathBuffer and
// TextEncoder code share: non-BMP characters, malformed escapes and short destinations.
require('../common');
const assert = require('assert');
const url = require('url');

// fileURLToPathBuffer: a Windows UNC host shown as Unicode keeps its non-BMP characters.
assert.deepStrictEqual(
  url.fileURLToPathBuffer('file://xn--ls8h.la/a%F0%9F%92%A9b', { windows: true }),
  Buffer.from('\\\\\u{1f4a9}.la\\a\u{1f4a9}b'));
assert.deepStrictEqual(
  url.fileURLToPathBuffer('file://xn--mnchen-3ya.de/x%20y', { windows: true }),
  Buffer.from('\\\\m\u00fcnchen.de\\x y'));
assert.deepStrictEqual(url.fileURLToPathBuffer('file:///a/%F0%9F%92%A9%20b'),
                       Buffer.from('/a/\u{1f4a9} b'));

// URLSearchParams: escaped bytes that are not UTF-8 decode to U+FFFD.
const params = new URLSearchParams('a=%FF%F0%9F%92%A9%zz&%C3%A9%C3=%E2%82%AC+x&\u00e9=\u{1f4a9}');
assert.deepStrictEqual([...params],
                       [['a', '\ufffd\u{1f4a9}%zz'], ['\u00e9\ufffd', '\u20ac x'],
                        ['\u00e9', '\u{1f4a9}']]);
assert.strictEqual(params.toString(),
                   'a=%EF%BF%BD%F0%9F%92%A9%25zz&%C3%A9%EF%BF%BD=%E2%82%AC+x&%C3%A9=%F0%9F%92%A9');
// A lone surrogate becomes U+FFFD in both the form and the URL serializers.
assert.strictEqual(new URLSearchParams({ k: 'a\ud800b' }).toString(), 'k=a%EF%BF%BDb');
assert.strictEqual(new URL('http://h/\ud800?\udc00#\u{10ffff}').href,
                   'http://h/%EF%BF%BD?%EF%BF%BD#%F4%8F%BF%BF');
assert.strictEqual(new URL('http://h/\u0080\u07ff\u0800\uffff').pathname,
                   '/%C2%80%DF%BF%E0%A0%80%EF%BF%BF');

// TextEncoder.encodeInto stops before a character that does not fit and says how far it read.
const encoder = new TextEncoder();
for (const [text, size, read, written] of [
  ['a\u00e9\u20ac\u{1f4a9}', 10, 5, 10],
  ['a\u00e9\u20ac\u{1f4a9}', 9, 3, 6],
  ['a\u00e9\u20ac\u{1f4a9}', 2, 1, 1],
  ['\ud800x', 4, 2, 4],
  ['', 0, 0, 0],
]) {
  const dest = new Uint8Array(size);
  assert.deepStrictEqual(encoder.encodeInto(text, dest), { read, written });
  assert.deepStrictEqual(dest.subarray(0, written),
                         new Uint8Array(Buffer.from(text.slice(0, read))));
}
assert.deepStrictEqual(encoder.encode('\u{1f4a9}\ud800'),
                       new Uint8Array([0xf0, 0x9f, 0x92, 0xa9, 0xef, 0xbf, 0xbd]));
