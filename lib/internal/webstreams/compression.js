'use strict';
// CompressionStream and DecompressionStream (the WHATWG Compression Standard) over the
// node:zlib streams, through the Duplex → {readable, writable} adapter. Formats: gzip,
// deflate, deflate-raw and brotli (as Node 24). Decompression rejects trailing data.

const { newReadableWritablePairFromDuplex } = require('internal/webstreams/adapters');

const formats = ['deflate', 'deflate-raw', 'gzip', 'brotli'];

function checkFormat(className, format) {
  if (!formats.includes(format)) {
    const error = new TypeError(`Failed to construct '${className}': 1st argument '${format}' ` +
      'is not a valid enum value of type CompressionFormat.');
    error.code = 'ERR_INVALID_ARG_VALUE';
    throw error;
  }
}

function makeEngine(format, compress) {
  const zlib = require('zlib');
  if (compress) {
    switch (format) {
      case 'deflate': return zlib.createDeflate();
      case 'deflate-raw': return zlib.createDeflateRaw();
      case 'gzip': return zlib.createGzip();
      default: return zlib.createBrotliCompress();
    }
  }
  const { kRejectGarbage } = require('internal/zlib/stream');
  const opts = { [kRejectGarbage]: true };
  switch (format) {
    case 'deflate': return zlib.createInflate(opts);
    case 'deflate-raw': return zlib.createInflateRaw(opts);
    case 'gzip': return zlib.createGunzip(opts);
    default: return zlib.createBrotliDecompress(opts);
  }
}

class CompressionStream {
  #pair;

  constructor(format) {
    checkFormat('CompressionStream', format);
    this.#pair = newReadableWritablePairFromDuplex(makeEngine(format, true));
  }

  get readable() { return this.#pair.readable; }

  get writable() { return this.#pair.writable; }

  get [Symbol.toStringTag]() { return 'CompressionStream'; }
}

class DecompressionStream {
  #pair;

  constructor(format) {
    checkFormat('DecompressionStream', format);
    this.#pair = newReadableWritablePairFromDuplex(makeEngine(format, false));
  }

  get readable() { return this.#pair.readable; }

  get writable() { return this.#pair.writable; }

  get [Symbol.toStringTag]() { return 'DecompressionStream'; }
}

module.exports = { CompressionStream, DecompressionStream };
