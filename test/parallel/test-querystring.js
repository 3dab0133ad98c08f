'use strict';
// querystring.parse/stringify/escape/unescape, as Node has always done them.
require('../common');
const assert = require('assert');
const qs = require('querystring');

const parsed = qs.parse('a=1&b=2&a=3&c&d=&=e&f=x%20y+z&g=%E2%82%AC');
assert.strictEqual(Object.getPrototypeOf(parsed), null);
assert.deepStrictEqual(parsed, {
  __proto__: null, a: ['1', '3'], b: '2', c: '', d: '', '': 'e', f: 'x y z', g: '€',
});
assert.deepStrictEqual(qs.parse(''), { __proto__: null });
assert.deepStrictEqual(qs.parse(5), { __proto__: null });
assert.deepStrictEqual(qs.parse('&&a=1&&'), { __proto__: null, a: '1' });
assert.deepStrictEqual(qs.parse('a=b=c'), { __proto__: null, a: 'b=c' });
assert.deepStrictEqual(qs.parse('__proto__=1&constructor=2'),
  { __proto__: null, ['__proto__']: '1', constructor: '2' });
assert.strictEqual(Object.keys(qs.parse('__proto__=1')).length, 1);

// Invalid escapes are kept; invalid UTF-8 becomes U+FFFD.
assert.deepStrictEqual(qs.parse('a=%zz&b=%&c=%E2%82'),
  { __proto__: null, a: '%zz', b: '%', c: '\ufffd' });
assert.strictEqual(qs.unescape('%E2%82%AC'), '€');
assert.strictEqual(qs.unescape('%zz%41'), '%zzA');
assert.strictEqual(qs.unescape('%C3%28'), '\ufffd(');
assert.strictEqual(qs.unescape('a+b'), 'a+b');
assert.strictEqual(qs.unescape('a+b%', true), 'a b%');

// Separators and the key/value delimiter can be any strings.
assert.deepStrictEqual(qs.parse('a:1;b:2', ';', ':'), { __proto__: null, a: '1', b: '2' });
assert.deepStrictEqual(qs.parse('a==1&&b==2', '&&', '=='), { __proto__: null, a: '1', b: '2' });

// maxKeys (1000 by default; 0 is unlimited) and a custom decoder.
assert.deepStrictEqual(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }),
  { __proto__: null, a: '1', b: '2' });
assert.strictEqual(Object.keys(qs.parse('x&'.repeat(1500))).length, 1);
assert.strictEqual(Object.keys(qs.parse(Array.from({ length: 1500 }, (_, i) => `k${i}`).join('&'),
  null, null, { maxKeys: 0 })).length, 1500);
assert.deepStrictEqual(qs.parse('a=b+c', null, null, { decodeURIComponent: (s) => s.toUpperCase() }),
  { __proto__: null, A: 'B%20C' });

// stringify.
assert.strictEqual(qs.stringify({ a: [1, 2], b: 'x y', c: true, d: null, e: undefined,
  f: NaN, g: 5n, h: {} }), 'a=1&a=2&b=x%20y&c=true&d=&e=&f=&g=5&h=');
assert.strictEqual(qs.stringify({ a: [], b: 1 }), 'b=1');
assert.strictEqual(qs.stringify({ a: 1, b: 2 }, ';', ':'), 'a:1;b:2');
assert.strictEqual(qs.stringify({ 'k y': 'é' }), 'k%20y=%C3%A9');
assert.strictEqual(qs.stringify({ big: 1e21 }), 'big=1e%2B21');
assert.strictEqual(qs.stringify({ a: 'b' }, null, null, { encodeURIComponent: (s) => `<${s}>` }),
  '<a>=<b>');
assert.strictEqual(qs.stringify('x'), '');
assert.strictEqual(qs.stringify(null), '');
assert.strictEqual(qs.encode, qs.stringify);
assert.strictEqual(qs.decode, qs.parse);

// escape: like encodeURIComponent, and ERR_INVALID_URI for a lone high surrogate at the end.
assert.strictEqual(qs.escape("a b&c=d/é!'()*~-._😀"), "a%20b%26c%3Dd%2F%C3%A9!'()*~-._%F0%9F%98%80");
assert.strictEqual(qs.escape(5), '5');
assert.strictEqual(qs.escape({ toString() { return 'o k'; } }), 'o%20k');
assert.throws(() => qs.escape('\ud800'), {
  code: 'ERR_INVALID_URI',
  name: 'URIError',
  message: 'URI malformed',
});

// parse and stringify use the module's escape/unescape, which may be replaced (a
// replaced unescape is a custom decoder: it sees every key and value).
const { escape, unescape } = qs;
qs.unescape = (s) => `[${s}]`;
assert.deepStrictEqual(qs.parse('a=%41'), { __proto__: null, '[a]': '[%41]' });
qs.unescape = unescape;
qs.escape = (s) => s.toUpperCase();
assert.strictEqual(qs.stringify({ a: 'b' }), 'A=B');
qs.escape = escape;

// The functions carry Node's names (qsEscape, qsUnescape), and unescapeBuffer gives a
// Buffer of the lenient percent-decoding.
assert.strictEqual(qs.escape.name, 'qsEscape');
assert.strictEqual(qs.unescape.name, 'qsUnescape');
assert.strictEqual(qs.encode, qs.stringify);
assert.strictEqual(qs.decode, qs.parse);
{
  const bytes = qs.unescapeBuffer('a%20b+c%zz%4');
  assert.ok(Buffer.isBuffer(bytes));
  assert.deepStrictEqual([...bytes], [97, 32, 98, 43, 99, 37, 122, 122, 37, 52]);
  assert.deepStrictEqual([...qs.unescapeBuffer('a+b', true)], [97, 32, 98]);
}
