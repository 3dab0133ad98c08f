'use strict';
// node:_tls_wrap (internal, exposed by Node): node:tls's sockets and servers — not
// implemented yet (see internal/stub.js).

const { recordStubs } = require('internal/stub');
const { Server, TLSSocket, connect, createServer } = require('tls');

const tlsWrap = { Server, TLSSocket, connect, createServer };
recordStubs(tlsWrap, ['tls.Server', 'tls.TLSSocket', 'tls.connect', 'tls.createServer']);

module.exports = tlsWrap;
