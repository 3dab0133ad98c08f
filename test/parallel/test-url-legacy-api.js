'use strict';
// The legacy API around the table: the Url class, url.format with a WHATWG URL and its
// options, bad input, and the DEP0169 warning on the first url.parse.
const common = require('../common');
const assert = require('assert');
const url = require('url');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0169');
}, 1));

const parsed = url.parse('http://user:pass@host.com:8080/p/a/t/h?query=string#hash', true);
assert(parsed instanceof url.Url);
assert.deepStrictEqual(Object.keys(new url.Url()), ['protocol', 'slashes', 'auth', 'host', 'port',
  'hostname', 'hash', 'search', 'query', 'pathname', 'path', 'href']);
assert.deepStrictEqual({ ...parsed.query }, { query: 'string' });
assert.strictEqual(parsed.resolve('../x'), 'http://user:pass@host.com:8080/p/a/x');
assert.strictEqual(url.parse(parsed), parsed);
assert.strictEqual(url.resolveObject('', 'x'), 'x');

// url.format with a WHATWG URL.
const whatwg = new URL('http://u:p@xn--exmple-cua.de:81/a?b#c');
assert.strictEqual(url.format(whatwg), 'http://u:p@xn--exmple-cua.de:81/a?b#c');
assert.strictEqual(url.format(whatwg, { unicode: true, auth: false, search: false,
                                        fragment: false }), 'http://ex\u00e4mple.de:81/a');
assert.strictEqual(url.format(whatwg, { unicode: 1 }), 'http://u:p@ex\u00e4mple.de:81/a?b#c');
assert.throws(() => url.format(whatwg, 'bad'), { code: 'ERR_INVALID_ARG_TYPE' });

// Bad input.
assert.throws(() => url.parse(5), {
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "url" argument must be of type string. Received type number (5)',
});
assert.throws(() => url.format(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "urlObject" argument must be one of type object or string. Received type ' +
    'number (5)',
});
assert.throws(() => url.format(null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => url.parse('http://x\u00a0y/'), {
  code: 'ERR_INVALID_URL', name: 'TypeError', message: 'Invalid URL', input: 'http://x\u00a0y/',
});
assert.throws(() => url.resolve(1, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
