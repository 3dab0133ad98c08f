'use strict';
// OutgoingMessage header API: setHeader/getHeader/getHeaders/getHeaderNames/hasHeader/
// removeHeader/appendHeader/setHeaders, their validation errors, and
// ERR_HTTP_HEADERS_SENT once the head is out.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const msg = new http.OutgoingMessage();
msg.setHeader('X-One', 1);
msg.setHeader('Set-Cookie', ['a=1', 'b=2']);
assert.strictEqual(msg.getHeader('x-one'), 1);
assert.deepStrictEqual(msg.getHeaderNames(), ['x-one', 'set-cookie']);
assert.deepStrictEqual(msg.getRawHeaderNames(), ['X-One', 'Set-Cookie']);
const all = msg.getHeaders();
assert.strictEqual(Object.getPrototypeOf(all), null);
assert.deepStrictEqual({ ...all }, { 'x-one': 1, 'set-cookie': ['a=1', 'b=2'] });
assert.strictEqual(msg.hasHeader('X-ONE'), true);
msg.removeHeader('x-one');
assert.strictEqual(msg.hasHeader('x-one'), false);
msg.appendHeader('X-Multi', 'a');
msg.appendHeader('x-multi', ['b', 'c']);
assert.deepStrictEqual(msg.getHeader('X-Multi'), ['a', 'b', 'c']);
msg.setHeaders(new Map([['x-map', 'm']]));
assert.strictEqual(msg.getHeader('x-map'), 'm');

assert.throws(() => msg.setHeader('bad name', 'x'),
  { code: 'ERR_INVALID_HTTP_TOKEN', name: 'TypeError', message: 'Header name must be a valid HTTP token ["bad name"]' });
assert.throws(() => msg.setHeader('x', 'a\nb'),
  { code: 'ERR_INVALID_CHAR', name: 'TypeError', message: 'Invalid character in header content ["x"]' });
assert.throws(() => msg.setHeader('x'),
  { code: 'ERR_HTTP_INVALID_HEADER_VALUE', message: 'Invalid value "undefined" for header "x"' });
assert.throws(() => msg.getHeader(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => msg.setHeaders([['a', 'b']]), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => http.validateHeaderName(''), { code: 'ERR_INVALID_HTTP_TOKEN' });
assert.throws(() => http.validateHeaderValue('x', 'a\rb'), { code: 'ERR_INVALID_CHAR' });
http.validateHeaderName('x-fine');
http.validateHeaderValue('x-fine', 'tab\tand latin1 \xff');

const server = http.createServer(common.mustCall((req, res) => {
  assert.throws(() => res.writeHead(99), { code: 'ERR_HTTP_INVALID_STATUS_CODE', message: 'Invalid status code: 99' });
  assert.throws(() => res.writeHead(1000), { code: 'ERR_HTTP_INVALID_STATUS_CODE' });
  assert.throws(() => res.writeHead(200, 'bad\nmessage'), { code: 'ERR_INVALID_CHAR' });
  res.setHeader('X-Before', 'b');
  res.writeHead(201, 'Made', { 'X-Head': 'h' });
  assert.strictEqual(res.headersSent, true);
  assert.strictEqual(res.statusMessage, 'Made');
  assert.throws(() => res.setHeader('x', 'y'), {
    code: 'ERR_HTTP_HEADERS_SENT',
    message: 'Cannot set headers after they are sent to the client',
  });
  assert.throws(() => res.removeHeader('x'), { code: 'ERR_HTTP_HEADERS_SENT' });
  assert.throws(() => res.writeHead(200), { code: 'ERR_HTTP_HEADERS_SENT' });
  res.end();
}));
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port, agent: false }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 201);
    assert.strictEqual(res.statusMessage, 'Made');
    assert.strictEqual(res.headers['x-before'], 'b');
    assert.strictEqual(res.headers['x-head'], 'h');
    res.resume();
    res.on('end', () => server.close());
  }));
}));
