'use strict';
// Small WebIDL-style helpers shared by the fetch classes (Headers, Request, Response,
// FormData, fetch): argument counts, enumerations, ByteString conversion, the brand
// check, UTF-8 decoding of bodies. Messages follow the shape Node's fetch (undici) gives.

const customInspect = Symbol.for('nodejs.util.inspect.custom');

// TypeError unless at least `required` arguments were passed to `context`
// ('Headers.append').
function checkArgCount(count, required, context) {
  if (count >= required) return;
  const noun = required === 1 ? 'argument' : 'arguments';
  const found = count === 0 ? '0 found' : `only ${count} found`;
  throw new TypeError(`${context}: ${required} ${noun} required, but ${found}.`);
}

// Node's brand-check error for a method called on the wrong object.
function illegalInvocation() {
  const err = new TypeError('Illegal invocation');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

// ToString, then a TypeError if a code unit is above 0xFF (WebIDL ByteString).
function toByteString(value) {
  if (typeof value === 'symbol') {
    throw new TypeError('Cannot convert a Symbol value to a string');
  }
  const string = `${value}`;
  // Fast path: most header names and values are plain ASCII.
  if (/^[\x00-\xff]*$/.test(string)) return string;
  for (let i = 0; i < string.length; i++) {
    const code = string.charCodeAt(i);
    if (code > 255) {
      throw new TypeError('Cannot convert argument to a ByteString because the character at ' +
        `index ${i} has a value of ${code} which is greater than 255.`);
    }
  }
  return string;
}

// ToString with lone surrogates replaced by U+FFFD (WebIDL USVString).
function toUSVString(value) {
  if (typeof value === 'symbol') {
    throw new TypeError('Cannot convert a Symbol value to a string');
  }
  const string = `${value}`;
  return string.isWellFormed() ? string : string.toWellFormed();
}

// Checks that `value` (converted to a string) is one of `allowed`.
function toEnum(value, allowed, context) {
  const string = `${value}`;
  if (!allowed.includes(string)) {
    throw new TypeError(`${context}: ${string} is not an accepted type. ` +
      `Expected one of ${allowed.join(', ')}.`);
  }
  return string;
}

// A dictionary argument: undefined and null are empty, other non-objects a TypeError.
function toDictionary(value, context) {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' && typeof value !== 'function') {
    throw new TypeError(`${context}: Expected ${typeof value === 'string' ? `"${value}"` :
      String(value)} to be one of: Null, Undefined, Object.`);
  }
  return value;
}

let bufferFrom;
// UTF-8 decodes `bytes` (a Uint8Array), dropping a leading byte order mark, as the Fetch
// standard's "UTF-8 decode" does.
function utf8DecodeBytes(bytes) {
  bufferFrom ??= require('buffer').Buffer.from;
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  return bufferFrom(bytes.buffer, bytes.byteOffset + start, bytes.length - start).toString('utf8');
}

// Makes `proto`'s own accessors and methods enumerable (WebIDL members are) and sets the
// class's toStringTag.
function webidlClass(cls, tag) {
  const proto = cls.prototype;
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key === 'constructor') continue;
    Object.defineProperty(proto, key, { enumerable: true });
  }
  Object.defineProperty(proto, Symbol.toStringTag, { value: tag, configurable: true });
}

// The prototype of iterators made by `makeIterator`: `next` reads entry `index` of the
// live list `list(target)` and maps it with `kind`. Named `<name> Iterator` as in Node.
function makeIteratorClass(name, entriesOf) {
  const iteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
  const state = new WeakMap();
  const proto = Object.create(iteratorPrototype, {
    next: {
      value: function next() {
        const s = state.get(this);
        if (s === undefined) {
          throw new TypeError("'next' called on an object that does not implement " +
            `interface ${name} Iterator.`);
        }
        const entries = entriesOf(s.target);
        if (s.index >= entries.length) return { value: undefined, done: true };
        const entry = entries[s.index++];
        let value;
        if (s.kind === 'key') value = entry[0];
        else if (s.kind === 'value') value = entry[1];
        else value = [entry[0], entry[1]];
        return { value, done: false };
      },
      writable: true, enumerable: true, configurable: true,
    },
    [Symbol.toStringTag]: { value: `${name} Iterator`, configurable: true },
  });
  return function createIterator(target, kind) {
    const iterator = Object.create(proto);
    state.set(iterator, { target, kind, index: 0 });
    return iterator;
  };
}

module.exports = {
  checkArgCount,
  customInspect,
  illegalInvocation,
  makeIteratorClass,
  toByteString,
  toDictionary,
  toEnum,
  toUSVString,
  utf8DecodeBytes,
  webidlClass,
};
