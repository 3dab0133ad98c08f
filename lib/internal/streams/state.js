'use strict';
// The highWaterMark a stream gets from its options, and the process-wide defaults
// (64 KiB of bytes, 16 objects) that stream.setDefaultHighWaterMark() changes.

const { codes } = require('internal/errors/lazy');

let defaultBytes = 64 * 1024;
let defaultObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjects : defaultBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  require('internal/validators').validateInteger(value, 'value', 0);
  if (objectMode) defaultObjects = value;
  else defaultBytes = value;
}

// options.highWaterMark, else (for a side of a Duplex) options[sideKey], else the default.
function getHighWaterMark(objectMode, options, sideKey, isDuplex) {
  let hwm = options.highWaterMark;
  let name = 'options.highWaterMark';
  if (hwm == null && isDuplex) {
    hwm = options[sideKey];
    name = `options.${sideKey}`;
  }
  if (hwm == null) return getDefaultHighWaterMark(objectMode);
  if (!Number.isInteger(hwm) || hwm < 0) throw new codes.ERR_INVALID_ARG_VALUE(name, hwm);
  return hwm;
}

// Key of the function each side's state class has for "_construct() succeeded".
const kOnConstructed = Symbol('kOnConstructed');

// Whether stream is a Duplex, without loading internal/streams/duplex (Readable and Writable
// ask at each construction): nothing is one before that module has run.
let Duplex;
function isDuplexStream(stream) {
  if (Duplex === undefined) {
    if (!require.loader.isLoaded('internal/streams/duplex')) return false;
    const exported = require('internal/streams/duplex');
    if (typeof exported !== 'function') return false;
    Duplex = exported;
  }
  return stream instanceof Duplex;
}

module.exports = {
  kOnConstructed, getDefaultHighWaterMark, setDefaultHighWaterMark, getHighWaterMark,
  isDuplexStream,
};
