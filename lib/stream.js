'use strict';
// node:stream. The module is the legacy Stream class itself, as in Node
// (require('stream') === require('stream').Stream), carrying the stream classes and
// helpers. The operators (map, filter, toArray...) are loaded on first use.

const { Stream } = require('internal/streams/legacy');
const utils = require('internal/streams/utils');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const Duplex = require('internal/streams/duplex');
const Transform = require('internal/streams/transform');
const PassThrough = require('internal/streams/passthrough');
const eos = require('internal/streams/end-of-stream');
const { destroyer } = require('internal/streams/destroy');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams/state');
const { codes } = require('internal/errors/lazy');

let operators;
function lazyOperators() {
  operators ??= require('internal/streams/operators');
  return operators;
}

// Operators that return a stream wrap the async generator in Readable.from().
for (const name of ['drop', 'filter', 'flatMap', 'map', 'take']) {
  Object.defineProperty(Readable.prototype, name, {
    value: { [name](...args) {
      if (new.target) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
      return Readable.from(Reflect.apply(lazyOperators().streamReturningOperators[name], this, args));
    } }[name],
    writable: true,
    enumerable: false,
    configurable: true,
  });
}
for (const name of ['every', 'forEach', 'reduce', 'toArray', 'some', 'find']) {
  Object.defineProperty(Readable.prototype, name, {
    value: { [name](...args) {
      if (new.target) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
      return Reflect.apply(lazyOperators().promiseReturningOperators[name], this, args);
    } }[name],
    writable: true,
    enumerable: false,
    configurable: true,
  });
}

Object.defineProperty(Readable.prototype, 'compose', {
  value: function compose(stream, options) {
    return lazyOperators().compose.call(this, stream, options);
  },
  writable: true,
  enumerable: false,
  configurable: true,
});

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.duplexPair = function duplexPair(options) {
  return require('internal/streams/duplexpair')(options);
};

function pipeline(...streams) {
  return require('internal/streams/pipeline').pipeline(...streams);
}
Stream.pipeline = pipeline;
Stream.addAbortSignal = function addAbortSignal(signal, stream) {
  return require('internal/streams/add-abort-signal').addAbortSignal(signal, stream);
};
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.compose = function compose(...streams) {
  return require('internal/streams/compose')(...streams);
};
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

let promises;
Object.defineProperty(Stream, 'promises', {
  get() {
    promises ??= require('stream/promises');
    return promises;
  },
  configurable: true,
  enumerable: true,
});

const customPromisify = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(pipeline, customPromisify, {
  get() { return Stream.promises.pipeline; },
  enumerable: true,
});
Object.defineProperty(eos, customPromisify, {
  get() { return Stream.promises.finished; },
  enumerable: true,
});

Stream.Stream = Stream;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = function isUint8Array(value) {
  return value instanceof Uint8Array;
};
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return require('buffer').Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};

module.exports = Stream;
