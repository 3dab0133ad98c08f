'use strict';
// process.stdout.write() checks like Writable#write: a null chunk first
// (ERR_STREAM_NULL_VALUES), then the encoding (ERR_UNKNOWN_ENCODING), then the chunk (a non-buffer
// ERR_INVALID_ARG_TYPE); any TypedArray or DataView is accepted and a non-function callback
// is ignored.
require('../common');
const assert = require('assert');

for (const stream of [process.stdout, process.stderr]) {
  assert.throws(() => stream.write('x', 'bogus'), {
    name: 'TypeError', code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: bogus',
  });
  assert.throws(() => stream.write('x', 5), { code: 'ERR_UNKNOWN_ENCODING' });
  assert.throws(() => stream.write(null), {
    name: 'TypeError', code: 'ERR_STREAM_NULL_VALUES', message: 'May not write null values to stream',
  });
  assert.throws(() => stream.write(null, 'bogus'), { code: 'ERR_STREAM_NULL_VALUES' });
  for (const chunk of [undefined, 1, {}, [], true]) {
    assert.throws(() => stream.write(chunk), { code: 'ERR_INVALID_ARG_TYPE' });
  }
  assert.throws(() => stream.write('', 'buffer'), { code: 'ERR_UNKNOWN_ENCODING' });
  assert.strictEqual(stream.write(new Uint16Array(0)), true);
  assert.strictEqual(stream.write(new DataView(new ArrayBuffer(0))), true);
  assert.strictEqual(stream.write('', 'utf8', 'not a function'), true);
  assert.strictEqual(stream.write('', 'HEX'), true);
  assert.throws(() => stream.setDefaultEncoding('bogus'), { code: 'ERR_UNKNOWN_ENCODING' });
}
