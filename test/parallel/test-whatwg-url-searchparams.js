'use strict';
// URLSearchParams: constructors (string, pairs, record, another URLSearchParams), every
// method, serialization, iteration, the link with a URL's query both ways, inspect, and
// Node's errors for bad input.
require('../common');
const assert = require('assert');
const util = require('util');

// Constructors.
assert.strictEqual(new URLSearchParams().toString(), '');
assert.strictEqual(new URLSearchParams(undefined).size, 0);
assert.strictEqual(new URLSearchParams(null).toString(), 'null=');
assert.strictEqual(new URLSearchParams('?a=1&b=2&a=3').toString(), 'a=1&b=2&a=3');
assert.strictEqual(new URLSearchParams('??a=1').toString(), '%3Fa=1');
assert.strictEqual(new URLSearchParams('a=%zz&b=%C3%A9+x&&c&=d&e=f=g').toString(),
                   'a=%25zz&b=%C3%A9+x&c=&=d&e=f%3Dg');
assert.deepStrictEqual([...new URLSearchParams('x=%FF%FE&y=%E2%82')],
                       [['x', '\ufffd\ufffd'], ['y', '\ufffd']]);
assert.deepStrictEqual([...new URLSearchParams([['a', 1], new Set(['b', 'c'])])],
                       [['a', '1'], ['b', 'c']]);
assert.deepStrictEqual([...new URLSearchParams({ a: 1, b: 'x y' })], [['a', '1'], ['b', 'x y']]);
// A symbol key cannot become a name.
assert.throws(() => new URLSearchParams({ [Symbol('s')]: 2 }), TypeError);
const hidden = Object.defineProperty({}, 'h', { value: 1, enumerable: false });
assert.strictEqual(new URLSearchParams(hidden).size, 0);
const copy = new URLSearchParams(new URLSearchParams('k=v'));
assert.strictEqual(copy.get('k'), 'v');
assert.deepStrictEqual([...new URLSearchParams({ '\ud800': '\udc00' })], [['\ufffd', '\ufffd']]);

// Bad input.
assert.throws(() => new URLSearchParams([['a']]), {
  code: 'ERR_INVALID_TUPLE', name: 'TypeError',
  message: 'Each query pair must be an iterable [name, value] tuple',
});
assert.throws(() => new URLSearchParams([1]), { code: 'ERR_INVALID_TUPLE' });
assert.throws(() => new URLSearchParams({ [Symbol.iterator]: 5 }), {
  code: 'ERR_ARG_NOT_ITERABLE', name: 'TypeError', message: 'Query pairs must be iterable',
});
const params = new URLSearchParams('a=1');
assert.throws(() => params.append('a'), {
  code: 'ERR_MISSING_ARGS', name: 'TypeError',
  message: 'The "name" and "value" arguments must be specified',
});
assert.throws(() => params.set('a'), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => params.get(), {
  code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified',
});
assert.throws(() => params.getAll(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => params.has(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => params.delete(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => params.forEach(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => URLSearchParams.prototype.get.call({}, 'a'), {
  code: 'ERR_INVALID_THIS', name: 'TypeError',
  message: 'Value of "this" must be of type URLSearchParams',
});
assert.throws(() => URLSearchParams.prototype.toString.call(null), { code: 'ERR_INVALID_THIS' });
assert.throws(() => new URLSearchParams().keys().next.call({}), { code: 'ERR_INVALID_THIS' });

// Methods.
const p = new URLSearchParams('b=2&a=1&b=3&c');
assert.strictEqual(p.size, 4);
assert.strictEqual(p.get('b'), '2');
assert.strictEqual(p.get('zz'), null);
assert.deepStrictEqual(p.getAll('b'), ['2', '3']);
assert.strictEqual(p.has('c'), true);
assert.strictEqual(p.has('b', '3'), true);
assert.strictEqual(p.has('b', '4'), false);
p.append('d', 'x y&z');
assert.strictEqual(p.toString(), 'b=2&a=1&b=3&c=&d=x+y%26z');
p.delete('b', '3');
assert.strictEqual(p.toString(), 'b=2&a=1&c=&d=x+y%26z');
p.set('b', 'new');
p.set('e', '\u00e9*~!');
assert.strictEqual(p.toString(), 'b=new&a=1&c=&d=x+y%26z&e=%C3%A9*%7E%21');
p.delete('d');
p.sort();
assert.deepStrictEqual([...p.keys()], ['a', 'b', 'c', 'e']);
assert.deepStrictEqual([...p.values()], ['1', 'new', '', '\u00e9*~!']);
assert.deepStrictEqual([...p.entries()][0], ['a', '1']);
const seen = [];
p.forEach(function(value, name, self) {
  assert.strictEqual(self, p);
  assert.strictEqual(this, seen);
  seen.push(`${name}:${value}`);
}, seen);
assert.deepStrictEqual(seen, ['a:1', 'b:new', 'c:', 'e:\u00e9*~!']);
// sort() is stable and compares code units.
const s = new URLSearchParams('z=1&\ud83d\ude00=2&\uffff=3&a=4&z=0');
s.sort();
assert.deepStrictEqual([...s.keys()], ['a', 'z', 'z', '\ud83d\ude00', '\uffff']);
assert.deepStrictEqual(s.getAll('z'), ['1', '0']);

// Iterators.
const it = new URLSearchParams('a=1&b=2')[Symbol.iterator]();
assert.strictEqual(Object.prototype.toString.call(it), '[object URLSearchParams Iterator]');
assert.deepStrictEqual(it.next(), { value: ['a', '1'], done: false });
assert.strictEqual(typeof it[Symbol.iterator], 'function');
assert.strictEqual(Object.prototype.toString.call(new URLSearchParams()), '[object URLSearchParams]');

// Linked with a URL both ways.
const url = new URL('http://h/p?x=1#frag');
const sp = url.searchParams;
assert.strictEqual(url.searchParams, sp);
sp.append('y', 'a b');
assert.strictEqual(url.href, 'http://h/p?x=1&y=a+b#frag');
sp.delete('x');
sp.delete('y');
assert.strictEqual(url.href, 'http://h/p#frag');
assert.strictEqual(url.search, '');
url.search = '?k=v&k=w';
assert.deepStrictEqual(sp.getAll('k'), ['v', 'w']);
url.href = 'http://other/?n=1';
assert.strictEqual(sp.get('n'), '1');
assert.strictEqual(sp.has('k'), false);
url.hash = 'h';
assert.strictEqual(sp.get('n'), '1');

// inspect.
assert.strictEqual(util.inspect(new URLSearchParams('a=1&b=2')),
                   "URLSearchParams { 'a' => '1', 'b' => '2' }");
assert.strictEqual(util.inspect(new URLSearchParams()), 'URLSearchParams {}');
assert.strictEqual(util.inspect(new URLSearchParams('a=1').keys()),
                   "URLSearchParams Iterator { 'a' }");
assert.strictEqual(util.inspect({ p: new URLSearchParams('a=1') }, { depth: -1 }), '[Object]');
const long = new URLSearchParams();
for (let i = 0; i < 8; i++) long.append(`name${i}`, `value${i}`);
// Past breakLength, one entry per line.
assert.strictEqual(util.inspect(long), `URLSearchParams {\n  ${
  [0, 1, 2, 3, 4, 5, 6, 7].map((i) => `'name${i}' => 'value${i}'`).join(',\n  ')} }`);
assert.strictEqual(util.inspect(long.keys()), `URLSearchParams Iterator {\n  ${
  [0, 1, 2, 3, 4, 5, 6, 7].map((i) => `'name${i}'`).join(',\n  ')} }`);
