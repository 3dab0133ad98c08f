'use strict';
// node:_http_common (internal, exposed by Node) — mostly not implemented yet (see
// internal/stub.js). Real: the method list, the header syntax checks and the patterns.

const { stubMembers } = require('internal/stub');

// Every method the HTTP parser accepts, sorted (http.METHODS).
const methods = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
  'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS',
  'PATCH', 'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT',
  'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE',
];

// A token (RFC 9110, section 5.6.2): what header names and methods are made of.
const tokenPattern = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
function checkIsHttpToken(value) {
  return tokenPattern.test(value);
}

// True when a header value holds a character that a field value cannot: anything but
// tab, visible ASCII, space and obs-text.
const invalidHeaderCharPattern = /[^\t\x20-\x7e\x80-\xff]/;
function checkInvalidHeaderChar(value) {
  return invalidHeaderCharPattern.test(value);
}

module.exports = stubMembers({
  CRLF: '\r\n',
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  methods,
}, 'http', {
  classes: ['HTTPParser'],
  functions: ['freeParser'],
});
