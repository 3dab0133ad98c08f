'use strict';
// The URL class: constructor arguments and errors, the globals, statics (canParse, parse,
// createObjectURL/revokeObjectURL), property shape, this-checks, inspect and JSON.
require('../common');
const assert = require('assert');
const util = require('util');
const url = require('url');

assert.strictEqual(globalThis.URL, url.URL);
assert.strictEqual(globalThis.URLSearchParams, url.URLSearchParams);
assert.strictEqual(require('node:url'), url);

// Arguments are converted with ToString.
assert.strictEqual(new URL({ toString: () => 'http://x/y' }).href, 'http://x/y');
assert.strictEqual(new URL('/p', new URL('http://h/q')).href, 'http://h/p');
assert.throws(() => new URL(), {
  code: 'ERR_MISSING_ARGS', name: 'TypeError', message: 'The "url" argument must be specified',
});
assert.throws(() => new URL(Symbol('x')), TypeError);
assert.throws(() => new URL('x', 'y'), (err) => {
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.code, 'ERR_INVALID_URL');
  assert.strictEqual(err.message, 'Invalid URL');
  assert.strictEqual(err.input, 'x');
  assert.strictEqual(err.base, 'y');
  return true;
});
assert.throws(() => new URL(5), (err) => err.input === '5' && !('base' in err));
assert.throws(() => { new URL('http://x/').href = 'nope'; }, { code: 'ERR_INVALID_URL' });

// Statics.
assert.strictEqual(URL.canParse('http://x'), true);
assert.strictEqual(URL.canParse('x'), false);
assert.strictEqual(URL.canParse('x', 'http://h/'), true);
assert.throws(() => URL.canParse(), { code: 'ERR_MISSING_ARGS' });
assert.strictEqual(URL.parse('nope'), null);
assert.strictEqual(URL.parse('b', 'http://h/a').href, 'http://h/b');
assert(URL.parse('http://h/') instanceof URL);
assert.throws(() => URL.parse(), { code: 'ERR_MISSING_ARGS' });
assert.strictEqual(typeof URL.createObjectURL, 'function');
assert.strictEqual(typeof URL.revokeObjectURL, 'function');

// Shape: accessors and methods on the prototype, enumerable like Node's.
const keys = Object.keys(URL.prototype);
for (const name of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname',
  'port', 'pathname', 'search', 'searchParams', 'hash', 'toString', 'toJSON']) {
  assert(keys.includes(name), name);
}
assert.strictEqual(Object.keys(new URL('http://x/')).length, 0);
assert.strictEqual(Object.prototype.toString.call(new URL('http://x/')), '[object URL]');
assert.strictEqual(Object.getOwnPropertyDescriptor(URL.prototype, 'origin').set, undefined);
const getHref = Object.getOwnPropertyDescriptor(URL.prototype, 'href').get;
assert.throws(() => getHref.call({}), {
  name: 'TypeError', message: 'Receiver must be an instance of class URL',
});
assert.throws(() => URL.prototype.toJSON.call({}), TypeError);
assert.throws(() => URL.prototype.toString.call(null), TypeError);

// A subclass keeps working and is inspected under its own name.
class MyURL extends URL {}
const mine = new MyURL('http://x/');
assert.strictEqual(mine.host, 'x');
assert(util.inspect(mine).startsWith('MyURL {'));

// Origins.
assert.strictEqual(new URL('blob:https://a.com:8/x').origin, 'https://a.com:8');
assert.strictEqual(new URL('blob:ftp://a.com/x').origin, 'null');
assert.strictEqual(new URL('blob:bad').origin, 'null');
assert.strictEqual(new URL('file:///x').origin, 'null');
assert.strictEqual(new URL('ws://h:80/').origin, 'ws://h');

// inspect and JSON.
assert.strictEqual(util.inspect(new URL('http://u:p@a.com:81/p?q=1#h')), `URL {
  href: 'http://u:p@a.com:81/p?q=1#h',
  origin: 'http://a.com:81',
  protocol: 'http:',
  username: 'u',
  password: 'p',
  host: 'a.com:81',
  hostname: 'a.com',
  port: '81',
  pathname: '/p',
  search: '?q=1',
  searchParams: URLSearchParams { 'q' => '1' },
  hash: '#h'
}`);
assert.strictEqual(util.inspect({ u: new URL('http://a') }, { depth: 0 }), '{ u: URL {} }');
assert.strictEqual(JSON.stringify({ u: new URL('http://a/b c') }), '{"u":"http://a/b%20c"}');
assert.strictEqual(`${new URL('HTTP://A')}`, 'http://a/');

// Setters convert their value with ToString and ignore what cannot apply.
const u = new URL('http://h/');
u.port = 8080;
assert.strictEqual(u.port, '8080');
u.port = 80;
assert.strictEqual(u.port, '');
u.hash = null;
assert.strictEqual(u.hash, '#null');
u.search = undefined;
assert.strictEqual(u.search, '?undefined');

// blob: URLs for Blobs (the registry buffer.resolveObjectURL reads).
const { Blob, resolveObjectURL } = require('buffer');
const blob = new Blob(['hello']);
const blobURL = URL.createObjectURL(blob);
assert.match(blobURL, /^blob:nodedata:[0-9a-f-]+$/);
const resolved = resolveObjectURL(blobURL);
assert(resolved instanceof Blob);
assert.strictEqual(resolved.size, blob.size);
URL.revokeObjectURL(blobURL);
assert.strictEqual(resolveObjectURL(blobURL), undefined);
URL.revokeObjectURL('not a blob url');
assert.throws(() => URL.createObjectURL('x'), {
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "obj" argument must be an instance of Blob. Received type string (\'x\')',
});
assert.throws(() => URL.revokeObjectURL(), { code: 'ERR_MISSING_ARGS' });
