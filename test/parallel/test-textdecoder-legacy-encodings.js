'use strict';
// TextDecoder with the Encoding Standard's legacy encodings (single-byte and multi-byte):
// labels, decoding, streaming across chunk boundaries, U+FFFD and fatal errors.
const common = require('../common');
const assert = require('assert');

const decode = (label, bytes, options) => new TextDecoder(label, options).decode(new Uint8Array(bytes));

// Labels name their encoding (case and surrounding ASCII whitespace ignored).
for (const [label, name] of [
  ['cp866', 'ibm866'], ['latin2', 'iso-8859-2'], ['ISO_8859-5:1988', 'iso-8859-5'],
  ['greek', 'iso-8859-7'], ['logical', 'iso-8859-8-i'], ['visual', 'iso-8859-8'],
  ['l9', 'iso-8859-15'], ['iso-8859-16', 'iso-8859-16'], ['koi', 'koi8-r'], ['koi8-ru', 'koi8-u'],
  ['mac', 'macintosh'], ['tis-620', 'windows-874'], ['cp1251', 'windows-1251'],
  ['latin5', 'windows-1254'], ['x-mac-ukrainian', 'x-mac-cyrillic'], ['gb2312', 'gbk'],
  ['chinese', 'gbk'], ['GB18030', 'gb18030'], ['big5-hkscs', 'big5'], ['x-euc-jp', 'euc-jp'],
  ['csiso2022jp', 'iso-2022-jp'], ['sjis', 'shift_jis'], ['windows-31j', 'shift_jis'],
  ['korean', 'euc-kr'], [' \tWINDOWS-949\n', 'euc-kr'],
]) {
  assert.strictEqual(new TextDecoder(label).encoding, name, label);
}
for (const [label, name] of [
  ['replacement', 'replacement'], ['iso-2022-kr', 'replacement'], ['HZ-GB-2312', 'replacement'],
  ['iso-8859-1x', 'iso-8859-1x'], ['utf-7', 'utf-7'],
]) {
  assert.throws(() => new TextDecoder(label), {
    code: 'ERR_ENCODING_NOT_SUPPORTED',
    name: 'RangeError',
    message: `The "${name}" encoding is not supported`,
  });
}

// Single-byte encodings: ASCII below 0x80, the encoding's table above.
assert.strictEqual(decode('windows-1251', [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x21]), 'Привет!');
assert.strictEqual(decode('koi8-r', [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]), 'Привет');
assert.strictEqual(decode('koi8-u', [0xae, 0xbe, 0xa4]), '\u045e\u040e\u0454');
assert.strictEqual(decode('iso-8859-2', [0x5a, 0xa1, 0xb3, 0xea]), 'ZĄłę');
assert.strictEqual(decode('iso-8859-7', [0xe1, 0xe2, 0xe3]), 'αβγ');
assert.strictEqual(decode('iso-8859-16', [0xaa, 0xba, 0xde, 0xfe, 0xa4]), 'ȘșȚț€');
assert.strictEqual(decode('ibm866', [0x1a, 0x1c, 0x7f, 0x80, 0xe0]), '\x1a\x1c\x7fАр');
assert.strictEqual(decode('macintosh', [0x80, 0xa5, 0xdb]), 'Ä•€');
assert.strictEqual(decode('windows-1255', [0xca, 0xe0]), '\u05ba\u05d0');
assert.strictEqual(decode('x-mac-cyrillic', [0x80, 0xff]), 'А€');
// Bytes the encoding leaves undefined: U+FFFD, or an error when fatal.
assert.strictEqual(decode('windows-874', [0xa1, 0xdb, 0xff]), '\u0e01\ufffd\ufffd');
assert.strictEqual(decode('windows-1253', [0x41, 0xaa]), 'A\ufffd');
assert.throws(() => decode('windows-1253', [0x41, 0xaa], { fatal: true }), {
  code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
  name: 'TypeError',
  message: 'The encoded data was not valid for encoding windows-1253',
});
// Every byte decodes to one character; a BOM-like sequence is kept.
assert.strictEqual(decode('iso-8859-5', Array.from({ length: 256 }, (_, i) => i)).length, 256);
assert.strictEqual(decode('windows-1252', [0xef, 0xbb, 0xbf]), 'ï»¿');
assert.strictEqual(decode('koi8-r', new Array(20000).fill(0xc1)), 'а'.repeat(20000));

// Multi-byte encodings.
assert.strictEqual(decode('shift_jis', [0x82, 0xa0, 0x88, 0x9f, 0x41, 0xb1]), 'あ亜Aｱ');
assert.strictEqual(decode('euc-jp', [0xa4, 0xa2, 0xb0, 0xa1, 0x8e, 0xb1]), 'あ亜ｱ');
assert.strictEqual(decode('big5', [0xa4, 0x40, 0xa4, 0x41]), '一乙');
assert.strictEqual(decode('euc-kr', [0xb0, 0xa1, 0xc7, 0xd1]), '가한');
assert.strictEqual(decode('gbk', [0xc4, 0xe3, 0xba, 0xc3, 0x80]), '你好€');
assert.strictEqual(decode('gb18030', [0x81, 0x30, 0x81, 0x30, 0xc4, 0xe3, 0x80]), '\u0080你€');
assert.strictEqual(decode('gb18030', [0x90, 0x30, 0x81, 0x30, 0x95, 0x32, 0x82, 0x36]), '\u{10000}\u{20000}');
assert.strictEqual(decode('iso-2022-jp', [0x1b, 0x24, 0x42, 0x30, 0x21, 0x1b, 0x28, 0x42, 0x41]),
                   '亜A');
// Input as an ArrayBuffer or any view.
assert.strictEqual(new TextDecoder('gbk').decode(new Uint8Array([0xc4, 0xe3]).buffer), '你');
assert.strictEqual(new TextDecoder('gbk').decode(new DataView(new Uint8Array([0xc4, 0xe3]).buffer)), '你');

// Streaming: a character split between chunks comes out whole.
for (const [label, bytes, text] of [
  ['shift_jis', [0x82, 0xa0, 0x88, 0x9f], 'あ亜'],
  ['euc-jp', [0x8f, 0xb0, 0xa1, 0x41], '丂A'],
  ['big5', [0xa4, 0x40, 0xa4, 0x41], '一乙'],
  ['gb18030', [0x81, 0x30, 0x81, 0x30, 0xc4, 0xe3], '\u0080你'],
  ['iso-2022-jp', [0x1b, 0x24, 0x42, 0x30, 0x21, 0x1b, 0x28, 0x42, 0x41], '亜A'],
]) {
  for (let split = 0; split <= bytes.length; split++) {
    const decoder = new TextDecoder(label);
    const first = decoder.decode(new Uint8Array(bytes.slice(0, split)), { stream: true });
    assert.strictEqual(first + decoder.decode(new Uint8Array(bytes.slice(split))), text,
                       `${label} split at ${split}`);
  }
}

// A sequence left incomplete at the end: U+FFFD, or an error when fatal; either way the
// decoder starts afresh.
{
  const decoder = new TextDecoder('shift_jis');
  assert.strictEqual(decoder.decode(new Uint8Array([0x41, 0x82])), 'A\ufffd');
  assert.strictEqual(decoder.decode(new Uint8Array([0x82, 0xa0])), 'あ');
  const fatal = new TextDecoder('shift_jis', { fatal: true });
  assert.strictEqual(fatal.fatal, true);
  assert.throws(() => fatal.decode(new Uint8Array([0x41, 0x82])), {
    code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
    message: 'The encoded data was not valid for encoding shift_jis',
  });
  assert.strictEqual(fatal.decode(new Uint8Array([0x82, 0xa0])), 'あ');
  assert.throws(() => new TextDecoder('euc-kr', { fatal: true }).decode(new Uint8Array([0xff])),
                { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
  assert.strictEqual(decode('euc-kr', [0x41, 0xff, 0x42]), 'A\ufffdB');
}

// TextDecoderStream decodes them too, a character split between chunks included.
(async () => {
  const stream = new TextDecoderStream('shift_jis');
  assert.strictEqual(stream.encoding, 'shift_jis');
  const writer = stream.writable.getWriter();
  writer.write(new Uint8Array([0x41, 0x82]));
  writer.write(new Uint8Array([0xa0]));
  writer.close();
  let text = '';
  for await (const chunk of stream.readable) text += chunk;
  assert.strictEqual(text, 'Aあ');
})().then(common.mustCall());
