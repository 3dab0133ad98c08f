'use strict';
// The WHATWG URL and URLSearchParams classes, and the file URL helpers.
//
// Parsing is internal/url_parser: parse(input, base) returns the serialized URL, or null
// when the input is not a URL, and leaves the offsets of its components in `components`,
// which #setHref copies into the object. Every getter is then a slice of href. A setter
// sends href, the setter's number and the new value to update(), which reparses href, runs
// the URL Standard's setter steps and returns the new href (offsets again in components).
//
// A URL's searchParams object is made on first use. It holds its list as a flat array
// [name, value, name, value...] and writes its serialization back into the URL's query
// on every change; a URL whose query changes refreshes the list of its searchParams.

// internal/errors (with internal/stack, ~6M instructions) is loaded by the first error
// thrown.
const { codes } = require('internal/errors/lazy');
const { validateFunction, validateObject } = require('internal/validators');

const {
  components,
  C_PROTOCOL_END,
  C_USERNAME_START,
  C_USERNAME_END,
  C_PASSWORD_START,
  C_PASSWORD_END,
  C_HOST_START,
  C_HOST_END,
  C_PORT,
  C_PATH_START,
  C_SEARCH_START,
  C_HASH_START,
  C_SCHEME_TYPE,
  SCHEME_OTHER,
  SCHEME_FILE,
  SET_PROTOCOL,
  SET_USERNAME,
  SET_PASSWORD,
  SET_HOST,
  SET_HOSTNAME,
  SET_PORT,
  SET_PATHNAME,
  SET_SEARCH,
  SET_HASH,
  parse,
  canParse,
  update,
  domainToASCII: parserDomainToASCII,
  domainToUnicode: parserDomainToUnicode,
  toASCIIHost,
  toUnicodeHost,
  utf8Decode,
  hexValue,
  hexTable,
  percentEncodeUtf8,
  percentDecodeBytes,
} = require('internal/url_parser');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

function lazyInspect() {
  return require('internal/util/inspect').inspect;
}

// Converts to a string the way WebIDL's USVString does (lone surrogates become U+FFFD).
function toUSVString(value) {
  const s = `${value}`;
  return s.isWellFormed() ? s : s.toWellFormed();
}

// Functions with access to the private state of the other class, set in static blocks.
let setSearchFromParams; // (url, serialized query)
let initParamsFromURL; // (params, url, query)
let refreshParams; // (params, query)
let paramsList; // (params) => list

class URL {
  #href = '';
  #protocolEnd = 0;
  #usernameStart = 0;
  #usernameEnd = 0;
  #passwordStart = 0;
  #passwordEnd = 0;
  #hostStart = 0;
  #hostEnd = 0;
  #port = -1;
  #pathStart = 0;
  #searchStart = -1;
  #hashStart = -1;
  #schemeType = 0;
  #searchParams = null;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const href = parse(input, base);
    if (href === null) throw new codes.ERR_INVALID_URL(input, base);
    this.#setHref(href);
  }

  static {
    setSearchFromParams = (url, query) => {
      url.#setHref(update(url.#href, SET_SEARCH, query));
    };
  }

  #setHref(href) {
    const c = components;
    this.#href = href;
    this.#protocolEnd = c[C_PROTOCOL_END];
    this.#usernameStart = c[C_USERNAME_START];
    this.#usernameEnd = c[C_USERNAME_END];
    this.#passwordStart = c[C_PASSWORD_START];
    this.#passwordEnd = c[C_PASSWORD_END];
    this.#hostStart = c[C_HOST_START];
    this.#hostEnd = c[C_HOST_END];
    this.#port = c[C_PORT];
    this.#pathStart = c[C_PATH_START];
    this.#searchStart = c[C_SEARCH_START];
    this.#hashStart = c[C_HASH_START];
    this.#schemeType = c[C_SCHEME_TYPE];
  }

  // Runs setter `action` with `value` and refreshes searchParams if the query may change.
  #update(action, value) {
    const href = update(this.#href, action, toUSVString(value));
    if (href === null) return;
    this.#setHref(href);
    if (this.#searchParams !== null && (action === SET_SEARCH || action === SET_PROTOCOL)) {
      refreshParams(this.#searchParams, this.#rawQuery());
    }
  }

  // The query without its '?', or '' when there is none.
  #rawQuery() {
    if (this.#searchStart === -1) return '';
    const end = this.#hashStart === -1 ? this.#href.length : this.#hashStart;
    return this.#href.slice(this.#searchStart + 1, end);
  }

  // Node reads its private state directly, so a foreign receiver gets the engine's plain
  // TypeError (no code); the message is V8's.
  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#href in self)) {
      throw new TypeError('Receiver must be an instance of class URL');
    }
  }

  [customInspect](depth, options) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = Object.getPrototypeOf(this)?.constructor ?? URL;
    const obj = { __proto__: { constructor } };
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    return `${constructor.name} ${lazyInspect()(obj, options)}`;
  }

  toString() {
    URL.#check(this);
    return this.#href;
  }

  get href() {
    URL.#check(this);
    return this.#href;
  }

  set href(value) {
    URL.#check(this);
    value = toUSVString(value);
    const href = parse(value, undefined);
    if (href === null) throw new codes.ERR_INVALID_URL(value);
    this.#setHref(href);
    if (this.#searchParams !== null) refreshParams(this.#searchParams, this.#rawQuery());
  }

  get origin() {
    URL.#check(this);
    const type = this.#schemeType;
    if (type !== SCHEME_OTHER && type !== SCHEME_FILE) {
      return `${this.#href.slice(0, this.#protocolEnd)}//${this.#hostPort()}`;
    }
    if (type === SCHEME_OTHER && this.#href.startsWith('blob:')) {
      const inner = URL.parse(this.pathname);
      if (inner !== null && (inner.protocol === 'http:' || inner.protocol === 'https:')) {
        return inner.origin;
      }
    }
    return 'null';
  }

  #hostPort() {
    return this.#href.slice(this.#hostStart, this.#port === -1 ? this.#hostEnd : this.#pathStart);
  }

  get protocol() {
    URL.#check(this);
    return this.#href.slice(0, this.#protocolEnd);
  }

  set protocol(value) {
    URL.#check(this);
    this.#update(SET_PROTOCOL, value);
  }

  get username() {
    URL.#check(this);
    return this.#href.slice(this.#usernameStart, this.#usernameEnd);
  }

  set username(value) {
    URL.#check(this);
    this.#update(SET_USERNAME, value);
  }

  get password() {
    URL.#check(this);
    return this.#href.slice(this.#passwordStart, this.#passwordEnd);
  }

  set password(value) {
    URL.#check(this);
    this.#update(SET_PASSWORD, value);
  }

  get host() {
    URL.#check(this);
    return this.#hostPort();
  }

  set host(value) {
    URL.#check(this);
    this.#update(SET_HOST, value);
  }

  get hostname() {
    URL.#check(this);
    return this.#href.slice(this.#hostStart, this.#hostEnd);
  }

  set hostname(value) {
    URL.#check(this);
    this.#update(SET_HOSTNAME, value);
  }

  get port() {
    URL.#check(this);
    return this.#port === -1 ? '' : `${this.#port}`;
  }

  set port(value) {
    URL.#check(this);
    this.#update(SET_PORT, value);
  }

  get pathname() {
    URL.#check(this);
    let end = this.#searchStart;
    if (end === -1) end = this.#hashStart;
    if (end === -1) end = this.#href.length;
    return this.#href.slice(this.#pathStart, end);
  }

  set pathname(value) {
    URL.#check(this);
    this.#update(SET_PATHNAME, value);
  }

  get search() {
    URL.#check(this);
    const start = this.#searchStart;
    if (start === -1) return '';
    const end = this.#hashStart === -1 ? this.#href.length : this.#hashStart;
    return end - start <= 1 ? '' : this.#href.slice(start, end);
  }

  set search(value) {
    URL.#check(this);
    this.#update(SET_SEARCH, value);
  }

  get searchParams() {
    URL.#check(this);
    if (this.#searchParams === null) {
      const params = new URLSearchParams();
      initParamsFromURL(params, this, this.#rawQuery());
      this.#searchParams = params;
    }
    return this.#searchParams;
  }

  get hash() {
    URL.#check(this);
    const start = this.#hashStart;
    if (start === -1 || this.#href.length - start <= 1) return '';
    return this.#href.slice(start);
  }

  set hash(value) {
    URL.#check(this);
    this.#update(SET_HASH, value);
  }

  toJSON() {
    URL.#check(this);
    return this.#href;
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('url');
    url = `${url}`;
    return canParse(url, base === undefined ? undefined : `${base}`);
  }

  static parse(url, base = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('url');
    url = `${url}`;
    if (base !== undefined) base = `${base}`;
    if (!canParse(url, base)) return null;
    return new URL(url, base);
  }

  static createObjectURL(obj) {
    const blob = lazyBlob();
    if (blob === null) throw new codes.ERR_NOT_IMPLEMENTED('URL.createObjectURL');
    if (!blob.isBlob(obj)) throw new codes.ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
    return blob.createBlobURL(obj);
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('url');
    const blob = lazyBlob();
    if (blob === null) throw new codes.ERR_NOT_IMPLEMENTED('URL.revokeObjectURL');
    blob.revokeBlobURL(`${url}`);
  }
}

// The blob: URL registry lives in internal/blob (with Blob, in node:buffer).
function lazyBlob() {
  let mod;
  try {
    mod = require('internal/blob');
  } catch {
    return null;
  }
  return typeof mod.createBlobURL === 'function' ? mod : null;
}

// Node's URL accessors and methods are enumerable.
for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host',
  'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  Object.defineProperty(URL.prototype, name, { enumerable: true });
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
for (const name of ['canParse', 'parse', 'createObjectURL', 'revokeObjectURL']) {
  Object.defineProperty(URL, name, { enumerable: true });
}

// ---- application/x-www-form-urlencoded ----

// 1 for the ASCII characters the form serializer leaves as they are (space becomes '+').
const formSafe = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-._') {
  formSafe[ch.charCodeAt(0)] = 1;
}

// Serializes one name or value (a well-formed string).
function formEncode(s) {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80 && formSafe[c] === 1) continue;
    if (i > last) out += s.slice(last, i);
    if (c === 0x20) {
      out += '+';
    } else if (c < 0x80) {
      out += hexTable[c];
    } else {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        c = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
      }
      out += percentEncodeUtf8(c);
    }
    last = i + 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

function serializeParams(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i > 0) out += '&';
    out += `${formEncode(list[i])}=${formEncode(list[i + 1])}`;
  }
  return out;
}

// Percent-decodes s (with '+' already replaced) and decodes the bytes as UTF-8.
function percentDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    // A '%' without two hex digits, or bytes that are not UTF-8: decode byte by byte.
  }
  return utf8Decode(percentDecodeBytes(s));
}

function decodeFormPart(s) {
  if (s.indexOf('+') !== -1) s = s.replaceAll('+', ' ');
  return s.indexOf('%') === -1 ? s : percentDecode(s);
}

// decodeFormPart(s.slice(start, end)), decoding '+' and ASCII escapes in place: only
// escaped UTF-8 goes through the general decoder.
function decodeFormRange(s, start, end) {
  let out = '';
  let last = start;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2b) {
      out += `${s.slice(last, i)} `;
      last = i + 1;
    } else if (c === 0x25 && i + 2 < end) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hexValue(s.charCodeAt(i + 2));
      if (hi < 0 || lo < 0) continue;
      if (hi >= 8) return decodeFormPart(s.slice(start, end));
      out += s.slice(last, i) + String.fromCharCode(hi * 16 + lo);
      i += 2;
      last = i + 1;
    }
  }
  return last === start ? s.slice(start, end) : out + s.slice(last, end);
}

// Parses a query (without '?') into list, a flat array. One scan finds each pair's '=' and
// '&' and whether its name or value needs decoding; parts that do not are plain slices.
function parseParams(input, list) {
  const length = input.length;
  let start = 0;
  while (start < length) {
    let eq = -1;
    let encodedName = false;
    let encodedValue = false;
    let i = start;
    for (; i < length; i++) {
      const c = input.charCodeAt(i);
      if (c === 0x26) break;
      if (c === 0x3d) {
        if (eq === -1) eq = i;
      } else if (c === 0x2b || c === 0x25) {
        if (eq === -1) encodedName = true;
        else encodedValue = true;
      }
    }
    if (i > start) {
      const nameEnd = eq === -1 ? i : eq;
      let value = '';
      if (eq !== -1) {
        value = encodedValue ? decodeFormRange(input, eq + 1, i) : input.slice(eq + 1, i);
      }
      list.push(encodedName ? decodeFormRange(input, start, nameEnd) : input.slice(start, nameEnd),
        value);
    }
    start = i + 1;
  }
  return list;
}

// ---- URLSearchParams ----

const kIteratorKinds = ['key', 'value', 'key+value'];

class URLSearchParams {
  #list = [];
  #url = null;

  constructor(init = undefined) {
    if (init === undefined || init === null) {
      if (init === null) parseParams('null', this.#list);
      return;
    }
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw new codes.ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new codes.ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const entry = [...pair];
          if (entry.length !== 2) {
            throw new codes.ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          this.#list.push(toUSVString(entry[0]), toUSVString(entry[1]));
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const name = toUSVString(key);
          const value = toUSVString(init[key]);
          // A record keeps one entry per key: a later duplicate (only possible after the
          // conversion of lone surrogates) replaces the value.
          let found = false;
          for (let i = 0; i < this.#list.length; i += 2) {
            if (this.#list[i] === name) {
              this.#list[i + 1] = value;
              found = true;
              break;
            }
          }
          if (!found) this.#list.push(name, value);
        }
      }
      return;
    }
    init = toUSVString(init);
    parseParams(init.charCodeAt(0) === 0x3f ? init.slice(1) : init, this.#list);
  }

  static {
    initParamsFromURL = (params, url, query) => {
      params.#url = url;
      params.#list = parseParams(query, []);
    };
    refreshParams = (params, query) => {
      params.#list = parseParams(query, []);
    };
    paramsList = (params) => params.#list;
  }

  static #check(self) {
    if (self == null || !(#list in self)) throw new codes.ERR_INVALID_THIS('URLSearchParams');
  }

  #changed() {
    if (this.#url !== null) setSearchFromParams(this.#url, serializeParams(this.#list));
  }

  [customInspect](depth, options) {
    URLSearchParams.#check(this);
    if (typeof depth === 'number' && depth < 0) {
      return options.stylize('[Object]', 'special');
    }
    const inspect = lazyInspect();
    const inner = { ...options };
    if (depth !== null && depth !== undefined) inner.depth = depth - 1;
    const parts = [];
    for (let i = 0; i < this.#list.length; i += 2) {
      parts.push(`${inspect(this.#list[i], inner)} => ${inspect(this.#list[i + 1], inner)}`);
    }
    const name = Object.getPrototypeOf(this)?.constructor?.name ?? 'URLSearchParams';
    return formatEntries(name, parts, options);
  }

  get size() {
    URLSearchParams.#check(this);
    return this.#list.length / 2;
  }

  append(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#changed();
  }

  delete(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    this.#changed();
  }

  get(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    const values = [];
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) values.push(list[i + 1]);
    }
    return values;
  }

  has(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    const list = this.#list;
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] !== name) {
        i += 2;
      } else if (!found) {
        list[i + 1] = value;
        found = true;
        i += 2;
      } else {
        list.splice(i, 2);
      }
    }
    if (!found) list.push(name, value);
    this.#changed();
  }

  sort() {
    URLSearchParams.#check(this);
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Array.prototype.sort is stable; names compare by UTF-16 code units.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (let i = 0; i < pairs.length; i++) {
      list[2 * i] = pairs[i][0];
      list[2 * i + 1] = pairs[i][1];
    }
    this.#changed();
  }

  entries() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this, 2);
  }

  keys() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this, 0);
  }

  values() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this, 1);
  }

  forEach(callback, thisArg = undefined) {
    URLSearchParams.#check(this);
    validateFunction(callback, 'callback');
    // The list may change while iterating: read it afresh each time.
    for (let i = 0; i < this.#list.length; i += 2) {
      callback.call(thisArg, this.#list[i + 1], this.#list[i], this);
    }
  }

  toString() {
    URLSearchParams.#check(this);
    return serializeParams(this.#list);
  }
}

URLSearchParams.prototype[Symbol.iterator] = URLSearchParams.prototype.entries;
for (const name of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'size', 'sort',
  'entries', 'forEach', 'keys', 'values', 'toString']) {
  Object.defineProperty(URLSearchParams.prototype, name, { enumerable: true });
}
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, { enumerable: false });
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams', configurable: true,
});

// Formats `Name { a, b }`, breaking lines like util.inspect when the entries are long.
// Node counts the name against the line for iterators, not for URLSearchParams itself.
function formatEntries(name, parts, options, countName = false) {
  if (parts.length === 0) return `${name} {}`;
  const plain = (s) => s.replace(/\u001b\[\d\d?m/g, '');
  let length = countName ? name.length + 1 : -2;
  for (const part of parts) length += plain(part).length + 2;
  const breakLength = options?.breakLength ?? 80;
  if (length > breakLength) return `${name} {\n  ${parts.join(',\n  ')} }`;
  return `${name} { ${parts.join(', ')} }`;
}

class URLSearchParamsIterator {
  #params;
  #kind;
  #index = 0;

  constructor(params, kind) {
    this.#params = params;
    this.#kind = kind;
  }

  next() {
    if (this === null || typeof this !== 'object' || !(#params in this)) {
      throw new codes.ERR_INVALID_THIS('URLSearchParamsIterator');
    }
    const list = paramsList(this.#params);
    const i = this.#index;
    if (i >= list.length) return { value: undefined, done: true };
    this.#index = i + 2;
    const kind = this.#kind;
    const value = kind === 0 ? list[i] : kind === 1 ? list[i + 1] : [list[i], list[i + 1]];
    return { value, done: false };
  }

  [customInspect](depth, options) {
    if (this === null || typeof this !== 'object' || !(#params in this)) {
      throw new codes.ERR_INVALID_THIS('URLSearchParamsIterator');
    }
    if (typeof depth === 'number' && depth < 0) {
      return options.stylize('[Object]', 'special');
    }
    const inspect = lazyInspect();
    const inner = { ...options };
    if (depth !== null && depth !== undefined) inner.depth = depth - 1;
    const list = paramsList(this.#params);
    const parts = [];
    for (let i = this.#index; i < list.length; i += 2) {
      const kind = this.#kind;
      const value = kind === 0 ? list[i] : kind === 1 ? list[i + 1] : [list[i], list[i + 1]];
      parts.push(inspect(value, inner));
    }
    return formatEntries('URLSearchParams Iterator', parts, options, true);
  }
}

const iteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
Object.setPrototypeOf(URLSearchParamsIterator.prototype, iteratorPrototype);
Object.defineProperty(URLSearchParamsIterator.prototype, 'next', { enumerable: true });
Object.defineProperty(URLSearchParamsIterator.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams Iterator', configurable: true,
});
void kIteratorKinds;

// ---- Helpers for other modules ----

// Whether self looks like a WHATWG URL (Node accepts URL-like objects: an href and a
// protocol, and none of the legacy Url's auth or path).
function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('domain');
  return parserDomainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('domain');
  return parserDomainToUnicode(`${domain}`);
}

// ---- File URLs ----

function fileURLToPath(path, options = undefined) {
  const windows = options?.windows ?? false;
  if (typeof path === 'string') {
    path = new URL(path);
  } else if (!isURL(path)) {
    throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  }
  if (path.protocol !== 'file:') throw new codes.ERR_INVALID_URL_SCHEME('file');
  return windows ? windowsPathFromURL(path) : posixPathFromURL(path);
}

function posixPathFromURL(url) {
  if (url.hostname !== '') throw new codes.ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  for (let i = 0; i + 2 < pathname.length; i++) {
    if (pathname[i] === '%' && pathname[i + 1] === '2' && (pathname[i + 2] === 'f' ||
        pathname[i + 2] === 'F')) {
      throw new codes.ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
    }
  }
  return decodePathname(pathname);
}

// decodeURIComponent, failing with V8's message as in Node.
function decodePathname(pathname) {
  try {
    return decodeURIComponent(pathname);
  } catch {
    throw new URIError('URI malformed');
  }
}

function windowsPathFromURL(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  for (let i = 0; i + 2 < pathname.length; i++) {
    if (pathname[i] !== '%') continue;
    const third = pathname[i + 2].toLowerCase();
    if ((pathname[i + 1] === '2' && third === 'f') || (pathname[i + 1] === '5' && third === 'c')) {
      throw new codes.ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
    }
  }
  pathname = decodePathname(pathname.replaceAll('/', '\\'));
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = pathname.charCodeAt(1) | 0x20;
  if (letter < 0x61 || letter > 0x7a || pathname[2] !== ':') {
    throw new codes.ERR_INVALID_FILE_URL_PATH('must be absolute');
  }
  return pathname.slice(1);
}

// fileURLToPathBuffer: the path's bytes, for paths that are not valid UTF-8.
function fileURLToPathBuffer(url, options = undefined) {
  const { Buffer } = require('buffer');
  if (typeof Buffer?.from !== 'function') {
    throw new codes.ERR_NOT_IMPLEMENTED('url.fileURLToPathBuffer');
  }
  const windows = options?.windows ?? false;
  if (typeof url === 'string') {
    url = new URL(url);
  } else if (!isURL(url)) {
    throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], url);
  }
  if (url.protocol !== 'file:') throw new codes.ERR_INVALID_URL_SCHEME('file');
  // As fileURLToPath, but every escape decodes to its byte, an encoded separator included
  // (Node checks only the host, and on Windows that the path is absolute).
  let pathname = url.pathname;
  if (windows) {
    pathname = pathname.replaceAll('/', '\\');
    if (url.hostname !== '') {
      pathname = `\\\\${domainToUnicode(url.hostname)}${pathname}`;
    } else {
      const letter = pathname.charCodeAt(1) | 0x20;
      if (letter < 0x61 || letter > 0x7a || pathname[2] !== ':') {
        throw new codes.ERR_INVALID_FILE_URL_PATH('must be absolute');
      }
      pathname = pathname.slice(1);
    }
  } else if (url.hostname !== '') {
    throw new codes.ERR_INVALID_FILE_URL_HOST(process.platform);
  }
  return Buffer.from(percentDecodeBytes(pathname));
}

// Characters pathToFileURL escapes before parsing, as Node does: '%' (it would start an
// escape), those the parser would strip (NUL, tab, newlines, a trailing space) or read as a
// delimiter, and a few more Node escapes ('[', ']', '^', '|', '~'). Windows paths keep
// their backslashes, which become separators.
const pathEscapeTest = /[\0\t\n\r #%?[\\\]^|~]/;
const pathEscapes = /[\0\t\n\r #%?[\\\]^|~]/g;
const windowsPathEscapes = /[\0\t\n\r #%?[\]^|~]/g;

function escapePathChar(ch) {
  const code = ch.charCodeAt(0);
  return `%${code < 16 ? '0' : ''}${code.toString(16).toUpperCase()}`;
}

function encodePathChars(path, windows) {
  if (!pathEscapeTest.test(path)) return path;
  return path.replace(windows ? windowsPathEscapes : pathEscapes, escapePathChar);
}

function pathToFileURL(filepath, options) {
  const windows = options?.windows ?? false;
  const pathModule = require('path');
  if (windows && filepath.startsWith('\\\\')) {
    // A UNC path \\server\share\file: the server is the URL's host.
    const url = new URL('file://');
    const rest = filepath.slice(2);
    const slash = rest.indexOf('\\');
    if (slash === -1) {
      throw new codes.ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    }
    if (slash === 0) {
      throw new codes.ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    }
    url.hostname = rest.slice(0, slash);
    url.pathname = encodePathChars(rest.slice(slash).replaceAll('\\', '/'), true);
    return url;
  }
  if (typeof filepath !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  }
  let resolved = windows ? pathModule.win32.resolve(filepath) : pathModule.posix.resolve(filepath);
  // resolve() drops a trailing separator: keep it. (Node compares with this platform's
  // separator even for Windows paths, so 'C:\\' becomes file:///C://; so does Lode.)
  const last = filepath.charCodeAt(filepath.length - 1);
  if ((last === 0x2f || (windows && last === 0x5c)) && resolved[resolved.length - 1] !== '/') {
    resolved += '/';
  }
  if (windows) resolved = resolved.replaceAll('\\', '/');
  resolved = encodePathChars(resolved, windows);
  return new URL(`file://${windows && resolved[0] !== '/' ? '/' : ''}${resolved}`);
}

// Path from a file: URL (or the value itself): what fs functions accept as a path.
function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

// The options object http.request builds from a URL.
function urlToHttpOptions(url) {
  validateObject(url, 'url', { allowArray: true, allowFunction: true });
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: typeof hostname === 'string' && hostname.startsWith('[') ?
      hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

module.exports = {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  fileURLToPathBuffer,
  pathToFileURL,
  toPathIfFileURL,
  urlToHttpOptions,
  isURL,
  toUSVString,
  unsafeProtocol: new Set(['javascript', 'javascript:']),
  hostlessProtocol: new Set(['javascript', 'javascript:']),
  slashedProtocol: new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher',
    'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']),
  toUnicodeHost,
  toASCIIHost,
};
