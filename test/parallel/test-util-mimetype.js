'use strict';
// util.MIMEType and util.MIMEParams: WHATWG MIME type parsing and serialization.
require('../common');
const assert = require('assert');
const { MIMEType, MIMEParams } = require('util');

const m = new MIMEType(' Text/HTML ; Charset="utf-8" ; a=b;a=c; ;x ; y=""; z="a\\"b" ; ' +
                       'bad name=1; q=é');
assert.strictEqual(m.type, 'text');
assert.strictEqual(m.subtype, 'html');
assert.strictEqual(m.essence, 'text/html');
assert.deepStrictEqual([...m.params], [['charset', 'utf-8'], ['a', 'b'], ['y', ''],
                                       ['z', 'a"b'], ['q', 'é']]);
assert.strictEqual(String(m), 'text/html;charset=utf-8;a=b;y="";z="a\\"b";q="é"');
assert.strictEqual(JSON.stringify(m), JSON.stringify(String(m)));
assert.strictEqual(m.toJSON(), String(m));

// Edge cases of the parameter grammar.
const cases = [
  ['text/plain;', 'text/plain'],
  ['a/b;c="unterminated', 'a/b;c=unterminated'],
  ['a/b;c="x\\', 'a/b;c="x\\\\"'],
  ['a/b;=x;c', 'a/b'],
  ['a/b;c=x  ;d=" y "x;e', 'a/b;c=x;d=" y "'],
  ['a/b;c=\u0100;d=1', 'a/b;d=1'],
  [{ toString() { return 'A/B'; } }, 'a/b'],
];
for (const [input, expected] of cases) assert.strictEqual(String(new MIMEType(input)), expected);

// Setters.
const png = new MIMEType('text/plain;a=1');
png.type = 'IMAGE';
png.subtype = 'PNG';
assert.strictEqual(String(png), 'image/png;a=1');
assert.throws(() => { png.type = 'a b'; }, {
  name: 'TypeError', code: 'ERR_INVALID_MIME_SYNTAX',
  message: 'The MIME syntax for a type in "a b" is invalid at 1',
});
assert.throws(() => { png.subtype = ''; }, {
  code: 'ERR_INVALID_MIME_SYNTAX', message: 'The MIME syntax for a subtype in "" is invalid',
});

// MIMEParams.
const params = png.params;
assert(params instanceof MIMEParams);
assert.strictEqual(params, png.params);
assert.strictEqual(params.get('a'), '1');
assert.strictEqual(params.get('nope'), null);
assert.strictEqual(params.has('a'), true);
params.set('B', 'x y');
params.set('c', '');
params.set('d', 'a"b\\c');
assert.deepStrictEqual([...params.keys()], ['a', 'b', 'c', 'd']);
assert.deepStrictEqual([...params.values()], ['1', 'x y', '', 'a"b\\c']);
assert.strictEqual(String(png), 'image/png;a=1;b="x y";c="";d="a\\"b\\\\c"');
params.delete('b');
assert.strictEqual(params.has('b'), false);
assert.strictEqual(params.toString(), 'a=1;c="";d="a\\"b\\\\c"');
assert.strictEqual(String(new MIMEParams()), '');
assert.throws(() => params.set('a b', 'x'), {
  code: 'ERR_INVALID_MIME_SYNTAX',
  message: 'The MIME syntax for a parameter name in "a b" is invalid at 1',
});
assert.throws(() => params.set('a', 'é\u0100'), {
  code: 'ERR_INVALID_MIME_SYNTAX',
  message: 'The MIME syntax for a parameter value in "é\u0100" is invalid at 1',
});

// Bad input.
const bad = [
  ['', 'type', ''],
  ['/', 'type', ''],
  ['text', 'type', ''],
  ['/plain', 'type', ''],
  ['text/', 'subtype', ''],
  ['te xt/plain', 'type', ' at 2'],
  ['text/pl ain', 'subtype', ' at 2'],
];
for (const [input, production, at] of bad) {
  assert.throws(() => new MIMEType(input), {
    name: 'TypeError', code: 'ERR_INVALID_MIME_SYNTAX',
    message: `The MIME syntax for a ${production} in "${input}" is invalid${at}`,
  });
}
