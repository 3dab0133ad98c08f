'use strict';
// FormData: an ordered list of (name, value) entries, a value being a string or a File
// (a Blob given as a value becomes a File named "blob", or the filename given). Encoding
// as multipart/form-data and parsing bodies back are in internal/fetch/body.

const {
  checkArgCount, customInspect, illegalInvocation, makeIteratorClass, toUSVString, webidlClass,
} = require('internal/fetch/util');

let blobModule;
function buffer() {
  blobModule ??= require('internal/blob');
  return blobModule;
}

let internals;

class FormData {
  #entries = [];

  constructor(form = undefined) {
    if (form !== undefined) {
      throw new TypeError('FormData constructor: Argument 1 could not be converted to: undefined.');
    }
  }

  append(name, value, filename = undefined) {
    if (!(#entries in this)) throw illegalInvocation();
    checkArgCount(arguments.length, 2, 'FormData.append');
    this.#entries.push(makeEntry(name, value, filename, arguments.length > 2, 'FormData.append'));
  }

  delete(name) {
    if (!(#entries in this)) throw illegalInvocation();
    checkArgCount(arguments.length, 1, 'FormData.delete');
    name = toUSVString(name);
    this.#entries = this.#entries.filter((entry) => entry[0] !== name);
  }

  get(name) {
    if (!(#entries in this)) throw illegalInvocation();
    checkArgCount(arguments.length, 1, 'FormData.get');
    name = toUSVString(name);
    const entry = this.#entries.find((e) => e[0] === name);
    return entry === undefined ? null : entry[1];
  }

  getAll(name) {
    if (!(#entries in this)) throw illegalInvocation();
    checkArgCount(arguments.length, 1, 'FormData.getAll');
    name = toUSVString(name);
    return this.#entries.filter((e) => e[0] === name).map((e) => e[1]);
  }

  has(name) {
    if (!(#entries in this)) throw illegalInvocation();
    checkArgCount(arguments.length, 1, 'FormData.has');
    name = toUSVString(name);
    return this.#entries.some((e) => e[0] === name);
  }

  set(name, value, filename = undefined) {
    if (!(#entries in this)) throw illegalInvocation();
    checkArgCount(arguments.length, 2, 'FormData.set');
    const entry = makeEntry(name, value, filename, arguments.length > 2, 'FormData.set');
    const entries = this.#entries;
    const first = entries.findIndex((e) => e[0] === entry[0]);
    if (first === -1) {
      entries.push(entry);
      return;
    }
    // Replace the first, drop the others.
    this.#entries = entries.filter((e, i) => i <= first || e[0] !== entry[0]);
    this.#entries[first] = entry;
  }

  keys() {
    if (!(#entries in this)) throw illegalInvocation();
    return createIterator(this, 'key');
  }

  values() {
    if (!(#entries in this)) throw illegalInvocation();
    return createIterator(this, 'value');
  }

  entries() {
    if (!(#entries in this)) throw illegalInvocation();
    return createIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    if (!(#entries in this)) throw illegalInvocation();
    checkArgCount(arguments.length, 1, 'FormData.forEach');
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': " +
        "parameter 1 is not of type 'Function'.");
    }
    for (let i = 0; i < this.#entries.length; i++) {
      const entry = this.#entries[i];
      Reflect.apply(callback, thisArg, [entry[1], entry[0], this]);
    }
  }

  [customInspect](depth, options, inspect) {
    const shown = {};
    for (const [name, value] of this.#entries) {
      if (!Object.hasOwn(shown, name)) shown[name] = value;
      else if (Array.isArray(shown[name])) shown[name].push(value);
      else shown[name] = [shown[name], value];
    }
    return `FormData ${inspect(shown, options)}`;
  }

  static {
    internals = {
      entries: (fd) => fd.#entries,
      has: (fd) => #entries in fd,
    };
  }
}

// [name, value] for append/set: a string value, or a File made from a Blob.
function makeEntry(name, value, filename, hasFilename, context) {
  name = toUSVString(name);
  const { Blob, File } = buffer();
  const isBlob = value instanceof Blob;
  if (hasFilename && !isBlob) {
    let shown;
    try {
      shown = JSON.stringify(value);
    } catch {
      shown = String(value);
    }
    throw new TypeError(`${context}: Expected value ("${shown}") to be an instance of Blob.`);
  }
  if (!isBlob) return [name, toUSVString(value)];
  if (filename !== undefined) {
    filename = toUSVString(filename);
    const options = { type: value.type };
    if (value instanceof File) options.lastModified = value.lastModified;
    return [name, new File([value], filename, options)];
  }
  if (value instanceof File) return [name, value];
  return [name, new File([value], 'blob', { type: value.type })];
}

const createIterator = makeIteratorClass('FormData', (fd) => internals.entries(fd));

function isFormData(value) {
  return value !== null && typeof value === 'object' && internals.has(value);
}

webidlClass(FormData, 'FormData');
Object.defineProperty(FormData.prototype, Symbol.iterator, {
  value: FormData.prototype.entries, writable: true, configurable: true,
});

module.exports = {
  FormData,
  formDataEntries: (fd) => internals.entries(fd),
  isFormData,
};
