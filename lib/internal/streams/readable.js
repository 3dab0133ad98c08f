'use strict';
// stream.Readable.
//
// Data pushed by _read() (or by push() from outside) waits in state.buffer until it is
// consumed: in flowing mode by 'data' listeners, in paused mode by read(), usually from
// a 'readable' listener. read() asks _read() for more whenever the buffer is below
// highWaterMark. Events that Node emits "later" go through process.nextTick exactly
// where Node's do, so listeners observe the same order ('readable', 'data', 'end',
// 'close'; 'error' then 'close').

const EventEmitter = require('events');
const { Stream, prependListener } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const {
  getHighWaterMark, getDefaultHighWaterMark, kOnConstructed, isDuplexStream,
} = require('internal/streams/state');
const { codes, errors } = require('internal/errors/lazy');

const { errorOrDestroy } = destroyImpl;
const kPaused = Symbol('kPaused');
// Chunks handed only to a pipe's write: see ondata in pipe() and WriteStream's _write.
const kSoleData = Symbol('kSoleData');   // the 'data' being emitted reaches one listener only
const kFlowRead = Symbol('kFlowRead');   // read() is called by flow(), which drops its result
const kShared = Symbol('kShared');       // readableBuffer was read: chunks may be held
const kPipedChunk = Symbol('kPipedChunk');  // on a dest: the chunk pipe() is writing to it
const kOwnChunk = Symbol('kOwnChunk');  // on a src: the last chunk it read itself (fs.ReadStream)
const nop = () => {};

let BufferClass;
function lazyBuffer() {
  BufferClass ??= require('buffer').Buffer;
  return BufferClass;
}

let eos;
function lazyEos() {
  eos ??= require('internal/streams/end-of-stream');
  return eos;
}

function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = isDuplexStream(stream);
  this.objectMode = !!(options?.objectMode || (isDuplex && options?.readableObjectMode));
  this.highWaterMark = options ?
    getHighWaterMark(this.objectMode, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);
  // Chunks not read yet: Buffers (or strings once an encoding is set), or any values
  // in object mode. `length` counts bytes, characters or objects.
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  // null: no consumer chose a mode yet; true: flowing; false: paused.
  this.flowing = null;
  this[kPaused] = null;
  this.ended = false;
  this.endEmitted = false;
  // An endReadableNT tick is queued: later read()s at the end need not queue another.
  this.endScheduled = false;
  this.reading = false;
  this.constructed = true;
  // Whether _read() may have pushed synchronously, within the current read() call.
  this.sync = true;
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  this.resumeScheduled = false;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.destroyed = false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this.defaultEncoding = options?.defaultEncoding || 'utf8';
  // The writers that pipe() waits for a 'drain' from: one dest, or a Set of them.
  this.awaitDrainWriters = null;
  this.multiAwaitDrain = false;
  this.readingMore = false;
  this.dataEmitted = false;
  this[kSoleData] = false;
  this[kFlowRead] = false;
  this[kShared] = false;
  this.decoder = null;
  this.encoding = null;
  if (options?.encoding) {
    const { StringDecoder } = require('string_decoder');
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  const isDuplex = isDuplexStream(this);
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) {
      require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
    }
  }
  Stream.call(this, options);
  destroyImpl.construct(this, () => onConstructed(this));
}

function onConstructed(stream) {
  if (stream._readableState.needReadable) maybeReadMore(stream, stream._readableState);
}
ReadableState[kOnConstructed] = onConstructed;
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);
Readable.ReadableState = ReadableState;

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function _destroy(err, cb) {
  cb(err);
};

Readable.prototype[EventEmitter.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

Readable.prototype[Symbol.asyncDispose] = function() {
  let error;
  if (!this.destroyed) {
    error = this.readableEnded ? null : new errors.AbortError();
    this.destroy(error);
  }
  return new Promise((resolve, reject) => {
    lazyEos()(this, (err) => (err && err !== error ? reject(err) : resolve(null)));
  });
};

Readable.prototype.push = function push(chunk, encoding) {
  return addChunkFromOutside(this, chunk, encoding, false);
};

Readable.prototype.unshift = function unshift(chunk, encoding) {
  return addChunkFromOutside(this, chunk, encoding, true);
};

function addChunkFromOutside(stream, chunk, encoding, addToFront) {
  const state = stream._readableState;
  let err;
  if (!state.objectMode) {
    if (typeof chunk === 'string') {
      encoding ||= state.defaultEncoding;
      if (state.encoding !== encoding) {
        const Buffer = lazyBuffer();
        if (addToFront && state.encoding) {
          // Unshifted data goes before what the decoder holds: convert it directly.
          chunk = Buffer.from(chunk, encoding).toString(state.encoding);
        } else {
          chunk = Buffer.from(chunk, encoding);
          encoding = '';
        }
      }
    } else if (ArrayBuffer.isView(chunk)) {
      // Any TypedArray or DataView counts as its bytes.
      const Buffer = lazyBuffer();
      if (!(chunk instanceof Buffer)) {
        chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      }
      encoding = '';
    } else if (chunk != null) {
      err = new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'],
        chunk);
    }
  }

  if (err) {
    errorOrDestroy(stream, err);
    return false;
  } else if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
  } else if (state.objectMode || (chunk !== undefined && chunk.length > 0)) {
    if (addToFront) {
      if (state.endEmitted) {
        errorOrDestroy(stream, new codes.ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
      } else if (state.destroyed || state.errored) {
        return false;
      } else {
        addChunk(stream, state, chunk, true);
      }
    } else if (state.ended) {
      errorOrDestroy(stream, new codes.ERR_STREAM_PUSH_AFTER_EOF());
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      state.reading = false;
      if (state.decoder && !encoding) {
        chunk = state.decoder.write(chunk);
        if (state.objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
        else maybeReadMore(stream, state);
      } else {
        addChunk(stream, state, chunk, false);
      }
    }
  } else if (!addToFront) {
    // An empty chunk: the read is over but nothing was added.
    state.reading = false;
    maybeReadMore(stream, state);
  }
  // More may be pushed while under highWaterMark (or while nothing is buffered at all).
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing && state.length === 0 && !state.sync && stream.listenerCount('data') > 0) {
    // Flowing with nothing queued: hand the chunk straight to the listeners.
    clearAwaitDrain(state);
    state.dataEmitted = true;
    state[kSoleData] = stream.listenerCount('data') === 1;
    stream.emit('data', chunk);
    state[kSoleData] = false;
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (addToFront) {
      if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
      else state.buffer.unshift(chunk);
    } else {
      state.buffer.push(chunk);
    }
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

function clearAwaitDrain(state) {
  if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
  else state.awaitDrainWriters = null;
}

Readable.prototype.isPaused = function isPaused() {
  const state = this._readableState;
  return state[kPaused] === true || state.flowing === false;
};

Readable.prototype.setEncoding = function setEncoding(encoding) {
  const { StringDecoder } = require('string_decoder');
  const state = this._readableState;
  const decoder = new StringDecoder(encoding);
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  // What is already buffered becomes one decoded string.
  let content = '';
  for (let i = state.bufferIndex; i < state.buffer.length; i++) content += decoder.write(state.buffer[i]);
  state.buffer = [];
  state.bufferIndex = 0;
  if (content !== '') state.buffer.push(content);
  state.length = content.length;
  return this;
};

const kMaxHighWaterMark = 0x40000000;

// read(n) with n above highWaterMark raises it to the next power of two.
function computeNewHighWaterMark(n) {
  if (n > kMaxHighWaterMark) throw new codes.ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  let hwm = 1;
  while (hwm < n) hwm *= 2;
  return hwm;
}

// How many bytes (or objects) read(n) returns from what is buffered now.
function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (Number.isNaN(n)) {
    // read() with no size: the first chunk when flowing, else everything.
    if (state.flowing && state.length) return state.buffer[state.bufferIndex].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function read(n) {
  if (n === undefined) n = NaN;
  else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
  const state = this._readableState;
  const requested = n;
  const fromFlow = state[kFlowRead];
  state[kFlowRead] = false;

  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;

  // read(0) with enough buffered (or at the end) only triggers 'readable' or 'end'.
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) ||
       state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);

  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Call _read() when below highWaterMark after this read, unless a read is already
  // underway or the stream cannot produce anything.
  let doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    callRead(this, state);
    // _read() may have pushed synchronously: recount.
    if (!state.reading) n = howMuchToRead(requested, state);
  }

  let ret = n > 0 ? takeFromBuffer(n, state) : null;
  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    clearAwaitDrain(state);
  }

  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    // read(n) past the end returned what was left: the stream is done.
    if (requested !== n && state.ended) endReadable(this);
  }

  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    state[kSoleData] = fromFlow && this.listenerCount('data') === 1;
    this.emit('data', ret);
    state[kSoleData] = false;
  }
  return ret;
};

// Calls _read(), in a function of its own: read() is hot, and inlining what _read() does
// made its optimized compile much slower.
function callRead(stream, state) {
  state.reading = true;
  state.sync = true;
  if (state.length === 0) state.needReadable = true;
  try {
    stream._read(state.highWaterMark);
  } catch (err) {
    errorOrDestroy(stream, err);
  }
  state.sync = false;
}

// Removes and returns n bytes/characters (or one object) from the buffer.
function takeFromBuffer(n, state) {
  if (state.length === 0) return null;
  const buffer = state.buffer;
  let ret;
  if (state.objectMode) {
    ret = buffer[state.bufferIndex];
    buffer[state.bufferIndex++] = undefined;
  } else if (!n || n >= state.length) {
    const count = buffer.length - state.bufferIndex;
    if (state.decoder) ret = buffer.slice(state.bufferIndex).join('');
    else if (count === 1) ret = buffer[state.bufferIndex];
    else ret = lazyBuffer().concat(buffer.slice(state.bufferIndex), state.length);
    state.buffer = [];
    state.bufferIndex = 0;
    return ret;
  } else {
    ret = takePartial(n, state);
  }
  if (state.bufferIndex === buffer.length) {
    state.buffer = [];
    state.bufferIndex = 0;
  } else if (state.bufferIndex > 1024) {
    state.buffer = buffer.slice(state.bufferIndex);
    state.bufferIndex = 0;
  }
  return ret;
}

// n is less than state.length: take it from the front chunks, splitting the last one.
function takePartial(n, state) {
  const buffer = state.buffer;
  const first = buffer[state.bufferIndex];
  if (n < first.length) {
    if (typeof first === 'string') {
      buffer[state.bufferIndex] = first.slice(n);
      return first.slice(0, n);
    }
    buffer[state.bufferIndex] = first.subarray(n);
    return first.subarray(0, n);
  }
  if (n === first.length) {
    buffer[state.bufferIndex++] = undefined;
    return first;
  }
  const isString = typeof first === 'string';
  let out = isString ? '' : lazyBuffer().allocUnsafe(n);
  let got = 0;
  while (got < n) {
    const chunk = buffer[state.bufferIndex];
    const want = n - got;
    if (chunk.length <= want) {
      if (isString) out += chunk;
      else out.set(chunk, got);
      got += chunk.length;
      buffer[state.bufferIndex++] = undefined;
    } else {
      if (isString) out += chunk.slice(0, want);
      else out.set(chunk.subarray(0, want), got);
      buffer[state.bufferIndex] = isString ? chunk.slice(want) : chunk.subarray(want);
      got = n;
    }
  }
  return out;
}

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    const chunk = state.decoder.end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    // Pushed within read(): 'readable' comes on the next tick.
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadableNT(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(emitReadableNT, stream);
  }
}

function emitReadableNT(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  // Another 'readable' is due once the consumer has drained below highWaterMark.
  state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
  flow(stream);
}

// Asks _read() for more, on the next tick, while below highWaterMark: a source that
// pushes asynchronously is kept reading without waiting for the consumer.
function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    process.nextTick(maybeReadMoreNT, stream, state);
  }
}

function maybeReadMoreNT(stream, state) {
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const before = state.length;
    stream.read(0);
    if (before === state.length) break;
  }
  state.readingMore = false;
}

Readable.prototype._read = function _read(size) {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

Readable.prototype.pipe = function pipe(dest, pipeOptions) {
  const src = this;
  const state = this._readableState;

  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);

  const doEnd = (!pipeOptions || pipeOptions.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) process.nextTick(endFn);
  else src.once('end', endFn);

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }

  function onend() {
    dest.end();
  }

  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // A drain this dest will never send must not keep the source paused.
    if (ondrain && state.awaitDrainWriters &&
        (!dest._writableState || dest._writableState.needDrain)) {
      ondrain();
    }
  }

  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  src.on('data', ondata);
  function ondata(chunk) {
    // A chunk that only this pipe was given (and nobody can reach otherwise) is marked for
    // a dest that wants to know (fs.WriteStream gives a file chunk's memory back once written).
    if (state[kSoleData]) {
      state[kSoleData] = false;
      if (src[kOwnChunk] === chunk && dest[kPipedChunk] === null && !state[kShared] &&
          src.emit === EventEmitter.prototype.emit && src.push === Readable.prototype.push &&
          src.read === Readable.prototype.read) {
        let ret;
        src[kOwnChunk] = null;
        dest[kPipedChunk] = chunk;
        try {
          ret = dest.write(chunk);
        } finally {
          dest[kPipedChunk] = null;
        }
        if (ret === false) pause();
        return;
      }
    }
    if (dest.write(chunk) === false) pause();
  }

  // An error on dest unpipes; it is rethrown when dest has no other 'error' listener.
  function onerror(err) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, err);
      else dest.emit('error', err);
    }
  }
  prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() {
    src.unpipe(dest);
  }

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) pause();
  else if (!state.flowing) src.resume();
  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) state.awaitDrainWriters = null;
    else if (state.multiAwaitDrain) state.awaitDrainWriters.delete(dest);
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) &&
        src.listenerCount('data')) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function unpipe(dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;
  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (const d of dests) d.emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

Readable.prototype.on = function on(event, fn) {
  const result = Stream.prototype.on.call(this, event, fn);
  const state = this._readableState;
  if (event === 'data') {
    state.readableListening = this.listenerCount('readable') > 0;
    // A 'data' listener starts the flow, unless the stream was paused explicitly.
    if (state.flowing !== false) this.resume();
  } else if (event === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) process.nextTick(readZeroNT, this);
    }
  }
  return result;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function removeListener(event, fn) {
  const result = Stream.prototype.removeListener.call(this, event, fn);
  if (event === 'readable') process.nextTick(updateReadableListening, this);
  return result;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function removeAllListeners(event) {
  const result = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (event === 'readable' || event === undefined) {
    process.nextTick(updateReadableListening, this);
  }
  return result;
};

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state[kPaused] === false) state.flowing = true;
  else if (self.listenerCount('data') > 0) self.resume();
  else if (!state.readableListening) state.flowing = null;
}

function readZeroNT(self) {
  self.read(0);
}

Readable.prototype.resume = function resume() {
  const state = this._readableState;
  if (!state.flowing) {
    // With a 'readable' listener, resume() only takes effect once it is removed.
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      process.nextTick(resumeNT, this, state);
    }
  }
  state[kPaused] = false;
  return this;
};

function resumeNT(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function pause() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state[kPaused] = true;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  do {
    state[kFlowRead] = true;
  } while (state.flowing && stream.read() !== null);
  state[kFlowRead] = false;
}

// Wraps an old-style stream (one that only emits 'data' and 'end').
Readable.prototype.wrap = function wrap(stream) {
  let paused = false;
  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => this.push(null));
  stream.on('error', (err) => errorOrDestroy(this, err));
  stream.on('close', () => this.destroy());
  stream.on('destroy', () => this.destroy());
  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  // Proxy the wrapped stream's own methods (close(), setTimeout()...) that we lack.
  const keys = Object.keys(stream);
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i];
    if (this[key] === undefined && typeof stream[key] === 'function') {
      this[key] = stream[key].bind(stream);
    }
  }
  return this;
};

Readable.prototype[Symbol.asyncIterator] = function() {
  return streamToAsyncIterator(this);
};

Readable.prototype.iterator = function iterator(options) {
  if (options !== undefined) require('internal/validators').validateObject(options, 'options');
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

async function* createAsyncIterator(stream, options) {
  let wake = nop;
  function next(resolve) {
    if (this === stream) {
      // A 'readable' event.
      wake();
      wake = nop;
    } else {
      wake = resolve;
    }
  }
  stream.on('readable', next);

  // undefined while running, null once finished cleanly, else the error.
  let error;
  const cleanup = lazyEos()(stream, { writable: false }, (err) => {
    error = err ? errors.aggregateTwoErrors(error, err) : null;
    wake();
    wake = nop;
  });

  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (error) {
        throw error;
      } else if (error === null) {
        return;
      } else {
        await new Promise(next);
      }
    }
  } catch (err) {
    error = errors.aggregateTwoErrors(error, err);
    throw error;
  } finally {
    if ((error || options?.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
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

defineGetters(Readable.prototype, {
  get readable() {
    const r = this._readableState;
    return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
  },
  set readable(value) {
    if (this._readableState) this._readableState.readable = !!value;
  },
  get readableDidRead() {
    return this._readableState.dataEmitted;
  },
  get readableAborted() {
    const r = this._readableState;
    return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
  },
  get readableHighWaterMark() {
    return this._readableState.highWaterMark;
  },
  get readableBuffer() {
    const r = this._readableState;
    if (r) r[kShared] = true;
    return r && r.buffer.slice(r.bufferIndex);
  },
  get readableFlowing() {
    return this._readableState.flowing;
  },
  set readableFlowing(value) {
    if (this._readableState) this._readableState.flowing = value;
  },
  get readableLength() {
    return this._readableState.length;
  },
  get readableObjectMode() {
    return this._readableState ? this._readableState.objectMode : false;
  },
  get readableEncoding() {
    return this._readableState ? this._readableState.encoding : null;
  },
  get errored() {
    return this._readableState ? this._readableState.errored : null;
  },
  get closed() {
    return this._readableState ? this._readableState.closed : false;
  },
  get destroyed() {
    return this._readableState ? this._readableState.destroyed : false;
  },
  set destroyed(value) {
    if (this._readableState) this._readableState.destroyed = value;
  },
  get readableEnded() {
    return this._readableState ? this._readableState.endEmitted : false;
  },
});

// The state's `paused` is what isPaused() reports once resume()/pause() was called.
Object.defineProperty(ReadableState.prototype, 'paused', {
  get() { return this[kPaused] !== false; },
  set(value) { this[kPaused] = !!value; },
  configurable: true,
});
Object.defineProperty(ReadableState.prototype, 'pipesCount', {
  get() { return this.pipes.length; },
  configurable: true,
});

function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted && !state.endScheduled) {
    state.ended = true;
    state.endScheduled = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  state.endScheduled = false;
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      // A Duplex is destroyed once both sides are done.
      const wState = stream._writableState;
      if (!wState || (wState.autoDestroy && (wState.finished || wState.writable === false))) {
        stream.destroy();
      }
    }
  }
}

function endWritableNT(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

Readable.from = function from(iterable, options) {
  return require('internal/streams/from')(Readable, iterable, options);
};

Readable.wrap = function wrap(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

Readable.fromWeb = function fromWeb(readableStream, options) {
  return require('internal/webstreams/adapters').newStreamReadableFromReadableStream(
    readableStream, options);
};

Readable.toWeb = function toWeb(streamReadable, options) {
  return require('internal/webstreams/adapters').newReadableStreamFromStreamReadable(
    streamReadable, options);
};

Readable._fromList = takeFromBuffer;
Object.defineProperty(Readable, '_kPipedChunk', { value: kPipedChunk });
Object.defineProperty(Readable, '_kOwnChunk', { value: kOwnChunk });

module.exports = Readable;
