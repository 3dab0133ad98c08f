'use strict';
// Glue between a libuv stream handle (a Pipe or TTY from internalBinding('pipe_wrap') /
// ('tty_wrap'), whose read/write methods come from internalBinding('stream_wrap')) and the
// node:stream Duplex that owns it as `stream._handle`.
//
// Handle protocol (src/bindings/stream_wrap.c):
// - handle.readStart()/readStop() return 0 or a negative libuv code; while reading, each read
//   calls handle.onread(chunk) with a Uint8Array that owns its bytes, and once
//   handle.onread(code) with UV_EOF at the end or another negative code on error.
// - handle.writeBuffer(req, bytes), writeUtf8String(req, s), writeLatin1String(req, s),
//   writev(req, chunks) return 0 or a code; streamState[kLastWriteWasAsync] then says whether
//   req.oncomplete(status) will follow (1) or the bytes are already written (0).
// - handle.shutdown(req) → req.oncomplete(status); handle.close(cb).

const { Buffer } = require('buffer');
const { FastBuffer, normalizeEncoding } = require('internal/buffer');
const { errors } = require('internal/errors/lazy');
const {
  streamState, kBytesWritten, kLastWriteWasAsync, setBufferPrototype,
} = internalBinding('stream_wrap');
const { UV_EOF } = internalBinding('uv');

// Reads then arrive as Buffers made in C, without a second object per chunk.
setBufferPrototype(FastBuffer.prototype);

// The stream that owns a handle.
const kOwner = Symbol('kOwner');
// A stream's idle timer (net.Socket#setTimeout); while it is set, reads call
// stream._unrefTimer() to note the activity.
const kTimeout = Symbol('kTimeout');

// req.oncomplete for writes that did not finish at once: `this` is the request.
function onWriteComplete(status) {
  const stream = this.stream;
  if (stream.destroyed) {
    this.callback(null);
    return;
  }
  if (status < 0) {
    this.callback(errors.errnoException(status, 'write'));
    return;
  }
  this.callback(null);
}

function createWriteReq(stream, cb) {
  return { stream, callback: cb, oncomplete: onWriteComplete, bytes: 0, async: false };
}

function afterWriteDispatched(req, err, cb) {
  req.bytes = streamState[kBytesWritten];
  req.async = streamState[kLastWriteWasAsync] === 1;
  if (err !== 0) {
    cb(errors.errnoException(err, 'write'));
    return;
  }
  if (!req.async) cb(null);
}

// Writes one chunk (a string in `encoding`, or bytes) through stream._handle and calls cb
// once it is written or failed. Returns the request.
function writeGeneric(stream, data, encoding, cb) {
  const req = createWriteReq(stream, cb);
  const handle = stream._handle;
  let err;
  if (typeof data !== 'string') {
    err = handle.writeBuffer(req, data);
  } else {
    const enc = encoding === 'utf8' ? 'utf8' : normalizeEncoding(encoding);
    if (enc === 'utf8') err = handle.writeUtf8String(req, data);
    else if (enc === 'latin1') err = handle.writeLatin1String(req, data);
    else err = handle.writeBuffer(req, Buffer.from(data, enc));
  }
  afterWriteDispatched(req, err, cb);
  return req;
}

// Writes the { chunk, encoding } entries Writable#_writev gets, in one system call when
// possible.
function writevGeneric(stream, entries, cb) {
  const req = createWriteReq(stream, cb);
  const chunks = new Array(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const { chunk, encoding } = entries[i];
    if (typeof chunk === 'string' && normalizeEncoding(encoding) !== 'utf8') {
      chunks[i] = Buffer.from(chunk, encoding);
    } else {
      chunks[i] = chunk;
    }
  }
  const err = stream._handle.writev(req, chunks);
  afterWriteDispatched(req, err, cb);
  return req;
}

// handle.onread: `this` is the handle. A chunk is a Buffer that owns its bytes; a number is
// UV_EOF or an error.
function onStreamRead(arg) {
  const stream = this[kOwner];
  if (typeof arg === 'number') {
    onStreamReadEnd(stream, this, arg);
    return;
  }
  if (stream[kTimeout] != null) stream._unrefTimer();
  if (!stream.push(arg) && this.reading) {
    // Backpressure: nothing more is read until the consumer drains the buffer.
    this.reading = false;
    if (!stream.destroyed) {
      const err = this.readStop();
      if (err) stream.destroy(errors.errnoException(err, 'read'));
    }
  }
}

// The end of reading: `code` is UV_EOF (push the end) or an error (destroy the stream).
function onStreamReadEnd(stream, handle, code) {
  handle.reading = false;
  if (code !== UV_EOF) {
    stream.destroy(errors.errnoException(code, 'read'));
    return;
  }
  if (!stream._readableState.endEmitted) {
    stream.push(null);
    stream.read(0);
  }
}

// Starts reading if the handle is not reading yet; errors destroy the stream.
function startReading(stream) {
  const handle = stream._handle;
  if (!handle || handle.reading || stream.destroyed) return;
  handle.reading = true;
  const err = handle.readStart();
  if (err) {
    handle.reading = false;
    stream.destroy(errors.errnoException(err, 'read'));
  }
}

// Stops reading if the handle is reading; errors destroy the stream.
function stopReading(stream) {
  const handle = stream._handle;
  if (!handle || !handle.reading) return;
  handle.reading = false;
  const err = handle.readStop();
  if (err) stream.destroy(errors.errnoException(err, 'read'));
}

module.exports = {
  kOwner,
  kTimeout,
  writeGeneric,
  writevGeneric,
  onStreamRead,
  onStreamReadEnd,
  startReading,
  stopReading,
};
