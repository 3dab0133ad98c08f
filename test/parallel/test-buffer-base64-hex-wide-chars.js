'use strict';
// Decoding base64, base64url and hex from a string with characters above U+00FF: as in
// Node, each such character counts as its low byte (the string is narrowed first), so it
// may be a valid digit, an '=' that ends base64 input, or a character that is skipped (base64)
// or ends the input (hex). Lenient decoding of ordinary input is unchanged.
require('../common');
const assert = require('assert');

const hex = (str, enc) => Buffer.from(str, enc).toString('hex');

// base64: U+044F 'я' narrows to 0x4F 'O'; U+4E2D narrows to 0x2D '-' (base64url's 62).
assert.strictEqual(hex('1a\u044f', 'base64'), 'd5a3');
assert.strictEqual(hex('1a\u044fZZ', 'base64'), 'd5a399');
assert.strictEqual(hex('\u0141\u0142', 'base64'), '00'); // 'AB'
assert.strictEqual(hex('\u0159\u0157\u014a\u016a', 'base64'), '616263'); // 'YWJj'
assert.strictEqual(hex('\u0159\u0157\u014a\u016a', 'base64url'), '616263');
// U+013D narrows to '=': the input ends there.
assert.strictEqual(hex('YW\u013dJj', 'base64'), '61');
assert.strictEqual(hex('YWJj\u013dZA', 'base64'), '616263');
// A character whose low byte is in neither alphabet is skipped, like any other.
assert.strictEqual(hex('abc\u6587def', 'base64'), '69b71d79');
assert.strictEqual(hex('YWJj\u00ffZA', 'base64'), '61626364');
assert.strictEqual(hex('YQ==\u6587', 'base64'), '61');

// hex: U+0161 narrows to 'a', U+0162 to 'b'.
assert.strictEqual(hex('a\u0162', 'hex'), 'ab');
assert.strictEqual(hex('\u0161\u0162', 'hex'), 'ab');
assert.strictEqual(hex('ab\u0167g', 'hex'), 'ab'); // 'g' ends it
assert.strictEqual(hex('\u4e00\u4e00', 'hex'), ''); // low byte 0x00: not a digit

// buf.write() decodes the same way.
{
  const buf = Buffer.alloc(4);
  assert.strictEqual(buf.write('\u0159\u0157\u014a\u016a', 'base64'), 3);
  assert.strictEqual(buf.toString('hex'), '61626300');
  assert.strictEqual(buf.write('\u0161\u0162\u0163\u0164', 1, 'hex'), 2);
  assert.strictEqual(buf.toString('hex'), '61abcd00');
}

// byteLength estimates from the length and real '=' padding only.
assert.strictEqual(Buffer.byteLength('YW\u013dJj', 'base64'), 3);
assert.strictEqual(Buffer.byteLength('YWJjZA\u013d\u013d', 'base64'), 6);

// Ordinary lenient decoding.
assert.strictEqual(hex('YW Jj\nZA==', 'base64'), '61626364');
assert.strictEqual(hex('ab$cdefg', 'base64'), '69b71d79f8');
assert.strictEqual(hex('YW-_Jj', 'base64'), '616fbf26');
assert.strictEqual(hex('abzz', 'hex'), 'ab');
