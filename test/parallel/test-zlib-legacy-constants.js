'use strict';
// The zlib constants are also properties of the module itself (zlib.Z_SYNC_FLUSH...), the
// legacy form packages such as ws still use; the Brotli ones are only in zlib.constants.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const { constants } = zlib;
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI')) {
    assert.strictEqual(Object.hasOwn(zlib, key), false, key);
    continue;
  }
  const desc = Object.getOwnPropertyDescriptor(zlib, key);
  assert.ok(desc, key);
  assert.strictEqual(desc.value, constants[key], key);
  assert.strictEqual(desc.enumerable, false, key);
  assert.strictEqual(desc.writable, false, key);
  assert.strictEqual(desc.configurable, false, key);
}
assert.strictEqual(zlib.Z_NO_FLUSH, 0);
assert.strictEqual(zlib.Z_SYNC_FLUSH, 2);
assert.strictEqual(zlib.Z_FULL_FLUSH, 3);
assert.strictEqual(zlib.Z_FINISH, 4);
assert.strictEqual(zlib.Z_DEFAULT_WINDOWBITS, 15);
assert.strictEqual(zlib.Z_DEFAULT_COMPRESSION, -1);
assert.strictEqual(zlib.DEFLATERAW, constants.DEFLATERAW);
// Not enumerable: Object.keys(zlib) lists the API only.
assert.ok(!Object.keys(zlib).some((key) => /^Z_/.test(key)));
// Read-only.
assert.throws(() => { 'use strict'; zlib.Z_SYNC_FLUSH = 9; }, TypeError);
assert.strictEqual(zlib.Z_SYNC_FLUSH, 2);

// What ws's permessage-deflate does: a raw deflate flushed with zlib.Z_SYNC_FLUSH gives
// the whole message ending in 00 00 ff ff, and the raw inflate of it (plus that tail) gives
// the message back.
const deflate = zlib.createDeflateRaw({ windowBits: zlib.Z_DEFAULT_WINDOWBITS });
const out = [];
deflate.on('data', (chunk) => out.push(chunk));
deflate.write(Buffer.from('hello hello hello'));
deflate.flush(zlib.Z_SYNC_FLUSH, common.mustCall(() => {
  const data = Buffer.concat(out);
  assert.deepStrictEqual([...data.subarray(-4)], [0, 0, 0xff, 0xff]);
  const inflate = zlib.createInflateRaw({ windowBits: zlib.Z_DEFAULT_WINDOWBITS });
  const back = [];
  inflate.on('data', (chunk) => back.push(chunk));
  inflate.write(data.subarray(0, -4));
  inflate.write(Buffer.from([0, 0, 0xff, 0xff]));
  inflate.flush(common.mustCall(() => {
    assert.strictEqual(Buffer.concat(back).toString(), 'hello hello hello');
  }));
}));
