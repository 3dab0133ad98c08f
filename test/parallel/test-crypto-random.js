'use strict';
// randomBytes, randomFill(Sync), randomInt, randomUUID, getRandomValues, timingSafeEqual:
// shapes of the results, sync and async forms, offset/size checks and Node's errors.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

// randomBytes
{
  const a = crypto.randomBytes(16);
  assert(Buffer.isBuffer(a));
  assert.strictEqual(a.length, 16);
  assert.notDeepStrictEqual(a, crypto.randomBytes(16));
  assert.strictEqual(crypto.randomBytes(0).length, 0);
  assert.strictEqual(crypto.randomBytes(100000).length, 100000);
  // Not all zero: the odds of 64 zero bytes are nil.
  assert(crypto.randomBytes(64).some((b) => b !== 0));
  crypto.randomBytes(32, common.mustSucceed((buf) => {
    assert.strictEqual(buf.length, 32);
  }));
  crypto.randomBytes(0, common.mustSucceed((buf) => assert.strictEqual(buf.length, 0)));
  assert.throws(() => crypto.randomBytes(-1), { code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "size" is out of range. It must be >= 0 && <= 2147483647. ' +
      'Received -1' });
  assert.throws(() => crypto.randomBytes(2 ** 31), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => crypto.randomBytes('1'), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "size" argument must be of type number. Received type string (\'1\')' });
  assert.throws(() => crypto.randomBytes(1, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
}

// randomFillSync
{
  const buf = Buffer.alloc(10);
  assert.strictEqual(crypto.randomFillSync(buf, 5), buf);
  assert.deepStrictEqual(buf.subarray(0, 5), Buffer.alloc(5));
  assert(buf.subarray(5).some((b) => b !== 0));
  const buf2 = Buffer.alloc(10);
  crypto.randomFillSync(buf2, 2, 3);
  assert.deepStrictEqual(buf2.subarray(0, 2), Buffer.alloc(2));
  assert.deepStrictEqual(buf2.subarray(5), Buffer.alloc(5));
  // Offsets and sizes count elements of the view.
  const u32 = new Uint32Array(4);
  crypto.randomFillSync(u32, 1, 2);
  assert.strictEqual(u32[0], 0);
  assert.strictEqual(u32[3], 0);
  assert(u32[1] !== 0 || u32[2] !== 0);
  // Other buffer kinds.
  const ab = new ArrayBuffer(32);
  crypto.randomFillSync(ab);
  assert(new Uint8Array(ab).some((b) => b !== 0));
  const dv = new DataView(new ArrayBuffer(32));
  crypto.randomFillSync(dv);
  assert(new Uint8Array(dv.buffer).some((b) => b !== 0));
  assert.strictEqual(crypto.randomFillSync(Buffer.alloc(0)).length, 0);
  assert.strictEqual(crypto.randomFillSync(Buffer.alloc(4), 4).length, 4);

  assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 5), { code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "offset" is out of range. It must be >= 0 && <= 4. Received 5' });
  assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 1, 4), { code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "size + offset" is out of range. It must be <= 4. Received 5' });
  assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), -1), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 0, -1),
    { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 'x'),
    { code: 'ERR_INVALID_ARG_TYPE' });
  for (const bad of [5, 'x', null, {}, []]) {
    assert.throws(() => crypto.randomFillSync(bad), { code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError' });
  }
}

// randomFill
{
  const buf = Buffer.alloc(16);
  crypto.randomFill(buf, common.mustSucceed((result) => {
    assert.strictEqual(result, buf);
    assert(buf.some((b) => b !== 0));
  }));
  const buf2 = Buffer.alloc(16);
  crypto.randomFill(buf2, 8, common.mustSucceed((result) => {
    assert.deepStrictEqual(result.subarray(0, 8), Buffer.alloc(8));
  }));
  const buf3 = Buffer.alloc(16);
  crypto.randomFill(buf3, 4, 4, common.mustSucceed((result) => {
    assert.deepStrictEqual(result.subarray(0, 4), Buffer.alloc(4));
    assert.deepStrictEqual(result.subarray(8), Buffer.alloc(8));
  }));
  crypto.randomFill(new Float64Array(4), common.mustSucceed((result) => {
    assert(result instanceof Float64Array);
  }));
  crypto.randomFill(Buffer.alloc(0), common.mustSucceed());
  assert.throws(() => crypto.randomFill(Buffer.alloc(4)), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.randomFill(Buffer.alloc(4), 5, common.mustNotCall()),
    { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => crypto.randomFill(5, common.mustNotCall()),
    { code: 'ERR_INVALID_ARG_TYPE' });
}

// randomInt
{
  for (let i = 0; i < 1000; i++) {
    const n = crypto.randomInt(3);
    assert(n >= 0 && n < 3 && Number.isInteger(n));
    const m = crypto.randomInt(-5, 5);
    assert(m >= -5 && m < 5);
  }
  const seen = new Set();
  for (let i = 0; i < 200; i++) seen.add(crypto.randomInt(4));
  assert.deepStrictEqual([...seen].sort(), [0, 1, 2, 3]);
  assert.strictEqual(crypto.randomInt(7, 8), 7);
  const big = crypto.randomInt(2 ** 48 - 1);
  assert(big >= 0 && big < 2 ** 48 - 1);
  crypto.randomInt(10, common.mustCall((err, n) => {
    assert.strictEqual(err, undefined);
    assert(n >= 0 && n < 10);
  }));
  crypto.randomInt(10, 20, common.mustCall((err, n) => {
    assert(n >= 10 && n < 20);
  }));
  assert.throws(() => crypto.randomInt(5, 5), { code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "max" is out of range. It must be greater than the value of ' +
      '"min" (5). Received 5' });
  assert.throws(() => crypto.randomInt(5, 3), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => crypto.randomInt(2 ** 48), { code: 'ERR_OUT_OF_RANGE',
    message: /^The value of "max" is out of range\. It must be <= 281474976710655\./ });
  assert.throws(() => crypto.randomInt(0, 2 ** 48), { code: 'ERR_OUT_OF_RANGE',
    message: /^The value of "max - min" is out of range\. It must be <= 281474976710655\./ });
  assert.throws(() => crypto.randomInt(1.5), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "max" argument must be a safe integer. Received type number (1.5)' });
  assert.throws(() => crypto.randomInt('1', 5), { code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "min" argument must be a safe integer/ });
  assert.throws(() => crypto.randomInt(1, 5, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
}

// randomUUID
{
  const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const seen = new Set();
  // More than one cache refill.
  for (let i = 0; i < 300; i++) {
    const uuid = crypto.randomUUID();
    assert.match(uuid, re);
    seen.add(uuid);
  }
  assert.strictEqual(seen.size, 300);
  assert.match(crypto.randomUUID({ disableEntropyCache: true }), re);
  assert.match(crypto.randomUUID({}), re);
  assert.throws(() => crypto.randomUUID(5), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type number (5)' });
  assert.throws(() => crypto.randomUUID({ disableEntropyCache: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.disableEntropyCache" property must be of type boolean. ' +
      'Received type number (1)',
  });
}

// getRandomValues
{
  for (const Ctor of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
    Int32Array, Uint32Array, BigInt64Array, BigUint64Array]) {
    const a = new Ctor(8);
    assert.strictEqual(crypto.getRandomValues(a), a);
  }
  assert.strictEqual(crypto.getRandomValues(new Uint8Array(65536)).length, 65536);
  assert.strictEqual(crypto.getRandomValues(new Uint8Array(0)).length, 0);
  assert.throws(() => crypto.getRandomValues(new Uint8Array(65537)), (err) => {
    assert.strictEqual(err.name, 'QuotaExceededError');
    assert.strictEqual(err.code, 22);
    assert.strictEqual(err.message, 'The requested length exceeds 65,536 bytes');
    return true;
  });
  assert.throws(() => crypto.getRandomValues(new Uint32Array(16385)),
    { name: 'QuotaExceededError' });
  for (const bad of [new Float32Array(4), new Float64Array(4), new DataView(new ArrayBuffer(4)),
    5, 'x', new ArrayBuffer(4)]) {
    assert.throws(() => crypto.getRandomValues(bad), (err) => {
      assert.strictEqual(err.name, 'TypeMismatchError');
      assert.strictEqual(err.code, 17);
      assert.strictEqual(err.message, 'The data argument must be an integer-type TypedArray');
      return true;
    });
  }
}

// timingSafeEqual
{
  assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), true);
  assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')), false);
  assert.strictEqual(crypto.timingSafeEqual(Buffer.alloc(0), new Uint8Array(0)), true);
  // Views of different types compare bytes.
  assert.strictEqual(crypto.timingSafeEqual(new Uint16Array(2), new Uint8Array(4)), true);
  assert.strictEqual(crypto.timingSafeEqual(new ArrayBuffer(3), new DataView(new ArrayBuffer(3))),
    true);
  assert.throws(() => crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)), {
    code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', name: 'RangeError',
    message: 'Input buffers must have the same byte length',
  });
  assert.throws(() => crypto.timingSafeEqual('a', 'b'), { code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "buf1" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView\./ });
  assert.throws(() => crypto.timingSafeEqual(Buffer.alloc(1), 5), { code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "buf2" argument/ });
}
