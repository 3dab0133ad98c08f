'use strict';
// WritableStream (WHATWG Streams) with its default writer and controller. The
// algorithms follow the spec's names; internal slots live in this[kState].

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE },
} = require('internal/errors');
const {
  checkBrand, customInspect, deferred: plainDeferred, dequeueValue, enqueueValueWithSize,
  extractHighWaterMark, extractSizeAlgorithm, getCallbacks, kState, kType, promiseCall, rejected,
  resetQueue, setHandled,
} = require('internal/webstreams/util');
const { kIsClosedPromise, kIsErrored, kIsWritable, kControllerErrorFunction } =
  require('internal/streams/utils');

const kConstruct = Symbol('kConstruct');
// The marker the queue holds for close().
const kCloseSentinel = Symbol('kCloseSentinel');

class WritableStream {
  constructor(sink = {}, strategy = {}) {
    if (sink === null || (typeof sink !== 'object' && typeof sink !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('sink', 'Object', sink);
    }
    if (strategy === null || typeof strategy !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('strategy', 'Object', strategy);
    }
    if (sink.type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', sink.type);
    this[kType] = 'WritableStream';
    initStream(this);
    const size = extractSizeAlgorithm(strategy);
    const hwm = extractHighWaterMark(strategy, 1);
    const [start, write, close, abort] =
      getCallbacks(sink, 'sink', ['start', 'write', 'close', 'abort']);
    const controller = new WritableStreamDefaultController(kConstruct);
    setUpController(this, controller,
      () => (start === undefined ? undefined : Reflect.apply(start, sink, [controller])),
      (chunk) => promiseCall(sink, write, [chunk, controller]),
      () => promiseCall(sink, close, []),
      (reason) => promiseCall(sink, abort, [reason]),
      hwm, size);
  }

  get locked() {
    checkBrand(this, 'WritableStream');
    return this[kState].writer !== undefined;
  }

  abort(reason = undefined) {
    try {
      checkBrand(this, 'WritableStream');
    } catch (err) {
      return rejected(err);
    }
    if (this[kState].writer !== undefined) {
      return rejected(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    }
    return streamAbort(this, reason);
  }

  close() {
    try {
      checkBrand(this, 'WritableStream');
    } catch (err) {
      return rejected(err);
    }
    if (this[kState].writer !== undefined) {
      return rejected(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    }
    if (closeQueuedOrInFlight(this)) {
      return rejected(new ERR_INVALID_STATE.TypeError('Failure closing WritableStream'));
    }
    return streamClose(this);
  }

  getWriter() {
    checkBrand(this, 'WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  get [kIsClosedPromise]() {
    return this[kState].isClosedPromise;
  }

  get [kIsErrored]() {
    return this[kState].state === 'errored';
  }

  get [kIsWritable]() {
    return this[kState].state === 'writable';
  }

  [kControllerErrorFunction](err) {
    controllerErrorIfNeeded(this[kState].controller, err);
  }

  [customInspect](depth, options, inspect) {
    return `WritableStream ${inspect({ locked: this.locked, state: this[kState].state }, options)}`;
  }
}

Object.defineProperty(WritableStream.prototype, Symbol.toStringTag, {
  value: 'WritableStream', configurable: true,
});

function initStream(stream) {
  stream[kState] = {
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    backpressure: false,
    isClosedPromise: deferred(),
  };
  setHandled(stream[kState].isClosedPromise.promise);
}

// A stream whose sink is written in JS here (adapters, TransformStream).
function createWritableStream(start, write, close, abort, highWaterMark = 1, size = () => 1) {
  const stream = Object.create(WritableStream.prototype);
  stream[kType] = 'WritableStream';
  initStream(stream);
  const controller = new WritableStreamDefaultController(kConstruct);
  setUpController(stream, controller, start, write, close, abort, highWaterMark, size);
  return stream;
}

function isWritableStream(value) {
  return value !== null && typeof value === 'object' && value[kType] === 'WritableStream';
}

function closeQueuedOrInFlight(stream) {
  const s = stream[kState];
  return s.closeRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function hasOperationMarkedInFlight(stream) {
  const s = stream[kState];
  return s.inFlightWriteRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function streamAbort(stream, reason) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') return Promise.resolve();
  s.controller[kState].abortController.abort(reason);
  if (s.state === 'closed' || s.state === 'errored') return Promise.resolve();
  if (s.pendingAbortRequest !== undefined) return s.pendingAbortRequest.promise.promise;
  let wasAlreadyErroring = false;
  if (s.state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const promise = deferred();
  s.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) startErroring(stream, reason);
  return promise.promise;
}

function streamClose(stream) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') {
    return rejected(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  const promise = deferred();
  s.closeRequest = promise;
  const writer = s.writer;
  if (writer !== undefined && s.backpressure && s.state === 'writable') {
    writer[kState].ready.resolve();
  }
  enqueueValueWithSize(s.controller[kState], kCloseSentinel, 0);
  controllerAdvanceQueueIfNeeded(s.controller);
  return promise.promise;
}

function startErroring(stream, reason) {
  const s = stream[kState];
  const controller = s.controller;
  s.state = 'erroring';
  s.storedError = reason;
  const writer = s.writer;
  if (writer !== undefined) writerEnsureReadyPromiseRejected(writer, reason);
  if (!hasOperationMarkedInFlight(stream) && controller[kState].started) {
    finishErroring(stream);
  }
}

function finishErroring(stream) {
  const s = stream[kState];
  s.state = 'errored';
  s.isClosedPromise.reject(s.storedError);
  const controller = s.controller;
  resetQueue(controller[kState]);
  const storedError = s.storedError;
  for (const request of s.writeRequests) request.reject(storedError);
  s.writeRequests = [];
  if (s.pendingAbortRequest === undefined) {
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const abortRequest = s.pendingAbortRequest;
  s.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(storedError);
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const state = controller[kState];
  const result = state.abortAlgorithm(abortRequest.reason);
  clearAlgorithms(state);
  result.then(() => {
    abortRequest.promise.resolve();
    rejectCloseAndClosedPromiseIfNeeded(stream);
  }, (err) => {
    abortRequest.promise.reject(err);
    rejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function dealWithRejection(stream, err) {
  if (stream[kState].state === 'writable') {
    startErroring(stream, err);
    return;
  }
  finishErroring(stream);
}

function rejectCloseAndClosedPromiseIfNeeded(stream) {
  const s = stream[kState];
  if (s.closeRequest !== undefined) {
    s.closeRequest.reject(s.storedError);
    s.closeRequest = undefined;
  }
  const writer = s.writer;
  if (writer !== undefined) {
    writer[kState].closed.reject(s.storedError);
    setHandled(writer[kState].closed.promise);
  }
}

function updateBackpressure(stream, backpressure) {
  const s = stream[kState];
  const writer = s.writer;
  if (writer !== undefined && backpressure !== s.backpressure) {
    if (backpressure) {
      writer[kState].ready = deferred();
    } else {
      writer[kState].ready.resolve();
    }
  }
  s.backpressure = backpressure;
}

// ---------------------------------------------------------------------------
// Writer

function unboundWriterError() {
  return new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream');
}

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    }
    const s = stream[kState];
    if (s.writer !== undefined) throw new ERR_INVALID_STATE.TypeError('WritableStream is locked');
    this[kType] = 'WritableStreamDefaultWriter';
    this[kState] = { stream, ready: deferred(), closed: deferred() };
    s.writer = this;
    const state = s.state;
    const ready = this[kState].ready;
    const closed = this[kState].closed;
    if (state === 'writable') {
      if (!closeQueuedOrInFlight(stream) && s.backpressure) {
        // Pending.
      } else {
        ready.resolve();
      }
    } else if (state === 'erroring') {
      ready.reject(s.storedError);
      setHandled(ready.promise);
    } else if (state === 'closed') {
      ready.resolve();
      closed.resolve();
    } else {
      ready.reject(s.storedError);
      setHandled(ready.promise);
      closed.reject(s.storedError);
      setHandled(closed.promise);
    }
  }

  get closed() {
    try {
      checkBrand(this, 'WritableStreamDefaultWriter');
    } catch (err) {
      return rejected(err);
    }
    return this[kState].closed.promise;
  }

  get ready() {
    try {
      checkBrand(this, 'WritableStreamDefaultWriter');
    } catch (err) {
      return rejected(err);
    }
    return this[kState].ready.promise;
  }

  get desiredSize() {
    checkBrand(this, 'WritableStreamDefaultWriter');
    const stream = this[kState].stream;
    if (stream === undefined) {
      throw unboundWriterError();
    }
    return writerGetDesiredSize(this);
  }

  abort(reason = undefined) {
    try {
      checkBrand(this, 'WritableStreamDefaultWriter');
    } catch (err) {
      return rejected(err);
    }
    const stream = this[kState].stream;
    if (stream === undefined) {
      return rejected(unboundWriterError());
    }
    return streamAbort(stream, reason);
  }

  close() {
    try {
      checkBrand(this, 'WritableStreamDefaultWriter');
    } catch (err) {
      return rejected(err);
    }
    const stream = this[kState].stream;
    if (stream === undefined) {
      return rejected(unboundWriterError());
    }
    if (closeQueuedOrInFlight(stream)) {
      return rejected(new ERR_INVALID_STATE.TypeError('Failure to close WritableStream'));
    }
    return streamClose(stream);
  }

  releaseLock() {
    checkBrand(this, 'WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) return;
    writerRelease(this);
  }

  write(chunk = undefined) {
    try {
      checkBrand(this, 'WritableStreamDefaultWriter');
    } catch (err) {
      return rejected(err);
    }
    if (this[kState].stream === undefined) {
      return rejected(unboundWriterError());
    }
    return writerWrite(this, chunk);
  }
}

Object.defineProperty(WritableStreamDefaultWriter.prototype, Symbol.toStringTag, {
  value: 'WritableStreamDefaultWriter', configurable: true,
});

function acquireWriter(stream) {
  return new WritableStreamDefaultWriter(stream);
}

function writerGetDesiredSize(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  const controller = stream[kState].controller[kState];
  return controller.highWaterMark - controller.queueTotalSize;
}

function writerEnsureReadyPromiseRejected(writer, err) {
  const ready = writer[kState].ready;
  if (ready.settled) {
    writer[kState].ready = deferred();
  }
  writer[kState].ready.reject(err);
  writer[kState].ready.settled = true;
  setHandled(writer[kState].ready.promise);
}

function writerEnsureClosedPromiseRejected(writer, err) {
  const closed = writer[kState].closed;
  if (closed.settled) writer[kState].closed = deferred();
  writer[kState].closed.reject(err);
  writer[kState].closed.settled = true;
  setHandled(writer[kState].closed.promise);
}

function writerRelease(writer) {
  const stream = writer[kState].stream;
  const err = new ERR_INVALID_STATE.TypeError('Writer has been released');
  writerEnsureReadyPromiseRejected(writer, err);
  writerEnsureClosedPromiseRejected(writer, err);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

function writerCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (closeQueuedOrInFlight(stream) || state === 'closed') return Promise.resolve();
  if (state === 'errored') return rejected(stream[kState].storedError);
  return streamClose(stream);
}

function writerWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const controller = stream[kState].controller;
  const chunkSize = controllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) {
    return rejected(new ERR_INVALID_STATE.TypeError('Writer has been released'));
  }
  const s = stream[kState];
  if (s.state === 'errored') return rejected(s.storedError);
  if (closeQueuedOrInFlight(stream) || s.state === 'closed') {
    return rejected(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  if (s.state === 'erroring') return rejected(s.storedError);
  const request = deferred();
  s.writeRequests.push(request);
  controllerWrite(controller, chunk, chunkSize);
  return request.promise;
}

// Settlement tracking for the writer's promises (needed to replace them when rejected).
function trackSettled(d) {
  const { resolve, reject } = d;
  d.resolve = (v) => {
    d.settled = true;
    resolve(v);
  };
  d.reject = (e) => {
    d.settled = true;
    reject(e);
  };
  return d;
}

// ---------------------------------------------------------------------------
// Controller

class WritableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'WritableStreamDefaultController';
  }

  get signal() {
    checkBrand(this, 'WritableStreamDefaultController');
    return this[kState].abortController.signal;
  }

  error(err = undefined) {
    checkBrand(this, 'WritableStreamDefaultController');
    if (this[kState].stream[kState].state !== 'writable') return;
    controllerError(this, err);
  }
}

Object.defineProperty(WritableStreamDefaultController.prototype, Symbol.toStringTag, {
  value: 'WritableStreamDefaultController', configurable: true,
});

function setUpController(stream, controller, start, write, close, abort, highWaterMark, size) {
  const state = {
    stream,
    queue: [],
    queueTotalSize: 0,
    started: false,
    highWaterMark,
    sizeAlgorithm: size,
    writeAlgorithm: write,
    closeAlgorithm: close,
    abortAlgorithm: abort,
    abortController: new AbortController(),
  };
  controller[kState] = state;
  stream[kState].controller = controller;
  updateBackpressure(stream, controllerGetBackpressure(controller));
  let startResult;
  try {
    startResult = start();
  } catch (err) {
    throw err;
  }
  Promise.resolve(startResult).then(() => {
    state.started = true;
    controllerAdvanceQueueIfNeeded(controller);
  }, (err) => {
    state.started = true;
    dealWithRejection(stream, err);
  });
}

function clearAlgorithms(state) {
  state.writeAlgorithm = undefined;
  state.closeAlgorithm = undefined;
  state.abortAlgorithm = undefined;
  state.sizeAlgorithm = undefined;
}

function controllerGetChunkSize(controller, chunk) {
  const state = controller[kState];
  if (state.sizeAlgorithm === undefined) return 1;
  try {
    return state.sizeAlgorithm(chunk);
  } catch (err) {
    controllerErrorIfNeeded(controller, err);
    return 1;
  }
}

function controllerGetBackpressure(controller) {
  const state = controller[kState];
  return state.highWaterMark - state.queueTotalSize <= 0;
}

function controllerWrite(controller, chunk, chunkSize) {
  const state = controller[kState];
  try {
    enqueueValueWithSize(state, chunk, chunkSize);
  } catch (err) {
    controllerErrorIfNeeded(controller, err);
    return;
  }
  const stream = state.stream;
  if (!closeQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    updateBackpressure(stream, controllerGetBackpressure(controller));
  }
  controllerAdvanceQueueIfNeeded(controller);
}

function controllerAdvanceQueueIfNeeded(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (!state.started) return;
  if (stream[kState].inFlightWriteRequest !== undefined) return;
  const streamState = stream[kState].state;
  if (streamState === 'erroring') {
    finishErroring(stream);
    return;
  }
  if (state.queue.length === 0) return;
  const value = state.queue[0].value;
  if (value === kCloseSentinel) controllerProcessClose(controller);
  else controllerProcessWrite(controller, value);
}

function controllerErrorIfNeeded(controller, err) {
  if (controller[kState].stream[kState].state === 'writable') controllerError(controller, err);
}

function controllerError(controller, err) {
  const state = controller[kState];
  clearAlgorithms(state);
  startErroring(state.stream, err);
}

function controllerProcessClose(controller) {
  const state = controller[kState];
  const stream = state.stream;
  const s = stream[kState];
  s.inFlightCloseRequest = s.closeRequest;
  s.closeRequest = undefined;
  dequeueValue(state);
  const result = state.closeAlgorithm();
  clearAlgorithms(state);
  result.then(() => {
    s.inFlightCloseRequest.resolve();
    s.inFlightCloseRequest = undefined;
    if (s.state === 'erroring') {
      s.storedError = undefined;
      if (s.pendingAbortRequest !== undefined) {
        s.pendingAbortRequest.promise.resolve();
        s.pendingAbortRequest = undefined;
      }
    }
    s.state = 'closed';
    s.isClosedPromise.resolve();
    const writer = s.writer;
    if (writer !== undefined) writer[kState].closed.resolve();
  }, (err) => {
    s.inFlightCloseRequest.reject(err);
    s.inFlightCloseRequest = undefined;
    if (s.pendingAbortRequest !== undefined) {
      s.pendingAbortRequest.promise.reject(err);
      s.pendingAbortRequest = undefined;
    }
    dealWithRejection(stream, err);
  });
}

function controllerProcessWrite(controller, chunk) {
  const state = controller[kState];
  const stream = state.stream;
  const s = stream[kState];
  s.inFlightWriteRequest = s.writeRequests.shift();
  state.writeAlgorithm(chunk).then(() => {
    s.inFlightWriteRequest.resolve();
    s.inFlightWriteRequest = undefined;
    dequeueValue(state);
    if (!closeQueuedOrInFlight(stream) && s.state === 'writable') {
      updateBackpressure(stream, controllerGetBackpressure(controller));
    }
    controllerAdvanceQueueIfNeeded(controller);
  }, (err) => {
    if (s.state === 'writable') clearAlgorithms(state);
    s.inFlightWriteRequest.reject(err);
    s.inFlightWriteRequest = undefined;
    dealWithRejection(stream, err);
  });
}

// Every deferred made here records whether it settled: a writer's rejected ready or
// closed promise is replaced by a new rejected one.
function deferred() {
  return trackSettled(plainDeferred());
}

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  acquireWriter,
  closeQueuedOrInFlight,
  controllerErrorIfNeeded,
  createWritableStream,
  isWritableStream,
  streamAbort,
  streamClose,
  writerCloseWithErrorPropagation,
  writerRelease,
  writerWrite,
};
