'use strict';
// node:dns/promises — the promise forms of node:dns. Argument errors throw synchronously, as
// in Node; failures reject.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validatePort, validateString } = require('internal/validators');
const { isIP } = require('internal/net');
const {
  errorCodes, getDefaultResultOrder, setDefaultResultOrder, lookupOptions, warnInvalidHostname,
  getaddrinfo, getnameinfo, ResolverBase, resolveMethods, defineQueryMethods,
  addDefaultResolverMethods,
} = require('internal/dns/utils');

function lookup(hostname, options) {
  if (hostname) validateString(hostname, 'hostname');
  const opts = lookupOptions(options);
  if (!hostname) {
    warnInvalidHostname(hostname);
    return Promise.resolve(opts.all ? [] : { address: null, family: opts.family === 6 ? 6 : 4 });
  }
  const family = isIP(hostname);
  if (family !== 0) {
    const entry = { address: hostname, family };
    return Promise.resolve(opts.all ? [entry] : entry);
  }
  const { promise, resolve, reject } = Promise.withResolvers();
  getaddrinfo(hostname, opts, (err, addresses) => {
    if (err) {
      reject(err);
    } else {
      const entries = addresses.map((address) => ({ address, family: opts.family || isIP(address) }));
      resolve(opts.all ? entries : entries[0]);
    }
  });
  return promise;
}

function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  port = validatePort(port);
  const { promise, resolve, reject } = Promise.withResolvers();
  getnameinfo(address, port, (err, hostname, service) => {
    if (err) reject(err);
    else resolve({ hostname, service });
  });
  return promise;
}

function settle(resolve, reject) {
  return (err, result) => {
    if (err) reject(err);
    else resolve(result);
  };
}

function queryMethod(rrtype, syscall) {
  return {
    [syscall](name, options) {
      validateString(name, 'name');
      const { promise, resolve, reject } = Promise.withResolvers();
      this.query(name, rrtype, !!options?.ttl, settle(resolve, reject));
      return promise;
    },
  }[syscall];
}

class Resolver extends ResolverBase {
  resolve(hostname, rrtype) {
    let method;
    if (rrtype === undefined) {
      method = 'resolve4';
    } else if (typeof rrtype === 'string') {
      method = resolveMethods[rrtype];
      if (method === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
    } else {
      throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
    }
    return Resolver.prototype[method].call(this, hostname);
  }

  reverse(ip) {
    validateString(ip, 'name');
    const { promise, resolve, reject } = Promise.withResolvers();
    this.reverseQuery(ip, settle(resolve, reject));
    return promise;
  }
}

defineQueryMethods(Resolver, queryMethod);

const promises = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: undefined, // these two: addDefaultResolverMethods
  ...errorCodes,
  getServers: undefined,
};

addDefaultResolverMethods(promises, Resolver);

module.exports = promises;
