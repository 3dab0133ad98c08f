'use strict';
// node:stream/web: the WHATWG stream classes (also globals). CompressionStream and
// DecompressionStream wait for node:zlib and stay stubs.

const { stubMembers } = require('internal/stub');
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
stubMembers(module.exports, 'stream/web', {
  classes: ['CompressionStream', 'DecompressionStream'],
});
