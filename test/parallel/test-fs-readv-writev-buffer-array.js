'use strict';
// readv/writev in all three forms take an array of ArrayBufferViews: anything else, a hole
// included, is ERR_INVALID_ARG_TYPE before any I/O.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-vec-'));
const file = path.join(dir, 'f');
fs.writeFileSync(file, 'abcdef');
const fd = fs.openSync(file, 'r+');
const holey = [Buffer.from('a')];
holey[2] = Buffer.from('b');
const bad = [undefined, 'ab', {}, [Buffer.from('a'), 'b'], holey];
const expected = { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' };

for (const buffers of bad) {
  assert.throws(() => fs.writevSync(fd, buffers), expected);
  assert.throws(() => fs.readvSync(fd, buffers), expected);
  assert.throws(() => fs.writev(fd, buffers, common.mustNotCall()), expected);
  assert.throws(() => fs.readv(fd, buffers, common.mustNotCall()), expected);
}

// Views of any kind are accepted, an empty array too.
assert.strictEqual(fs.writevSync(fd, [], 0), 0);
const views = [new Uint16Array([0x4241]), new DataView(new ArrayBuffer(1))];
assert.strictEqual(fs.writevSync(fd, views, 0), 3);
const a = Buffer.alloc(2);
const b = new Uint8Array(4);
assert.strictEqual(fs.readvSync(fd, [a, b], 0), 6);
assert.strictEqual(`${a}${Buffer.from(b)}`, 'AB\0def');
fs.closeSync(fd);

(async () => {
  const handle = await fs.promises.open(file, 'r+');
  for (const buffers of bad) {
    await assert.rejects(handle.writev(buffers), expected);
    await assert.rejects(handle.readv(buffers), expected);
  }
  const { bytesWritten } = await handle.writev([Buffer.from('xy')], 4);
  assert.strictEqual(bytesWritten, 2);
  await handle.close();
  assert.strictEqual(fs.readFileSync(file, 'latin1'), 'AB\0dxy');
  fs.rmSync(dir, { recursive: true });
})().then(common.mustCall());
