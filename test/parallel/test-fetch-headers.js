'use strict';
// Headers: case-insensitive names, combined values, getSetCookie(), sorted and combined
// iteration, value normalization, guards, and the TypeErrors of bad input.
require('../common');
const assert = require('assert');
const util = require('util');

// Names are case-insensitive; appended values combine with ", ".
{
  const h = new Headers();
  h.append('X-Foo', 'a');
  h.append('x-foo', 'b');
  assert.strictEqual(h.get('X-FOO'), 'a, b');
  assert.strictEqual(h.has('x-Foo'), true);
  assert.strictEqual(h.get('missing'), null);
  h.set('X-Foo', 'c');
  assert.strictEqual(h.get('x-foo'), 'c');
  h.delete('X-FOO');
  assert.strictEqual(h.has('x-foo'), false);
  h.delete('never-there');
}

// Construction from a record, a sequence of pairs, another Headers and a Map.
{
  assert.deepStrictEqual([...new Headers({ b: 1, A: '2' })], [['a', '2'], ['b', '1']]);
  assert.deepStrictEqual([...new Headers([['b', '1'], ['a', '2'], ['b', '3']])],
                         [['a', '2'], ['b', '1, 3']]);
  const original = new Headers({ 'set-cookie': 'x', other: 'y' });
  original.append('Set-Cookie', 'z');
  const copy = new Headers(original);
  assert.deepStrictEqual(copy.getSetCookie(), ['x', 'z']);
  copy.set('other', 'changed');
  assert.strictEqual(original.get('other'), 'y');
  assert.strictEqual(new Headers(new Map([['k', 'v']])).get('k'), 'v');
  assert.deepStrictEqual([...new Headers(undefined)], []);
  assert.deepStrictEqual([...new Headers()], []);
}

// Iteration: lower-cased, sorted, combined, with each Set-Cookie value apart.
{
  const h = new Headers();
  h.append('Zeta', '1');
  h.append('alpha', '2');
  h.append('Set-Cookie', 'a=1');
  h.append('set-cookie', 'b=2');
  h.append('Alpha', '3');
  assert.deepStrictEqual([...h], [['alpha', '2, 3'], ['set-cookie', 'a=1'],
    ['set-cookie', 'b=2'], ['zeta', '1']]);
  assert.deepStrictEqual([...h.keys()], ['alpha', 'set-cookie', 'set-cookie', 'zeta']);
  assert.deepStrictEqual([...h.values()], ['2, 3', 'a=1', 'b=2', '1']);
  assert.deepStrictEqual([...h.entries()], [...h]);
  assert.strictEqual(h.get('set-cookie'), 'a=1, b=2');
  assert.deepStrictEqual(h.getSetCookie(), ['a=1', 'b=2']);
  assert.deepStrictEqual(new Headers().getSetCookie(), []);
  // A cookie value with a comma stays whole.
  assert.deepStrictEqual(new Headers([['set-cookie', 'a=1; Expires=Wed, 21 Oct 2015']])
    .getSetCookie(), ['a=1; Expires=Wed, 21 Oct 2015']);

  const seen = [];
  h.forEach(function(value, name, headers) {
    seen.push([name, value, headers === h, this]);
  }, 'self');
  assert.deepStrictEqual(seen.map((e) => e.slice(0, 3)), [['alpha', '2, 3', true],
    ['set-cookie', 'a=1', true], ['set-cookie', 'b=2', true], ['zeta', '1', true]]);
  assert.strictEqual(String(seen[0][3]), 'self');

  // Iterators are live and tagged.
  const it = h.keys();
  assert.strictEqual(Object.prototype.toString.call(it), '[object Headers Iterator]');
  assert.strictEqual(it.next().value, 'alpha');
  h.append('beta', 'x');
  assert.strictEqual(it.next().value, 'beta');
  assert.strictEqual(typeof it[Symbol.iterator], 'function');
  assert.strictEqual(Headers.prototype[Symbol.iterator], Headers.prototype.entries);
}

// Values lose leading and trailing HTTP whitespace; bytes up to 0xFF pass.
{
  const h = new Headers({ a: ' \t x y \t ', b: '' });
  assert.strictEqual(h.get('a'), 'x y');
  assert.strictEqual(h.get('b'), '');
  h.set('c', '\u00e9');
  assert.strictEqual(h.get('c'), '\u00e9');
  h.append('d', 12);
  assert.strictEqual(h.get('d'), '12');
}

// Shape of the class.
{
  assert.strictEqual(Object.prototype.toString.call(new Headers()), '[object Headers]');
  assert.strictEqual(Headers.length, 0);
  assert.strictEqual(Headers.name, 'Headers');
  for (const name of ['append', 'delete', 'get', 'has', 'set', 'getSetCookie', 'keys',
    'values', 'entries', 'forEach']) {
    assert.strictEqual(typeof Headers.prototype[name], 'function', name);
    assert(Object.getOwnPropertyDescriptor(Headers.prototype, name).enumerable, name);
  }
  assert.strictEqual(util.inspect(new Headers({ b: '1', A: '2' })), "Headers { b: '1', A: '2' }");
  assert.strictEqual(util.inspect(new Headers()), 'Headers {}');
}

// Bad input: TypeErrors.
{
  const invalidInit = /could not be converted/;
  assert.throws(() => new Headers(1), { name: 'TypeError', message: invalidInit });
  assert.throws(() => new Headers('a'), { name: 'TypeError', message: invalidInit });
  assert.throws(() => new Headers(null), { name: 'TypeError', message: invalidInit });
  assert.throws(() => new Headers([['a']]), {
    name: 'TypeError',
    message: 'Headers constructor: expected name/value pair to be length 2, found 1.',
  });
  assert.throws(() => new Headers([['a', 'b', 'c']]), { name: 'TypeError', message: /found 3/ });
  assert.throws(() => new Headers([1]), TypeError);
  assert.throws(() => new Headers({ [Symbol('s')]: 'x' }), TypeError);
  assert.throws(() => new Headers({ 'a b': 'c' }), {
    name: 'TypeError', message: 'Headers.append: "a b" is an invalid header name.',
  });
  assert.throws(() => new Headers({ '': 'c' }), TypeError);
  assert.throws(() => new Headers({ '\u00e9': 'c' }), TypeError);
  assert.throws(() => new Headers({ a: 'x\ny' }), {
    name: 'TypeError', message: 'Headers.append: "x\ny" is an invalid header value.',
  });
  assert.throws(() => new Headers({ a: 'x\0y' }), TypeError);
  assert.throws(() => new Headers({ a: 'x\ry' }), TypeError);
  assert.throws(() => new Headers({ a: '\u20ac' }), {
    name: 'TypeError', message: /ByteString/,
  });
  const h = new Headers();
  assert.throws(() => h.append('a'), {
    name: 'TypeError', message: 'Headers.append: 2 arguments required, but only 1 found.',
  });
  assert.throws(() => h.get(), {
    name: 'TypeError', message: 'Headers.get: 1 argument required, but 0 found.',
  });
  assert.throws(() => h.set('a'), TypeError);
  assert.throws(() => h.has(), TypeError);
  assert.throws(() => h.delete(), TypeError);
  for (const method of ['get', 'has', 'delete']) {
    assert.throws(() => h[method]('a b'), {
      name: 'TypeError', message: `Headers.${method}: "a b" is an invalid header name.`,
    });
  }
  assert.throws(() => h.set('a b', 'x'), { message: 'Headers.set: "a b" is an invalid header name.' });
  assert.throws(() => h.set('a', 'x\ny'), TypeError);
  assert.throws(() => h.forEach(1), {
    name: 'TypeError', message: /parameter 1 is not of type 'Function'/,
  });
  assert.throws(() => Headers(), TypeError);
  assert.throws(() => Headers.prototype.get.call({}, 'a'), { name: 'TypeError', code: 'ERR_INVALID_THIS' });
  assert.throws(() => Headers.prototype.getSetCookie.call({}), { code: 'ERR_INVALID_THIS' });
  assert.throws(() => Headers.prototype.entries.call(1), TypeError);
}

// Guards: a Response.error()'s and Response.redirect()'s headers are immutable.
{
  const headers = Response.error().headers;
  assert.throws(() => headers.set('a', 'b'), { name: 'TypeError', message: 'immutable' });
  assert.throws(() => headers.append('a', 'b'), TypeError);
  assert.throws(() => headers.delete('a'), TypeError);
  const redirect = Response.redirect('http://example.com/x');
  assert.throws(() => redirect.headers.set('location', 'y'), TypeError);
  assert.strictEqual(redirect.headers.get('location'), 'http://example.com/x');
  // A Request's and a constructed Response's headers can change.
  const request = new Request('http://example.com/');
  request.headers.set('x', 'y');
  assert.strictEqual(request.headers.get('x'), 'y');
  const response = new Response();
  response.headers.set('set-cookie', 'a');
  assert.deepStrictEqual(response.headers.getSetCookie(), ['a']);
}
