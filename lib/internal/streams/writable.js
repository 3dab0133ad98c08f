'use strict';
// stream.Writable.
//
// write() hands one chunk at a time to _write(); chunks written meanwhile (or while
// corked, or before _construct() finished) wait in state.buffered and go to _writev()
// in one call when it exists. write() returns false once state.length reaches
// highWaterMark, and 'drain' follows when the queue empties. end() waits for pending
// writes, runs _final(), then emits 'prefinish', 'finish' and (autoDestroy) 'close'.

const EventEmitter = require('events');
const { Stream } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const {
  getHighWaterMark, getDefaultHighWaterMark, kOnConstructed, isDuplexStream,
} = require('internal/streams/state');
const { codes, errors } = require('internal/errors/lazy');

const { errorOrDestroy } = destroyImpl;
const kOnFinished = Symbol('kOnFinished');
const nop = () => {};

let BufferClass;
function lazyBuffer() {
  BufferClass ??= require('buffer').Buffer;
  return BufferClass;
}

const kEncodings = new Set(['utf8', 'utf-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1',
  'binary', 'base64', 'base64url', 'hex', 'ascii']);

// Buffer.isEncoding(), without loading node:buffer.
function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    kEncodings.has(encoding.toLowerCase());
}

function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = isDuplexStream(stream);
  this.objectMode = !!(options?.objectMode || (isDuplex && options?.writableObjectMode));
  this.highWaterMark = options ?
    getHighWaterMark(this.objectMode, options, 'writableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);
  this.finalCalled = false;
  this.needDrain = false;
  // ending: end() was called; ended: end() returned; finished: 'finish' was emitted.
  this.ending = false;
  this.ended = false;
  this.finished = false;
  this.destroyed = false;
  // Strings become Buffers before _write() unless decodeStrings is false.
  this.decodeStrings = !(options?.decodeStrings === false);
  this.defaultEncoding = 'utf8';
  const defaultEncoding = options?.defaultEncoding;
  if (defaultEncoding != null && defaultEncoding !== 'buffer') {
    if (!isEncoding(defaultEncoding)) throw new codes.ERR_UNKNOWN_ENCODING(defaultEncoding);
    this.defaultEncoding = defaultEncoding;
  } else if (defaultEncoding === 'buffer') {
    this.defaultEncoding = 'buffer';
  }
  // Bytes (or objects) written but not yet acknowledged by _write()'s callback.
  this.length = 0;
  this.writing = false;
  this.corked = 0;
  // Whether the current _write() is still on the stack (its callback is then deferred).
  this.sync = true;
  this.bufferProcessing = false;
  this.onwrite = onwrite.bind(undefined, stream);
  this.writecb = null;
  this.writelen = 0;
  // Callbacks of synchronous writes, run together on one tick.
  this.afterWriteTickInfo = null;
  this.buffered = [];
  this.bufferedIndex = 0;
  this.allBuffers = true;
  this.allNoop = true;
  // Writes and _final() calls whose callback has not run yet.
  this.pendingcb = 0;
  this.constructed = true;
  this.prefinished = false;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this[kOnFinished] = [];
}

WritableState.prototype.getBuffer = function getBuffer() {
  return this.buffered.slice(this.bufferedIndex);
};

Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  get() { return this.buffered.length - this.bufferedIndex; },
  configurable: true,
});

function resetBuffer(state) {
  state.buffered = [];
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

function Writable(options) {
  const isDuplex = isDuplexStream(this);
  if (!isDuplex && !Function.prototype[Symbol.hasInstance].call(Writable, this)) {
    return new Writable(options);
  }
  this._writableState = new WritableState(options, this, isDuplex);
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) {
      require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
    }
  }
  Stream.call(this, options);
  destroyImpl.construct(this, () => onConstructed(this));
}

function onConstructed(stream) {
  const state = stream._writableState;
  if (!state.writing) clearBuffer(stream, state);
  finishMaybe(stream, state);
}
WritableState[kOnConstructed] = onConstructed;
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);
Writable.WritableState = WritableState;

// A Duplex is a Writable too, though its prototype chain goes through Readable.
Object.defineProperty(Writable, Symbol.hasInstance, {
  value: function(object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
  configurable: true,
});

Writable.prototype.pipe = function pipe() {
  errorOrDestroy(this, new (require('internal/errors').codes.ERR_STREAM_CANNOT_PIPE)());
};

// Validates and normalizes a chunk, then writes or queues it. Returns true/false as
// write() does, or the error for a write after end or destroy.
function writeChunk(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  if (chunk === null) throw new codes.ERR_STREAM_NULL_VALUES();
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = state.defaultEncoding;
  } else {
    if (!encoding) encoding = state.defaultEncoding;
    else if (encoding !== 'buffer' && !isEncoding(encoding)) {
      throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    }
    if (typeof cb !== 'function') cb = nop;
  }

  if (!state.objectMode) {
    if (typeof chunk === 'string') {
      if (state.decodeStrings !== false) {
        chunk = lazyBuffer().from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (ArrayBuffer.isView(chunk)) {
      // Any TypedArray or DataView is written as its bytes.
      const Buffer = lazyBuffer();
      if (!(chunk instanceof Buffer)) {
        chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      }
      encoding = 'buffer';
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'],
        chunk);
    }
  }

  let err;
  if (state.ending) err = new codes.ERR_STREAM_WRITE_AFTER_END();
  else if (state.destroyed) err = new codes.ERR_STREAM_DESTROYED('write');
  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function write(chunk, encoding, cb) {
  return writeChunk(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function cork() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function uncork() {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!isEncoding(encoding)) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

function writeOrBuffer(stream, state, chunk, encoding, callback) {
  const len = state.objectMode ? 1 : chunk.length;
  state.length += len;
  const ret = state.length < state.highWaterMark;
  if (!ret) state.needDrain = true;

  if (state.writing || state.corked || state.errored || !state.constructed) {
    state.buffered.push({ chunk, encoding, callback });
    if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
    if (state.allNoop && callback !== nop) state.allNoop = false;
  } else {
    state.writelen = len;
    state.writecb = callback;
    state.writing = true;
    state.sync = true;
    stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }
  return ret && !state.errored && !state.destroyed;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state.writing = true;
  state.sync = true;
  if (state.destroyed) state.onwrite(new codes.ERR_STREAM_DESTROYED('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

function onwriteError(stream, state, err, cb) {
  --state.pendingcb;
  cb(err);
  // Queued writes fail too; the stream is then destroyed (or errors).
  errorBuffer(state);
  errorOrDestroy(stream, err);
}

// The callback _write() and _writev() get.
function onwrite(stream, err) {
  const state = stream._writableState;
  const sync = state.sync;
  const cb = state.writecb;
  if (typeof cb !== 'function') {
    errorOrDestroy(stream, new codes.ERR_MULTIPLE_CALLBACK());
    return;
  }
  state.writing = false;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;

  if (err) {
    void err.stack;
    if (!state.errored) state.errored = err;
    if (stream._readableState && !stream._readableState.errored) {
      stream._readableState.errored = err;
    }
    if (sync) process.nextTick(onwriteError, stream, state, err, cb);
    else onwriteError(stream, state, err, cb);
    return;
  }

  if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);
  if (sync) {
    // Callbacks of consecutive synchronous writes with the same cb share one tick.
    const info = state.afterWriteTickInfo;
    if (info !== null && info.cb === cb) {
      info.count++;
    } else {
      state.afterWriteTickInfo = { count: 1, cb, stream, state };
      process.nextTick(afterWriteTick, state.afterWriteTickInfo);
    }
  } else {
    afterWrite(stream, state, 1, cb);
  }
}

function afterWriteTick({ stream, state, count, cb }) {
  state.afterWriteTickInfo = null;
  afterWrite(stream, state, count, cb);
}

function afterWrite(stream, state, count, cb) {
  const needDrain = !state.ending && !stream.destroyed && state.length === 0 && state.needDrain;
  if (needDrain) {
    state.needDrain = false;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if (state.destroyed) errorBuffer(state);
  finishMaybe(stream, state);
}

// Fails every queued write and pending end() callback of a destroyed or errored stream.
function errorBuffer(state) {
  if (state.writing) return;
  for (let n = state.bufferedIndex; n < state.buffered.length; ++n) {
    const { chunk, callback } = state.buffered[n];
    state.length -= state.objectMode ? 1 : chunk.length;
    callback(state.errored ?? new codes.ERR_STREAM_DESTROYED('write'));
  }
  for (const callback of state[kOnFinished].splice(0)) {
    callback(state.errored ?? new codes.ERR_STREAM_DESTROYED('end'));
  }
  resetBuffer(state);
}

// Writes what was queued: all of it in one _writev() call when there is one.
function clearBuffer(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;
  const { buffered, bufferedIndex, objectMode } = state;
  const count = buffered.length - bufferedIndex;
  if (!count) return;

  let i = bufferedIndex;
  state.bufferProcessing = true;
  if (count > 1 && stream._writev) {
    state.pendingcb -= count - 1;
    const callback = state.allNoop ? nop : (err) => {
      for (let n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    const chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = state.allBuffers;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      const len = objectMode ? 1 : chunk.length;
      doWrite(stream, state, false, len, chunk, encoding, callback);
    } while (i < buffered.length && !state.writing);

    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state.bufferProcessing = false;
}

Writable.prototype._write = function _write(chunk, encoding, cb) {
  if (this._writev) this._writev([{ chunk, encoding }], cb);
  else throw new codes.ERR_METHOD_NOT_IMPLEMENTED('_write()');
};

Writable.prototype._writev = null;

Writable.prototype.end = function end(chunk, encoding, cb) {
  const state = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  let err;
  if (chunk !== null && chunk !== undefined) {
    const ret = writeChunk(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }

  // end() uncorks completely.
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }

  if (err) {
    // The write already failed; its error is reported through cb below.
  } else if (!state.errored && !state.ending) {
    state.ending = true;
    finishMaybe(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    err = new codes.ERR_STREAM_ALREADY_FINISHED('end');
  } else if (state.destroyed) {
    err = new codes.ERR_STREAM_DESTROYED('end');
  }

  if (typeof cb === 'function') {
    if (err) process.nextTick(cb, err);
    else if (state.finished) process.nextTick(cb, null);
    else state[kOnFinished].push(cb);
  }
  return this;
};

function needFinish(state) {
  return state.ending && !state.destroyed && state.constructed && state.length === 0 &&
    !state.errored && state.buffered.length === 0 && !state.finished && !state.writing &&
    !state.errorEmitted && !state.closeEmitted;
}

function callFinal(stream, state) {
  let called = false;
  function onFinal(err) {
    if (called) {
      errorOrDestroy(stream, err ?? new codes.ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    state.pendingcb--;
    if (err) {
      for (const callback of state[kOnFinished].splice(0)) callback(err);
      errorOrDestroy(stream, err, state.sync);
    } else if (needFinish(state)) {
      state.prefinished = true;
      stream.emit('prefinish');
      state.pendingcb++;
      process.nextTick(finish, stream, state);
    }
  }
  state.sync = true;
  state.pendingcb++;
  try {
    stream._final(onFinal);
  } catch (err) {
    onFinal(err);
  }
  state.sync = false;
}

function prefinish(stream, state) {
  if (!state.prefinished && !state.finalCalled) {
    if (typeof stream._final === 'function' && !state.destroyed) {
      state.finalCalled = true;
      callFinal(stream, state);
    } else {
      state.prefinished = true;
      stream.emit('prefinish');
    }
  }
}

function finishMaybe(stream, state, sync) {
  if (!needFinish(state)) return;
  prefinish(stream, state);
  if (state.pendingcb !== 0) return;
  if (sync) {
    state.pendingcb++;
    process.nextTick(finishMaybeNT, stream, state);
  } else if (needFinish(state)) {
    state.pendingcb++;
    process.nextTick(finish, stream, state);
  }
}

function finishMaybeNT(stream, state) {
  if (needFinish(state)) finish(stream, state);
  else state.pendingcb--;
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;
  for (const callback of state[kOnFinished].splice(0)) callback(null);
  stream.emit('finish');
  if (state.autoDestroy) {
    // A Duplex is destroyed once both sides are done.
    const rState = stream._readableState;
    if (!rState || (rState.autoDestroy && (rState.endEmitted || rState.readable === false))) {
      stream.destroy();
    }
  }
}

function defineGetters(proto, getters) {
  for (const name of Object.keys(getters)) {
    const descriptor = Object.getOwnPropertyDescriptor(getters, name);
    descriptor.enumerable = false;
    Object.defineProperty(proto, name, descriptor);
  }
}

defineGetters(Writable.prototype, {
  get closed() {
    return this._writableState ? this._writableState.closed : false;
  },
  get destroyed() {
    return this._writableState ? this._writableState.destroyed : false;
  },
  set destroyed(value) {
    if (this._writableState) this._writableState.destroyed = value;
  },
  get writable() {
    const w = this._writableState;
    return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
  },
  set writable(value) {
    if (this._writableState) this._writableState.writable = !!value;
  },
  get writableFinished() {
    return this._writableState ? this._writableState.finished : false;
  },
  get writableObjectMode() {
    return this._writableState ? this._writableState.objectMode : false;
  },
  get writableBuffer() {
    return this._writableState && this._writableState.getBuffer();
  },
  get writableEnded() {
    return this._writableState ? this._writableState.ending : false;
  },
  get writableNeedDrain() {
    const w = this._writableState;
    if (!w) return false;
    return !w.destroyed && !w.ending && w.needDrain;
  },
  get writableHighWaterMark() {
    return this._writableState && this._writableState.highWaterMark;
  },
  get writableCorked() {
    return this._writableState ? this._writableState.corked : 0;
  },
  get writableLength() {
    return this._writableState && this._writableState.length;
  },
  get errored() {
    return this._writableState ? this._writableState.errored : null;
  },
  get writableAborted() {
    const w = this._writableState;
    return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
  },
});

Writable.prototype.destroy = function destroy(err, cb) {
  const state = this._writableState;
  // Queued writes and end() callbacks fail on the next tick.
  if (!state.destroyed &&
      (state.bufferedIndex < state.buffered.length || state[kOnFinished].length)) {
    process.nextTick(errorBuffer, state);
  }
  destroyImpl.destroy.call(this, err, cb);
  return this;
};

Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function _destroy(err, cb) {
  cb(err);
};

Writable.prototype[EventEmitter.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

Writable.prototype[Symbol.asyncDispose] = function() {
  let error;
  if (!this.destroyed) {
    error = this.writableFinished ? null : new errors.AbortError();
    this.destroy(error);
  }
  return new Promise((resolve, reject) => {
    require('internal/streams/end-of-stream')(this,
      (err) => (err && err.name !== 'AbortError' ? reject(err) : resolve(null)));
  });
};

Writable.fromWeb = function fromWeb(writableStream, options) {
  return require('internal/webstreams/adapters').newStreamWritableFromWritableStream(
    writableStream, options);
};

Writable.toWeb = function toWeb(streamWritable) {
  return require('internal/webstreams/adapters').newWritableStreamFromStreamWritable(
    streamWritable);
};

module.exports = Writable;
