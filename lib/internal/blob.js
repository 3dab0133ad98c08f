'use strict';
// Blob and File (the WHATWG File API as node:buffer exports them) and the registry of
// blob: URLs behind buffer.resolveObjectURL.
//
// A Blob holds its bytes in one Uint8Array that nothing else can reach; slices share it,
// since neither can change it.
//
// blob: URLs: createBlobURL(blob) registers a Blob and returns 'blob:nodedata:<id>' (Node's
// form), revokeBlobURL(url) forgets it, and resolveObjectURL(url) finds it again. URL's
// static createObjectURL/revokeObjectURL are meant to call the first two.

// internal/errors (with internal/stack, ~6M instructions) is loaded by the first error
// thrown.
const { codes } = require('internal/errors/lazy');
const { validateDictionary } = require('internal/validators');
const { isAnyArrayBuffer } = require('internal/util/types');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kBytes = Symbol('kBytes');
const encoder = { encode: null };

function utf8Bytes(string) {
  if (encoder.encode === null) {
    const { Buffer } = require('buffer');
    encoder.encode = (s) => Buffer.from(s, 'utf8');
  }
  return encoder.encode(string);
}

function sequenceError() {
  const err = new TypeError('Value cannot be converted to sequence.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

// The bytes of one blob part.
function partBytes(part, endings) {
  if (part instanceof Blob) return part[kBytes];
  if (isAnyArrayBuffer(part)) return new Uint8Array(part.slice(0));
  if (ArrayBuffer.isView(part)) {
    return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
  }
  let text = `${part}`;
  if (endings === 'native') text = text.replace(/\r\n|\r/g, '\n');
  return utf8Bytes(text);
}

function checkBlob(value, name) {
  if (!(value instanceof Blob) || value[kBytes] === undefined) {
    throw new codes.ERR_INVALID_THIS('Blob');
  }
  return value[kBytes];
}

// Lower-cased type, or '' when it holds a character outside U+0020-U+007E.
function normalizeType(type) {
  type = `${type}`;
  return /[^\u0020-\u007e]/.test(type) ? '' : type.toLowerCase();
}

class Blob {
  #type;

  constructor(sources = [], options) {
    if (sources === null || typeof sources === 'string' ||
        typeof sources[Symbol.iterator] !== 'function') {
      throw sequenceError();
    }
    validateDictionary(options, 'options');
    let { type = '', endings = 'transparent' } = options ?? {};
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new codes.ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    let size = 0;
    for (const source of sources) {
      const bytes = partBytes(source, endings);
      parts.push(bytes);
      size += bytes.length;
    }
    let bytes;
    if (parts.length === 1) {
      bytes = parts[0];
    } else {
      bytes = new Uint8Array(size);
      let pos = 0;
      for (const part of parts) {
        bytes.set(part, pos);
        pos += part.length;
      }
    }
    Object.defineProperty(this, kBytes, { value: bytes, writable: true });
    this.#type = normalizeType(type);
  }

  get size() {
    return checkBlob(this).length;
  }

  get type() {
    checkBlob(this);
    return this.#type;
  }

  slice(start = 0, end = undefined, contentType = '') {
    const bytes = checkBlob(this);
    const size = bytes.length;
    start = relativeIndex(start, size);
    end = end === undefined ? size : relativeIndex(end, size);
    const blob = new Blob();
    blob[kBytes] = bytes.subarray(start, Math.max(start, end));
    blob.#type = normalizeType(contentType);
    return blob;
  }

  text() {
    try {
      const bytes = checkBlob(this);
      const { Buffer } = require('buffer');
      return Promise.resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString());
    } catch (err) {
      return Promise.reject(err);
    }
  }

  arrayBuffer() {
    try {
      const bytes = checkBlob(this);
      return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    } catch (err) {
      return Promise.reject(err);
    }
  }

  bytes() {
    try {
      const bytes = checkBlob(this);
      return Promise.resolve(new Uint8Array(bytes));
    } catch (err) {
      return Promise.reject(err);
    }
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${this.constructor.name} ${inspect(this.inspectFields(), opts)}`;
  }

  inspectFields() {
    return { size: this.size, type: this.type };
  }
}

// A ReadableStream of the bytes, in chunks of at most 64 KiB (each a fresh copy).
Object.defineProperty(Blob.prototype, 'stream', {
  value: function stream() {
    const bytes = checkBlob(this);
    const { ReadableStream } = require('stream/web');
    let offset = 0;
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (offset >= bytes.length) {
          controller.close();
          return;
        }
        const end = Math.min(offset + 65536, bytes.length);
        controller.enqueue(bytes.slice(offset, end));
        offset = end;
        if (offset >= bytes.length) controller.close();
      },
    });
  },
  writable: true, enumerable: true, configurable: true,
});
Object.defineProperty(Blob.prototype, 'inspectFields', { enumerable: false });
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });
for (const name of ['size', 'type', 'slice', 'text', 'arrayBuffer', 'bytes']) {
  Object.defineProperty(Blob.prototype, name, { enumerable: true });
}

function relativeIndex(value, size) {
  value = Math.trunc(+value) || 0;
  if (value < 0) return Math.max(size + value, 0);
  return Math.min(value, size);
}

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let { lastModified } = options ?? {};
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (lastModified !== lastModified) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this.#name = `${fileName}`;
    this.#lastModified = lastModified;
  }

  get name() {
    if (!(#name in this)) throw new codes.ERR_INVALID_THIS('File');
    return this.#name;
  }

  get lastModified() {
    if (!(#lastModified in this)) throw new codes.ERR_INVALID_THIS('File');
    return this.#lastModified;
  }

  inspectFields() {
    return { size: this.size, type: this.type, name: this.name, lastModified: this.lastModified };
  }
}
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });
for (const name of ['name', 'lastModified']) {
  Object.defineProperty(File.prototype, name, { enumerable: true });
}
Object.defineProperty(File.prototype, 'inspectFields', { enumerable: false });

// ---- blob: URLs ----

const blobURLs = new Map();
const kPrefix = 'blob:nodedata:';

function randomId() {
  const hex = '0123456789abcdef';
  let id = '';
  for (let i = 0; i < 36; i++) {
    if (i === 8 || i === 13 || i === 18 || i === 23) id += '-';
    else if (i === 14) id += '4';
    else if (i === 19) id += hex[8 + Math.floor(Math.random() * 4)];
    else id += hex[Math.floor(Math.random() * 16)];
  }
  return id;
}

function isBlob(value) {
  return value instanceof Blob && value[kBytes] !== undefined;
}

// Registers blob and returns its new blob: URL.
function createBlobURL(blob) {
  if (!isBlob(blob)) throw new codes.ERR_INVALID_ARG_TYPE('obj', 'Blob', blob);
  const id = randomId();
  blobURLs.set(id, blob);
  return `${kPrefix}${id}`;
}

// The id of a blob:nodedata: URL (query and fragment ignored), or undefined.
function blobURLId(url) {
  url = `${url}`;
  if (!url.startsWith(kPrefix)) return undefined;
  let end = url.length;
  const query = url.indexOf('?');
  const hash = url.indexOf('#');
  if (query !== -1) end = query;
  if (hash !== -1 && hash < end) end = hash;
  return url.slice(kPrefix.length, end);
}

function revokeBlobURL(url) {
  const id = blobURLId(url);
  if (id !== undefined) blobURLs.delete(id);
}

// A new Blob with the registered one's bytes and type (as in Node, not the same object).
function resolveObjectURL(url) {
  const id = blobURLId(url);
  const blob = id === undefined ? undefined : blobURLs.get(id);
  return blob === undefined ? undefined : blob.slice(0, blob.size, blob.type);
}

module.exports = {
  Blob,
  File,
  isBlob,
  createBlobURL,
  revokeBlobURL,
  resolveObjectURL,
};
