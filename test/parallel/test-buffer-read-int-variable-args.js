'use strict';
// buf.read[U]Int{LE,BE}(offset, byteLength): the offset is checked first, then the byte
// length (1 to 6), then the range; the readers work for every byte length.
require('../common');
const assert = require('assert');

const buf = Buffer.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0xff, 0x80]);

for (const fn of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE']) {
  assert.throws(() => buf[fn](), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "offset" argument must be of type number. Received undefined',
  });
  assert.throws(() => buf[fn](undefined, 7), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "offset" argument must be of type number. Received undefined',
  });
  assert.throws(() => buf[fn](0), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "byteLength" argument must be of type number. Received undefined',
  });
  assert.throws(() => buf[fn](0, 7), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "byteLength" is out of range. It must be >= 1 and <= 6. Received 7',
  });
  assert.throws(() => buf[fn](0, 0), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => buf[fn]('0', 2), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "offset" argument must be of type number. Received type string (\'0\')',
  });
  assert.throws(() => buf[fn](3, 6), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "offset" is out of range. It must be >= 0 and <= 2. Received 3',
  });
  assert.throws(() => buf[fn](1.5, 2), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "offset" is out of range. It must be an integer. Received 1.5',
  });
}

assert.strictEqual(buf.readUIntLE(0, 1), 0x01);
assert.strictEqual(buf.readUIntLE(0, 3), 0x030201);
assert.strictEqual(buf.readUIntBE(0, 3), 0x010203);
assert.strictEqual(buf.readUIntBE(2, 6), 0x030405_06ff80);
assert.strictEqual(buf.readUIntLE(2, 6), 0x80ff_06050403);
assert.strictEqual(buf.readIntLE(6, 2), -32513);
assert.strictEqual(buf.readIntBE(6, 2), -128);
assert.strictEqual(buf.readIntBE(2, 6), 0x03040506ff80);
assert.strictEqual(buf.readIntLE(2, 6), 0x80ff06050403 - 2 ** 48);
