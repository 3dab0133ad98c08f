'use strict';
// Buffer operations on every kind of view the engine has: small and large Buffers of their
// own, views over an ArrayBuffer at an offset, views that track a resizable ArrayBuffer or
// have a fixed length over one, and views whose buffer was detached. (Lode's binding reads
// fixed-length Uint8Arrays from the engine's object directly and hands the others to the C
// API: both must see the same bytes.)
require('../common');
const assert = require('assert');
const { isAscii, isUtf8 } = require('buffer');

// Tracking a resizable buffer: the length follows the buffer both ways.
const resizable = new ArrayBuffer(8, { maxByteLength: 16 });
const tracking = Buffer.from(resizable);
assert.strictEqual(tracking.write('abcdefgh'), 8);
assert.strictEqual(tracking.toString(), 'abcdefgh');
resizable.resize(12);
assert.strictEqual(tracking.length, 12);
assert.strictEqual(tracking.toString(), 'abcdefgh\0\0\0\0');
assert.strictEqual(tracking.write('ABCDEFGHIJKLMNOP'), 12);
assert.strictEqual(tracking.toString(), 'ABCDEFGHIJKL');
resizable.resize(4);
assert.strictEqual(tracking.length, 4);
assert.strictEqual(tracking.toString(), 'ABCD');
assert.strictEqual(isAscii(tracking), true);
assert.strictEqual(tracking.indexOf('D'), 3);
assert.strictEqual(tracking.indexOf('E'), -1);

// A fixed-length view of a resizable buffer, at an offset.
const fixedBuffer = new ArrayBuffer(8, { maxByteLength: 16 });
const fixed = Buffer.from(fixedBuffer, 2, 4);
assert.strictEqual(fixed.write('xyzw!'), 4);
assert.strictEqual(fixed.toString('hex'), '78797a77');
assert.strictEqual(Buffer.from(fixedBuffer).toString('latin1', 0, 6), '\0\0xyzw');

// A detached buffer's view is empty.
const transferable = new ArrayBuffer(8);
const detached = Buffer.from(transferable);
detached.fill(65);
transferable.transfer();
assert.strictEqual(detached.length, 0);
assert.strictEqual(detached.toString(), '');
assert.strictEqual(detached.write('x'), 0);
assert.strictEqual(Buffer.byteLength(detached), 0);
assert.strictEqual(Buffer.compare(detached, Buffer.alloc(0)), 0);

// A large Buffer of its own (the engine keeps those out of its heap).
const big = Buffer.alloc(5e6, 97);
assert.strictEqual(big.toString('latin1', 4999990), 'aaaaaaaaaa');
assert.strictEqual(big.write('zz', 4999998), 2);
assert.strictEqual(big.subarray(4999996).toString(), 'aazz');
assert.strictEqual(big.indexOf('zz'), 4999998);

// A view at an offset into a pooled Buffer.
const sub = Buffer.from('0123456789').subarray(3, 7);
assert.strictEqual(sub.toString(), '3456');
assert.strictEqual(sub.write('ab', 1), 2);
assert.strictEqual(sub.toString(), '3ab6');
assert.strictEqual(isUtf8(sub), true);
assert.strictEqual(sub.equals(Buffer.from('3ab6')), true);

// Other typed arrays and DataViews go through the generic path.
const u16 = new Uint16Array([0x6968, 0x2121]);
assert.strictEqual(Buffer.from(u16.buffer).toString(), 'hi!!');
assert.strictEqual(Buffer.byteLength(new DataView(new ArrayBuffer(6))), 6);
assert.strictEqual(Buffer.byteLength(new Float64Array(3)), 24);
