'use strict';
// fs.ReadStream and fs.WriteStream on node:stream's Readable and Writable. Each read or
// write is one fs.read/fs.write (with the original fs functions, one readChunk/writeChunk of
// the binding, on libuv's thread pool); backpressure is the stream's.

const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED, ERR_OUT_OF_RANGE, ERR_STREAM_DESTROYED,
  },
} = require('internal/errors');
const { validateInteger, validateFunction, validateBoolean } = require('internal/validators');
const { Readable, Writable, finished } = require('stream');
const { getValidatedPath, getOptions, stringToFlags, parseFileMode, lazyBuffer, binding,
  fsOriginals, FSReqCallback, identity } = require('internal/fs/utils');

const { runTicksNow } = require('internal/process/task_queues');

// A read or write a stream makes through the binding. Once its callback has run, the ticks
// it queued run here, as the trampoline would run them right after (net's onread does the
// same): the same order, under the same engine lock, before the same microtask checkpoint,
// but one call into JS per completion instead of two. done() is the completion without
// them, for a result that arrives on a tick (which must not run the ticks from within).
class StreamReq extends FSReqCallback {
  oncomplete(result) {
    this.done(result);
    runTicksNow();
  }

  done(result) {
    super.oncomplete(result);
  }
}

const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kPipedChunk = Readable._kPipedChunk;
const kOwnChunk = Readable._kOwnChunk;

function lazyFs() {
  return require('fs');
}

function isFileHandle(value) {
  const { FileHandle } = require('internal/fs/promises');
  return value instanceof FileHandle;
}

// Operations on a FileHandle in the callback shape the streams use.
function handleOps(handle) {
  return {
    open(path, flags, mode, cb) { process.nextTick(cb, null, handle.fd); },
    read(fd, buffer, offset, length, position, cb) {
      handle.read(buffer, offset, length, position).then(
        ({ bytesRead }) => cb(null, bytesRead, buffer), cb);
    },
    write(fd, buffer, offset, length, position, cb) {
      handle.write(buffer, offset, length, position).then(
        ({ bytesWritten }) => cb(null, bytesWritten, buffer), cb);
    },
    writev(fd, buffers, position, cb) {
      handle.writev(buffers, position).then(({ bytesWritten }) => cb(null, bytesWritten), cb);
    },
    close(fd, cb) { handle.close().then(() => cb(null), cb); },
    fsync(fd, cb) { handle.sync().then(() => cb(null), cb); },
  };
}

// options.fs replaces the fs functions the stream calls: open (unless an fd is given), read or
// write/writev (checked by the constructors), close (when autoClose) are then required.
function setupStream(stream, path, options, defaultFlags) {
  let fd = options.fd ?? null;
  if (fd === null) {
    stream[kFs] = options.fs || lazyFs();
    validateFunction(stream[kFs].open, 'options.fs.open');
  } else if (typeof fd === 'number') {
    stream[kFs] = options.fs || lazyFs();
    validateInteger(fd, 'fd', 0, 2147483647);
  } else if (isFileHandle(fd)) {
    if (options.fs) throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    stream[kHandle] = fd;
    stream[kFs] = handleOps(fd);
    fd = fd.fd;
  } else {
    throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], fd);
  }
  stream.fd = fd;
  stream.path = fd === null ? toPathString(getValidatedPath(path)) : undefined;
  stream.flags = options.flags === undefined ? defaultFlags : options.flags;
  stream.mode = options.mode === undefined ? 0o666 : parseFileMode(options.mode, 'mode');
  stream.autoClose = options.autoClose === undefined ? true : options.autoClose;
  stream[kIsPerformingIO] = false;
  let start = options.start;
  if (start !== undefined) validateInteger(start, 'start', 0);
  stream.start = start;
  stream.pos = start;
}

function toPathString(path) {
  return typeof path === 'string' ? path : lazyBuffer().from(path);
}

function openStream(stream, callback) {
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', fd);
    stream.emit('ready');
  });
}

function closeStream(stream, err, callback) {
  if (stream.fd === null || !stream.autoClose) {
    callback(err);
    return;
  }
  const fd = stream.fd;
  stream.fd = null;
  stream[kFs].close(fd, (closeError) => callback(closeError || err));
}

// ---------------------------------------------------------------------------
// ReadStream

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = { ...getOptions(options, {}) };
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  setupStream(this, path, options, 'r');
  validateFunction(this[kFs].read, 'options.fs.read');
  if (this.autoClose) validateFunction(this[kFs].close, 'options.fs.close');
  let end = options.end;
  if (end === undefined) {
    end = Infinity;
  } else if (end !== Infinity) {
    validateInteger(end, 'end', 0);
    if (this.start !== undefined && this.start > end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${end})`, this.start);
    }
  }
  this.end = end;
  this.bytesRead = 0;
  this[kOwnChunk] = null;
  Readable.call(this, { ...options, autoDestroy: this.autoClose });
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

ReadStream.prototype._construct = function(callback) {
  if (this.fd !== null) {
    callback();
    return;
  }
  openStream(this, callback);
};

ReadStream.prototype._read = function(n) {
  if (this.end !== Infinity) {
    const position = this.pos ?? this.bytesRead + (this.start ?? 0);
    n = Math.min(n, this.end - position + 1);
  }
  if (n <= 0) {
    this.push(null);
    return;
  }
  this[kIsPerformingIO] = true;
  const fs = this[kFs];
  if (fs.read === fsOriginals.read) {
    // The binding reads into memory of its own and gives back a Buffer of the bytes read
    // (or 0 at the end): see readChunk in src/bindings/fs.c. lazyBuffer() has the binding
    // make them Buffers (else push() wraps each chunk in a Buffer of its own).
    lazyBuffer();
    const req = new StreamReq((err, chunk) => {
      // Only what the binding read is a chunk pipe() may hand back (see ondata in
      // internal/streams/readable.js): not what user code pushed.
      if (typeof chunk === 'object') this[kOwnChunk] = chunk;
      this[kDidRead](err, chunk);
    }, 'read', undefined, undefined, identity);
    // Piped to a WriteStream: the binding may run this read with that stream's next write
    // as one job (see "Pairing" in src/bindings/fs.c).
    const result = binding.readChunk(this.fd, n, this.pos ?? -1, req, pipesToFile(this));
    if (result !== undefined) process.nextTick(() => req.done(result));
    return;
  }
  const buffer = lazyBuffer().allocUnsafeSlow(n);
  fs.read(this.fd, buffer, 0, n, this.pos ?? null, (err, bytesRead) => {
    if (bytesRead > 0 && bytesRead < buffer.length) {
      // Copied rather than sliced, as Node does, so a short read holds no more memory.
      this[kDidRead](err, lazyBuffer().from(buffer.subarray(0, bytesRead)));
    } else {
      this[kDidRead](err, bytesRead > 0 ? buffer : 0);
    }
  });
};

// Whether the stream's only consumer is a pipe to a WriteStream.
function pipesToFile(stream) {
  const pipes = stream._readableState.pipes;
  return pipes.length === 1 && pipes[0] instanceof WriteStream;
}

const kDidRead = Symbol('kDidRead');
ReadStream.prototype[kDidRead] = function(err, chunk) {
  this[kIsPerformingIO] = false;
  if (this.destroyed) {
    this.emit(kIoDone, err);
    return;
  }
  if (err) {
    this.destroy(err);
    return;
  }
  if (chunk === 0) {
    this.push(null);
    return;
  }
  if (this.pos !== undefined) this.pos += chunk.length;
  this.bytesRead += chunk.length;
  this.push(chunk);
};

const kIoDone = Symbol('kIoDone');

ReadStream.prototype._destroy = function(err, callback) {
  // Close only after an in-flight read finished with the descriptor.
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (er) => closeStream(this, err || er, callback));
  } else {
    closeStream(this, err, callback);
  }
};

ReadStream.prototype.close = function(callback) {
  if (typeof callback === 'function') finished(this, callback);
  this.destroy();
};

// ---------------------------------------------------------------------------
// WriteStream

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = { ...getOptions(options, {}) };
  options.decodeStrings = true;
  setupStream(this, path, options, 'w');
  this.bytesWritten = 0;
  this.flush = options.flush ?? false;
  validateBoolean(this.flush, 'options.flush');
  if (options.fs) {
    const { write, writev } = this[kFs];
    if (!write && !writev) throw new ERR_INVALID_ARG_TYPE('options.fs.write', 'function', write);
    if (write) validateFunction(write, 'options.fs.write');
    if (writev) validateFunction(writev, 'options.fs.writev');
    if (!writev) this._writev = null;
    if (!write) this._write = null;
  }
  if (this.autoClose) validateFunction(this[kFs].close, 'options.fs.close');
  Writable.call(this, { ...options, autoDestroy: this.autoClose });
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

WriteStream.prototype._construct = function(callback) {
  if (this.fd !== null) {
    callback();
    return;
  }
  openStream(this, callback);
};

// Set by pipe() while it writes a chunk that nothing but that write can reach (see ondata in
// internal/streams/readable.js).
WriteStream.prototype[kPipedChunk] = null;

WriteStream.prototype._write = function(data, encoding, callback) {
  this[kIsPerformingIO] = true;
  const done = (err, written) => this[kDidWrite](err, written, data, encoding, callback);
  if (this[kFs].write !== fsOriginals.write) {
    this[kFs].write(this.fd, data, 0, data.length, this.pos ?? null, done);
    return;
  }
  // A ReadStream's chunk piped here: once all written, the binding takes it back (to read a
  // later chunk into, or its memory to the pool; it ignores any other Buffer), so the pipe
  // makes neither new Buffers nor garbage for the collector.
  const recycle = this[kPipedChunk] === data && this._write === WriteStream.prototype._write &&
    this.write === Writable.prototype.write;
  // The binding directly (data is a Buffer or Uint8Array: the Writable decodes strings),
  // sparing fs.write's argument checks, which hold for these arguments, and their compile
  // time (the optimizing JIT spent ~50 ms on them during a 1 GiB pipe).
  const req = new StreamReq(done, 'write', undefined, undefined, identity);
  const result = binding.writeChunk(this.fd, data, this.pos ?? -1, req, recycle, recycle);
  if (result !== undefined) process.nextTick(() => req.done(result));
};

// Ends a write or writev (syscall) whose I/O is over when the stream was destroyed meanwhile
// or the write failed: returns true if it did (callback called). A write that outlived
// destroy() fails with ERR_STREAM_DESTROYED, which then also reaches the destroy (through
// kIoDone), so the stream emits it as 'error' before 'close', as Node's does.
function writeEnded(stream, err, callback, syscall) {
  stream[kIsPerformingIO] = false;
  if (stream.destroyed) {
    err ||= new ERR_STREAM_DESTROYED(syscall);
    callback(err);
    stream.emit(kIoDone, err);
    return true;
  }
  if (err) {
    callback(err);
    return true;
  }
  return false;
}

const kDidWrite = Symbol('kDidWrite');
WriteStream.prototype[kDidWrite] = function(err, written, data, encoding, callback) {
  if (writeEnded(this, err, callback, 'write')) return;
  written ||= 0;
  this.bytesWritten += written;
  if (written < data.length) {
    // A short write: write the rest before reporting success.
    if (this.pos !== undefined) this.pos += written;
    this._write(data.subarray(written), encoding, callback);
    return;
  }
  if (this.pos !== undefined) this.pos += written;
  callback();
};

WriteStream.prototype._writev = function(chunks, callback) {
  const buffers = chunks.map(({ chunk }) => chunk);
  const total = buffers.reduce((sum, b) => sum + b.length, 0);
  this[kIsPerformingIO] = true;
  this[kFs].writev(this.fd, buffers, this.pos ?? null, (err, written) => {
    if (writeEnded(this, err, callback, 'writev')) return;
    this.bytesWritten += written;
    if (this.pos !== undefined) this.pos += written;
    if (written < total) {
      const rest = lazyBuffer().concat(buffers).subarray(written);
      this._write(rest, 'buffer', callback);
      return;
    }
    callback();
  });
};

WriteStream.prototype._final = function(callback) {
  if (!this.flush) {
    callback();
    return;
  }
  const fsync = this[kFs].fsync ?? lazyFs().fsync;
  fsync(this.fd, (err) => callback(err));
};

WriteStream.prototype._destroy = function(err, callback) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (er) => closeStream(this, err || er, callback));
  } else {
    closeStream(this, err, callback);
  }
};

WriteStream.prototype.close = function(callback) {
  if (callback) {
    if (this.closed) {
      process.nextTick(callback);
      return;
    }
    this.on('close', callback);
  }
  // An unended stream is ended first so what was written gets flushed.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

module.exports = { ReadStream, WriteStream };
