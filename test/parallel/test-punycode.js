'use strict';
// punycode (deprecated): RFC 3492 encode/decode, the IDNA helpers and ucs2.
require('../common');
const assert = require('assert');
process.noDeprecation = true;
const punycode = require('punycode');

assert.strictEqual(punycode.version, '2.1.0');

// Samples from RFC 3492, section 7.1.
const samples = [
  ['ليهمابتكلموشعربي؟', 'egbpdaj6bu4bxfgehfvwxn'],
  ['他们为什么不说中文', 'ihqwcrb4cv8a8dqg056pqjye'],
  ['Pročprostěnemluvíčesky', 'Proprostnemluvesky-uyb24dma41a'],
  ['なぜみんな日本語を話してくれないのか', 'n8jok5ay5dzabd5bym9f0cm5685rrjetr6pdxa'],
  ['3年B組金八先生', '3B-ww4c5e180e575a65lsy2b'],
  ['安室奈美恵-with-SUPER-MONKEYS', '-with-SUPER-MONKEYS-pc58ag80a8qai00g7n9n'],
  ['MajiでKoiする5秒前', 'MajiKoi5-783gue6qz075azm5e'],
  ['-> $1.00 <-', '-> $1.00 <--'],
];
for (const [unicode, encoded] of samples) {
  assert.strictEqual(punycode.encode(unicode), encoded);
  assert.strictEqual(punycode.decode(encoded), unicode);
}
assert.strictEqual(punycode.encode(''), '');
assert.strictEqual(punycode.decode(''), '');
assert.strictEqual(punycode.encode('ü'), 'tda');
assert.strictEqual(punycode.decode('a-'), 'a');
assert.strictEqual(punycode.encode('😀'), 'e28h');

// Domain names and email addresses.
assert.strictEqual(punycode.toASCII('mañana.com'), 'xn--maana-pta.com');
assert.strictEqual(punycode.toASCII('☃-⌘.com'), 'xn----dqo34k.com');
assert.strictEqual(punycode.toASCII('ma\u3002ñana'), 'ma.xn--ana-6ma');
assert.strictEqual(punycode.toASCII('джумла@джpумлатест.bрфa'),
  'джумла@xn--p-8sbkgc5ag7bhce.xn--ba-lmcq');
assert.strictEqual(punycode.toASCII('example.com'), 'example.com');
assert.strictEqual(punycode.toASCII('\x7f'), '\x7f');
assert.strictEqual(punycode.toUnicode('xn--maana-pta.com'), 'mañana.com');
assert.strictEqual(punycode.toUnicode('xn--MAANA-PTA.com'), 'mañana.com');
assert.strictEqual(punycode.toUnicode('XN--maana-pta.com'), 'XN--maana-pta.com');
assert.strictEqual(punycode.toUnicode('xn----dqo34k.com'), '☃-⌘.com');

// Errors are RangeErrors with punycode.js's messages.
assert.throws(() => punycode.decode('$'), { name: 'RangeError', message: 'Invalid input' });
assert.throws(() => punycode.decode('-'), { name: 'RangeError', message: 'Invalid input' });
assert.throws(() => punycode.decode('é-a'),
  { name: 'RangeError', message: 'Illegal input >= 0x80 (not a basic code point)' });
assert.throws(() => punycode.decode('99999999999'),
  { name: 'RangeError', message: 'Overflow: input needs wider integers to process' });
assert.throws(() => punycode.toUnicode('xn--\x7f'), { name: 'RangeError' });

// ucs2: strings to code points and back; lone surrogates stay as they are.
assert.deepStrictEqual(punycode.ucs2.decode('a😀b'), [0x61, 0x1f600, 0x62]);
assert.deepStrictEqual(punycode.ucs2.decode('\ud800a\udc00'), [0xd800, 0x61, 0xdc00]);
assert.strictEqual(punycode.ucs2.encode([0x61, 0x1f600, 0x62]), 'a😀b');
assert.strictEqual(punycode.ucs2.encode([0xd800]), '\ud800');
assert.throws(() => punycode.ucs2.encode([0x110000]), RangeError);
// V8's message for a value that is not a code point.
for (const [value, shown] of [[0x110000, '1114112'], [-1, '-1'], [1.5, '1.5'], ['x', 'NaN']]) {
  assert.throws(() => punycode.ucs2.encode([0x61, value]), {
    name: 'RangeError',
    message: `Invalid code point ${shown}`,
  });
}
