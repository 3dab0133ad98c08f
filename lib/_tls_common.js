'use strict';
// node:_tls_common (internal, exposed by Node): node:tls's secure contexts — not
// implemented yet (see internal/stub.js).

const { stubMembers, recordStubs } = require('internal/stub');
const { SecureContext, createSecureContext } = require('tls');

const tlsCommon = { SecureContext, createSecureContext };
recordStubs(tlsCommon, ['tls.SecureContext', 'tls.createSecureContext']);

module.exports = stubMembers(tlsCommon, '_tls_common', {
  functions: ['translatePeerCertificate'],
});
