'use strict';
// node:url: the WHATWG URL API (internal/url) and the legacy API: url.parse, url.format,
// url.resolve, url.resolveObject and the Url class.
//
// The legacy parser is not the URL Standard: it splits a string into the fields of a Url
// (protocol, slashes, auth, host, port, hostname, hash, search, query, pathname, path,
// href) with Node's long-standing leniency. The hostname stops at the first character
// that cannot be in one (the rest becomes the path), characters such as spaces and quotes
// are percent-encoded outside the hostname, and non-ASCII hostnames are converted to
// punycode. Node 24 warns (DEP0169) on the first use of url.parse outside node_modules.

// internal/errors (with internal/stack, ~6M instructions) is loaded by the first error
// thrown.
const { codes } = require('internal/errors/lazy');
const { validateString, validateObject } = require('internal/validators');
const internal = require('internal/url');
const {
  URL, URLSearchParams, domainToASCII, domainToUnicode, fileURLToPath, fileURLToPathBuffer,
  pathToFileURL, urlToHttpOptions, isURL, unsafeProtocol, hostlessProtocol, slashedProtocol,
} = internal;

let querystring;
function lazyQuerystring() {
  querystring ??= require('querystring');
  return querystring;
}

// The legacy URL object. Every field starts as null, in this order (it shows in
// util.inspect and JSON.stringify).
function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const hostPattern = /^\/\/[^@/]+@[^@/]+/;
// A path with nothing else: no host, protocol, auth or hash.
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
// What the hostname may not contain once converted to ASCII (spoofing guard).
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;
const hostnameMaxLen = 255;

// Characters percent-encoded in everything but the hostname.
const autoEscape = new Map([
  ['\t', '%09'], ['\n', '%0A'], ['\r', '%0D'], [' ', '%20'], ['"', '%22'], ["'", '%27'],
  ['<', '%3C'], ['>', '%3E'], ['\\', '%5C'], ['^', '%5E'], ['`', '%60'], ['{', '%7B'],
  ['|', '%7C'], ['}', '%7D'],
]);
const autoEscapePattern = /[\t\n\r "'<>\\^`{|}]/g;

let parseWarned = false;
function warnParse() {
  if (parseWarned) return;
  parseWarned = true;
  if (process.noDeprecation) return;
  const stack = new Error().stack ?? '';
  if (/[/\\]node_modules[/\\]/.test(stack.split('\n').slice(3).join('\n'))) return;
  process.emitWarning('`url.parse()` behavior is not standardized and prone to errors that ' +
    'have security implications. Use the WHATWG URL API instead. CVEs are not issued for ' +
    '`url.parse()` vulnerabilities.', 'DeprecationWarning', 'DEP0169');
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  warnParse();
  if (url instanceof Url) return url;
  const result = new Url();
  result.parse(url, parseQueryString, slashesDenoteHost);
  return result;
}

function isWhitespace(code) {
  return code < 33 || code === 0xa0 || code === 0xfeff;
}

// Trims whitespace (controls, space, NBSP, BOM) from both ends and turns backslashes
// before the first '?' or '#' into slashes. Also reports whether there is a '#' or
// an '@' (before the query).
function prepare(url) {
  let start = 0;
  let end = url.length;
  while (start < end && isWhitespace(url.charCodeAt(start))) start++;
  while (end > start && isWhitespace(url.charCodeAt(end - 1))) end--;
  let rest = '';
  let last = start;
  let hasHash = false;
  let hasAt = false;
  let split = false;
  for (let i = start; i < end; i++) {
    const code = url.charCodeAt(i);
    if (split) {
      if (code === 0x23) {
        hasHash = true;
        break;
      }
      continue;
    }
    if (code === 0x40) {
      hasAt = true;
    } else if (code === 0x23) {
      hasHash = true;
      split = true;
      break;
    } else if (code === 0x3f) {
      split = true;
    } else if (code === 0x5c) {
      rest += `${url.slice(last, i)}/`;
      last = i + 1;
    }
  }
  rest += url.slice(last, end);
  return { rest, hasHash, hasAt };
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  let { rest, hasHash, hasAt } = prepare(url);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const simple = simplePathPattern.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? lazyQuerystring().parse(this.search.slice(1)) :
          this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = protocolPattern.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  // "//host/path" is a host only with a protocol, with slashesDenoteHost, or when it
  // carries credentials ("//user@host").
  let slashes;
  if (slashesDenoteHost || proto || hostPattern.test(rest)) {
    slashes = rest.charCodeAt(0) === 0x2f && rest.charCodeAt(1) === 0x2f;
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol.has(lowerProto) &&
      (slashes || (proto && !slashedProtocol.has(proto)))) {
    rest = this.parseAuthority(rest, url);
  }

  if (!unsafeProtocol.has(lowerProto)) rest = rest.replace(autoEscapePattern, (ch) => autoEscape.get(ch));

  let question = -1;
  let hash = -1;
  for (let i = 0; i < rest.length; i++) {
    const code = rest.charCodeAt(i);
    if (code === 0x23) {
      this.hash = rest.slice(i);
      hash = i;
      break;
    }
    if (code === 0x3f && question === -1) question = i;
  }
  if (question !== -1) {
    const end = hash === -1 ? rest.length : hash;
    this.search = rest.slice(question, end);
    this.query = rest.slice(question + 1, end);
    if (parseQueryString) this.query = lazyQuerystring().parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  const first = question !== -1 ? question : hash;
  if (first === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (first > 0) {
    this.pathname = rest.slice(0, first);
  }
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

let invalidPortWarned = false;

// Takes auth, host, port and hostname from the start of rest; returns what follows.
Url.prototype.parseAuthority = function parseAuthority(rest, url) {
  // The host ends at the first '/', '?' or '#'. Before that, characters that can never be
  // in a hostname end it too, unless an '@' follows (then they were part of the auth).
  let hostEnd = -1;
  let at = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length && hostEnd === -1; i++) {
    switch (rest.charCodeAt(i)) {
      case 0x20: case 0x22: case 0x25: case 0x27: case 0x3b:
      case 0x3c: case 0x3e: case 0x5c: case 0x5e: case 0x60: case 0x7b: case 0x7c: case 0x7d:
        if (nonHost === -1) nonHost = i;
        break;
      case 0x23: case 0x2f: case 0x3f:
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
        break;
      case 0x40:
        at = i;
        nonHost = -1;
        break;
    }
  }
  let start = 0;
  if (at !== -1) {
    // Tabs and newlines are dropped from the auth and the host, as the URL Standard does.
    this.auth = decodeURIComponent(rest.slice(0, at).replace(/[\t\n\r]/g, ''));
    start = at + 1;
  }
  if (nonHost === -1) {
    this.host = rest.slice(start);
    rest = '';
  } else {
    this.host = rest.slice(start, nonHost);
    rest = rest.slice(nonHost);
  }
  this.parseHost();
  if (typeof this.hostname !== 'string') this.hostname = '';

  let hostname = this.hostname;
  const ipv6 = hostname.charCodeAt(0) === 0x5b && hostname.charCodeAt(hostname.length - 1) === 0x5d;
  if (!ipv6) {
    // Characters that end a hostname here move, with what follows, into the path.
    for (let i = 0; i < hostname.length; i++) {
      const code = hostname.charCodeAt(i);
      if (code === 0x2f || code === 0x5c || code === 0x23 || code === 0x3f || code === 0x3a) {
        if (code === 0x3a && !invalidPortWarned && !process.noDeprecation) {
          invalidPortWarned = true;
          process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will ` +
            'throw an error.', 'DeprecationWarning', 'DEP0170');
        }
        this.hostname = hostname.slice(0, i);
        rest = `/${hostname.slice(i)}${rest}`;
        break;
      }
    }
  }
  hostname = this.hostname;
  this.hostname = hostname.length > hostnameMaxLen ? '' : hostname.toLowerCase();

  if (this.hostname !== '') {
    if (ipv6) {
      if (forbiddenHostCharsIpv6.test(this.hostname)) throw new codes.ERR_INVALID_URL(url);
    } else {
      this.hostname = toASCII(this.hostname);
      // An empty result, or one with characters the scan above removes, can only come
      // from the conversion: refuse it rather than guess.
      if (this.hostname === '' || forbiddenHostChars.test(this.hostname)) {
        throw new codes.ERR_INVALID_URL(url);
      }
    }
  }
  this.host = (this.hostname || '') + (this.port ? `:${this.port}` : '');
  if (ipv6) {
    this.hostname = this.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
};

// Punycode conversion of a legacy hostname (tabs and newlines dropped first, as the
// URL Standard does): ASCII ones only lowercase.
function toASCII(hostname) {
  if (/[\t\n\r]/.test(hostname)) hostname = hostname.replace(/[\t\n\r]/g, '');
  for (let i = 0; i < hostname.length; i++) {
    if (hostname.charCodeAt(i) > 0x7f || (hostname.startsWith('xn--', i) &&
        (i === 0 || hostname[i - 1] === '.'))) {
      return internal.toASCIIHost(hostname);
    }
  }
  return hostname.toLowerCase();
}

// Splits a trailing ":port" off this.host into this.port; the rest is the hostname.
Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = portPattern.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

// Characters left as they are in the auth of a formatted legacy URL.
const authSafe = /[A-Za-z0-9!'()*\-._~:]/;

function encodeAuth(auth) {
  let out = '';
  for (const ch of auth) {
    if (ch.length === 1 && authSafe.test(ch)) out += ch;
    else out += encodeURIComponent(ch.isWellFormed() ? ch : '\ufffd');
  }
  return out;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (isURL(urlObject)) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options !== undefined) {
      validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return formatWHATWG(urlObject, fragment, unicode, search, auth);
  }
  return Url.prototype.format.call(urlObject);
}

function formatWHATWG(url, fragment, unicode, search, auth) {
  const copy = new URL(url.href);
  if (!fragment) copy.hash = '';
  if (!search) copy.search = '';
  if (!auth) {
    copy.username = '';
    copy.password = '';
  }
  const href = copy.href;
  const hostname = copy.hostname;
  if (!unicode || hostname === '') return href;
  // The hostname follows "scheme://" and the userinfo, whose '@' is the first one there.
  let start = copy.protocol.length + 2;
  if (copy.username !== '' || copy.password !== '') start = href.indexOf('@', start) + 1;
  return href.slice(0, start) + internal.toUnicodeHost(hostname) +
    href.slice(start + hostname.length);
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeAuth(auth)}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const hostname = this.hostname;
    const bracket = hostname.includes(':') &&
      !(hostname[0] === '[' && hostname[hostname.length - 1] === ']');
    host = auth + (bracket ? `[${hostname}]` : hostname);
    if (this.port) host += `:${this.port}`;
  }
  if (this.query !== null && typeof this.query === 'object') {
    query = lazyQuerystring().stringify(this.query);
  }
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 0x3a) protocol += ':';

  if (pathname.includes('#') || pathname.includes('?')) {
    pathname = pathname.replaceAll('#', '%23').replaceAll('?', '%3F');
  }

  // Only the protocols that have them get '//', unless the URL had them.
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 0x2f) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }
  search = search.replaceAll('#', '%23');
  if (hash && hash.charCodeAt(0) !== 0x23) hash = `#${hash}`;
  if (search && search.charCodeAt(0) !== 0x3f) search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

// Copies the path and query fields that http.request reads into `path`.
function setPath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
}

// Moves "auth@" out of a host recovered from a path (mailto:a@b resolutions).
function splitAuthFromHost(result) {
  const host = result.host;
  if (host && host.indexOf('@') > 0) {
    const parts = host.split('@');
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const parsed = new Url();
    parsed.parse(relative, false, true);
    relative = parsed;
  }
  const result = new Url();
  for (const key of Object.keys(this)) result[key] = this[key];

  // The fragment always comes from the relative URL, even when it has none.
  result.hash = relative.hash;
  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // "//host/path" keeps only the protocol.
  if (relative.slashes && !relative.protocol) {
    for (const key of Object.keys(relative)) {
      if (key !== 'protocol') result[key] = relative[key];
    }
    if (slashedProtocol.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // Another protocol: the relative URL is absolute. For the protocols with hosts (but
    // file:), a path without host gives its first segment as the host.
    if (!slashedProtocol.has(relative.protocol)) {
      for (const key of Object.keys(relative)) result[key] = relative[key];
      result.href = result.format();
      return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) &&
        !hostlessProtocol.has(relative.protocol)) {
      const relPath = (relative.pathname || '').split('/');
      while (relPath.length && !(relative.host = relPath.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (relPath[0] !== '') relPath.unshift('');
      if (relPath.length < 2) relPath.unshift('');
      result.pathname = relPath.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) {
      result.path = (result.pathname || '') + (result.search || '');
    }
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  const isSourceAbs = Boolean(result.pathname && result.pathname.charAt(0) === '/');
  const isRelAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  // Protocols without '//' (mailto:, data:...) keep the host in the first path segment,
  // so that '..' can climb up to it.
  const noLeadingSlashes = result.protocol && !slashedProtocol.has(result.protocol);

  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // A relative path replaces the last segment of the source's.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query ('?x'): the source's path stays.
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      splitAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    result.href = result.format();
    return result;
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    result.href = result.format();
    return result;
  }

  // A path ending in '.' or '..' (below a host) or in '' keeps a trailing slash.
  let last = srcPath[srcPath.length - 1];
  const hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) &&
    (last === '.' || last === '..')) || last === '';

  // Remove '.' segments and '..' with the segment before; count those that climb past
  // the start.
  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) {
    srcPath.unshift('');
  }
  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');
  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    splitAuthFromHost(result);
  }
  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
};

module.exports = {
  // The legacy API.
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  // The WHATWG API.
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  fileURLToPathBuffer,
  urlToHttpOptions,
};

// URLPattern is not implemented yet.
require('internal/stub').stubMembers(module.exports, 'url', { classes: ['URLPattern'] });
