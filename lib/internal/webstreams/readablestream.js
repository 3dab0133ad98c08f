'use strict';
// ReadableStream (WHATWG Streams): default and byte controllers, default and BYOB
// readers, tee(), pipeTo()/pipeThrough(), async iteration and ReadableStream.from().
// Internal slots live in this[kState]; the algorithms follow the spec's names.

const {
  AbortError,
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  checkBrand, customInspect, deferred, getCallbacks, dequeueValue, enqueueValueWithSize,
  extractHighWaterMark, extractSizeAlgorithm, kState, kType, promiseCall, rejected,
  resetQueue, setHandled, transferBuffer,
} = require('internal/webstreams/util');
const { kIsClosedPromise, kIsDisturbed, kIsErrored, kIsReadable, kControllerErrorFunction } =
  require('internal/streams/utils');

const kConstruct = Symbol('kConstruct');

function lockedError() {
  return new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
}

class ReadableStream {
  constructor(source = {}, strategy = {}) {
    if (source === null || (typeof source !== 'object' && typeof source !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('source', 'object', source);
    }
    if (strategy === null || typeof strategy !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('strategy', 'object', strategy);
    }
    this[kType] = 'ReadableStream';
    initStream(this);
    const type = source.type;
    if (type !== undefined && `${type}` !== 'bytes') {
      throw new ERR_INVALID_ARG_VALUE('source.type', type);
    }
    if (`${type}` === 'bytes') {
      if (strategy.size !== undefined) {
        throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategy.size);
      }
      setUpByteControllerFromSource(this, source, extractHighWaterMark(strategy, 0));
    } else {
      setUpDefaultControllerFromSource(this, source, extractHighWaterMark(strategy, 1),
        extractSizeAlgorithm(strategy));
    }
  }

  get locked() {
    checkBrand(this, 'ReadableStream');
    return this[kState].reader !== undefined;
  }

  cancel(reason = undefined) {
    try {
      checkBrand(this, 'ReadableStream');
    } catch (err) {
      return rejected(err);
    }
    if (this[kState].reader !== undefined) return rejected(lockedError());
    return streamCancel(this, reason);
  }

  getReader(options = {}) {
    checkBrand(this, 'ReadableStream');
    options ??= {}; // WebIDL: a null dictionary is an empty one
    if (typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const mode = options.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = {}) {
    checkBrand(this, 'ReadableStream');
    const readable = transform?.readable;
    if (!isReadableStream(readable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const writable = transform?.writable;
    if (!isWritableStreamLike(writable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    }
    if (this.locked) throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
    if (writable.locked) throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
    setHandled(pipeTo(this, writable, validatePipeOptions(options)));
    return readable;
  }

  pipeTo(destination, options = {}) {
    try {
      checkBrand(this, 'ReadableStream');
      // Node names the destination "transform.writable" here too.
      if (!isWritableStreamLike(destination)) {
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const opts = validatePipeOptions(options);
      if (this.locked) throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
      if (destination.locked) {
        throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
      }
      return pipeTo(this, destination, opts);
    } catch (err) {
      return rejected(err);
    }
  }

  tee() {
    checkBrand(this, 'ReadableStream');
    return tee(this, this[kState].controller[kType] === 'ReadableByteStreamController' ?
      byteTeeOps : defaultTeeOps);
  }

  values(options = {}) {
    checkBrand(this, 'ReadableStream');
    options ??= {}; // WebIDL: a null dictionary is an empty one
    if (typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    return createAsyncIterator(this, !!options.preventCancel);
  }

  [Symbol.asyncIterator](options) {
    return this.values(options);
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  get [kIsClosedPromise]() {
    return this[kState].isClosedPromise;
  }

  get [kIsDisturbed]() {
    return this[kState].disturbed;
  }

  get [kIsErrored]() {
    return this[kState].state === 'errored';
  }

  get [kIsReadable]() {
    return this[kState].state === 'readable';
  }

  [kControllerErrorFunction](err) {
    const controller = this[kState].controller;
    if (controller[kType] === 'ReadableByteStreamController') byteControllerError(controller, err);
    else defaultControllerError(controller, err);
  }

  [customInspect](depth, options, inspect) {
    const s = this[kState];
    return `ReadableStream ${inspect({
      locked: this.locked, state: s.state, supportsBYOB: s.controller?.[kType] ===
        'ReadableByteStreamController',
    }, options)}`;
  }
}

Object.defineProperty(ReadableStream.prototype, Symbol.toStringTag, {
  value: 'ReadableStream', configurable: true,
});

function initStream(stream) {
  stream[kState] = {
    state: 'readable',
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
    isClosedPromise: deferred(),
  };
  setHandled(stream[kState].isClosedPromise.promise);
}

function isReadableStream(value) {
  return value !== null && typeof value === 'object' && value[kType] === 'ReadableStream';
}

function isWritableStreamLike(value) {
  return value !== null && typeof value === 'object' && value[kType] === 'WritableStream';
}

function validatePipeOptions(options) {
  options ??= {}; // WebIDL: a null dictionary is an empty one
  if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const signal = options.signal;
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  return {
    preventClose: !!options.preventClose,
    preventAbort: !!options.preventAbort,
    preventCancel: !!options.preventCancel,
    signal,
  };
}

// Streams whose source is written in JS here (tee branches, adapters): the controller
// calls these instead of an underlying source object.
function createReadableStream(start, pull, cancel, highWaterMark = 1, size = () => 1) {
  const stream = Object.create(ReadableStream.prototype);
  stream[kType] = 'ReadableStream';
  initStream(stream);
  const controller = Object.create(ReadableStreamDefaultController.prototype);
  controller[kType] = 'ReadableStreamDefaultController';
  setUpDefaultController(stream, controller, start, pull, cancel, highWaterMark, size);
  return stream;
}

function createReadableByteStream(start, pull, cancel) {
  const stream = Object.create(ReadableStream.prototype);
  stream[kType] = 'ReadableStream';
  initStream(stream);
  const controller = Object.create(ReadableByteStreamController.prototype);
  controller[kType] = 'ReadableByteStreamController';
  setUpByteController(stream, controller, start, pull, cancel, 0, undefined);
  return stream;
}

// ---------------------------------------------------------------------------
// Stream-level algorithms

function streamCancel(stream, reason) {
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') return Promise.resolve();
  if (s.state === 'errored') return rejected(s.storedError);
  streamClose(stream);
  const reader = s.reader;
  if (reader !== undefined && reader[kType] === 'ReadableStreamBYOBReader') {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const request of requests) request.close(undefined);
  }
  const controller = s.controller;
  return controller[kState].cancelSteps(reason).then(() => undefined);
}

function streamClose(stream) {
  const s = stream[kState];
  s.state = 'closed';
  s.isClosedPromise.resolve();
  const reader = s.reader;
  if (reader === undefined) return;
  reader[kState].closed.resolve();
  if (reader[kType] === 'ReadableStreamDefaultReader') {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (const request of requests) request.close();
  }
}

function streamError(stream, err) {
  const s = stream[kState];
  s.state = 'errored';
  s.storedError = err;
  s.isClosedPromise.reject(err);
  const reader = s.reader;
  if (reader === undefined) return;
  reader[kState].closed.reject(err);
  setHandled(reader[kState].closed.promise);
  if (reader[kType] === 'ReadableStreamDefaultReader') {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (const request of requests) request.error(err);
  } else {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const request of requests) request.error(err);
  }
}

function fulfillReadRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readRequests.shift();
  if (done) request.close();
  else request.chunk(chunk);
}

function numReadRequests(stream) {
  const reader = stream[kState].reader;
  if (reader === undefined || reader[kType] !== 'ReadableStreamDefaultReader') return 0;
  return reader[kState].readRequests.length;
}

function numReadIntoRequests(stream) {
  const reader = stream[kState].reader;
  if (reader === undefined || reader[kType] !== 'ReadableStreamBYOBReader') return 0;
  return reader[kState].readIntoRequests.length;
}

// ---------------------------------------------------------------------------
// Readers

function readerGenericInitialize(reader, stream) {
  const s = stream[kState];
  reader[kState].stream = stream;
  s.reader = reader;
  const closed = deferred();
  reader[kState].closed = closed;
  if (s.state === 'readable') {
    // Pending.
  } else if (s.state === 'closed') {
    closed.resolve();
  } else {
    closed.reject(s.storedError);
    setHandled(closed.promise);
  }
}

function readerGenericRelease(reader) {
  const stream = reader[kState].stream;
  const err = new ERR_INVALID_STATE.TypeError('Reader released');
  if (stream[kState].state === 'readable') {
    reader[kState].closed.reject(err);
  } else {
    reader[kState].closed = deferred();
    reader[kState].closed.reject(err);
  }
  setHandled(reader[kState].closed.promise);
  stream[kState].controller[kState].releaseSteps();
  stream[kState].reader = undefined;
  reader[kState].stream = undefined;
}

function detachedReaderError() {
  return new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream');
}

// releaseLock(), closed and cancel() of both reader kinds: they differ only in
// the brand and in the field holding the pending read requests.
function readerReleaseLock(reader, type, requestsField) {
  checkBrand(reader, type);
  if (reader[kState].stream === undefined) return;
  readerGenericRelease(reader);
  const err = new ERR_INVALID_STATE.TypeError('Releasing reader');
  const requests = reader[kState][requestsField];
  reader[kState][requestsField] = [];
  for (const request of requests) request.error(err);
}

function readerClosed(reader, type) {
  try {
    checkBrand(reader, type);
  } catch (err) {
    return rejected(err);
  }
  return reader[kState].closed.promise;
}

function readerCancel(reader, type, reason) {
  try {
    checkBrand(reader, type);
  } catch (err) {
    return rejected(err);
  }
  const stream = reader[kState].stream;
  if (stream === undefined) return rejected(detachedReaderError());
  return streamCancel(stream, reason);
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    }
    if (stream[kState].reader !== undefined) throw lockedError();
    this[kType] = 'ReadableStreamDefaultReader';
    this[kState] = { stream: undefined, readRequests: [], closed: undefined };
    readerGenericInitialize(this, stream);
  }

  read() {
    try {
      checkBrand(this, 'ReadableStreamDefaultReader');
    } catch (err) {
      return rejected(err);
    }
    const stream = this[kState].stream;
    if (stream === undefined) return rejected(detachedReaderError());
    const { promise, resolve, reject } = deferred();
    defaultReaderRead(this, {
      chunk: (value) => resolve({ value, done: false }),
      close: () => resolve({ value: undefined, done: true }),
      error: reject,
    });
    return promise;
  }

  releaseLock() {
    readerReleaseLock(this, 'ReadableStreamDefaultReader', 'readRequests');
  }

  get closed() {
    return readerClosed(this, 'ReadableStreamDefaultReader');
  }

  cancel(reason = undefined) {
    return readerCancel(this, 'ReadableStreamDefaultReader', reason);
  }
}

Object.defineProperty(ReadableStreamDefaultReader.prototype, Symbol.toStringTag, {
  value: 'ReadableStreamDefaultReader', configurable: true,
});

function defaultReaderRead(reader, request) {
  const stream = reader[kState].stream;
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') request.close();
  else if (s.state === 'errored') request.error(s.storedError);
  else s.controller[kState].pullSteps(request);
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isReadableStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    }
    if (stream[kState].reader !== undefined) throw lockedError();
    if (stream[kState].controller[kType] !== 'ReadableByteStreamController') {
      throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
    }
    this[kType] = 'ReadableStreamBYOBReader';
    this[kState] = { stream: undefined, readIntoRequests: [], closed: undefined };
    readerGenericInitialize(this, stream);
  }

  read(view, options = {}) {
    try {
      checkBrand(this, 'ReadableStreamBYOBReader');
      if (!ArrayBuffer.isView(view)) {
        throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
      }
      if (options === null || typeof options !== 'object') {
        throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
      }
    } catch (err) {
      return rejected(err);
    }
    if (view.byteLength === 0 || view.buffer.byteLength === 0 || view.buffer.detached) {
      return rejected(new ERR_INVALID_STATE.TypeError('View or Viewed ArrayBuffer is zero-length or detached'));
    }
    const min = options.min ?? 1;
    const elementSize = view.BYTES_PER_ELEMENT ?? 1;
    const isDataView = view instanceof DataView;
    const length = isDataView ? view.byteLength : view.length;
    if (typeof min !== 'number') {
      return rejected(new ERR_INVALID_ARG_TYPE('options.min', 'number', min));
    }
    if (!Number.isInteger(min)) {
      return rejected(new ERR_INVALID_ARG_VALUE('options.min', min, 'must be an integer'));
    }
    if (min <= 0) {
      return rejected(new ERR_INVALID_ARG_VALUE('options.min', min, 'must be greater than 0'));
    }
    if (min > length) {
      return rejected(new ERR_OUT_OF_RANGE('options.min',
                                           isDataView ? '<= view.byteLength' : '<= view.length',
                                           min));
    }
    const stream = this[kState].stream;
    if (stream === undefined) return rejected(detachedReaderError());
    const { promise, resolve, reject } = deferred();
    stream[kState].disturbed = true;
    const request = {
      chunk: (value) => resolve({ value, done: false }),
      close: (value) => resolve({ value, done: true }),
      error: reject,
    };
    if (stream[kState].state === 'errored') request.error(stream[kState].storedError);
    else byteControllerPullInto(stream[kState].controller, view, min * elementSize, request);
    return promise;
  }

  releaseLock() {
    readerReleaseLock(this, 'ReadableStreamBYOBReader', 'readIntoRequests');
  }

  get closed() {
    return readerClosed(this, 'ReadableStreamBYOBReader');
  }

  cancel(reason = undefined) {
    return readerCancel(this, 'ReadableStreamBYOBReader', reason);
  }
}

Object.defineProperty(ReadableStreamBYOBReader.prototype, Symbol.toStringTag, {
  value: 'ReadableStreamBYOBReader', configurable: true,
});

// ---------------------------------------------------------------------------
// Default controller

class ReadableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    checkBrand(this, 'ReadableStreamDefaultController');
    return defaultControllerDesiredSize(this);
  }

  close() {
    checkBrand(this, 'ReadableStreamDefaultController');
    if (!defaultControllerCanClose(this)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    defaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    checkBrand(this, 'ReadableStreamDefaultController');
    if (!defaultControllerCanClose(this)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    defaultControllerEnqueue(this, chunk);
  }

  error(err = undefined) {
    checkBrand(this, 'ReadableStreamDefaultController');
    defaultControllerError(this, err);
  }
}

Object.defineProperty(ReadableStreamDefaultController.prototype, Symbol.toStringTag, {
  value: 'ReadableStreamDefaultController', configurable: true,
});

function setUpDefaultControllerFromSource(stream, source, highWaterMark, size) {
  const controller = new ReadableStreamDefaultController(kConstruct);
  controller[kType] = 'ReadableStreamDefaultController';
  const [start, pull, cancel] = getCallbacks(source, 'source', ['start', 'pull', 'cancel']);
  setUpDefaultController(stream, controller,
    () => (start === undefined ? undefined : Reflect.apply(start, source, [controller])),
    () => promiseCall(source, pull, [controller]),
    (reason) => promiseCall(source, cancel, [reason]),
    highWaterMark, size);
}

function setUpDefaultController(stream, controller, start, pull, cancel, highWaterMark, size) {
  const state = {
    stream,
    queue: [],
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    highWaterMark,
    sizeAlgorithm: size,
    pullAlgorithm: pull,
    cancelAlgorithm: cancel,
    cancelSteps(reason) {
      resetQueue(state);
      const result = state.cancelAlgorithm(reason);
      clearAlgorithms(state);
      return result;
    },
    pullSteps(request) {
      if (state.queue.length > 0) {
        const chunk = dequeueValue(state);
        if (state.closeRequested && state.queue.length === 0) {
          clearAlgorithms(state);
          streamClose(stream);
        } else {
          defaultControllerCallPullIfNeeded(controller);
        }
        request.chunk(chunk);
      } else {
        stream[kState].reader[kState].readRequests.push(request);
        defaultControllerCallPullIfNeeded(controller);
      }
    },
    releaseSteps() {},
  };
  controller[kState] = state;
  stream[kState].controller = controller;
  const startResult = start();
  Promise.resolve(startResult).then(() => {
    state.started = true;
    defaultControllerCallPullIfNeeded(controller);
  }, (err) => defaultControllerError(controller, err));
}

function clearAlgorithms(state) {
  state.pullAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
  state.sizeAlgorithm = undefined;
}

// The spec's "call pull if needed", for both kinds of controller.
function callPullIfNeeded(controller, shouldCallPull, onError) {
  const state = controller[kState];
  if (!shouldCallPull(controller)) return;
  if (state.pulling) {
    state.pullAgain = true;
    return;
  }
  state.pulling = true;
  state.pullAlgorithm().then(() => {
    state.pulling = false;
    if (state.pullAgain) {
      state.pullAgain = false;
      callPullIfNeeded(controller, shouldCallPull, onError);
    }
  }, (err) => onError(controller, err));
}

function defaultControllerCallPullIfNeeded(controller) {
  callPullIfNeeded(controller, defaultControllerShouldCallPull, defaultControllerError);
}

function defaultControllerShouldCallPull(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (!defaultControllerCanClose(controller) || !state.started) return false;
  if (stream[kState].reader !== undefined && numReadRequests(stream) > 0) return true;
  return defaultControllerDesiredSize(controller) > 0;
}

function defaultControllerCanClose(controller) {
  const state = controller[kState];
  return !state.closeRequested && state.stream[kState].state === 'readable';
}

function defaultControllerDesiredSize(controller) {
  const state = controller[kState];
  const streamState = state.stream[kState].state;
  if (streamState === 'errored') return null;
  if (streamState === 'closed') return 0;
  return state.highWaterMark - state.queueTotalSize;
}

function defaultControllerClose(controller) {
  const state = controller[kState];
  if (!defaultControllerCanClose(controller)) return;
  state.closeRequested = true;
  if (state.queue.length === 0) {
    clearAlgorithms(state);
    streamClose(state.stream);
  }
}

function defaultControllerEnqueue(controller, chunk) {
  const state = controller[kState];
  if (!defaultControllerCanClose(controller)) return;
  const stream = state.stream;
  if (stream[kState].reader !== undefined && numReadRequests(stream) > 0) {
    fulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = state.sizeAlgorithm(chunk);
      enqueueValueWithSize(state, chunk, size);
    } catch (err) {
      defaultControllerError(controller, err);
      throw err;
    }
  }
  defaultControllerCallPullIfNeeded(controller);
}

function defaultControllerError(controller, err) {
  const state = controller[kState];
  if (state.stream[kState].state !== 'readable') return;
  resetQueue(state);
  clearAlgorithms(state);
  streamError(state.stream, err);
}

// ---------------------------------------------------------------------------
// Byte controller

class ReadableStreamBYOBRequest {
  constructor(key = undefined) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get view() {
    checkBrand(this, 'ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    checkBrand(this, 'ReadableStreamBYOBRequest');
    const { controller, view } = this[kState];
    if (controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    }
    if (view.byteLength === 0 || view.buffer.byteLength === 0) {
      throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached or zero-length');
    }
    byteControllerRespond(controller, bytesWritten);
  }

  respondWithNewView(view) {
    checkBrand(this, 'ReadableStreamBYOBRequest');
    if (!ArrayBuffer.isView(view)) {
      throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    }
    const { controller } = this[kState];
    if (controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    }
    byteControllerRespondWithNewView(controller, view);
  }
}

Object.defineProperty(ReadableStreamBYOBRequest.prototype, Symbol.toStringTag, {
  value: 'ReadableStreamBYOBRequest', configurable: true,
});

class ReadableByteStreamController {
  constructor(key = undefined) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get byobRequest() {
    checkBrand(this, 'ReadableByteStreamController');
    const state = this[kState];
    if (state.byobRequest === null && state.pendingPullIntos.length > 0) {
      const first = state.pendingPullIntos[0];
      const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
        first.byteLength - first.bytesFilled);
      const request = new ReadableStreamBYOBRequest(kConstruct);
      request[kType] = 'ReadableStreamBYOBRequest';
      request[kState] = { controller: this, view };
      state.byobRequest = request;
    }
    return state.byobRequest;
  }

  get desiredSize() {
    checkBrand(this, 'ReadableByteStreamController');
    return byteControllerDesiredSize(this);
  }

  close() {
    checkBrand(this, 'ReadableByteStreamController');
    const state = this[kState];
    if (state.closeRequested) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    if (state.stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    byteControllerClose(this);
  }

  enqueue(chunk) {
    checkBrand(this, 'ReadableByteStreamController');
    if (!ArrayBuffer.isView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0) {
      throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
    }
    const state = this[kState];
    if (state.closeRequested) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    if (state.stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    byteControllerEnqueue(this, chunk);
  }

  error(err = undefined) {
    checkBrand(this, 'ReadableByteStreamController');
    byteControllerError(this, err);
  }
}

Object.defineProperty(ReadableByteStreamController.prototype, Symbol.toStringTag, {
  value: 'ReadableByteStreamController', configurable: true,
});

function setUpByteControllerFromSource(stream, source, highWaterMark) {
  const controller = new ReadableByteStreamController(kConstruct);
  controller[kType] = 'ReadableByteStreamController';
  const [start, pull, cancel] = getCallbacks(source, 'source', ['start', 'pull', 'cancel']);
  let autoAllocateChunkSize = source.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    autoAllocateChunkSize = Number(autoAllocateChunkSize);
    if (!Number.isInteger(autoAllocateChunkSize) || autoAllocateChunkSize <= 0) {
      throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize',
                                      source.autoAllocateChunkSize);
    }
  }
  setUpByteController(stream, controller,
    () => (start === undefined ? undefined : Reflect.apply(start, source, [controller])),
    () => promiseCall(source, pull, [controller]),
    (reason) => promiseCall(source, cancel, [reason]),
    highWaterMark, autoAllocateChunkSize);
}

function setUpByteController(stream, controller, start, pull, cancel, highWaterMark,
                             autoAllocateChunkSize) {
  const state = {
    stream,
    queue: [],
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    highWaterMark,
    pullAlgorithm: pull,
    cancelAlgorithm: cancel,
    autoAllocateChunkSize,
    pendingPullIntos: [],
    byobRequest: null,
    cancelSteps(reason) {
      byteControllerClearPendingPullIntos(controller);
      resetQueue(state);
      const result = state.cancelAlgorithm(reason);
      clearAlgorithms(state);
      return result;
    },
    pullSteps(request) {
      if (state.queueTotalSize > 0) {
        byteControllerFillReadRequestFromQueue(controller, request);
        return;
      }
      if (state.autoAllocateChunkSize !== undefined) {
        let buffer;
        try {
          buffer = new ArrayBuffer(state.autoAllocateChunkSize);
        } catch (err) {
          request.error(err);
          return;
        }
        state.pendingPullIntos.push({
          buffer, bufferByteLength: buffer.byteLength, byteOffset: 0,
          byteLength: buffer.byteLength, bytesFilled: 0, minimumFill: 1, elementSize: 1,
          viewConstructor: Uint8Array, readerType: 'default',
        });
      }
      stream[kState].reader[kState].readRequests.push(request);
      byteControllerCallPullIfNeeded(controller);
    },
    releaseSteps() {
      if (state.pendingPullIntos.length > 0) {
        const first = state.pendingPullIntos[0];
        first.readerType = 'none';
        state.pendingPullIntos = [first];
      }
    },
  };
  controller[kState] = state;
  stream[kState].controller = controller;
  Promise.resolve(start()).then(() => {
    state.started = true;
    byteControllerCallPullIfNeeded(controller);
  }, (err) => byteControllerError(controller, err));
}

function byteControllerDesiredSize(controller) {
  const state = controller[kState];
  const streamState = state.stream[kState].state;
  if (streamState === 'errored') return null;
  if (streamState === 'closed') return 0;
  return state.highWaterMark - state.queueTotalSize;
}

function byteControllerShouldCallPull(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (stream[kState].state !== 'readable' || state.closeRequested || !state.started) return false;
  if (numReadRequests(stream) > 0 || numReadIntoRequests(stream) > 0) return true;
  return byteControllerDesiredSize(controller) > 0;
}

function byteControllerCallPullIfNeeded(controller) {
  callPullIfNeeded(controller, byteControllerShouldCallPull, byteControllerError);
}

function byteControllerInvalidateBYOBRequest(controller) {
  const state = controller[kState];
  if (state.byobRequest === null) return;
  state.byobRequest[kState].controller = undefined;
  state.byobRequest[kState].view = null;
  state.byobRequest = null;
}

function byteControllerClearPendingPullIntos(controller) {
  byteControllerInvalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

function byteControllerError(controller, err) {
  const state = controller[kState];
  if (state.stream[kState].state !== 'readable') return;
  byteControllerClearPendingPullIntos(controller);
  resetQueue(state);
  clearAlgorithms(state);
  streamError(state.stream, err);
}

function byteControllerClose(controller) {
  const state = controller[kState];
  if (state.closeRequested || state.stream[kState].state !== 'readable') return;
  if (state.queueTotalSize > 0) {
    state.closeRequested = true;
    return;
  }
  if (state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const err = new ERR_INVALID_STATE.TypeError('Partial read');
      byteControllerError(controller, err);
      throw err;
    }
  }
  clearAlgorithms(state);
  streamClose(state.stream);
}

function byteControllerEnqueueChunk(state, buffer, byteOffset, byteLength) {
  state.queue.push({ buffer, byteOffset, byteLength });
  state.queueTotalSize += byteLength;
}

function byteControllerEnqueue(controller, chunk) {
  const state = controller[kState];
  const stream = state.stream;
  const byteOffset = chunk.byteOffset;
  const byteLength = chunk.byteLength;
  const buffer = transferBuffer(chunk.buffer);
  if (state.pendingPullIntos.length > 0) {
    byteControllerInvalidateBYOBRequest(controller);
    const first = state.pendingPullIntos[0];
    first.buffer = transferBuffer(first.buffer);
    if (first.readerType === 'none') {
      byteControllerEnqueueDetachedPullIntoToQueue(controller, first);
    }
  }
  if (numReadRequests(stream) > 0) {
    byteControllerProcessReadRequestsUsingQueue(controller);
    if (numReadRequests(stream) === 0) {
      byteControllerEnqueueChunk(state, buffer, byteOffset, byteLength);
    } else {
      if (state.pendingPullIntos.length > 0) state.pendingPullIntos.shift();
      fulfillReadRequest(stream, new Uint8Array(buffer, byteOffset, byteLength), false);
    }
  } else if (numReadIntoRequests(stream) > 0) {
    byteControllerEnqueueChunk(state, buffer, byteOffset, byteLength);
    byteControllerProcessPullIntosUsingQueue(controller);
  } else {
    byteControllerEnqueueChunk(state, buffer, byteOffset, byteLength);
  }
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerEnqueueDetachedPullIntoToQueue(controller, pullInto) {
  if (pullInto.bytesFilled > 0) {
    const copy = pullInto.buffer.slice(pullInto.byteOffset,
      pullInto.byteOffset + pullInto.bytesFilled);
    byteControllerEnqueueChunk(controller[kState], copy, 0, copy.byteLength);
  }
  byteControllerShiftPendingPullInto(controller);
}

function byteControllerShiftPendingPullInto(controller) {
  return controller[kState].pendingPullIntos.shift();
}

function byteControllerProcessReadRequestsUsingQueue(controller) {
  const state = controller[kState];
  const reader = state.stream[kState].reader;
  while (reader[kState].readRequests.length > 0) {
    if (state.queueTotalSize === 0) return;
    const request = reader[kState].readRequests.shift();
    byteControllerFillReadRequestFromQueue(controller, request);
  }
}

function byteControllerFillReadRequestFromQueue(controller, request) {
  const state = controller[kState];
  const entry = state.queue.shift();
  state.queueTotalSize -= entry.byteLength;
  byteControllerHandleQueueDrain(controller);
  request.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function byteControllerHandleQueueDrain(controller) {
  const state = controller[kState];
  if (state.queueTotalSize === 0 && state.closeRequested) {
    clearAlgorithms(state);
    streamClose(state.stream);
  } else {
    byteControllerCallPullIfNeeded(controller);
  }
}

function byteControllerFillPullIntoFromQueue(controller, pullInto) {
  const state = controller[kState];
  const maxBytesToCopy = Math.min(state.queueTotalSize, pullInto.byteLength - pullInto.bytesFilled);
  const maxBytesFilled = pullInto.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % pullInto.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= pullInto.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - pullInto.bytesFilled;
    ready = true;
  }
  const target = new Uint8Array(pullInto.buffer);
  while (totalBytesToCopyRemaining > 0) {
    const head = state.queue[0];
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = pullInto.byteOffset + pullInto.bytesFilled;
    target.set(new Uint8Array(head.buffer, head.byteOffset, bytesToCopy), destStart);
    if (head.byteLength === bytesToCopy) {
      state.queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    state.queueTotalSize -= bytesToCopy;
    byteControllerInvalidateBYOBRequest(controller);
    pullInto.bytesFilled += bytesToCopy;
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function byteControllerProcessPullIntosUsingQueue(controller) {
  const state = controller[kState];
  while (state.pendingPullIntos.length > 0) {
    if (state.queueTotalSize === 0) return;
    const pullInto = state.pendingPullIntos[0];
    if (byteControllerFillPullIntoFromQueue(controller, pullInto)) {
      byteControllerShiftPendingPullInto(controller);
      byteControllerCommitPullInto(state.stream, pullInto);
    }
  }
}

function convertPullInto(pullInto) {
  const elements = pullInto.bytesFilled / pullInto.elementSize;
  const Ctor = pullInto.viewConstructor;
  return Ctor === DataView ?
    new DataView(pullInto.buffer, pullInto.byteOffset, pullInto.bytesFilled) :
    new Ctor(pullInto.buffer, pullInto.byteOffset, elements);
}

function byteControllerCommitPullInto(stream, pullInto) {
  let done = false;
  if (stream[kState].state === 'closed') done = true;
  const view = convertPullInto(pullInto);
  if (pullInto.readerType === 'default') {
    fulfillReadRequest(stream, view, done);
  } else {
    const request = stream[kState].reader[kState].readIntoRequests.shift();
    if (done) request.close(view);
    else request.chunk(view);
  }
}

function byteControllerPullInto(controller, view, minimumFill, request) {
  const state = controller[kState];
  const stream = state.stream;
  const elementSize = view.BYTES_PER_ELEMENT ?? 1;
  const ctor = view.constructor;
  const byteOffset = view.byteOffset;
  const byteLength = view.byteLength;
  let buffer;
  try {
    buffer = transferBuffer(view.buffer);
  } catch (err) {
    request.error(err);
    return;
  }
  const pullInto = {
    buffer, bufferByteLength: buffer.byteLength, byteOffset,
    byteLength, bytesFilled: 0, minimumFill, elementSize,
    viewConstructor: ctor, readerType: 'byob',
  };
  if (state.pendingPullIntos.length > 0) {
    state.pendingPullIntos.push(pullInto);
    stream[kState].reader[kState].readIntoRequests.push(request);
    return;
  }
  if (stream[kState].state === 'closed') {
    request.close(new ctor(pullInto.buffer, pullInto.byteOffset, 0));
    return;
  }
  if (state.queueTotalSize > 0) {
    if (byteControllerFillPullIntoFromQueue(controller, pullInto)) {
      const filled = convertPullInto(pullInto);
      byteControllerHandleQueueDrain(controller);
      request.chunk(filled);
      return;
    }
    if (state.closeRequested) {
      const err = new ERR_INVALID_STATE.TypeError('Insufficient bytes to fill elements in the given buffer');
      byteControllerError(controller, err);
      request.error(err);
      return;
    }
  }
  state.pendingPullIntos.push(pullInto);
  stream[kState].reader[kState].readIntoRequests.push(request);
  byteControllerCallPullIfNeeded(controller);
}

// `bytesWritten` as given, for the error message; Node reports 0 (or, once closed, any
// other amount) as a TypeError and too many bytes as a RangeError.
function byteControllerRespond(controller, bytesWritten) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  const streamState = state.stream[kState].state;
  const amount = Number(bytesWritten);
  if (streamState === 'closed') {
    if (amount !== 0) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
  } else if (amount === 0 || Number.isNaN(amount)) {
    throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
  } else if (first.bytesFilled + amount > first.byteLength || !Number.isFinite(amount) ||
             amount < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
  }
  first.buffer = transferBuffer(first.buffer);
  byteControllerRespondInternal(controller, amount);
}

function byteControllerRespondWithNewView(controller, view) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  const streamState = state.stream[kState].state;
  if (streamState === 'closed') {
    if (view.byteLength !== 0) throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  } else if (view.byteLength === 0) {
    throw new ERR_INVALID_STATE.TypeError('View is zero-length');
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset ||
      first.bufferByteLength !== view.buffer.byteLength ||
      first.bytesFilled + view.byteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  const viewByteLength = view.byteLength;
  first.buffer = transferBuffer(view.buffer);
  byteControllerRespondInternal(controller, viewByteLength);
}

function byteControllerRespondInternal(controller, bytesWritten) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  byteControllerInvalidateBYOBRequest(controller);
  if (state.stream[kState].state === 'closed') {
    if (first.readerType === 'none') byteControllerShiftPendingPullInto(controller);
    const stream = state.stream;
    if (numReadIntoRequests(stream) > 0) {
      while (numReadIntoRequests(stream) > 0) {
        byteControllerCommitPullInto(stream, byteControllerShiftPendingPullInto(controller));
      }
    }
  } else {
    first.bytesFilled += bytesWritten;
    if (first.readerType === 'none') {
      byteControllerEnqueueDetachedPullIntoToQueue(controller, first);
      byteControllerProcessPullIntosUsingQueue(controller);
    } else if (first.bytesFilled >= first.minimumFill) {
      byteControllerShiftPendingPullInto(controller);
      const remainder = first.bytesFilled % first.elementSize;
      if (remainder > 0) {
        const end = first.byteOffset + first.bytesFilled;
        const copy = first.buffer.slice(end - remainder, end);
        byteControllerEnqueueChunk(state, copy, 0, copy.byteLength);
      }
      first.bytesFilled -= remainder;
      byteControllerCommitPullInto(state.stream, first);
      byteControllerProcessPullIntosUsingQueue(controller);
    }
  }
  byteControllerCallPullIfNeeded(controller);
}

// ---------------------------------------------------------------------------
// tee()

// Default and byte streams tee the same way; they differ in how branches are
// made and fed. Byte branches get copies so that each owns its chunk's buffer.
const defaultTeeOps = {
  create: createReadableStream,
  copy: (chunk) => chunk,
  enqueue: defaultControllerEnqueue,
  close: defaultControllerClose,
  error: defaultControllerError,
};

const byteTeeOps = {
  create: createReadableByteStream,
  copy: (chunk) => new Uint8Array(chunk),
  enqueue: byteControllerEnqueue,
  close(controller) {
    byteControllerClose(controller);
    if (controller[kState].pendingPullIntos.length > 0) byteControllerRespond(controller, 0);
  },
  error: byteControllerError,
};

function tee(stream, ops) {
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = deferred();

  function pull() {
    if (reading) {
      readAgain = true;
      return Promise.resolve();
    }
    reading = true;
    defaultReaderRead(reader, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgain = false;
          const copy = ops.copy(chunk);
          if (!canceled1) ops.enqueue(branch1[kState].controller, chunk);
          if (!canceled2) ops.enqueue(branch2[kState].controller, copy);
          reading = false;
          if (readAgain) pull();
        });
      },
      close() {
        reading = false;
        if (!canceled1) ops.close(branch1[kState].controller);
        if (!canceled2) ops.close(branch2[kState].controller);
        if (!canceled1 || !canceled2) cancelPromise.resolve();
      },
      error() {
        reading = false;
      },
    });
    return Promise.resolve();
  }

  function cancel1(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(streamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(streamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = ops.create(() => {}, pull, cancel1);
  branch2 = ops.create(() => {}, pull, cancel2);
  reader[kState].closed.promise.then(undefined, (err) => {
    ops.error(branch1[kState].controller, err);
    ops.error(branch2[kState].controller, err);
    if (!canceled1 || !canceled2) cancelPromise.resolve();
  });
  return [branch1, branch2];
}

// ---------------------------------------------------------------------------
// pipeTo()

function pipeTo(source, dest, { preventClose, preventAbort, preventCancel, signal }) {
  const writable = require('internal/webstreams/writablestream');
  const reader = new ReadableStreamDefaultReader(source);
  const writer = writable.acquireWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = Promise.resolve();
  const { promise, resolve, reject } = deferred();
  let abortAlgorithm;

  function finalize(isError, error) {
    writable.writerRelease(writer);
    reader.releaseLock();
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) reject(error);
    else resolve();
  }

  // Waits until the last write has settled (a failed write has already errored dest).
  function waitForCurrentWrite() {
    const pending = currentWrite;
    const next = () => (pending !== currentWrite ? waitForCurrentWrite() : undefined);
    return pending.then(next, next);
  }

  function shutdownWithAction(action, isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    const run = () => {
      action().then(() => finalize(isError, error), (newError) => finalize(true, newError));
    };
    if (dest[kState].state === 'writable' && !writable.closeQueuedOrInFlight(dest)) {
      waitForCurrentWrite().then(run);
    } else {
      run();
    }
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dest[kState].state === 'writable' && !writable.closeQueuedOrInFlight(dest)) {
      waitForCurrentWrite().then(() => finalize(isError, error));
    } else {
      finalize(isError, error);
    }
  }

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (dest[kState].state === 'writable' ?
          writable.streamAbort(dest, error) : Promise.resolve()));
      }
      if (!preventCancel) {
        actions.push(() => (source[kState].state === 'readable' ?
          streamCancel(source, error) : Promise.resolve()));
      }
      shutdownWithAction(() => Promise.all(actions.map((a) => a())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  // Errors and closings, forward and backward.
  function checkStates() {
    const sourceState = source[kState];
    const destState = dest[kState];
    if (sourceState.state === 'errored') {
      if (!preventAbort) {
        shutdownWithAction(() => writable.streamAbort(dest, sourceState.storedError), true,
          sourceState.storedError);
      } else {
        shutdown(true, sourceState.storedError);
      }
      return true;
    }
    if (destState.state === 'errored' || destState.state === 'erroring') {
      const err = destState.storedError;
      if (!preventCancel) shutdownWithAction(() => streamCancel(source, err), true, err);
      else shutdown(true, err);
      return true;
    }
    if (sourceState.state === 'closed') {
      if (!preventClose) {
        shutdownWithAction(() => writable.writerCloseWithErrorPropagation(writer));
      } else {
        shutdown();
      }
      return true;
    }
    if (writable.closeQueuedOrInFlight(dest) || destState.state === 'closed') {
      const err = new ERR_INVALID_STATE.TypeError('the destination writable stream closed before all the data could be piped to it');
      if (!preventCancel) shutdownWithAction(() => streamCancel(source, err), true, err);
      else shutdown(true, err);
      return true;
    }
    return false;
  }

  reader[kState].closed.promise.then(() => checkStates(), () => checkStates());
  writer[kState].closed.promise.then(() => checkStates(), () => checkStates());

  function step() {
    if (shuttingDown) return;
    if (checkStates()) return;
    writer[kState].ready.promise.then(() => {
      if (shuttingDown) return;
      defaultReaderRead(reader, {
        chunk(chunk) {
          currentWrite = setHandled(writable.writerWrite(writer, chunk));
          queueMicrotask(step);
        },
        close() {
          checkStates();
        },
        error() {
          checkStates();
        },
      });
    }, () => checkStates());
  }
  step();
  return promise;
}

// ---------------------------------------------------------------------------
// Async iteration and from()

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(
  async function* () {}).prototype);

function createAsyncIterator(stream, preventCancel) {
  const reader = new ReadableStreamDefaultReader(stream);
  let ongoing;
  let finished = false;

  function nextSteps() {
    if (finished) return Promise.resolve({ value: undefined, done: true });
    const { promise, resolve, reject } = deferred();
    defaultReaderRead(reader, {
      chunk: (value) => resolve({ value, done: false }),
      close: () => {
        finished = true;
        reader.releaseLock();
        resolve({ value: undefined, done: true });
      },
      error: (err) => {
        finished = true;
        reader.releaseLock();
        reject(err);
      },
    });
    return promise;
  }

  function returnSteps(value) {
    if (finished) return Promise.resolve({ value, done: true });
    finished = true;
    if (reader[kState].stream === undefined) return Promise.resolve({ value, done: true });
    if (!preventCancel) {
      const result = streamCancel(reader[kState].stream, value);
      reader.releaseLock();
      return result.then(() => ({ value, done: true }));
    }
    reader.releaseLock();
    return Promise.resolve({ value, done: true });
  }

  const iterator = Object.create(AsyncIteratorPrototype, {
    next: {
      value() {
        ongoing = ongoing ? ongoing.then(nextSteps, nextSteps) : nextSteps();
        return ongoing;
      },
      writable: true,
      configurable: true,
    },
    return: {
      value(value) {
        const steps = () => returnSteps(value);
        ongoing = ongoing ? ongoing.then(steps, steps) : steps();
        return ongoing;
      },
      writable: true,
      configurable: true,
    },
    [Symbol.toStringTag]: { value: 'ReadableStreamAsyncIterator', configurable: true },
  });
  return iterator;
}

// GetIterator(iterable, async) as Node does it: a missing (undefined or null) async method
// falls back to the sync one; a missing or non-callable method means "not iterable", and
// null or undefined fails on the property read itself (a plain TypeError, as in Node).
function readableStreamFromIterable(iterable) {
  let iterator;
  let next;
  const asyncMethod = iterable[Symbol.asyncIterator];
  if (asyncMethod != null) {
    if (typeof asyncMethod !== 'function') throw new ERR_ARG_NOT_ITERABLE(iterable);
    iterator = Reflect.apply(asyncMethod, iterable, []);
  } else {
    const syncMethod = iterable[Symbol.iterator];
    if (typeof syncMethod !== 'function') throw new ERR_ARG_NOT_ITERABLE(iterable);
    const syncIterator = Reflect.apply(syncMethod, iterable, []);
    if (syncIterator === null || typeof syncIterator !== 'object') {
      throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
    }
    iterator = {
      next: () => {
        const result = syncIterator.next();
        return Promise.resolve(result.value).then((value) => ({ value, done: result.done }));
      },
      return: typeof syncIterator.return === 'function' ?
        (value) => Promise.resolve(syncIterator.return(value)) : undefined,
    };
  }
  if (iterator === null || typeof iterator !== 'object') {
    throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
  }
  next = iterator.next;
  let stream;
  stream = createReadableStream(() => {}, () => {
    let result;
    try {
      result = Reflect.apply(next, iterator, []);
    } catch (err) {
      return Promise.reject(err);
    }
    return Promise.resolve(result).then((res) => {
      if (res === null || typeof res !== 'object') {
        throw new ERR_INVALID_STATE.TypeError('The promise returned by the iterator.next() method must fulfill with an object');
      }
      if (res.done) defaultControllerClose(stream[kState].controller);
      else defaultControllerEnqueue(stream[kState].controller, res.value);
    });
  }, (reason) => {
    const method = iterator.return;
    if (method === undefined) return Promise.resolve();
    let result;
    try {
      result = Reflect.apply(method, iterator, [reason]);
    } catch (err) {
      return Promise.reject(err);
    }
    return Promise.resolve(result).then((res) => {
      if (res === null || typeof res !== 'object') {
        throw new ERR_INVALID_STATE.TypeError('The promise returned by the iterator.return() method must fulfill with an object');
      }
    });
  }, 0);
  return stream;
}

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  createReadableStream,
  defaultControllerClose,
  defaultControllerEnqueue,
  defaultControllerError,
  defaultControllerDesiredSize,
  isReadableStream,
  streamCancel,
  AbortError,
};
