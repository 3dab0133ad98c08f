'use strict';
// TransformStream (WHATWG Streams) and its controller; also the queuing strategies
// and TextEncoderStream/TextDecoderStream, which are transforms.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE,
    ERR_INVALID_THIS, ERR_MISSING_OPTION,
  },
} = require('internal/errors');
const {
  checkBrand, customInspect, deferred, extractHighWaterMark, extractSizeAlgorithm, kState,
  getCallbacks, kType, promiseCall, setHandled,
} = require('internal/webstreams/util');
const readable = require('internal/webstreams/readablestream');
const writable = require('internal/webstreams/writablestream');

const kConstruct = Symbol('kConstruct');

class TransformStream {
  constructor(transformer = null, writableStrategy = {}, readableStrategy = {}) {
    if (transformer !== null && typeof transformer !== 'object' &&
        typeof transformer !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('transformer', 'Object', transformer);
    }
    transformer ??= {};
    if (transformer.readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType',
        transformer.readableType);
    }
    if (transformer.writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType',
        transformer.writableType);
    }
    const readableHWM = extractHighWaterMark(readableStrategy, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy);
    const writableHWM = extractHighWaterMark(writableStrategy, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy);
    const [start, transform, flush, cancel] =
      getCallbacks(transformer, 'transformer', ['start', 'transform', 'flush', 'cancel']);
    this[kType] = 'TransformStream';
    const startPromise = deferred();
    initialize(this, startPromise.promise, writableHWM, writableSize, readableHWM, readableSize);
    const controller = new TransformStreamDefaultController(kConstruct);
    setUpController(this, controller,
      transform === undefined ?
        (chunk) => {
          try {
            controllerEnqueue(controller, chunk);
            return Promise.resolve();
          } catch (err) {
            return Promise.reject(err);
          }
        } :
        (chunk) => promiseCall(transformer, transform, [chunk, controller]),
      () => promiseCall(transformer, flush, [controller]),
      (reason) => promiseCall(transformer, cancel, [reason]));
    try {
      startPromise.resolve(start === undefined ? undefined :
        Reflect.apply(start, transformer, [controller]));
    } catch (err) {
      startPromise.reject(err);
    }
  }

  get readable() {
    checkBrand(this, 'TransformStream');
    return this[kState].readable;
  }

  get writable() {
    checkBrand(this, 'TransformStream');
    return this[kState].writable;
  }

  [customInspect](depth, options, inspect) {
    return `TransformStream ${inspect({
      readable: this.readable, writable: this.writable, backpressure: this[kState].backpressure,
    }, options)}`;
  }
}

Object.defineProperty(TransformStream.prototype, Symbol.toStringTag, {
  value: 'TransformStream', configurable: true,
});

function initialize(stream, startPromise, writableHWM, writableSize, readableHWM, readableSize) {
  const state = {
    readable: undefined,
    writable: undefined,
    backpressure: undefined,
    backpressureChange: undefined,
    controller: undefined,
  };
  stream[kState] = state;
  state.writable = writable.createWritableStream(
    () => startPromise,
    (chunk) => sinkWrite(stream, chunk),
    () => sinkClose(stream),
    (reason) => sinkAbort(stream, reason),
    writableHWM, writableSize);
  state.readable = readable.createReadableStream(
    () => startPromise,
    () => sourcePull(stream),
    (reason) => sourceCancel(stream, reason),
    readableHWM, readableSize);
  setBackpressure(stream, true);
}

function setBackpressure(stream, backpressure) {
  const state = stream[kState];
  if (state.backpressureChange !== undefined) state.backpressureChange.resolve();
  state.backpressureChange = deferred();
  state.backpressure = backpressure;
}

function errorStream(stream, err) {
  const rs = stream[kState].readable;
  readable.defaultControllerError(rs[kState].controller, err);
  errorWritableAndUnblockWrite(stream, err);
}

function errorWritableAndUnblockWrite(stream, err) {
  clearAlgorithms(stream[kState].controller);
  writable.controllerErrorIfNeeded(stream[kState].writable[kState].controller, err);
  unblockWrite(stream);
}

function unblockWrite(stream) {
  if (stream[kState].backpressure) setBackpressure(stream, false);
}

class TransformStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'TransformStreamDefaultController';
  }

  get desiredSize() {
    checkBrand(this, 'TransformStreamDefaultController');
    const rs = this[kState].stream[kState].readable;
    return readable.defaultControllerDesiredSize(rs[kState].controller);
  }

  enqueue(chunk = undefined) {
    checkBrand(this, 'TransformStreamDefaultController');
    controllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    checkBrand(this, 'TransformStreamDefaultController');
    errorStream(this[kState].stream, reason);
  }

  terminate() {
    checkBrand(this, 'TransformStreamDefaultController');
    const stream = this[kState].stream;
    const rsController = stream[kState].readable[kState].controller;
    readable.defaultControllerClose(rsController);
    errorWritableAndUnblockWrite(stream,
      new ERR_INVALID_STATE.TypeError('TransformStream has been terminated'));
  }
}

Object.defineProperty(TransformStreamDefaultController.prototype, Symbol.toStringTag, {
  value: 'TransformStreamDefaultController', configurable: true,
});

function setUpController(stream, controller, transform, flush, cancel) {
  controller[kState] = {
    stream,
    transformAlgorithm: transform,
    flushAlgorithm: flush,
    cancelAlgorithm: cancel,
    finishPromise: undefined,
  };
  stream[kState].controller = controller;
}

function clearAlgorithms(controller) {
  const state = controller[kState];
  state.transformAlgorithm = undefined;
  state.flushAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
}

function controllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  const rs = stream[kState].readable;
  const rsController = rs[kState].controller;
  const rsState = rsController[kState];
  if (rsState.closeRequested || rs[kState].state !== 'readable') {
    throw new ERR_INVALID_STATE.TypeError('Unable to enqueue');
  }
  try {
    readable.defaultControllerEnqueue(rsController, chunk);
  } catch (err) {
    errorWritableAndUnblockWrite(stream, err);
    throw rs[kState].storedError;
  }
  const backpressure = !(readable.defaultControllerDesiredSize(rsController) > 0);
  if (backpressure !== stream[kState].backpressure) setBackpressure(stream, true);
}

function performTransform(controller, chunk) {
  const stream = controller[kState].stream;
  return controller[kState].transformAlgorithm(chunk).then(undefined, (err) => {
    errorStream(stream, err);
    throw err;
  });
}

function sinkWrite(stream, chunk) {
  const controller = stream[kState].controller;
  if (stream[kState].backpressure) {
    return stream[kState].backpressureChange.promise.then(() => {
      const ws = stream[kState].writable;
      if (ws[kState].state === 'erroring') throw ws[kState].storedError;
      return performTransform(controller, chunk);
    });
  }
  return performTransform(controller, chunk);
}

function sinkAbort(stream, reason) {
  const controller = stream[kState].controller;
  const state = controller[kState];
  if (state.finishPromise !== undefined) return state.finishPromise.promise;
  const rs = stream[kState].readable;
  state.finishPromise = deferred();
  const cancelPromise = state.cancelAlgorithm(reason);
  clearAlgorithms(controller);
  cancelPromise.then(() => {
    if (rs[kState].state === 'errored') {
      state.finishPromise.reject(rs[kState].storedError);
    } else {
      readable.defaultControllerError(rs[kState].controller, reason);
      state.finishPromise.resolve();
    }
  }, (err) => {
    readable.defaultControllerError(rs[kState].controller, err);
    state.finishPromise.reject(err);
  });
  return state.finishPromise.promise;
}

function sinkClose(stream) {
  const controller = stream[kState].controller;
  const state = controller[kState];
  if (state.finishPromise !== undefined) return state.finishPromise.promise;
  const rs = stream[kState].readable;
  state.finishPromise = deferred();
  const flushPromise = state.flushAlgorithm();
  clearAlgorithms(controller);
  flushPromise.then(() => {
    if (rs[kState].state === 'errored') {
      state.finishPromise.reject(rs[kState].storedError);
    } else {
      readable.defaultControllerClose(rs[kState].controller);
      state.finishPromise.resolve();
    }
  }, (err) => {
    readable.defaultControllerError(rs[kState].controller, err);
    state.finishPromise.reject(err);
  });
  return state.finishPromise.promise;
}

function sourcePull(stream) {
  setBackpressure(stream, false);
  return stream[kState].backpressureChange.promise;
}

function sourceCancel(stream, reason) {
  const controller = stream[kState].controller;
  const state = controller[kState];
  if (state.finishPromise !== undefined) return state.finishPromise.promise;
  const ws = stream[kState].writable;
  state.finishPromise = deferred();
  const cancelPromise = state.cancelAlgorithm(reason);
  clearAlgorithms(controller);
  cancelPromise.then(() => {
    if (ws[kState].state === 'errored') {
      state.finishPromise.reject(ws[kState].storedError);
    } else {
      writable.controllerErrorIfNeeded(ws[kState].controller, reason);
      unblockWrite(stream);
      state.finishPromise.resolve();
    }
  }, (err) => {
    writable.controllerErrorIfNeeded(ws[kState].controller, err);
    unblockWrite(stream);
    state.finishPromise.reject(err);
  });
  setHandled(state.finishPromise.promise);
  return state.finishPromise.promise;
}

// ---------------------------------------------------------------------------
// Queuing strategies

function strategyInit(init) {
  if (init === null || typeof init !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('init', 'Object', init);
  }
  if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return Number(init.highWaterMark);
}

// The two built-in strategies differ only in name and size function. Each call
// makes its own class (so its own private brand); the computed key names it.
function queuingStrategyClass(name, sizeFunction) {
  const Strategy = {
    [name]: class {
      #highWaterMark;

      constructor(init) {
        this.#highWaterMark = strategyInit(init);
      }

      get highWaterMark() {
        return this.#highWaterMark;
      }

      get size() {
        if (!(#highWaterMark in this)) throw new ERR_INVALID_THIS(name);
        return sizeFunction;
      }
    },
  }[name];
  Object.defineProperty(Strategy.prototype, Symbol.toStringTag, {
    value: name, configurable: true,
  });
  return Strategy;
}

const ByteLengthQueuingStrategy = queuingStrategyClass('ByteLengthQueuingStrategy',
  { size(chunk) { return chunk.byteLength; } }.size);
const CountQueuingStrategy = queuingStrategyClass('CountQueuingStrategy',
  { size() { return 1; } }.size);

// ---------------------------------------------------------------------------
// Text encoding streams (TextEncoder/TextDecoder come from internal/encoding)

class TextEncoderStream {
  #transform;
  #pendingHighSurrogate = null;

  constructor() {
    const { TextEncoder } = require('internal/encoding');
    const encoder = new TextEncoder();
    this.#transform = new TransformStream({
      transform: (chunk, controller) => {
        chunk = `${chunk}`;
        if (this.#pendingHighSurrogate !== null) {
          chunk = this.#pendingHighSurrogate + chunk;
          this.#pendingHighSurrogate = null;
        }
        const last = chunk.charCodeAt(chunk.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          this.#pendingHighSurrogate = chunk[chunk.length - 1];
          chunk = chunk.slice(0, -1);
        }
        if (chunk.length > 0) controller.enqueue(encoder.encode(chunk));
      },
      flush: (controller) => {
        if (this.#pendingHighSurrogate !== null) {
          controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
        }
      },
    });
  }

  get encoding() {
    return 'utf-8';
  }

  get readable() {
    return this.#transform.readable;
  }

  get writable() {
    return this.#transform.writable;
  }
}

Object.defineProperty(TextEncoderStream.prototype, Symbol.toStringTag, {
  value: 'TextEncoderStream', configurable: true,
});

class TextDecoderStream {
  #transform;
  #decoder;

  constructor(encoding = 'utf-8', options = {}) {
    const { TextDecoder } = require('internal/encoding');
    this.#decoder = new TextDecoder(encoding, options);
    this.#transform = new TransformStream({
      transform: (chunk, controller) => {
        const value = this.#decoder.decode(chunk, { stream: true });
        if (value) controller.enqueue(value);
      },
      flush: (controller) => {
        const value = this.#decoder.decode();
        if (value) controller.enqueue(value);
      },
    });
  }

  get encoding() {
    return this.#decoder.encoding;
  }

  get fatal() {
    return this.#decoder.fatal;
  }

  get ignoreBOM() {
    return this.#decoder.ignoreBOM;
  }

  get readable() {
    return this.#transform.readable;
  }

  get writable() {
    return this.#transform.writable;
  }
}

Object.defineProperty(TextDecoderStream.prototype, Symbol.toStringTag, {
  value: 'TextDecoderStream', configurable: true,
});

module.exports = {
  TransformStream,
  TransformStreamDefaultController,
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  TextEncoderStream,
  TextDecoderStream,
};
