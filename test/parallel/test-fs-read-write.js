'use strict';
// fs.read/write(Sync), readv/writev(Sync) and FileHandle read/write: offsets, positions,
// strings with encodings, and argument errors.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fs-rw-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'data');

const fd = fs.openSync(file, 'w+');
assert.strictEqual(fs.writeSync(fd, 'héllo'), 6);
assert.strictEqual(fs.writeSync(fd, Buffer.from('XXworldXX'), 2, 5), 5);
assert.strictEqual(fs.writeSync(fd, 'abc', 0), 3); // at position 0
assert.strictEqual(fs.writeSync(fd, '6869', null, 'hex'), 2);
const buf = Buffer.alloc(20);
assert.strictEqual(fs.readSync(fd, buf, 0, 20, 0), 13);
assert.strictEqual(buf.toString('utf8', 0, 13), 'abcllo' + 'worldhi');
assert.strictEqual(fs.readSync(fd, buf, { position: 3, length: 2 }), 2);
assert.strictEqual(buf.toString('latin1', 0, 2), 'll');
assert.strictEqual(fs.readSync(fd, buf, 0, 0, 0), 0);
assert.strictEqual(fs.readSync(fd, new DataView(buf.buffer, buf.byteOffset, 4), 0, 4, 6), 4);
assert.strictEqual(buf.toString('utf8', 0, 4), 'worl');

// readv/writev
assert.strictEqual(fs.writevSync(fd, [Buffer.from('12'), Buffer.from('345')], 0), 5);
const a = Buffer.alloc(2);
const b = Buffer.alloc(3);
assert.strictEqual(fs.readvSync(fd, [a, b], 0), 5);
assert.strictEqual(`${a}${b}`, '12345');

// Bad input.
assert.throws(() => fs.readSync(fd, 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.readSync(fd, Buffer.alloc(4), 0, 5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.readSync(fd, Buffer.alloc(4), -1, 1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.writeSync(fd, 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.writeSync(fd, Buffer.alloc(2), 3), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.readvSync(fd, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.writeSync(9999, 'x'), { code: 'EBADF', syscall: 'write' });
assert.throws(() => fs.readSync(9999, Buffer.alloc(1)), { code: 'EBADF', syscall: 'read' });

// Callbacks.
fs.write(fd, Buffer.from('ZZ'), 0, 2, 0, common.mustSucceed((written, buffer) => {
  assert.strictEqual(written, 2);
  assert.strictEqual(buffer.toString(), 'ZZ');
  fs.read(fd, Buffer.alloc(5), 0, 5, 0, common.mustSucceed((n, out) => {
    assert.strictEqual(n, 5);
    assert.strictEqual(out.toString(), 'ZZ345');
    fs.write(fd, 'str', 5, 'utf8', common.mustSucceed((w, s) => {
      assert.strictEqual(w, 3);
      assert.strictEqual(s, 'str');
      fs.read(fd, { buffer: Buffer.alloc(8), position: 0 }, common.mustSucceed((n2, out2) => {
        assert.strictEqual(out2.toString('utf8', 0, n2).slice(0, 8), 'ZZ345str');
        fs.writev(fd, [Buffer.from('v')], 0, common.mustSucceed((w2, bufs) => {
          assert.strictEqual(w2, 1);
          assert.strictEqual(bufs.length, 1);
          fs.readv(fd, [Buffer.alloc(1)], 0, common.mustSucceed((r2, rb) => {
            assert.strictEqual(rb[0].toString(), 'v');
            fs.closeSync(fd);
            fs.read(fd, Buffer.alloc(1), 0, 1, 0, common.mustCall((err) => {
              assert.strictEqual(err.code, 'EBADF');
              promises();
            }));
          }));
        }));
      }));
    }));
  }));
}));

// FileHandle.
async function promises() {
  const handle = await fs.promises.open(file, 'r+');
  const { bytesWritten } = await handle.write('QQ', 0);
  assert.strictEqual(bytesWritten, 2);
  const r = await handle.read(Buffer.alloc(3), 0, 3, 0);
  assert.strictEqual(r.bytesRead, 3);
  assert.strictEqual(r.buffer.toString(), 'QQ3');
  const r2 = await handle.read({ buffer: Buffer.alloc(2), position: 1 });
  assert.strictEqual(r2.buffer.toString(), 'Q3');
  const v = await handle.writev([Buffer.from('a'), Buffer.from('b')], 0);
  assert.strictEqual(v.bytesWritten, 2);
  const rv = await handle.readv([Buffer.alloc(2)], 0);
  assert.strictEqual(rv.buffers[0].toString(), 'ab');
  await handle.close();
  await assert.rejects(handle.read(Buffer.alloc(1)), { code: 'EBADF' });
}
