'use strict';
// Headers (the Fetch standard's header list behind a guard), as Node's global exposes it.
//
// The list is a Map from the lower-cased name to { name, value, cookies }: `name` keeps
// the case it was first given, `value` is the combined value ("a, b") that get() returns,
// and `cookies` keeps each Set-Cookie value apart for getSetCookie() and iteration.
// Iteration is over the "sort and combine" view (names lower-cased and sorted, one
// entry per Set-Cookie value), computed on demand and cached until the next change.
// Guards: 'none', 'request', 'response', 'immutable' (Node enforces no forbidden names, so
// only 'immutable' refuses changes).

const {
  checkArgCount, customInspect, illegalInvocation, makeIteratorClass, toByteString, webidlClass,
} = require('internal/fetch/util');

const kTokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const kInvalidValueRe = /[\0\r\n]/;
const kEdgeWhitespaceRe = /^[\t\n\r ]+|[\t\n\r ]+$/g;

function isWhitespace(code) {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

// Strips leading and trailing HTTP whitespace.
function normalizeValue(value) {
  const length = value.length;
  if (length === 0 || (!isWhitespace(value.charCodeAt(0)) &&
      !isWhitespace(value.charCodeAt(length - 1)))) {
    return value;
  }
  return value.replace(kEdgeWhitespaceRe, '');
}

function validName(name, context) {
  if (!kTokenRe.test(name)) throw new TypeError(`${context}: "${name}" is an invalid header name.`);
  return name;
}

function validValue(value, context) {
  if (kInvalidValueRe.test(value)) {
    throw new TypeError(`${context}: "${value}" is an invalid header value.`);
  }
  return value;
}

// Private-field access for the functions below (set by the class's static block).
let internals;

class Headers {
  #list = new Map();
  #guard = 'none';
  #sorted = null;

  constructor(init = undefined) {
    if (init !== undefined) fill(this, init, 'Headers constructor');
  }

  append(name, value) {
    if (!(#list in this)) throw illegalInvocation();
    checkArgCount(arguments.length, 2, 'Headers.append');
    appendChecked(this, name, value, 'Headers.append');
  }

  delete(name) {
    if (!(#list in this)) throw illegalInvocation();
    checkArgCount(arguments.length, 1, 'Headers.delete');
    name = validName(toByteString(name), 'Headers.delete');
    if (this.#guard === 'immutable') throw new TypeError('immutable');
    if (this.#list.delete(name.toLowerCase())) this.#sorted = null;
  }

  get(name) {
    if (!(#list in this)) throw illegalInvocation();
    checkArgCount(arguments.length, 1, 'Headers.get');
    name = validName(toByteString(name), 'Headers.get');
    const entry = this.#list.get(name.toLowerCase());
    return entry === undefined ? null : entry.value;
  }

  has(name) {
    if (!(#list in this)) throw illegalInvocation();
    checkArgCount(arguments.length, 1, 'Headers.has');
    name = validName(toByteString(name), 'Headers.has');
    return this.#list.has(name.toLowerCase());
  }

  set(name, value) {
    if (!(#list in this)) throw illegalInvocation();
    checkArgCount(arguments.length, 2, 'Headers.set');
    name = validName(toByteString(name), 'Headers.set');
    value = validValue(normalizeValue(toByteString(value)), 'Headers.set');
    if (this.#guard === 'immutable') throw new TypeError('immutable');
    const key = name.toLowerCase();
    this.#list.set(key, { name, value, cookies: key === 'set-cookie' ? [value] : null });
    this.#sorted = null;
  }

  getSetCookie() {
    if (!(#list in this)) throw illegalInvocation();
    const entry = this.#list.get('set-cookie');
    return entry === undefined ? [] : entry.cookies.slice();
  }

  keys() {
    if (!(#list in this)) throw illegalInvocation();
    return createIterator(this, 'key');
  }

  values() {
    if (!(#list in this)) throw illegalInvocation();
    return createIterator(this, 'value');
  }

  entries() {
    if (!(#list in this)) throw illegalInvocation();
    return createIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    if (!(#list in this)) throw illegalInvocation();
    checkArgCount(arguments.length, 1, 'Headers.forEach');
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': " +
        "parameter 1 is not of type 'Function'.");
    }
    const entries = sortedEntries(this);
    for (let i = 0; i < entries.length; i++) {
      Reflect.apply(callback, thisArg, [entries[i][1], entries[i][0], this]);
      // The list may change under the callback: follow the live view.
      if (this.#sorted !== entries) return forEachRest(this, callback, thisArg, i + 1);
    }
  }

  [customInspect](depth, options, inspect) {
    const shown = {};
    for (const entry of this.#list.values()) shown[entry.name] = entry.value;
    return `Headers ${inspect(shown, options)}`;
  }

  static {
    // Internal operations, reached through the functions below.
    internals = {
      list: (h) => h.#list,
      guard: (h) => h.#guard,
      setGuard: (h, guard) => { h.#guard = guard; },
      changed: (h) => { h.#sorted = null; },
      sorted: (h) => h.#sorted,
      setSorted: (h, sorted) => { h.#sorted = sorted; },
      has: (h) => #list in h,
    };
  }
}

function forEachRest(headers, callback, thisArg, index) {
  for (;;) {
    const entries = sortedEntries(headers);
    if (index >= entries.length) return;
    const entry = entries[index++];
    Reflect.apply(callback, thisArg, [entry[1], entry[0], headers]);
  }
}

// Appends after converting and validating, as Headers.append does.
function appendChecked(headers, name, value, context) {
  name = validName(toByteString(name), context);
  value = validValue(normalizeValue(toByteString(value)), context);
  if (internals.guard(headers) === 'immutable') throw new TypeError('immutable');
  appendTrusted(headers, name, value);
}

// Appends a name and value already known to be valid (a parsed response's headers).
function appendTrusted(headers, name, value) {
  const list = internals.list(headers);
  const key = name.toLowerCase();
  const entry = list.get(key);
  if (entry === undefined) {
    list.set(key, { name, value, cookies: key === 'set-cookie' ? [value] : null });
  } else {
    entry.value = `${entry.value}, ${value}`;
    if (entry.cookies !== null) entry.cookies.push(value);
  }
  internals.changed(headers);
}

// The sorted and combined view: [lower-cased name, value] pairs.
function sortedEntries(headers) {
  let sorted = internals.sorted(headers);
  if (sorted !== null) return sorted;
  const list = internals.list(headers);
  const keys = [...list.keys()].sort();
  sorted = [];
  for (const key of keys) {
    const entry = list.get(key);
    if (entry.cookies !== null) {
      for (const cookie of entry.cookies) sorted.push([key, cookie]);
    } else {
      sorted.push([key, entry.value]);
    }
  }
  internals.setSorted(headers, sorted);
  return sorted;
}

const createIterator = makeIteratorClass('Headers', sortedEntries);

// Fills `headers` from a HeadersInit: another Headers, a sequence of pairs or a record.
function fill(headers, init, context) {
  if (init !== null && typeof init === 'object' && internals.has(init)) {
    for (const entry of internals.list(init).values()) {
      if (entry.cookies !== null) {
        for (const cookie of entry.cookies) appendTrusted(headers, entry.name, cookie);
      } else {
        appendTrusted(headers, entry.name, entry.value);
      }
    }
    return;
  }
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
    throw new TypeError(`${context}: Argument 1 could not be converted to one of: ` +
      'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  const iteratorMethod = init[Symbol.iterator];
  if (iteratorMethod !== undefined && iteratorMethod !== null) {
    if (typeof iteratorMethod !== 'function') {
      throw new TypeError(`${context}: Argument 1 could not be converted to one of: ` +
        'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
    }
    for (const pair of Reflect.apply(iteratorMethod, init, [])) {
      if (pair === null || typeof pair !== 'object' ||
          typeof pair[Symbol.iterator] !== 'function') {
        throw new TypeError(`${context}: Argument 1 could not be converted to one of: ` +
          'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
      }
      const items = Array.isArray(pair) ? pair : [...pair];
      if (items.length !== 2) {
        throw new TypeError(`${context}: expected name/value pair to be length 2, ` +
          `found ${items.length}.`);
      }
      appendChecked(headers, items[0], items[1], 'Headers.append');
    }
    return;
  }
  for (const key of Reflect.ownKeys(init)) {
    const desc = Reflect.getOwnPropertyDescriptor(init, key);
    if (desc === undefined || !desc.enumerable) continue;
    if (typeof key === 'symbol') {
      throw new TypeError(`${context}: Key ${key.toString()} in init is a symbol, ` +
        'which cannot be converted to a ByteString.');
    }
    appendChecked(headers, key, init[key], 'Headers.append');
  }
}

// A new Headers with `guard`, filled from `init` when it is not undefined.
function createHeaders(init, guard = 'none', context = 'Headers constructor') {
  const headers = new Headers();
  if (init !== undefined) fill(headers, init, context);
  internals.setGuard(headers, guard);
  return headers;
}

// A copy of `headers` (same guard unless `guard` is given).
function copyHeaders(headers, guard) {
  const copy = new Headers();
  const from = internals.list(headers);
  const to = internals.list(copy);
  for (const [key, entry] of from) {
    to.set(key, { name: entry.name, value: entry.value,
      cookies: entry.cookies === null ? null : entry.cookies.slice() });
  }
  internals.setGuard(copy, guard ?? internals.guard(headers));
  return copy;
}

// The combined value of lower-cased `key`, or null.
function getHeader(headers, key) {
  const entry = internals.list(headers).get(key);
  return entry === undefined ? null : entry.value;
}

function setHeaderTrusted(headers, name, value) {
  const key = name.toLowerCase();
  internals.list(headers).set(key, { name, value, cookies: key === 'set-cookie' ? [value] : null });
  internals.changed(headers);
}

function deleteHeader(headers, key) {
  if (internals.list(headers).delete(key)) internals.changed(headers);
}

// The list as flat [name, value, ...] pairs for an HTTP request (one pair per
// Set-Cookie value, the rest combined).
function headersToFlatArray(headers) {
  const out = [];
  for (const entry of internals.list(headers).values()) {
    if (entry.cookies !== null) {
      for (const cookie of entry.cookies) out.push(entry.name, cookie);
    } else {
      out.push(entry.name, entry.value);
    }
  }
  return out;
}

webidlClass(Headers, 'Headers');
Object.defineProperty(Headers.prototype, Symbol.iterator, {
  value: Headers.prototype.entries, writable: true, configurable: true,
});

module.exports = {
  Headers,
  appendTrusted,
  copyHeaders,
  createHeaders,
  deleteHeader,
  getHeader,
  headersToFlatArray,
  setHeaderTrusted,
  setGuard: (headers, guard) => internals.setGuard(headers, guard),
};
