'use strict';
// node:stream/web — not implemented yet (see internal/stub.js). Its classes are also
// globals (ReadableStream, TextEncoderStream, CompressionStream…).

const { stubMembers } = require('internal/stub');

module.exports = stubMembers({}, 'stream/web', {
  classes: ['ByteLengthQueuingStrategy', 'CompressionStream', 'CountQueuingStrategy',
    'DecompressionStream', 'ReadableByteStreamController', 'ReadableStream',
    'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest', 'ReadableStreamDefaultController',
    'ReadableStreamDefaultReader', 'TextDecoderStream', 'TextEncoderStream', 'TransformStream',
    'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultController',
    'WritableStreamDefaultWriter'],
});
