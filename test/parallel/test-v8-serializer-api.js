'use strict';
// v8.Serializer / v8.Deserializer: the raw writers and readers, host objects through
// subclasses, transferred and shared buffers, wire format versions, and Node's errors
// for bad arguments and for malformed or truncated input.
require('../common');
const assert = require('assert');
const v8 = require('v8');

const hex = (buffer) => Buffer.from(buffer).toString('hex');

// Raw values around a header and a value; the bytes as Node writes them.
{
  const ser = new v8.Serializer();
  assert.deepStrictEqual(Object.keys(ser), []);
  ser.writeHeader();
  ser.writeUint32(300);
  ser.writeUint64(1, 2);
  ser.writeDouble(1.5);
  ser.writeRawBytes(Buffer.from('ab'));
  assert.strictEqual(ser.writeValue(1), true);
  const bytes = ser.releaseBuffer();
  assert(Buffer.isBuffer(bytes));
  assert.strictEqual(hex(bytes), 'ff0fac028280808010000000000000f83f61624902');
  assert.strictEqual(ser.releaseBuffer().length, 0);

  const des = new v8.Deserializer(bytes);
  assert.strictEqual(des.buffer, bytes);
  assert.deepStrictEqual(Object.keys(des), ['buffer']);
  assert.strictEqual(des.getWireFormatVersion(), 0);
  assert.strictEqual(des.readHeader(), true);
  assert.strictEqual(des.getWireFormatVersion(), 15);
  assert.strictEqual(des.readUint32(), 300);
  assert.deepStrictEqual(des.readUint64(), [1, 2]);
  assert.strictEqual(des.readDouble(), 1.5);
  assert.strictEqual(des._readRawBytes(2), 17);
  assert.strictEqual(des.readValue(), 1);
  assert.throws(() => des.readValue(), { name: 'Error', message: 'Unable to deserialize cloned data.' });
  assert.throws(() => des.readUint32(), { name: 'Error', message: 'ReadUint32() failed' });
  assert.throws(() => des.readUint64(), { name: 'Error', message: 'ReadUint64() failed' });
  assert.throws(() => des.readDouble(), { name: 'Error', message: 'ReadDouble() failed' });
  assert.throws(() => des.readRawBytes(1), { name: 'Error', message: 'ReadRawBytes() failed' });
  assert.deepStrictEqual(des.readRawBytes('x'), Buffer.alloc(0));
}

// readRawBytes returns a Buffer over the input; the offset counts from the view's start.
{
  const backing = Buffer.from('00ff0f616263', 'hex');
  const des = new v8.Deserializer(backing.subarray(1));
  des.readHeader();
  const raw = des.readRawBytes(2);
  assert(Buffer.isBuffer(raw));
  assert.strictEqual(raw.toString(), 'ab');
  assert.strictEqual(raw.buffer, backing.buffer);
  assert.strictEqual(des._readRawBytes(1), 4);
}

// Varints as V8 reads them: bits beyond the width are dropped.
assert.deepStrictEqual(
  new v8.Deserializer(Buffer.from('ffffffffffffffffffff01', 'hex')).readUint64(),
  [4294967295, 4294967295]);
assert.strictEqual(new v8.Deserializer(Buffer.from('ffffffff1f', 'hex')).readUint32(),
                   4294967295);
assert.strictEqual(v8.deserialize(Buffer.from('ff8f005f', 'hex')), undefined);

// Values and raw data are coerced, as Node's binding does.
{
  const ser = new v8.Serializer();
  ser.writeUint32(-1);
  ser.writeUint32('x');
  ser.writeDouble('x');
  ser.writeUint64('a', 1);
  const des = new v8.Deserializer(ser.releaseBuffer());
  assert.strictEqual(des.readUint32(), 4294967295);
  assert.strictEqual(des.readUint32(), 0);
  assert(Number.isNaN(des.readDouble()));
  assert.deepStrictEqual(des.readUint64(), [0, 1]);
}

// Host objects: a subclass decides how ArrayBufferViews are written and read.
{
  class HostSerializer extends v8.Serializer {
    _writeHostObject(view) {
      assert(this instanceof HostSerializer);
      this.writeUint32(view.length);
      this.writeDouble(view[0]);
    }
  }
  class HostDeserializer extends v8.Deserializer {
    _readHostObject() {
      const length = this.readUint32();
      return { length, first: this.readDouble() };
    }
  }
  const ser = new HostSerializer();
  ser._setTreatArrayBufferViewsAsHostObjects(true);
  ser.writeHeader();
  ser.writeValue({ x: new Float64Array([2.5]), y: [new Uint8Array(3)] });
  const bytes = ser.releaseBuffer();
  assert.strictEqual(hex(bytes),
                     'ff0f6f2201785c01000000000000044022017941015c0300000000000000002400017b02');
  const des = new HostDeserializer(bytes);
  des.readHeader();
  assert.deepStrictEqual(des.readValue(),
                         { x: { length: 1, first: 2.5 }, y: [{ length: 3, first: 0 }] });

  // Without _writeHostObject / _readHostObject.
  const plain = new v8.Serializer();
  plain._setTreatArrayBufferViewsAsHostObjects(true);
  assert.throws(() => plain.writeValue(new Uint8Array(1)),
                { name: 'Error', message: '[object Uint8Array] could not be cloned.' });
  const base = new v8.Deserializer(v8.serialize(new Uint8Array(2)));
  base.readHeader();
  assert.throws(() => base.readValue(),
                { name: 'Error', message: 'Unable to deserialize cloned data.' });

  class BadDeserializer extends v8.Deserializer {
    _readHostObject() {
      return 5;
    }
  }
  const bad = new BadDeserializer(v8.serialize(new Uint8Array(2)));
  bad.readHeader();
  assert.throws(() => bad.readValue(),
                { name: 'TypeError', message: 'readHostObject must return an object' });

  // Errors thrown by the subclass come through unchanged.
  class Throwing extends v8.Serializer {
    _writeHostObject() {
      throw new RangeError('mine');
    }
  }
  const throwing = new Throwing();
  throwing._setTreatArrayBufferViewsAsHostObjects(true);
  assert.throws(() => throwing.writeValue([new Int8Array(1)]), { name: 'RangeError', message: 'mine' });
}

// Without the host object flag, views are written with their whole buffer.
{
  const ser = new v8.Serializer();
  ser.writeHeader();
  ser.writeValue(new Uint8Array(new ArrayBuffer(8), 2, 3));
  ser.writeValue(new DataView(new ArrayBuffer(8, { maxByteLength: 16 }), 2));
  const bytes = ser.releaseBuffer();
  assert.strictEqual(hex(bytes),
                     'ff0f4208000000000000000056420203007e08100000000000000000563f020003');
  const des = new v8.Deserializer(bytes);
  des.readHeader();
  const view = des.readValue();
  assert(view instanceof Uint8Array);
  assert.strictEqual(view.byteOffset, 2);
  assert.strictEqual(view.length, 3);
  assert.strictEqual(view.buffer.byteLength, 8);
  const tracking = des.readValue();
  assert(tracking instanceof DataView);
  assert.strictEqual(tracking.byteLength, 6);
  tracking.buffer.resize(16);
  assert.strictEqual(tracking.byteLength, 14);
}

// Transferred ArrayBuffers are written by id and given back by the reader.
{
  const ser = new v8.Serializer();
  const buffer = new ArrayBuffer(4);
  ser.transferArrayBuffer(7, buffer);
  ser.writeHeader();
  ser.writeValue([buffer, new Uint8Array(buffer, 1)]);
  const bytes = ser.releaseBuffer();
  assert.strictEqual(hex(bytes), 'ff0f410274075e015642010300240002');
  const des = new v8.Deserializer(bytes);
  des.readHeader();
  const target = new ArrayBuffer(4);
  des.transferArrayBuffer(7, target);
  const [a, view] = des.readValue();
  assert.strictEqual(a, target);
  assert.strictEqual(view.buffer, target);
  assert.strictEqual(view.byteOffset, 1);

  const missing = new v8.Deserializer(bytes);
  missing.readHeader();
  assert.throws(() => missing.readValue(), { message: 'Unable to deserialize cloned data.' });
}

// SharedArrayBuffers need an id from _getSharedArrayBufferId.
{
  class Shared extends v8.Serializer {
    _getSharedArrayBufferId(sab) {
      assert(sab instanceof SharedArrayBuffer);
      return 9;
    }
  }
  const ser = new Shared();
  ser.writeHeader();
  assert.strictEqual(ser.writeValue(new SharedArrayBuffer(1)), true);
  assert.strictEqual(hex(ser.releaseBuffer()), 'ff0f7509');
}

// _getDataCloneError makes the error thrown for values that cannot be cloned.
{
  assert.strictEqual(v8.Serializer.prototype._getDataCloneError, Error);
  class Custom extends v8.Serializer {
    _getDataCloneError(message) {
      return { message, self: this instanceof Custom };
    }
  }
  assert.throws(() => new Custom().writeValue(() => 1),
                (err) => err.message === '() => 1 could not be cloned.' && err.self === true);
}

// Wire format versions: 13 to 15 are read; others are refused.
for (const [bytes, ok] of [['ff0c5f', false], ['ff0d5f', true], ['ff0e5f', true],
  ['ff0f5f', true], ['ff105f', false], ['', false], ['ff', false], ['0f5f', false],
  ['5f', false]]) {
  const run = () => v8.deserialize(Buffer.from(bytes, 'hex'));
  if (ok) {
    assert.strictEqual(run(), undefined);
  } else {
    assert.throws(run, {
      name: 'Error',
      message: 'Unable to deserialize cloned data due to invalid or unsupported version.',
    }, bytes);
  }
}

// Malformed data: unknown tags, bad counts, views out of range, truncation.
for (const bytes of ['ff0f', 'ff0f99', 'ff0f4f', 'ff0f5e05', 'ff0f6f7b05', 'ff0f6f',
  'ff0f6f22016149027b02', 'ff0f6f49027b01', 'ff0f4201', 'ff0f2205ab', 'ff0f63036100',
  'ff0f4203616263560201000024000000', 'ff0f42036162635642010900', 'ff0f41022d2d240003',
  'ff0f5201610280', 'ff0f72ff2e',
  // An array's "length" as a property.
  'ff0f410022066c656e677468490a240100', 'ff0f610022066c656e677468490a400100']) {
  assert.throws(() => v8.deserialize(Buffer.from(bytes, 'hex')),
                { name: 'Error', message: 'Unable to deserialize cloned data.' }, bytes);
}
// DefaultDeserializer reads host objects with readUint32 and fails as it does.
assert.throws(() => v8.deserialize(Buffer.from('ff0f5c', 'hex')),
              { name: 'Error', message: 'ReadUint32() failed' });
// A host object of an unknown kind fails in DefaultDeserializer.
assert.throws(() => v8.deserialize(Buffer.from('ff0f5c0e00', 'hex')), TypeError);
// Padding bytes before a tag are skipped; a trailing byte after the value is ignored.
assert.strictEqual(v8.deserialize(Buffer.from('ff0f0000005f', 'hex')), undefined);
assert.deepStrictEqual(v8.deserialize(Buffer.from('ff0f6f7b00ff', 'hex')), {});
assert.strictEqual(v8.deserialize(Buffer.from('ff0f5303616263', 'hex')), 'abc');
assert.deepStrictEqual(v8.deserialize(Buffer.from('ff0f41022d2d240002', 'hex')), [, ,]);

{
  const full = v8.serialize({
    a: [1, 'x', 2.5], m: new Map([[1, new Set([true])]]), d: new Date(5), s: '\u20ac',
    b: Buffer.from('hi'), e: new Error('x'),
  });
  const messages = new Set([
    'Unable to deserialize cloned data due to invalid or unsupported version.',
    'Unable to deserialize cloned data.',
    'ReadUint32() failed',
    'ReadRawBytes() failed',
  ]);
  for (let length = 0; length < full.length; length++) {
    assert.throws(() => v8.deserialize(full.subarray(0, length)), (err) => {
      assert.strictEqual(err.constructor, Error);
      assert(messages.has(err.message), err.message);
      return true;
    }, `prefix of ${length} bytes`);
  }
}

// Any ArrayBufferView is accepted as input; anything else is ERR_INVALID_ARG_TYPE.
assert.strictEqual(v8.deserialize(new Uint8Array([0xff, 0x0f, 0x49, 0x04])), 2);
assert.strictEqual(v8.deserialize(new DataView(new Uint8Array([0xff, 0x0f, 0x49, 0x04]).buffer)), 2);
for (const bad of ['abc', undefined, 1, {}, new ArrayBuffer(2)]) {
  assert.throws(() => v8.deserialize(bad), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'buffer must be a TypedArray or a DataView',
  });
  assert.throws(() => new v8.Deserializer(bad), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'buffer must be a TypedArray or a DataView',
  });
}
{
  const ser = new v8.Serializer();
  assert.throws(() => ser.writeRawBytes('x'), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'source must be a TypedArray or a DataView',
  });
  assert.throws(() => ser.transferArrayBuffer(1, 2), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'arrayBuffer must be an ArrayBuffer',
  });
  const des = new v8.Deserializer(Buffer.alloc(1));
  assert.throws(() => des.transferArrayBuffer(0, 'x'), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'arrayBuffer must be an ArrayBuffer or SharedArrayBuffer',
  });
  des.transferArrayBuffer(0, new SharedArrayBuffer(1));
}
// Classes need `new`.
assert.throws(() => v8.Serializer(), TypeError);
assert.throws(() => v8.Deserializer(Buffer.alloc(1)), TypeError);
assert.strictEqual(v8.serialize().toString('hex'), 'ff0f5f');

// DefaultSerializer / DefaultDeserializer: views as host objects, kind index + bytes.
{
  assert(new v8.DefaultSerializer() instanceof v8.Serializer);
  assert(new v8.DefaultDeserializer(Buffer.alloc(0)) instanceof v8.Deserializer);
  class MyBytes extends Uint8Array {}
  assert.strictEqual(hex(v8.serialize(new MyBytes(1))), 'ff0f5c010100');
  const decoded = v8.deserialize(v8.serialize(Buffer.from('hello')));
  assert(Buffer.isBuffer(decoded));
  assert.strictEqual(decoded.toString(), 'hello');
  // An aligned view shares the input's memory; a misaligned one is a copy.
  const input = new Uint8Array([0xff, 0x0f, 0x5c, 0x01, 0x02, 0x05, 0x06]);
  const shared = v8.deserialize(input);
  input[5] = 9;
  assert.deepStrictEqual(shared, new Uint8Array([9, 6]));
  assert.strictEqual(shared.buffer, input.buffer);
  const odd = new Uint8Array([0xff, 0x0f, 0x5c, 0x04, 0x04, 1, 0, 2, 0]);
  const copied = v8.deserialize(odd);
  assert.deepStrictEqual(copied, new Uint16Array([1, 2]));
  assert.notStrictEqual(copied.buffer, odd.buffer);
}

// Without readHeader() the reader follows version 0, as V8 does: plain values read back,
// a view has no flags byte, and strings inside a RegExp or an error are untagged UTF-8
// (so what today's writer puts there fails).
for (const [value, ok] of [[{ a: 'x' }, true], ['\u20ac', true], [[1, 2], true],
  [new Map([[1, 2]]), true], [new Uint8Array(2), true], [/x/g, false],
  [new Error('e'), false]]) {
  const ser = new v8.Serializer();
  ser.writeValue(value);
  const des = new v8.Deserializer(ser.releaseBuffer());
  if (ok) {
    assert.deepStrictEqual(des.readValue(), value);
  } else {
    assert.throws(() => des.readValue(), { message: 'Unable to deserialize cloned data.' });
  }
}

// Every view kind without the host object flag: the buffer, then 'V', the kind's sub-tag,
// offset, length and flags (length-tracking, backed by a resizable buffer), as Node writes.
{
  const zeros = '42100000000000000000000000000000000056';
  const kinds = [[Int8Array, '62080100'], [Uint8Array, '42080100'],
    [Uint8ClampedArray, '43080100'], [Int16Array, '77080200'], [Uint16Array, '57080200'],
    [Int32Array, '64080400'], [Uint32Array, '44080400'], [Float32Array, '66080400'],
    [Float64Array, '46080800'], [BigInt64Array, '71080800'], [BigUint64Array, '51080800'],
    [DataView, '3f080800']];
  if (typeof Float16Array === 'function') kinds.push([Float16Array, '68080200']);
  for (const [Kind, tail] of kinds) {
    const ser = new v8.Serializer();
    ser.writeHeader();
    ser.writeValue(new Kind(new ArrayBuffer(16), 8, Kind === DataView ? 8 : 1));
    const bytes = ser.releaseBuffer();
    assert.strictEqual(hex(bytes), `ff0f${zeros}${tail}`, Kind.name);
    const des = new v8.Deserializer(bytes);
    des.readHeader();
    const view = des.readValue();
    assert.strictEqual(view.constructor, Kind);
    assert.strictEqual(view.byteOffset, 8);
  }
  const rab = new ArrayBuffer(8, { maxByteLength: 16 });
  const full = new ArrayBuffer(16, { maxByteLength: 16 });
  for (const [view, bytes, lengthAfterResize] of [
    [new Uint16Array(rab, 2), 'ff0f7e081000000000000000005657020003', 5],
    [new Uint16Array(rab, 2, 1), 'ff0f7e081000000000000000005657020202', 1],
    [new Float64Array(full), 'ff0f7e1010000000000000000000000000000000005646000003', 1],
  ]) {
    const ser = new v8.Serializer();
    ser.writeHeader();
    ser.writeValue(view);
    assert.strictEqual(hex(ser.releaseBuffer()), bytes);
    const des = new v8.Deserializer(Buffer.from(bytes, 'hex'));
    des.readHeader();
    const back = des.readValue();
    back.buffer.resize(12);
    assert.strictEqual(back.length, lengthAfterResize);
  }
}
