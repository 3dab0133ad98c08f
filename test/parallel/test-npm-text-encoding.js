'use strict';
// TextEncoder/TextDecoder are created while loading by joi (@hapi/address), axios,
// pg, terser, esbuild-wasm and react-dom/server (`new util.TextEncoder()`).
const assert = require('assert');
const util = require('util');

assert.strictEqual(typeof TextEncoder, 'function');
assert.strictEqual(typeof TextDecoder, 'function');
assert.strictEqual(util.TextEncoder, TextEncoder);
assert.strictEqual(util.TextDecoder, TextDecoder);

const enc = new TextEncoder();
assert.strictEqual(enc.encoding, 'utf-8');
const bytes = enc.encode('h\u00e9\u20ac\u{1F600}');
assert.ok(bytes instanceof Uint8Array);
assert.deepStrictEqual([...bytes],
                       [0x68, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
assert.deepStrictEqual([...enc.encode()], []);
// A lone surrogate becomes U+FFFD.
assert.deepStrictEqual([...enc.encode('\ud800')], [0xef, 0xbf, 0xbd]);

const target = new Uint8Array(4);
assert.deepStrictEqual(enc.encodeInto('a\u20ac!', target), { read: 2, written: 4 });
assert.deepStrictEqual([...target], [0x61, 0xe2, 0x82, 0xac]);

const dec = new TextDecoder();
assert.strictEqual(dec.encoding, 'utf-8');
assert.strictEqual(dec.decode(bytes), 'h\u00e9\u20ac\u{1F600}');
assert.strictEqual(dec.decode(bytes.buffer), 'h\u00e9\u20ac\u{1F600}');
assert.strictEqual(dec.decode(), '');
// The BOM is dropped unless ignoreBOM; invalid bytes become U+FFFD unless fatal.
assert.strictEqual(dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])), 'a');
assert.strictEqual(new TextDecoder('utf-8', { ignoreBOM: true })
  .decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])), '\ufeffa');
assert.strictEqual(dec.decode(new Uint8Array([0x61, 0xff, 0x62])), 'a\ufffdb');
assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])),
              { name: 'TypeError', code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });

// Streaming: a character split across two chunks.
const sd = new TextDecoder();
assert.strictEqual(sd.decode(new Uint8Array([0xe2, 0x82]), { stream: true }) +
                   sd.decode(new Uint8Array([0xac])), '\u20ac');

assert.strictEqual(new TextDecoder('latin1').encoding, 'windows-1252');
assert.strictEqual(new TextDecoder('utf-16le').decode(new Uint8Array([0x61, 0, 0x62, 0])), 'ab');
assert.throws(() => new TextDecoder('no-such-encoding'), { name: 'RangeError' });
