'use strict';
// TextEncoder and TextDecoder: labels, utf-8/utf-16le/utf-16be/windows-1252, fatal, ignoreBOM,
// streaming, encodeInto, inspection and Node's errors.
require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.TextEncoder, TextEncoder);
assert.strictEqual(util.TextDecoder, TextDecoder);

const enc = new TextEncoder();
assert.strictEqual(enc.encoding, 'utf-8');
assert.deepStrictEqual(enc.encode('aé'), new Uint8Array([0x61, 0xc3, 0xa9]));
assert.deepStrictEqual(enc.encode('x\ud800'), new Uint8Array([0x78, 0xef, 0xbf, 0xbd]));
assert.deepStrictEqual(enc.encode(), new Uint8Array(0));
assert.deepStrictEqual(enc.encode(5), new Uint8Array([0x35]));
assert.strictEqual(Object.getPrototypeOf(enc.encode('a')), Uint8Array.prototype);
assert.strictEqual(enc.encode('€'.repeat(1000)).length, 3000);
assert.deepStrictEqual(enc.encodeInto('aé€😀', new Uint8Array(6)), { read: 3, written: 6 });
assert.deepStrictEqual(enc.encodeInto('aé€😀'.repeat(30), new Uint8Array(100)),
  { read: 50, written: 100 });
assert.deepStrictEqual(enc.encodeInto('', new Uint8Array(0)), { read: 0, written: 0 });
assert.strictEqual(util.inspect(enc), "{ encoding: 'utf-8' }");
assert.throws(() => enc.encodeInto('x', []), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "dest" argument must be an instance of Uint8Array. Received an instance of Array',
});
assert.throws(() => enc.encodeInto(5, new Uint8Array(2)), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "src" argument must be of type string. Received type number (5)',
});

const labels = [['utf8', 'utf-8'], [' UTF-8 ', 'utf-8'], ['unicode-1-1-utf-8', 'utf-8'],
  ['utf-16', 'utf-16le'], ['UTF-16LE', 'utf-16le'], ['ucs-2', 'utf-16le'], ['unicode', 'utf-16le'],
  ['UTF-16BE', 'utf-16be'], ['ascii', 'windows-1252'], ['latin1', 'windows-1252'],
  ['iso-8859-1', 'windows-1252'], ['us-ascii', 'windows-1252'], ['l1', 'windows-1252'],
  ['cp1252', 'windows-1252'], ['x-user-defined', 'x-user-defined']];
for (const [label, name] of labels) assert.strictEqual(new TextDecoder(label).encoding, name);
assert.throws(() => new TextDecoder('foo'), {
  code: 'ERR_ENCODING_NOT_SUPPORTED', name: 'RangeError',
  message: 'The "foo" encoding is not supported',
});
assert.throws(() => new TextDecoder('utf8', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});

const dec = new TextDecoder();
assert.strictEqual(util.inspect(dec), "TextDecoder { encoding: 'utf-8', fatal: false, ignoreBOM: false }");
assert.strictEqual(Object.prototype.toString.call(dec), '[object TextDecoder]');
assert.strictEqual(dec.decode(), '');
assert.strictEqual(dec.decode(new Uint8Array([0x61]).buffer), 'a');
assert.strictEqual(dec.decode(new DataView(new Uint8Array([0x61]).buffer)), 'a');
assert.strictEqual(dec.decode(new Uint16Array([0x6261])), 'ab');
assert.strictEqual(dec.decode(Buffer.from('é€😀'.repeat(100))), 'é€😀'.repeat(100));
assert.strictEqual(dec.decode(new Uint8Array([0xe2, 0x82])), '\ufffd');
assert.strictEqual(dec.decode(new Uint8Array(200).fill(0xe2)), '\ufffd'.repeat(200));
assert.strictEqual(dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf])), '\ufeff');
assert.strictEqual(new TextDecoder('utf-8', { ignoreBOM: true })
  .decode(new Uint8Array([0xef, 0xbb, 0xbf])), '\ufeff');
assert.throws(() => dec.decode('x'), {
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ' +
    'ArrayBufferView.',
});
assert.throws(() => TextDecoder.prototype.decode.call({}), { code: 'ERR_INVALID_THIS' });

// Streaming: split characters and the BOM wait for the next chunk.
const s = new TextDecoder();
assert.strictEqual(s.decode(new Uint8Array([0xef, 0xbb]), { stream: true }), '');
assert.strictEqual(s.decode(new Uint8Array([0xbf, 0x41, 0xe2]), { stream: true }), 'A');
assert.strictEqual(s.decode(new Uint8Array([0x82, 0xac])), '€');
assert.strictEqual(s.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x42])), 'B');
assert.strictEqual(s.decode(new Uint8Array([0xf0, 0x9f, 0x98]), { stream: true }), '');
assert.strictEqual(s.decode(), '\ufffd');
const text = 'aé€😀'.repeat(50);
const bytes = Buffer.from(text);
let out = '';
for (let i = 0; i < bytes.length; i += 5) out += s.decode(bytes.subarray(i, i + 5), { stream: true });
assert.strictEqual(out + s.decode(), text);

// fatal.
const fatal = new TextDecoder('utf-8', { fatal: true });
assert.strictEqual(fatal.fatal, true);
for (const bad of [[0xff], [0xc3], [0xed, 0xa0, 0x80]]) {
  assert.throws(() => fatal.decode(new Uint8Array(bad)), {
    code: 'ERR_ENCODING_INVALID_ENCODED_DATA', name: 'TypeError',
    message: 'The encoded data was not valid for encoding utf-8',
  });
}
assert.strictEqual(fatal.decode(new Uint8Array([0xc3]), { stream: true }), '');
assert.strictEqual(fatal.decode(new Uint8Array([0xa9])), 'é');

// UTF-16.
const le = new TextDecoder('utf-16le');
assert.strictEqual(le.decode(new Uint8Array([0xff, 0xfe, 0x41])), '\ufffd');
assert.strictEqual(le.decode(new Uint8Array([0x00, 0xd8]), { stream: true }), '');
assert.strictEqual(le.decode(new Uint8Array([0x00, 0xdc])), '\u{10000}');
assert.strictEqual(le.decode(new Uint8Array([0x00, 0xd8, 0x41, 0x00])), '\ufffdA');
assert.strictEqual(le.decode(new Uint8Array([0x41, 0x00, 0x42])), 'A\ufffd');
const be = new TextDecoder('utf-16be');
assert.strictEqual(be.decode(new Uint8Array([0xfe, 0xff, 0x00, 0x41])), 'A');
for (const bad of [[0x00, 0xd8], [0x41]]) {
  assert.throws(() => new TextDecoder('utf-16le', { fatal: true }).decode(new Uint8Array(bad)), {
    code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
    message: 'The encoded data was not valid for encoding utf-16le',
  });
}

// windows-1252 maps 0x80-0x9F to its own characters; x-user-defined maps high bytes to U+F7xx.
assert.strictEqual(new TextDecoder('latin1').decode(new Uint8Array([0x80, 0x81, 0x9f, 0xe9, 0x41])),
  '\u20ac\x81\u0178\xe9A');
assert.strictEqual(new TextDecoder('x-user-defined').decode(new Uint8Array([0x41, 0x80, 0xff])),
  'A\uf780\uf7ff');
