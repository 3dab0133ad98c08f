'use strict';
// Glue between a libuv stream handle (a Pipe or TTY from internalBinding('pipe_wrap') /
// ('tty_wrap'), whose read/write methods come from internalBinding('stream_wrap')) and the
// node:stream Duplex that owns it as `stream._handle`.
//
// Handle protocol (src/bindings/stream_wrap.c):
// - handle.readStart()/readStop() return 0 or a negative libuv code; while reading, each read
//   calls handle.onread(arrayBuffer) (readChunk makes the Buffer), and once
//   handle.onread(code) with UV_EOF at the end or another negative code on error.
// - handle.writeBuffer(req, bytes), writeUtf8String(req, s), writeLatin1String(req, s),
//   writev(req, chunks) return 0 or a code; streamState[kLastWriteWasAsync] then says whether
//   req.oncomplete(status) will follow (1) or the bytes are already written (0; on TCP, a
//   write after the first in a callback may be held until the callback ends, and if it then
//   fails, handle.onread(code, true) reports it).
// - handle.shutdown(req) → req.oncomplete(status); handle.close(cb).

const { errors } = require('internal/errors/lazy');
const {
  streamState, kBytesWritten, kLastWriteWasAsync, kReadOffset, kReadLength, setBufferPrototype,
  readStart, readStop, writeBuffer, writeUtf8String, writeLatin1String, writev,
} = internalBinding('stream_wrap');
const { UV_EOF } = internalBinding('uv');
const { runTicksNow } = require('internal/process/task_queues');

// node:buffer, loaded by the first read or non-UTF-8 write: a write-only pipe or terminal
// (process.stdout) writes strings and bytes without it (~25M instructions to load). Loading
// it also makes the reads that C turns into Buffers, without a second object per chunk, get
// Buffer's prototype; a module that has node:buffer already (net) gets that at once.
let Buffer;
let FastBuffer;
let normalizeEncoding;

function loadBuffer() {
  Buffer = require('buffer').Buffer;
  ({ FastBuffer, normalizeEncoding } = require('internal/buffer'));
  setBufferPrototype(FastBuffer.prototype);
}
if (require.loader.isLoaded('buffer')) loadBuffer();

// Reading or writing a property of a handle (a C API object) walks its class tables on
// every access (~70-200 ns; the JIT cannot cache it): the hot paths below call the shared
// native methods with fn.call(handle, ...) and keep per-stream state on the stream.

// The stream that owns a handle.
const kOwner = Symbol('kOwner');
// Set when a read was just delivered (so the handle is reading): the next _read() need not
// ask the handle. Everything here that stops reading clears it.
const kReadingHint = Symbol('kReadingHint');
// A stream's idle timer (net.Socket#setTimeout); while it is set, reads call
// stream._unrefTimer() to note the activity.
const kTimeout = Symbol('kTimeout');

// req.oncomplete for writes that did not finish at once: `this` is the request. The ticks
// the callback queued (a 'drain' listener's resume(), say) run in this same call.
function onWriteComplete(status) {
  const stream = this.stream;
  if (stream.destroyed) {
    this.callback(null);
  } else if (status < 0) {
    this.callback(errors.errnoException(status, 'write'));
  } else {
    this.callback(null);
  }
  runTicksNow();
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
    err = writeBuffer.call(handle, req, data);
  } else {
    if (encoding !== 'utf8' && Buffer === undefined) loadBuffer();
    const enc = encoding === 'utf8' ? 'utf8' : normalizeEncoding(encoding);
    if (enc === 'utf8') err = writeUtf8String.call(handle, req, data);
    else if (enc === 'latin1') err = writeLatin1String.call(handle, req, data);
    else err = writeBuffer.call(handle, req, Buffer.from(data, enc));
  }
  afterWriteDispatched(req, err, cb);
  return req;
}

// Writes the { chunk, encoding } entries Writable#_writev gets, in one system call when
// possible.
function writevGeneric(stream, entries, cb) {
  const req = createWriteReq(stream, cb);
  if (Buffer === undefined) loadBuffer();
  const chunks = new Array(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const { chunk, encoding } = entries[i];
    if (typeof chunk === 'string' && normalizeEncoding(encoding) !== 'utf8') {
      chunks[i] = Buffer.from(chunk, encoding);
    } else {
      chunks[i] = chunk;
    }
  }
  const err = writev.call(stream._handle, req, chunks);
  afterWriteDispatched(req, err, cb);
  return req;
}

// The Buffer of a read: handle.onread gets the ArrayBuffer, the place of the bytes in it is
// in streamState (a pool several reads share, so it is never rewritten).
function readChunk(arrayBuffer) {
  if (FastBuffer === undefined) loadBuffer();
  return new FastBuffer(arrayBuffer, streamState[kReadOffset], streamState[kReadLength]);
}

// Makes the handle.onread of `stream`: a closure, so that a read reaches the stream without
// reading handle[kOwner]. It also runs the ticks the read queued (nearly every read queues
// some): the trampoline would otherwise make a second call into JS for them, under the same
// engine lock and before the same microtask checkpoint, so the order is unchanged.
function streamOnRead(stream, handle) {
  // A module that loaded node:buffer after this one (net after a pipe stdout) still gets
  // Buffer-prototyped chunks from C.
  if (Buffer === undefined && require.loader.isLoaded('buffer')) loadBuffer();
  return (arg, writeFailed) => {
    if (writeFailed === true) onStreamWriteFailed(stream, arg);
    else onStreamRead(stream, handle, arg);
    runTicksNow();
  };
}

// A write that C held back to send with the next ones (stream_wrap.c, "holding writes") and
// reported done failed when it went out: the stream fails as on any failed write.
function onStreamWriteFailed(stream, code) {
  if (!stream.destroyed) stream.destroy(errors.errnoException(code, 'write'));
}

// A read of `handle` for `stream`: an ArrayBuffer (see readChunk), or a number: UV_EOF or an
// error.
function onStreamRead(stream, handle, arg) {
  if (typeof arg === 'number') {
    onStreamReadEnd(stream, handle, arg);
    return;
  }
  if (stream[kTimeout] != null) stream._unrefTimer();
  stream[kReadingHint] = true;
  if (!stream.push(readChunk(arg)) && handle.reading) {
    // Backpressure: nothing more is read until the consumer drains the buffer.
    stream[kReadingHint] = false;
    handle.reading = false;
    if (!stream.destroyed) {
      const err = readStop.call(handle);
      if (err) stream.destroy(errors.errnoException(err, 'read'));
    }
  }
}

// The end of reading: `code` is UV_EOF (push the end) or an error (destroy the stream).
function onStreamReadEnd(stream, handle, code) {
  stream[kReadingHint] = false;
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
  if (stream[kReadingHint] === true) {
    // A read was delivered since the last call and nothing stopped reading since.
    stream[kReadingHint] = false;
    return;
  }
  const handle = stream._handle;
  if (!handle || handle.reading || stream.destroyed) return;
  if (Buffer === undefined) loadBuffer();
  handle.reading = true;
  const err = readStart.call(handle);
  if (err) {
    handle.reading = false;
    stream.destroy(errors.errnoException(err, 'read'));
  }
}

// Stops reading if the handle is reading; errors destroy the stream.
function stopReading(stream) {
  stream[kReadingHint] = false;
  const handle = stream._handle;
  if (!handle || !handle.reading) return;
  handle.reading = false;
  const err = readStop.call(handle);
  if (err) stream.destroy(errors.errnoException(err, 'read'));
}

module.exports = {
  kOwner,
  kTimeout,
  kReadingHint,
  readChunk,
  writeGeneric,
  writevGeneric,
  streamOnRead,
  onStreamReadEnd,
  onStreamWriteFailed,
  startReading,
  stopReading,
};
