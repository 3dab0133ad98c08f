'use strict';
// http.request argument checks: protocol, unescaped path characters, method token,
// agent type, header validity; setMaxIdleHTTPParsers validates its argument.
require('../common');
const assert = require('assert');
const http = require('http');

assert.throws(() => http.request('https://example.com/'), {
  code: 'ERR_INVALID_PROTOCOL',
  message: 'Protocol "https:" not supported. Expected "http:"',
});
assert.throws(() => http.request({ path: '/a b' }), {
  code: 'ERR_UNESCAPED_CHARACTERS',
  message: 'Request path contains unescaped characters',
});
assert.throws(() => http.request({ method: 'BAD METHOD' }), { code: 'ERR_INVALID_HTTP_TOKEN' });
assert.throws(() => http.request({ method: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => http.request({ agent: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => http.request({ headers: { 'bad name': 1 } }), { code: 'ERR_INVALID_HTTP_TOKEN' });
assert.throws(() => http.setMaxIdleHTTPParsers('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => http.setMaxIdleHTTPParsers(0), { code: 'ERR_OUT_OF_RANGE' });
http.setMaxIdleHTTPParsers(10);
assert.ok(http.METHODS.includes('GET'));
assert.strictEqual(http.STATUS_CODES[418], "I'm a Teapot");
assert.strictEqual(typeof http.createServer().listen, 'function');
