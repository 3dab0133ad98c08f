'use strict';
// Bad input for stream-web: wrong types, out-of-range and huge values, closed or
// unbound handles, missing files. Each case must fail with Node's error name, code and message.
require('../common');
const assert = require('assert');
const web = require('stream/web');

const throwing = [
  ['rs bad source', () => new web.ReadableStream(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "source" argument must be of type object. Received type number (5)' }],
  ['rs bad type', () => new web.ReadableStream({ type: 'bogus' }), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The property \'source.type\' is invalid. Received \'bogus\'' }],
  ['rs bad strategy', () => new web.ReadableStream({}, 5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "strategy" argument must be of type object. Received type number (5)' }],
  ['rs bad hwm', () => new web.ReadableStream({}, { highWaterMark: -1 }), { name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The property \'strategy.highWaterMark\' is invalid. Received -1' }],
  ['rs bad hwm NaN', () => new web.ReadableStream({}, { highWaterMark: NaN }), { name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The property \'strategy.highWaterMark\' is invalid. Received NaN' }],
  ['rs getReader bad mode', () => new web.ReadableStream().getReader({ mode: 'bogus' }), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The property \'options.mode\' is invalid. Received \'bogus\'' }],
  ['rs byob on default', () => new web.ReadableStream().getReader({ mode: 'byob' }), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The argument \'stream\' must be a byte stream. Received ReadableStream { locked: false, state: \'readable\', supportsBYOB: false }' }],
  ['rs getReader twice', () => { const r = new web.ReadableStream(); r.getReader(); r.getReader(); }, { name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: ReadableStream is locked' }],
  ['rs pipeThrough bad', () => new web.ReadableStream().pipeThrough(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "transform.readable" property must be an instance of ReadableStream. Received undefined' }],
  ['rs tee locked', () => { const r = new web.ReadableStream(); r.getReader(); r.tee(); }, { name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: ReadableStream is locked' }],
  ['ws bad sink', () => new web.WritableStream(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "sink" argument must be of type object. Received type number (5)' }],
  ['ws sink type', () => new web.WritableStream({ type: 'bytes' }), { name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The argument \'type\' is invalid. Received \'bytes\'' }],
  ['ws getWriter twice', () => { const w = new web.WritableStream(); w.getWriter(); w.getWriter(); }, { name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: WritableStream is locked' }],
  ['ts bad transformer', () => new web.TransformStream(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "transformer" argument must be of type object. Received type number (5)' }],
  ['ts readableType', () => new web.TransformStream({ readableType: 'bytes' }), { name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The property \'transformer.readableType\' is invalid. Received \'bytes\'' }],
  ['cqs no arg', () => new web.CountQueuingStrategy(), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "init" argument must be of type object. Received undefined' }],
  ['bqs bad', () => new web.ByteLengthQueuingStrategy(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "init" argument must be of type object. Received type number (5)' }],
  ['tds bad label', () => new web.TextDecoderStream('bogus'), { name: 'RangeError', code: 'ERR_ENCODING_NOT_SUPPORTED', message: 'The "bogus" encoding is not supported' }],
  ['reader bad stream', () => new web.ReadableStreamDefaultReader(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "stream" argument must be an instance of ReadableStream. Received type number (5)' }],
  ['byob reader non-bytes', () => new web.ReadableStreamBYOBReader(new web.ReadableStream()), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The argument \'stream\' must be a byte stream. Received ReadableStream { locked: false, state: \'readable\', supportsBYOB: false }' }],
];
for (const [label, fn, expected] of throwing) {
  assert.throws(fn, expected, label);
}
