'use strict';
// Every numeric read*/write* method: values, endianness, aliases, and Node's range errors.
require('../common');
const assert = require('assert');

const b = Buffer.alloc(16);
assert.strictEqual(b.writeDoubleBE(1.5), 8);
assert.strictEqual(b.writeFloatLE(-2.25, 8), 12);
assert.strictEqual(b.writeInt16BE(-2, 12), 14);
assert.strictEqual(b.readDoubleBE(0), 1.5);
assert.strictEqual(b.readFloatLE(8), -2.25);
assert.strictEqual(b.readInt16BE(12), -2);
assert.strictEqual(b.readUInt16BE(12), 0xfffe);
assert.deepStrictEqual([...b.subarray(0, 8)], [0x3f, 0xf8, 0, 0, 0, 0, 0, 0]);

const r = Buffer.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x88]);
assert.strictEqual(r.readUInt8(0), 1);
assert.strictEqual(r.readInt8(7), -120);
assert.strictEqual(r.readUInt16LE(0), 0x0201);
assert.strictEqual(r.readUInt16BE(0), 0x0102);
assert.strictEqual(r.readInt16LE(6), -30713);
assert.strictEqual(r.readUInt32LE(0), 0x04030201);
assert.strictEqual(r.readUInt32BE(4), 0x05060788);
assert.strictEqual(r.readInt32BE(4), 0x05060788);
assert.strictEqual(r.readInt32LE(4), -2012805627);
assert.strictEqual(r.readUIntLE(0, 3), 0x030201);
assert.strictEqual(r.readUIntBE(0, 6), 0x010203040506);
assert.strictEqual(r.readIntBE(2, 6), 0x030405060788);
assert.strictEqual(r.readIntLE(2, 6), -0x77f8f9fafbfd);
assert.strictEqual(r.readIntLE(7, 1), -120);
assert.strictEqual(r.readBigUInt64LE(0), 0x8807060504030201n);
assert.strictEqual(r.readBigUInt64BE(0), 0x0102030405060788n);
assert.strictEqual(r.readBigInt64LE(0), -0x77f8f9fafbfcfdffn);
assert.strictEqual(r.readBigInt64BE(0), 0x0102030405060788n);
assert.strictEqual(Buffer.from([0x40, 0x49, 0x0f, 0xdb]).readFloatBE(), Math.fround(Math.PI));
assert(Number.isNaN(Buffer.from([0xff, 0xff, 0xff, 0xff]).readFloatLE()));

// Lower-case aliases are the same functions.
for (const name of ['readUint8', 'readUint16LE', 'readUint32BE', 'readUintLE', 'readBigUint64LE',
  'writeUint8', 'writeUint16BE', 'writeUint32LE', 'writeUintBE', 'writeBigUint64BE']) {
  assert.strictEqual(Buffer.prototype[name], Buffer.prototype[name.replace('Uint', 'UInt')]);
}

const w = Buffer.alloc(8);
assert.strictEqual(w.writeUInt8(255), 1);
assert.strictEqual(w.writeInt8(-1, 1), 2);
assert.strictEqual(w.writeUInt16LE(0x1234, 2), 4);
assert.strictEqual(w.writeInt16BE(-2, 4), 6);
assert.deepStrictEqual([...w.subarray(0, 6)], [255, 255, 0x34, 0x12, 0xff, 0xfe]);
w.writeUInt32BE(0xdeadbeef, 0);
w.writeInt32LE(-2, 4);
assert.deepStrictEqual([...w], [0xde, 0xad, 0xbe, 0xef, 0xfe, 0xff, 0xff, 0xff]);
assert.strictEqual(w.writeIntLE(-123456789012, 0, 6), 6);
assert.strictEqual(w.readIntLE(0, 6), -123456789012);
assert.strictEqual(w.readIntBE(0, 6), w.readIntBE(0, 6));
w.writeUIntBE(0x123456, 1, 3);
assert.strictEqual(w.readUIntBE(1, 3), 0x123456);
w.writeIntBE(-5, 0, 5);
assert.strictEqual(w.readIntBE(0, 5), -5);
w.writeBigInt64LE(-5n);
assert.strictEqual(w.readBigInt64LE(), -5n);
assert.strictEqual(w.writeBigUInt64BE(2n ** 64n - 2n), 8);
assert.strictEqual(w.readBigUInt64BE(), 2n ** 64n - 2n);
w.writeDoubleLE(-0);
assert(Object.is(w.readDoubleLE(), -0));
w.writeFloatBE(NaN);
assert(Number.isNaN(w.readFloatBE()));
// Values are coerced and truncated, not range-checked for integrality.
w.writeUInt8(1.9, 0);
w.writeUInt8('7', 1);
w.writeUInt8(NaN, 2);
w.writeInt8(-1.5, 3);
assert.deepStrictEqual([...w.subarray(0, 4)], [1, 7, 0, 255]);
assert.strictEqual(w.writeFloatLE('x', 0), 4);

const range = (fn, name, text, received) => assert.throws(fn, {
  code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
  message: `The value of "${name}" is out of range. It must be ${text}. Received ${received}`,
});
const e = Buffer.alloc(8);
range(() => e.readUInt8(8), 'offset', '>= 0 and <= 7', '8');
range(() => e.readUInt8(-1), 'offset', '>= 0 and <= 7', '-1');
range(() => e.readUInt8(1.5), 'offset', 'an integer', '1.5');
range(() => e.readUInt8(NaN), 'offset', 'an integer', 'NaN');
range(() => e.readUInt8(2 ** 53), 'offset', '>= 0 and <= 7', '9_007_199_254_740_992');
range(() => e.readInt32LE(5), 'offset', '>= 0 and <= 4', '5');
range(() => e.readDoubleLE(1), 'offset', '>= 0 and <= 0', '1');
range(() => e.readBigInt64LE(1), 'offset', '>= 0 and <= 0', '1');
range(() => e.readUIntLE(0, 7), 'byteLength', '>= 1 and <= 6', '7');
range(() => e.readIntBE(7, 2), 'offset', '>= 0 and <= 6', '7');
range(() => e.writeUInt8(256), 'value', '>= 0 and <= 255', '256');
range(() => e.writeInt8(-129), 'value', '>= -128 and <= 127', '-129');
range(() => e.writeUInt16LE(70000), 'value', '>= 0 and <= 65535', '70000');
range(() => e.writeInt16BE(-40000), 'value', '>= -32768 and <= 32767', '-40000');
range(() => e.writeUInt32BE(-1), 'value', '>= 0 and <= 4294967295', '-1');
range(() => e.writeIntLE(2 ** 40, 0, 5), 'value', '>= -(2 ** 39) and < 2 ** 39',
      '1_099_511_627_776');
range(() => e.writeIntBE(-(2 ** 47) - 1, 0, 6), 'value', '>= -(2 ** 47) and < 2 ** 47',
      '-140_737_488_355_329');
range(() => e.writeUIntLE(1, 0, 7), 'byteLength', '>= 1 and <= 6', '7');
range(() => e.writeBigUInt64LE(-1n), 'value', '>= 0n and < 2n ** 64n', '-1n');
range(() => e.writeBigInt64LE(2n ** 63n), 'value', '>= -(2n ** 63n) and < 2n ** 63n',
      '9_223_372_036_854_775_808n');
range(() => e.writeUInt16LE(1, 7), 'offset', '>= 0 and <= 6', '7');
range(() => e.writeUInt8(1, 9), 'offset', '>= 0 and <= 7', '9');
range(() => e.writeDoubleLE(1, 1), 'offset', '>= 0 and <= 0', '1');
assert.throws(() => e.readUInt8('1'), {
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "offset" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => e.readUIntLE(0), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "byteLength" argument must be of type number. Received undefined',
});
assert.throws(() => e.writeUInt8(1, '0'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => e.writeBigInt64LE(1), TypeError);
assert.throws(() => Buffer.alloc(0).readUInt8(), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: 'Attempt to access memory outside buffer bounds',
});
assert.throws(() => Buffer.alloc(3).readUInt32LE(), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
