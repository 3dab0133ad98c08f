'use strict';
// Buffer[Symbol.species] is Node's internal FastBuffer: the views the engine makes for a
// Buffer (subarray, slice, map, filter) and those packages make through it
// (`new (Buffer[Symbol.species])(arrayBuffer, offset, length)`, as ws does) are Buffers made
// without the deprecated Buffer(), so no DEP0005 warning.
const common = require('../common');
const assert = require('assert');

process.on('warning', common.mustNotCall('warning'));

const desc = Object.getOwnPropertyDescriptor(Buffer, Symbol.species);
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(desc.set, undefined);
assert.strictEqual(desc.enumerable, false);
assert.strictEqual(desc.configurable, true);

const FastBuffer = Buffer[Symbol.species];
assert.notStrictEqual(FastBuffer, Buffer);
assert.strictEqual(FastBuffer.prototype, Buffer.prototype);
assert.strictEqual(Object.getPrototypeOf(FastBuffer), Uint8Array);

const source = Buffer.from('hello world');
const view = new FastBuffer(source.buffer, source.byteOffset + 6, 5);
assert.ok(Buffer.isBuffer(view));
assert.ok(view instanceof Buffer);
assert.strictEqual(view.constructor, Buffer);
assert.strictEqual(view.toString(), 'world');
view[0] = 0x57;
assert.strictEqual(source.toString(), 'hello World');
assert.strictEqual(new FastBuffer(3).length, 3);
assert.strictEqual(new FastBuffer().length, 0);

// The engine's typed-array methods build their results through it.
for (const result of [source.subarray(1, 3), source.slice(1, 3),
                      Uint8Array.prototype.slice.call(source, 1, 3),
                      source.map((x) => x), source.filter(() => true)]) {
  assert.ok(Buffer.isBuffer(result));
  assert.strictEqual(result.constructor, Buffer);
  assert.strictEqual(typeof result.toString('hex'), 'string');
}
assert.strictEqual(source.map((x) => x + 1).toString(), 'ifmmp!Xpsme');

// Out-of-range views are the engine's RangeError, as in Node.
assert.throws(() => new FastBuffer(new ArrayBuffer(4), 2, 8), RangeError);
