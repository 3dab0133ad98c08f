'use strict';
// readable.push()/unshift() return false when the chunk is refused (the stream errors with
// the reason), and otherwise whether more may be pushed; undefined is an empty chunk in byte
// mode (never an error) and a value in object mode.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

for (const chunk of [1, {}, true, Symbol('s'), 1n]) {
  for (const method of ['push', 'unshift']) {
    const r = new Readable({ read() {} });
    r.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
      assert.strictEqual(err.name, 'TypeError');
      assert.match(err.message,
                   /^The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView\. Received /);
    }));
    assert.strictEqual(r[method](chunk), false);
    assert.strictEqual(r.destroyed, true);
  }
}

{
  // Pushing after the end: refused, with ERR_STREAM_PUSH_AFTER_EOF.
  const r = new Readable({ read() {} });
  assert.strictEqual(r.push(null), false);
  r.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_PUSH_AFTER_EOF');
    assert.strictEqual(err.message, 'stream.push() after EOF');
  }));
  assert.strictEqual(r.push('x'), false);
}

{
  // Ordinary pushes: true while under the high-water mark.
  const r = new Readable({ read() {}, highWaterMark: 4 });
  assert.strictEqual(r.push('ab'), true);
  assert.strictEqual(r.push(new Uint8Array([1])), true);
  assert.strictEqual(r.push('cd'), false);
  assert.strictEqual(r.readableLength, 5);
  assert.strictEqual(r.push(''), false);
  assert.strictEqual(r.push(undefined), false);
  // undefined is an empty chunk (in byte mode), a value in object mode.
  const e = new Readable({ read() {} });
  assert.strictEqual(e.push(undefined), true);
  assert.strictEqual(e.unshift(undefined), true);
  assert.strictEqual(e.readableLength, 0);
  const o = new Readable({ read() {}, objectMode: true, highWaterMark: 2 });
  assert.strictEqual(o.push(undefined), true);
  assert.strictEqual(o.readableLength, 1);
  assert.strictEqual(o.read(), undefined);
  assert.strictEqual(o.push(1), true);
  assert.strictEqual(o.push({}), false);
  // After destroy(): refused quietly.
  o.destroy();
  assert.strictEqual(o.push(2), false);
}
