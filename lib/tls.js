'use strict';
// node:tls — not implemented yet (see internal/stub.js). Real: the default settings.
// rootCertificates (Mozilla's CA store) is a getter that throws until TLS lands.

const { stubMembers, stubProperty } = require('internal/stub');
const { defaultCipherList } = require('crypto').constants;

const tls = stubMembers({
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: defaultCipherList,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
}, 'tls', {
  classes: ['SecureContext', 'Server', 'TLSSocket'],
  functions: ['checkServerIdentity', 'connect', 'convertALPNProtocols', 'createSecureContext',
    'createServer', 'getCACertificates', 'getCiphers', 'setDefaultCACertificates'],
});
stubProperty(tls, 'tls', 'rootCertificates');

module.exports = tls;
