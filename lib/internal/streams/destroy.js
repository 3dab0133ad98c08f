'use strict';
// destroy(), _construct() and error reporting shared by Readable and Writable (and so
// Duplex, which carries both states). The observable order is Node's: destroy() marks
// the stream destroyed at once, calls _destroy(), and after the callback emits 'error'
// (at most once per stream) then 'close', each on its own tick.

const { codes, errors } = require('internal/errors/lazy');
// internal/streams/utils is for destroyer() only (pipelines): a lone stream does not load it.
const kIsDestroyed = Symbol.for('nodejs.stream.destroyed');

const kDestroy = Symbol('kDestroy');
const kConstruct = Symbol('kConstruct');

// Records err as the error of both sides (the first error wins).
function recordError(err, wState, rState) {
  if (!err) return;
  // Touch the stack so that it is captured where the error happened, as V8 does lazily.
  void err.stack;
  if (wState && !wState.errored) wState.errored = err;
  if (rState && !rState.errored) rState.errored = err;
}

function destroy(err, cb) {
  const rState = this._readableState;
  const wState = this._writableState;
  const state = wState || rState;
  if (wState?.destroyed || rState?.destroyed) {
    if (typeof cb === 'function') cb();
    return this;
  }
  recordError(err, wState, rState);
  if (wState) wState.destroyed = true;
  if (rState) rState.destroyed = true;
  if (!state.constructed) {
    // _destroy waits for _construct to finish.
    this.once(kDestroy, function onConstructed(constructErr) {
      callDestroy(this, errors.aggregateTwoErrors(constructErr, err), cb);
    });
  } else {
    callDestroy(this, err, cb);
  }
  return this;
}

function callDestroy(self, err, cb) {
  let called = false;
  function onDestroy(destroyErr) {
    if (called) return;
    called = true;
    const rState = self._readableState;
    const wState = self._writableState;
    recordError(destroyErr, wState, rState);
    if (wState) wState.closed = true;
    if (rState) rState.closed = true;
    if (typeof cb === 'function') cb(destroyErr);
    if (destroyErr) process.nextTick(emitErrorAndCloseNT, self, destroyErr);
    else process.nextTick(emitCloseNT, self);
  }
  try {
    self._destroy(err || null, onDestroy);
  } catch (thrown) {
    onDestroy(thrown);
  }
}

function emitErrorAndCloseNT(self, err) {
  emitErrorNT(self, err);
  emitCloseNT(self);
}

function emitCloseNT(self) {
  const rState = self._readableState;
  const wState = self._writableState;
  if (wState) wState.closeEmitted = true;
  if (rState) rState.closeEmitted = true;
  if (wState?.emitClose || rState?.emitClose) self.emit('close');
}

function emitErrorNT(self, err) {
  const rState = self._readableState;
  const wState = self._writableState;
  if (wState?.errorEmitted || rState?.errorEmitted) return;
  if (wState) wState.errorEmitted = true;
  if (rState) rState.errorEmitted = true;
  self.emit('error', err);
}

// Puts a destroyed stream back in its initial state (used by net sockets that reconnect).
function undestroy() {
  const rState = this._readableState;
  const wState = this._writableState;
  if (rState) {
    rState.constructed = true;
    rState.closed = false;
    rState.closeEmitted = false;
    rState.destroyed = false;
    rState.errored = null;
    rState.errorEmitted = false;
    rState.reading = false;
    rState.ended = rState.readable === false;
    rState.endEmitted = rState.readable === false;
  }
  if (wState) {
    wState.constructed = true;
    wState.destroyed = false;
    wState.closed = false;
    wState.closeEmitted = false;
    wState.errored = null;
    wState.errorEmitted = false;
    wState.finalCalled = false;
    wState.prefinished = false;
    wState.ended = wState.writable === false;
    wState.ending = wState.writable === false;
    wState.finished = wState.writable === false;
  }
}

// Reports an error the stream hit by itself: destroys it when autoDestroy is on,
// otherwise records it and emits 'error' (on the next tick when `sync`).
function errorOrDestroy(stream, err, sync) {
  const rState = stream._readableState;
  const wState = stream._writableState;
  if (wState?.destroyed || rState?.destroyed) return;
  if (rState?.autoDestroy || wState?.autoDestroy) {
    stream.destroy(err);
  } else if (err) {
    recordError(err, wState, rState);
    if (sync) process.nextTick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

// Runs stream._construct() on the next tick if there is one; `cb` runs once it succeeded.
function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  const rState = stream._readableState;
  const wState = stream._writableState;
  if (rState) rState.constructed = false;
  if (wState) wState.constructed = false;
  stream.once(kConstruct, cb);
  // A Duplex calls this from both constructors: schedule once.
  if (stream.listenerCount(kConstruct) > 1) return;
  process.nextTick(constructNT, stream);
}

function constructNT(stream) {
  let called = false;
  function onConstruct(err) {
    if (called) {
      errorOrDestroy(stream, err ?? new codes.ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    const rState = stream._readableState;
    const wState = stream._writableState;
    const state = wState || rState;
    if (rState) rState.constructed = true;
    if (wState) wState.constructed = true;
    if (state.destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else stream.emit(kConstruct);
  }
  try {
    stream._construct((err) => process.nextTick(onConstruct, err));
  } catch (err) {
    process.nextTick(onConstruct, err);
  }
}

function isRequest(stream) {
  return stream?.setHeader && typeof stream.abort === 'function';
}

function emitCloseLegacy(stream) {
  stream.emit('close');
}

function emitErrorCloseLegacy(stream, err) {
  stream.emit('error', err);
  process.nextTick(emitCloseLegacy, stream);
}

// Destroys any stream-like object: a Node stream, an http request, or a legacy stream
// with close()/destroy().
function destroyer(stream, err) {
  const { isDestroyed, isFinished, isServerRequest } = require('internal/streams/utils');
  if (!stream || isDestroyed(stream)) return;
  if (!err && !isFinished(stream)) err = new errors.AbortError();
  if (isServerRequest(stream)) {
    stream.socket = null;
    stream.destroy(err);
  } else if (isRequest(stream)) {
    stream.abort();
  } else if (isRequest(stream.req)) {
    stream.req.abort();
  } else if (typeof stream.destroy === 'function') {
    stream.destroy(err);
  } else if (typeof stream.close === 'function') {
    stream.close();
  } else if (err) {
    process.nextTick(emitErrorCloseLegacy, stream, err);
  } else {
    process.nextTick(emitCloseLegacy, stream);
  }
  if (!stream.destroyed) stream[kIsDestroyed] = true;
}

module.exports = {
  construct,
  destroy,
  destroyer,
  errorOrDestroy,
  undestroy,
};
