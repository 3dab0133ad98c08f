'use strict';
// What node:dns and node:dns/promises share: argument checks for lookup(), the default result
// order, the resolver base class over a c-ares channel (src/bindings/cares_wrap.c), server
// lists, and DNS error codes.

const {
  codes: { ERR_DNS_SET_SERVERS_FAILED, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
    ERR_INVALID_IP_ADDRESS },
  DNSException,
} = require('internal/errors');
const {
  validateBoolean, validateInt32, validateNumber, validateObject, validateOneOf, validateString,
} = require('internal/validators');
const { isIP } = require('internal/net');
const { kTypes, parseAnswer } = require('internal/dns/message');

const binding = internalBinding('cares_wrap');

const ADDRCONFIG = binding.AI_ADDRCONFIG;
const ALL = binding.AI_ALL;
const V4MAPPED = binding.AI_V4MAPPED;

// The `code` of DNS errors, as Node names them (after c-ares), by ARES_* number.
const aresCodes = [undefined, 'ENODATA', 'EFORMERR', 'ESERVFAIL', 'ENOTFOUND', 'ENOTIMP',
  'EREFUSED', 'EBADQUERY', 'EBADNAME', 'EBADFAMILY', 'EBADRESP', 'ECONNREFUSED', 'ETIMEOUT',
  'EOF', 'EFILE', 'ENOMEM', 'EDESTRUCTION', 'EBADSTR', 'EBADFLAGS', 'ENONAME', 'EBADHINTS',
  'ENOTINITIALIZED', 'ELOADIPHLPAPI', 'EADDRGETNETWORKPARAMS', 'ECANCELLED'];

const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT', EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR', BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

const validFamilies = [0, 4, 6];
const validOrders = ['verbatim', 'ipv4first', 'ipv6first'];
const orderNumbers = { verbatim: 0, ipv4first: 1, ipv6first: 2 };

let defaultOrder = 'verbatim';

function getDefaultResultOrder() {
  return defaultOrder;
}

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', validOrders);
  defaultOrder = order;
}

function validateHints(hints) {
  if ((hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) {
    throw new ERR_INVALID_ARG_VALUE('hints', hints);
  }
}

/**
 * Checks lookup()'s options (a family number or an object) and returns
 * { family, hints, all, order }.
 */
function lookupOptions(options) {
  const result = { family: 0, hints: 0, all: false, order: defaultOrder };
  if (typeof options === 'number') {
    validateOneOf(options, 'family', validFamilies);
    result.family = options;
    return result;
  }
  if (options === undefined || options === null) return result;
  validateObject(options, 'options');
  if (options.hints != null) {
    validateNumber(options.hints, 'options.hints');
    result.hints = options.hints >>> 0;
    validateHints(result.hints);
  }
  if (options.family != null) {
    if (options.family === 'IPv4') result.family = 4;
    else if (options.family === 'IPv6') result.family = 6;
    else {
      validateOneOf(options.family, 'options.family', validFamilies);
      result.family = options.family;
    }
  }
  if (options.all != null) {
    validateBoolean(options.all, 'options.all');
    result.all = options.all;
  }
  if (options.verbatim != null) {
    validateBoolean(options.verbatim, 'options.verbatim');
    result.order = options.verbatim ? 'verbatim' : 'ipv4first';
  }
  if (options.order != null) {
    validateOneOf(options.order, 'options.order', validOrders);
    result.order = options.order;
  }
  return result;
}

let warnedEmptyHostname = false;
function warnInvalidHostname(hostname) {
  if (warnedEmptyHostname) return;
  warnedEmptyHostname = true;
  process.emitWarning(
    `The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns ` +
    'module solely for compatibility.', 'DeprecationWarning', 'DEP0118');
}

/**
 * Starts getaddrinfo for hostname with checked options; done(err, addresses) gets the
 * addresses as strings (in the requested order) or a DNSException.
 */
function getaddrinfo(hostname, opts, done) {
  const req = {
    oncomplete(status, joined) {
      if (status < 0) done(new DNSException(status, 'getaddrinfo', hostname));
      else done(null, joined === '' ? [] : joined.split('\0'));
    },
  };
  const status = binding.getaddrinfo(req, hostname, opts.family, opts.hints,
                                     orderNumbers[opts.order]);
  if (status < 0) process.nextTick(done, new DNSException(status, 'getaddrinfo', hostname));
  return req;
}

/** Starts getnameinfo; done(err, hostname, service). */
function getnameinfo(address, port, done) {
  const req = {
    oncomplete(status, hostname, service) {
      if (status < 0) done(new DNSException(status, 'getnameinfo', address));
      else done(null, hostname, service);
    },
  };
  const status = binding.getnameinfo(req, address, port);
  if (status < 0) process.nextTick(done, new DNSException(status, 'getnameinfo', address));
  return req;
}

// ---------------------------------------------------------------------------------------
// Resolvers

const IANA_DNS_PORT = 53;

// 'a.b.c.d', 'a.b.c.d:port', 'v6', '[v6]' or '[v6]:port' → [family, address, port].
function parseServer(server) {
  validateString(server, 'servers[i]');
  const family = isIP(server);
  if (family !== 0) return [family, server, IANA_DNS_PORT];
  let address;
  let port = IANA_DNS_PORT;
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(server);
  if (bracketed !== null) {
    address = bracketed[1];
    if (bracketed[2] !== undefined) port = Number(bracketed[2]);
  } else {
    const withPort = /^([^:]+):(\d+)$/.exec(server);
    if (withPort !== null) {
      address = withPort[1];
      port = Number(withPort[2]);
    }
  }
  const addressFamily = address === undefined ? 0 : isIP(address);
  if (addressFamily === 0) throw new ERR_INVALID_IP_ADDRESS(server);
  return [addressFamily, address, port];
}

function formatServer(address, port) {
  if (port === IANA_DNS_PORT) return address;
  return isIP(address) === 6 ? `[${address}]:${port}` : `${address}:${port}`;
}

const kChannel = Symbol('channel');

// The c-ares call of a record type, as Node names it (and its errors' syscall): 'queryAaaa'.
function querySyscall(rrtype) {
  return `query${rrtype[0]}${rrtype.slice(1).toLowerCase()}`;
}

/** The base of dns.Resolver and dns.promises.Resolver: one c-ares channel each. */
class ResolverBase {
  constructor(options = undefined) {
    let timeout = -1;
    let tries = 4;
    if (options !== undefined) {
      validateObject(options, 'options');
      if (options.timeout !== undefined) {
        validateInt32(options.timeout, 'options.timeout', -1);
        timeout = options.timeout;
      }
      if (options.tries !== undefined) {
        validateInt32(options.tries, 'options.tries', 1);
        tries = options.tries;
      }
      if (options.maxTimeout !== undefined) {
        validateInt32(options.maxTimeout, 'options.maxTimeout', -1);
      }
    }
    this[kChannel] = binding.createChannel(timeout, tries);
    this._handle = this[kChannel]; // an own enumerable property in Node too
  }

  cancel() {
    this[kChannel].cancel();
  }

  getServers() {
    const flat = this[kChannel].getServers();
    const servers = [];
    for (let i = 0; i < flat.length; i += 2) servers.push(formatServer(flat[i], flat[i + 1]));
    return servers;
  }

  setServers(servers) {
    if (!Array.isArray(servers)) throw new ERR_INVALID_ARG_TYPE('servers', 'Array', servers);
    const flat = [];
    for (let i = 0; i < servers.length; i++) {
      if (typeof servers[i] !== 'string') {
        throw new ERR_INVALID_ARG_TYPE(`servers[${i}]`, 'string', servers[i]);
      }
      flat.push(...parseServer(servers[i]));
    }
    const status = this[kChannel].setServers(flat);
    if (status !== 0) {
      throw new ERR_DNS_SET_SERVERS_FAILED(binding.strerror(status), servers.join(','));
    }
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    let v4;
    let v6;
    for (const address of [ipv4, ipv6]) {
      if (address === undefined) continue;
      const family = isIP(address);
      if (family === 4 && v4 === undefined) v4 = address;
      else if (family === 6 && v6 === undefined) v6 = address;
      else throw new ERR_INVALID_ARG_VALUE('localAddress', address);
    }
    this[kChannel].setLocalAddress(v4, v6);
  }

  /**
   * Sends a query of rrtype (a key of kTypes) for name; done(err, records) gets the
   * records or a DNSException (`queryA ENOTFOUND name`).
   */
  query(name, rrtype, withTtl, done) {
    const type = kTypes[rrtype];
    const syscall = querySyscall(rrtype);
    const req = {
      oncomplete(status, response) {
        if (status !== 0) {
          done(new DNSException(aresCodes[status] ?? 'EBADRESP', syscall, name));
          return;
        }
        const result = parseAnswer(response, type, withTtl);
        if (typeof result === 'string') done(new DNSException(result, syscall, name));
        else done(null, result);
      },
    };
    this[kChannel].query(req, name, type);
    return req;
  }

  /** Finds the names of an IP address; done(err, hostnames). */
  reverseQuery(ip, done) {
    const req = {
      oncomplete(status, names) {
        if (status !== 0) done(new DNSException(aresCodes[status] ?? 'EBADRESP', 'getHostByAddr', ip));
        else done(null, names === undefined || names === '' ? [] : [...new Set(names.split('\0'))]);
      },
    };
    if (isIP(ip) === 0) throw new DNSException(-22 /* EINVAL */, 'getHostByAddr', ip);
    this[kChannel].getHostByAddr(req, ip);
    return req;
  }
}

// The resolver of dns.resolve*() and dns.setServers(), made on first use: creating a channel
// reads /etc/resolv.conf.
let defaultResolver;
function getDefaultResolver(Resolver) {
  defaultResolver ??= new Resolver();
  return defaultResolver;
}

// The record types resolve(name, rrtype) accepts, with their method names.
const resolveMethods = {
  A: 'resolve4', AAAA: 'resolve6', ANY: 'resolveAny', CAA: 'resolveCaa', CNAME: 'resolveCname',
  MX: 'resolveMx', NAPTR: 'resolveNaptr', NS: 'resolveNs', PTR: 'resolvePtr', SOA: 'resolveSoa',
  SRV: 'resolveSrv', TLSA: 'resolveTlsa', TXT: 'resolveTxt',
};

// Gives Resolver.prototype its resolve4() … resolveTxt(), each made by
// queryMethod(rrtype, syscall), for node:dns (callbacks) and node:dns/promises, and makes
// its methods look as Node's do: enumerable (Node assigns them), the query methods and
// reverse() of length 2 and named after their c-ares call ('queryA', 'getHostByAddr').
function defineQueryMethods(Resolver, queryMethod) {
  const proto = Resolver.prototype;
  for (const [rrtype, method] of Object.entries(resolveMethods)) {
    proto[method] = queryMethod(rrtype, querySyscall(rrtype));
  }
  for (const method of ['resolve', 'reverse']) {
    Object.defineProperty(proto, method, { __proto__: null, enumerable: true });
  }
  for (const method of [...Object.values(resolveMethods), 'reverse']) {
    Object.defineProperty(proto[method], 'length', { __proto__: null, value: 2 });
  }
  Object.defineProperty(proto.reverse, 'name', { __proto__: null, value: 'getHostByAddr' });
}

// Names and lengths a function as Node's `method.bind(resolver)` would be.
function likeBound(fn, target) {
  Object.defineProperty(fn, 'name', { __proto__: null, value: `bound ${target.name}` });
  Object.defineProperty(fn, 'length', { __proto__: null, value: target.length });
  return fn;
}

// The module-level resolve(), resolve*(), reverse(), getServers() and setServers(): the
// Resolver methods run on the default resolver, which is made on first call (Node binds
// them to a resolver made at load).
function addDefaultResolverMethods(target, Resolver) {
  for (const method of ['resolve', ...Object.values(resolveMethods), 'reverse']) {
    target[method] = likeBound(function(...args) {
      return Resolver.prototype[method].apply(getDefaultResolver(ResolverBase), args);
    }, Resolver.prototype[method]);
  }
  target.getServers = likeBound(function() {
    return ResolverBase.prototype.getServers.call(getDefaultResolver(ResolverBase));
  }, ResolverBase.prototype.getServers);
  target.setServers = function defaultResolverSetServers(servers) {
    return ResolverBase.prototype.setServers.call(getDefaultResolver(ResolverBase), servers);
  };
}

module.exports = {
  ADDRCONFIG,
  ALL,
  V4MAPPED,
  errorCodes,
  getDefaultResultOrder,
  setDefaultResultOrder,
  lookupOptions,
  warnInvalidHostname,
  getaddrinfo,
  getnameinfo,
  ResolverBase,
  resolveMethods,
  defineQueryMethods,
  addDefaultResolverMethods,
};
