'use strict';
// node:dns — not implemented yet (see internal/stub.js). Real: the error codes and the
// getaddrinfo() hint flags (Linux values).

const { stubMembers, attachStubs } = require('internal/stub');

const promises = require('dns/promises');
const errorCodes = {};
for (const key of Object.keys(promises)) {
  if (typeof promises[key] === 'string') errorCodes[key] = promises[key];
}

const dns = stubMembers({
  ADDRCONFIG: 32,
  ALL: 16,
  V4MAPPED: 8,
  ...errorCodes,
}, 'dns', {
  classes: ['Resolver'],
  functions: ['getDefaultResultOrder', 'getServers', 'lookup', 'lookupService', 'resolve',
    'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx',
    'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTlsa',
    'resolveTxt', 'reverse', 'setDefaultResultOrder', 'setServers'],
});

attachStubs(dns, 'promises', promises);

module.exports = dns;
