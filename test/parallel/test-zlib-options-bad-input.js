'use strict';
// Bad input for zlib-options: wrong types, out-of-range and huge values, closed or
// unbound handles, missing files. Each case must fail with Node's error name, code and message.
require('../common');
const assert = require('assert');
const zlib = require('zlib');

const throwing = [
  ['zlib bad level', () => zlib.createGzip({ level: 99 }), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'The value of "options.level" is out of range. It must be >= -1 and <= 9. Received 99' }],
  ['zlib bad level type', () => zlib.createGzip({ level: 'x' }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.level" property must be of type number. Received type string (\'x\')' }],
  ['zlib bad windowBits', () => zlib.createDeflate({ windowBits: 3 }), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'The value of "options.windowBits" is out of range. It must be >= 8 and <= 15. Received 3' }],
  ['zlib bad memLevel', () => zlib.createDeflate({ memLevel: 10 }), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'The value of "options.memLevel" is out of range. It must be >= 1 and <= 9. Received 10' }],
  ['zlib bad strategy', () => zlib.createDeflate({ strategy: 9 }), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'The value of "options.strategy" is out of range. It must be >= 0 and <= 4. Received 9' }],
  ['zlib bad chunkSize', () => zlib.createDeflate({ chunkSize: 1 }), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'The value of "options.chunkSize" is out of range. It must be >= 64. Received 1' }],
  ['zlib bad flush', () => zlib.createDeflate({ flush: 99 }), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'The value of "options.flush" is out of range. It must be >= 0 and <= 5. Received 99' }],
  ['zlib bad finishFlush', () => zlib.createDeflate({ finishFlush: -1 }), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'The value of "options.finishFlush" is out of range. It must be >= 0 and <= 5. Received -1' }],
  ['zlib bad dictionary', () => zlib.createDeflate({ dictionary: 'abc' }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.dictionary" property must be an instance of Buffer, TypedArray, DataView, or ArrayBuffer. Received type string (\'abc\')' }],
  ['zlib maxOutputLength exceeded', () => zlib.gunzipSync(zlib.gzipSync(Buffer.alloc(1000)), { maxOutputLength: 10 }), { name: 'RangeError', code: 'ERR_BUFFER_TOO_LARGE', message: 'Cannot create a Buffer larger than 10 bytes' }],
  ['zlib gzipSync num', () => zlib.gzipSync(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer. Received type number (5)' }],
  ['zlib gunzipSync corrupt', () => zlib.gunzipSync(Buffer.from('hello world')), { name: 'Error', code: 'Z_DATA_ERROR', message: 'incorrect header check' }],
  ['zlib gunzipSync truncated', () => zlib.gunzipSync(zlib.gzipSync('hello world').subarray(0, 10)), { name: 'Error', code: 'Z_BUF_ERROR', message: 'unexpected end of file' }],
  ['zlib brotli bad params', () => zlib.createBrotliCompress({ params: { 9999: 1 } }), { name: 'RangeError', code: 'ERR_BROTLI_INVALID_PARAM', message: '9999 is not a valid Brotli parameter' }],
  ['zlib crc32 bad', () => zlib.crc32(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)' }],
  ['zlib crc32 bad init', () => zlib.crc32('a', 'x'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "value" argument must be of type number. Received type string (\'x\')' }],
  ['zlib params bad', () => zlib.createDeflate().params(99, 0, () => {}), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'The value of "level" is out of range. It must be >= -1 and <= 9. Received 99' }],
  ['zlib gzip no cb', () => zlib.gzip('x'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "callback" argument must be of type function. Received undefined' }],
];
for (const [label, fn, expected] of throwing) {
  assert.throws(fn, expected, label);
}
