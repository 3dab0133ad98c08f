'use strict';
// node:dns — lookup() and lookupService() on libuv's thread pool (getaddrinfo/getnameinfo),
// resolve*() and Resolver over c-ares; the shared parts are in internal/dns/utils.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateFunction, validatePort, validateString } = require('internal/validators');
const { isIP } = require('internal/net');
const {
  ADDRCONFIG, ALL, V4MAPPED, errorCodes, getDefaultResultOrder, setDefaultResultOrder,
  lookupOptions, warnInvalidHostname, getaddrinfo, getnameinfo, ResolverBase,
  resolveMethods, defineQueryMethods, addDefaultResolverMethods,
} = require('internal/dns/utils');

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

function lookup(hostname, options, callback) {
  if (hostname) validateString(hostname, 'hostname');
  let opts;
  if (typeof options === 'function') {
    callback = options;
    opts = lookupOptions(undefined);
  } else {
    opts = lookupOptions(options);
  }
  validateFunction(callback, 'callback');
  if (!hostname) {
    warnInvalidHostname(hostname);
    if (opts.all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, opts.family === 6 ? 6 : 4);
    return {};
  }
  const family = isIP(hostname);
  if (family !== 0) {
    if (opts.all) process.nextTick(callback, null, [{ address: hostname, family }]);
    else process.nextTick(callback, null, hostname, family);
    return {};
  }
  return getaddrinfo(hostname, opts, (err, addresses) => {
    if (err) {
      callback(err);
    } else if (opts.all) {
      callback(null, addresses.map((address) => ({ address, family: opts.family || isIP(address) })));
    } else {
      callback(null, addresses[0], opts.family || isIP(addresses[0]));
    }
  });
}

Object.defineProperty(lookup, kCustomPromisify, {
  __proto__: null,
  get() {
    return require('dns/promises').lookup;
  },
  enumerable: false,
  configurable: true,
});

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  port = validatePort(port);
  validateFunction(callback, 'callback');
  return getnameinfo(address, port, callback);
}

Object.defineProperty(lookupService, kCustomPromisify, {
  __proto__: null,
  get() {
    return require('dns/promises').lookupService;
  },
  enumerable: false,
  configurable: true,
});

// One query method per record type, named as Node names them (resolve4.name is 'queryA').
function queryMethod(rrtype, syscall) {
  return {
    [syscall](name, options, callback) {
      validateString(name, 'name');
      if (typeof options === 'function') {
        callback = options;
        options = undefined;
      }
      validateFunction(callback, 'callback');
      return this.query(name, rrtype, !!options?.ttl, callback);
    },
  }[syscall];
}

class Resolver extends ResolverBase {
  resolve(hostname, rrtype, callback) {
    let method;
    if (typeof rrtype === 'string') {
      method = resolveMethods[rrtype];
      if (method === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
    } else if (typeof rrtype === 'function') {
      callback = rrtype;
      method = 'resolve4';
    } else {
      throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
    }
    return Resolver.prototype[method].call(this, hostname, callback);
  }

  reverse(ip, callback) {
    validateString(ip, 'name');
    validateFunction(callback, 'callback');
    return this.reverseQuery(ip, callback);
  }
}

defineQueryMethods(Resolver, queryMethod);

const dns = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: undefined, // these two: addDefaultResolverMethods
  ADDRCONFIG,
  ALL,
  V4MAPPED,
  ...errorCodes,
  getServers: undefined,
};

// dns.resolve*() and dns.reverse() run on the default resolver.
addDefaultResolverMethods(dns, Resolver);

Object.defineProperty(dns, 'promises', {
  __proto__: null,
  get() {
    return require('dns/promises');
  },
  enumerable: true,
  configurable: true,
});

module.exports = dns;
