'use strict';
// Bad input for tls-options: wrong types, out-of-range and huge values, closed or
// unbound handles, missing files. Each case must fail with Node's error name, code and message.
require('../common');
const assert = require('assert');
const tls = require('tls');

const throwing = [
  ['tls connect bad port', () => tls.connect({ port: -1 }), { name: 'RangeError', code: 'ERR_SOCKET_BAD_PORT', message: 'Port should be >= 0 and < 65536. Received type number (-1).' }],
  ['tls createSecureContext bad key', () => tls.createSecureContext({ key: 'not a key' }), { name: 'Error', code: 'ERR_OSSL_UNSUPPORTED', message: 'error:1E08010C:DECODER routines::unsupported' }],
  ['tls createSecureContext bad cert', () => tls.createSecureContext({ cert: 'not a cert' }), { name: 'Error', code: 'ERR_OSSL_PEM_NO_START_LINE', message: 'error:0480006C:PEM routines::no start line' }],
  ['tls createSecureContext key type', () => tls.createSecureContext({ key: 5 }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.key" property must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)' }],
  ['tls createSecureContext bad minVersion', () => tls.createSecureContext({ minVersion: 'TLSv9' }), { name: 'TypeError', code: 'ERR_TLS_INVALID_PROTOCOL_VERSION', message: '"TLSv9" is not a valid minimum TLS protocol version' }],
  ['tls createSecureContext bad maxVersion', () => tls.createSecureContext({ maxVersion: 5 }), { name: 'TypeError', code: 'ERR_TLS_INVALID_PROTOCOL_VERSION', message: '5 is not a valid maximum TLS protocol version' }],
  ['tls createSecureContext bad ca', () => tls.createSecureContext({ ca: 5 }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.ca" property must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)' }],
  ['tls createServer bad SNICallback', () => tls.createServer({ SNICallback: 5 }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.SNICallback" property must be of type function. Received type number (5)' }],
  ['tls createServer bad handshakeTimeout', () => tls.createServer({ handshakeTimeout: 'x' }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.handshakeTimeout" property must be of type number. Received type string (\'x\')' }],
  ['tls createServer bad sessionTimeout', () => tls.createServer({ sessionTimeout: 'x' }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.sessionTimeout" property must be of type number. Received type string (\'x\')' }],
  ['tls createServer bad ticketKeys', () => tls.createServer({ ticketKeys: Buffer.alloc(5) }), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The property \'options.ticketKeys\' must be exactly 48 bytes. Received 5' }],
  ['tls checkServerIdentity', () => { const e = tls.checkServerIdentity('a.com', { subject: { CN: 'b.com' } }); throw e; }, { name: 'Error', code: 'ERR_TLS_CERT_ALTNAME_INVALID', message: 'Hostname/IP does not match certificate\'s altnames: Host: a.com. is not cert\'s CN: b.com' }],
];
for (const [label, fn, expected] of throwing) {
  assert.throws(fn, expected, label);
}
