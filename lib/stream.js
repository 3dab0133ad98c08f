'use strict';
// node:stream — not implemented yet (see internal/stub.js). Real: the default
// high-water marks and the two type checks Node exposes. The module is the legacy
// Stream class itself, as in Node (require('stream') === require('stream').Stream).

const { stubClass, stubMembers, recordStubs, kStubs } = require('internal/stub');

const Stream = stubClass('stream.Stream');
stubMembers(Stream, 'stream', {
  classes: [
    ['Readable', ['from', 'fromWeb', 'toWeb', 'wrap']],
    ['Writable', ['fromWeb', 'toWeb']],
    ['Duplex', ['from', 'fromWeb', 'toWeb']],
    'Transform',
    'PassThrough',
  ],
  functions: ['addAbortSignal', 'compose', 'destroy', 'duplexPair', 'finished', 'isDestroyed',
    'isDisturbed', 'isErrored', 'isReadable', 'isWritable', 'pipeline',
    '_uint8ArrayToBuffer'],
});
Stream.Stream = Stream;

let defaultHighWaterMark = 64 * 1024;
let defaultObjectModeHighWaterMark = 16;

// The highWaterMark streams get when their options give none: bytes, or objects in
// object mode.
Stream.getDefaultHighWaterMark = function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjectModeHighWaterMark : defaultHighWaterMark;
};

Stream.setDefaultHighWaterMark = function setDefaultHighWaterMark(objectMode, value) {
  const { validateInteger } = require('internal/validators');
  validateInteger(value, 'value', 0);
  if (objectMode) defaultObjectModeHighWaterMark = value;
  else defaultHighWaterMark = value;
};

Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = function _isUint8Array(value) {
  return value instanceof Uint8Array;
};

const promises = require('stream/promises');
Stream.promises = promises;
recordStubs(Stream, promises[kStubs]);

module.exports = Stream;
