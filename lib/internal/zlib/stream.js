'use strict';
// The zlib, brotli and zstd stream classes (Deflate, Gunzip, BrotliCompress, ZstdCompress...) over the zlib
// binding. Each stream owns one native handle; a chunk is compressed on the thread pool into
// an output buffer, whose filled slices are pushed without a copy. The output buffer holds
// several chunkSize chunks (kOutputBytes): one thread-pool trip fills them all, and they are
// pushed cut at the same chunkSize boundaries as a chunkSize buffer would give. A stream whose
// trips keep filling the whole buffer (decompression) doubles the next buffer's size, up to
// kMaxOutputBytes: a thread-pool round trip costs about as much as inflating 30 KiB. When a
// trip leaves output pending and the readable side is full, the next trip waits for _read(),
// so a small input that inflates to gigabytes is held to about highWaterMark + one trip.
//
// A handle's write reports what is left in `handle.state` ([availOut, availIn]): output
// space left means the engine took what it could, so the chunk is done (or, with input
// left, the compressed stream ended); a full output buffer means more output may follow.

const Transform = require('internal/streams/transform');
const eos = require('internal/streams/end-of-stream');
const { FastBuffer } = require('internal/buffer');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const {
  codes: {
    ERR_BROTLI_INVALID_PARAM, ERR_BUFFER_TOO_LARGE, ERR_INTERNAL_ASSERTION, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE,
    ERR_TRAILING_JUNK_AFTER_STREAM_END, ERR_ZLIB_INITIALIZATION_FAILED, ERR_ZSTD_INVALID_PARAM,
  },
} = require('internal/errors');
const { checkRangesOrGetDefault, validateFiniteNumber } = require('internal/validators');

const binding = internalBinding('zlib');

const DEFLATE = 1, INFLATE = 2, GZIP = 3, GUNZIP = 4, DEFLATERAW = 5, INFLATERAW = 6;
const UNZIP = 7, BROTLI_DECODE = 8, BROTLI_ENCODE = 9, ZSTD_COMPRESS = 10, ZSTD_DECOMPRESS = 11;
const Z_NO_FLUSH = 0, Z_FULL_FLUSH = 3, Z_FINISH = 4, Z_BLOCK = 5, Z_SYNC_FLUSH = 2;
const Z_MIN_CHUNK = 64, Z_DEFAULT_CHUNK = 16 * 1024;
const BROTLI_OPERATION_PROCESS = 0, BROTLI_OPERATION_FLUSH = 1, BROTLI_OPERATION_FINISH = 2;
const BROTLI_OPERATION_EMIT_METADATA = 3;
const kMaxLength = 2 ** 32;
const kMaxBrotliParam = 8;
const kBrotliParamUnset = 0xFFFFFFFF;

const kFlushFlag = Symbol('kFlushFlag');
const kError = Symbol('kError');
// The output buffer's size: a whole number of chunkSize chunks, about this many bytes.
const kOutputBytes = 64 * 1024;
const kMaxOutputBytes = 256 * 1024;
const kWaitingForRead = Symbol('kWaitingForRead');
const kOutputSize = Symbol('kOutputSize');
const kMaxFlush = Symbol('kMaxFlush');
// Options only lib/ passes: trailing data after the compressed stream is an error (the
// web DecompressionStream).
const kRejectGarbage = Symbol('kRejectGarbage');

function zlibError(handle) {
  const [message, errno, code] = handle.lastError();
  const error = new Error(message);
  error.errno = errno;
  error.code = code;
  return error;
}

function assertHandle(handle) {
  if (!handle) throw new ERR_INTERNAL_ASSERTION('zlib binding closed');
}

// Bytes as a view the binding reads (a DataView becomes a Uint8Array over its memory).
function asBytes(view) {
  if (view instanceof DataView) return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return view;
}

// The common part of every stream: options shared by zlib and brotli, the write loop.
function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush, maxFlush }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!validateFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', 0, maxFlush, flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', 0, maxFlush,
      finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength', 1,
      kMaxLength, kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
    }
  }
  Transform.call(this, { autoDestroy: true, ...opts });
  this[kError] = null;
  this[kWaitingForRead] = false;
  this.bytesWritten = 0;
  this._handle = handle;
  this._chunkSize = chunkSize;
  this[kOutputSize] = chunkSize * Math.max(1, Math.floor(kOutputBytes / chunkSize));
  // Made on the first write: the one-shot functions never use it.
  this._outBuffer = null;
  this._outOffset = 0;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this[kMaxFlush] = maxFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
  this._mode = mode;
  handle.oncomplete = onWriteComplete;
  handle.stream = this;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return !this._handle; },
});

ZlibBase.prototype.reset = function reset() {
  assertHandle(this._handle);
  return this._handle.reset();
};

ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(new FastBuffer(0), '', callback);
};

// A trip that stopped for backpressure goes on when the reader wants more.
ZlibBase.prototype._read = function _read(n) {
  if (this[kWaitingForRead]) {
    this[kWaitingForRead] = false;
    if (this._handle) startWrite(this, this._handle);
  }
  Transform.prototype._read.call(this, n);
};

ZlibBase.prototype._final = function _final(callback) {
  callback();
};

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  } else {
    kind = checkRangesOrGetDefault(kind, 'kind', 0, this[kMaxFlush], this._defaultFullFlushFlag);
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    const marker = new FastBuffer(0);
    marker[kFlushFlag] = kind;
    this.write(marker, '', callback);
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) eos(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  callback(err);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, callback) {
  const flag = chunk[kFlushFlag];
  let flushFlag = typeof flag === 'number' ? flag : this._defaultFlushFlag;
  // The last chunk before end() finishes the stream at once.
  const ws = this._writableState;
  if ((ws.ending || ws.ended) && ws.length === chunk.byteLength) flushFlag = this._finishFlushFlag;
  processChunk(this, chunk, flushFlag, callback);
};

// Compresses chunk synchronously and returns the output (Node's semi-public API).
ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, callback) {
  if (typeof callback === 'function') {
    processChunk(this, chunk, flushFlag, callback);
    return;
  }
  const handle = this._handle;
  assertHandle(handle);
  chunk = asBytes(chunk);
  if (this._outBuffer === null) this._outBuffer = newOutputBuffer(this[kOutputSize]);
  const buffers = [];
  let total = 0;
  let inOff = 0;
  let availIn = chunk.byteLength;
  for (;;) {
    const availOutBefore = this._outBuffer.byteLength - this._outOffset;
    if (handle.write(flushFlag, chunk, inOff, availIn, this._outBuffer, this._outOffset,
      availOutBefore) !== 0) {
      const error = zlibError(handle);
      this.destroy(error);
      throw error;
    }
    const availOutAfter = handle.state[0];
    const availInAfter = handle.state[1];
    const have = availOutBefore - availOutAfter;
    const consumed = availIn - availInAfter;
    this.bytesWritten += consumed;
    inOff += consumed;
    availIn = availInAfter;
    if (have > 0) {
      buffers.push(takeOutput(this, have));
      total += have;
      if (total > this._maxOutputLength) {
        this.destroy();
        throw new ERR_BUFFER_TOO_LARGE(this._maxOutputLength);
      }
    }
    if (availOutAfter !== 0) break;
  }
  return buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, total);
};

// An uninitialised output buffer of size bytes. JSC zero-fills every typed array it
// allocates, and a fresh 64 KiB one also page-faults: malloc'd memory from the binding is
// recycled instead (a 64 MiB gunzip stream spent 15% of its time here).
function newOutputBuffer(size) {
  return new FastBuffer(binding.allocOutput(size));
}

// The next `have` output bytes as a view of the output buffer; a new buffer when it is full.
function takeOutput(stream, have) {
  const out = stream._outBuffer;
  const view = new FastBuffer(out.buffer, out.byteOffset + stream._outOffset, have);
  stream._outOffset += have;
  if (stream._outOffset >= out.byteLength) {
    stream._outBuffer = newOutputBuffer(stream[kOutputSize]);
    stream._outOffset = 0;
  }
  return view;
}

// Pushes the next `have` output bytes, cut where chunkSize chunks of the buffer end.
function pushOutput(stream, have) {
  while (have > 0 && !stream.destroyed) {
    const n = Math.min(have, stream._chunkSize - (stream._outOffset % stream._chunkSize));
    stream.push(takeOutput(stream, n));
    have -= n;
  }
}

function processChunk(stream, chunk, flushFlag, callback) {
  const handle = stream._handle;
  if (!handle) {
    process.nextTick(callback);
    return;
  }
  chunk = asBytes(chunk);
  handle.input = chunk;
  handle.inOff = 0;
  handle.availIn = chunk.byteLength;
  handle.flushFlag = flushFlag;
  handle.callback = callback;
  startWrite(stream, handle);
}

function startWrite(stream, handle) {
  if (stream._outBuffer === null) stream._outBuffer = newOutputBuffer(stream[kOutputSize]);
  const availOut = stream._outBuffer.byteLength - stream._outOffset;
  handle.availOutBefore = availOut;
  handle.output = stream._outBuffer;
  handle.write(handle.flushFlag, handle.input, handle.inOff, handle.availIn, stream._outBuffer,
    stream._outOffset, availOut, true);
}

// handle.oncomplete(status) after a thread-pool write (`this` is the handle).
function onWriteComplete(status) {
  const handle = this;
  const stream = handle.stream;
  if (stream.destroyed) return;
  if (status !== 0) {
    const error = zlibError(handle);
    stream[kError] = error;
    handle.input = handle.output = handle.callback = null;
    stream.destroy(error);
    return;
  }
  const availOutAfter = handle.state[0];
  const availInAfter = handle.state[1];
  const consumed = handle.availIn - availInAfter;
  stream.bytesWritten += consumed;
  handle.inOff += consumed;
  handle.availIn = availInAfter;
  const have = handle.availOutBefore - availOutAfter;
  if (availOutAfter === 0 && have === stream[kOutputSize] && have < kMaxOutputBytes) {
    stream[kOutputSize] *= 2;
  }
  pushOutput(stream, have);
  if (availOutAfter === 0 && !stream.destroyed) {
    if (stream.readableLength < stream.readableHighWaterMark) startWrite(stream, handle);
    else stream[kWaitingForRead] = true;
    return;
  }
  // Output space left but input too: the compressed stream ended before the input did.
  if (availInAfter > 0 && !stream.destroyed) {
    if (stream[kRejectGarbage]) {
      handle.input = handle.output = handle.callback = null;
      stream.destroy(new ERR_TRAILING_JUNK_AFTER_STREAM_END());
      return;
    }
    stream.push(null);
  }
  const callback = handle.callback;
  handle.input = handle.output = handle.callback = null;
  callback();
}

// ---- zlib: Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip ----

const zlibFlushDefaults = {
  flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH, maxFlush: Z_BLOCK,
};

function Zlib(opts, mode) {
  let windowBits = 15;
  let level = -1;
  let memLevel = 8;
  let strategy = 0;
  let dictionary;
  if (opts) {
    if ((mode === INFLATE || mode === GUNZIP || mode === UNZIP) && opts.windowBits === 0) {
      windowBits = 0;
    } else {
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits',
        mode === GZIP ? 9 : 8, 15, 15);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', -1, 9, -1);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', 1, 9, 8);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', 0, 4, 0);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) {
        dictionary = new Uint8Array(dictionary);
      } else {
        throw new ERR_INVALID_ARG_TYPE('options.dictionary',
          ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
      }
    }
  }
  // zlib cannot make a raw deflate stream with a 256-byte window.
  if (mode === DEFLATERAW && windowBits === 8) windowBits = 9;
  const rejectGarbage = !!(opts && opts[kRejectGarbage]);
  const handle = binding.create(mode, rejectGarbage);
  const args = [windowBits, level, memLevel, strategy];
  if (dictionary !== undefined) args.push(asBytes(dictionary));
  if (handle.init(...args) !== 0) throw new ERR_ZLIB_INITIALIZATION_FAILED();
  ZlibBase.call(this, opts, mode, handle, zlibFlushDefaults);
  this[kRejectGarbage] = rejectGarbage;
  this._level = level;
  this._strategy = strategy;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', -1, 9);
  checkRangesOrGetDefault(strategy, 'strategy', 0, 4);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, () => {
      assertHandle(this._handle);
      const err = this._handle.params(level, strategy);
      if (err !== 0) {
        this.destroy(zlibError(this._handle));
        return;
      }
      if (!this.destroyed) {
        this._level = level;
        this._strategy = strategy;
        if (callback) callback();
      }
    });
  } else if (callback) {
    process.nextTick(callback);
  }
};

// A public class called name: a Base (Zlib or Brotli) in the given mode, callable without new.
function makeClass(name, Base, mode) {
  const ctor = {
    [name]: function(opts) {
      if (!new.target) return new ctor(opts);
      Base.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(ctor.prototype, Base.prototype);
  Object.setPrototypeOf(ctor, Base);
  return ctor;
}

const makeZlibClass = (name, mode) => makeClass(name, Zlib, mode);

const Deflate = makeZlibClass('Deflate', DEFLATE);
const Inflate = makeZlibClass('Inflate', INFLATE);
const Gzip = makeZlibClass('Gzip', GZIP);
const Gunzip = makeZlibClass('Gunzip', GUNZIP);
const DeflateRaw = makeZlibClass('DeflateRaw', DEFLATERAW);
const InflateRaw = makeZlibClass('InflateRaw', INFLATERAW);
const Unzip = makeZlibClass('Unzip', UNZIP);

// ---- brotli: BrotliCompress, BrotliDecompress ----

const brotliFlushDefaults = {
  flush: BROTLI_OPERATION_PROCESS,
  finishFlush: BROTLI_OPERATION_FINISH,
  fullFlush: BROTLI_OPERATION_FLUSH,
  maxFlush: BROTLI_OPERATION_EMIT_METADATA,
};

function Brotli(opts, mode) {
  const params = new Uint32Array(kMaxBrotliParam + 1).fill(kBrotliParamUnset);
  if (opts && opts.params) {
    for (const origKey of Object.keys(opts.params)) {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key > kMaxBrotliParam || !Number.isInteger(key)) {
        throw new ERR_BROTLI_INVALID_PARAM(origKey);
      }
      const value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', opts.params[origKey]);
      }
      params[key] = value;
    }
  }
  const handle = binding.create(mode);
  if (handle.init(params) !== 0) throw new ERR_ZLIB_INITIALIZATION_FAILED();
  ZlibBase.call(this, opts, mode, handle, brotliFlushDefaults);
  this[kRejectGarbage] = !!(opts && opts[kRejectGarbage]);
}
Object.setPrototypeOf(Brotli.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Brotli, ZlibBase);

const BrotliCompress = makeClass('BrotliCompress', Brotli, BROTLI_ENCODE);
const BrotliDecompress = makeClass('BrotliDecompress', Brotli, BROTLI_DECODE);

// ---- zstd: ZstdCompress, ZstdDecompress ----
// Real classes, as in Node (calling one without new throws).

const ZSTD_e_continue = 0, ZSTD_e_flush = 1, ZSTD_e_end = 2;
const zstdFlushDefaults = {
  flush: ZSTD_e_continue, finishFlush: ZSTD_e_end, fullFlush: ZSTD_e_flush, maxFlush: ZSTD_e_end,
};
// The parameter ids each direction accepts (zlib.constants ZSTD_c_* / ZSTD_d_*).
const zstdCompressParams = new Set([100, 101, 102, 103, 104, 105, 106, 107, 160, 161, 162, 163,
  164, 200, 201, 202, 400, 401, 402]);
const zstdDecompressParams = new Set([100]);

function plainError(Ctor, code, message) {
  const error = new Ctor(message);
  error.code = code;
  return error;
}

class Zstd extends ZlibBase {
  constructor(opts, mode, known) {
    const pairs = [];
    let pledgedSrcSize;
    if (opts && opts.params) {
      for (const origKey of Object.keys(opts.params)) {
        const key = +origKey;
        if (!known.has(key)) throw new ERR_ZSTD_INVALID_PARAM(origKey);
        const value = opts.params[origKey];
        if (typeof value !== 'number' && typeof value !== 'boolean') {
          throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', value);
        }
        pairs.push(key, +value);
      }
    }
    if (mode === ZSTD_COMPRESS && opts && opts.pledgedSrcSize !== undefined) {
      pledgedSrcSize = opts.pledgedSrcSize;
      if (typeof pledgedSrcSize !== 'number') {
        throw plainError(TypeError, 'ERR_INVALID_ARG_TYPE', 'pledgedSrcSize must be a number');
      }
      if (!Number.isSafeInteger(pledgedSrcSize)) {
        throw plainError(RangeError, 'ERR_OUT_OF_RANGE', 'pledgedSrcSize must be a safe integer');
      }
      if (pledgedSrcSize < 0) {
        throw plainError(RangeError, 'ERR_OUT_OF_RANGE', 'pledgedSrcSize must be non-negative');
      }
    }
    const handle = binding.create(mode);
    const err = handle.init(new Int32Array(pairs), pledgedSrcSize);
    if (err === -2) {
      throw plainError(Error, 'ERR_ZLIB_INITIALIZATION_FAILED', 'Setting parameter failed');
    }
    if (err !== 0) throw new ERR_ZLIB_INITIALIZATION_FAILED();
    super(opts, mode, handle, zstdFlushDefaults);
    this[kRejectGarbage] = !!(opts && opts[kRejectGarbage]);
  }
}

class ZstdCompress extends Zstd {
  constructor(opts) {
    super(opts, ZSTD_COMPRESS, zstdCompressParams);
  }
}

class ZstdDecompress extends Zstd {
  constructor(opts) {
    super(opts, ZSTD_DECOMPRESS, zstdDecompressParams);
  }
}

module.exports = {
  Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip, BrotliCompress, BrotliDecompress,
  ZstdCompress, ZstdDecompress,
  asBytes, zlibError, kMaxLength, kRejectGarbage, binding,
};
