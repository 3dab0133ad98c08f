'use strict';
// node:stream/web: the WHATWG stream classes (also globals). CompressionStream and
// DecompressionStream load node:zlib on first use.

const readable = require('internal/webstreams/readablestream');
const writable = require('internal/webstreams/writablestream');
const transform = require('internal/webstreams/transformstream');

module.exports = {
  ReadableStream: readable.ReadableStream,
  ReadableStreamDefaultReader: readable.ReadableStreamDefaultReader,
  ReadableStreamBYOBReader: readable.ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest: readable.ReadableStreamBYOBRequest,
  ReadableByteStreamController: readable.ReadableByteStreamController,
  ReadableStreamDefaultController: readable.ReadableStreamDefaultController,
  TransformStream: transform.TransformStream,
  TransformStreamDefaultController: transform.TransformStreamDefaultController,
  WritableStream: writable.WritableStream,
  WritableStreamDefaultWriter: writable.WritableStreamDefaultWriter,
  WritableStreamDefaultController: writable.WritableStreamDefaultController,
  ByteLengthQueuingStrategy: transform.ByteLengthQueuingStrategy,
  CountQueuingStrategy: transform.CountQueuingStrategy,
  TextEncoderStream: transform.TextEncoderStream,
  TextDecoderStream: transform.TextDecoderStream,
};
for (const name of ['CompressionStream', 'DecompressionStream']) {
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      const value = require('internal/webstreams/compression')[name];
      Object.defineProperty(module.exports, name, {
        __proto__: null, value, writable: true, enumerable: true, configurable: true,
      });
      return value;
    },
  });
}
