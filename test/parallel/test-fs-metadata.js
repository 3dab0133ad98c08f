'use strict';
// access/exists, chmod/fchmod, chown/fchown/lchown, utimes/futimes/lutimes,
// truncate/ftruncate, fsync/fdatasync in their three forms.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fs-meta-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');
const missing = path.join(tmp, 'missing');
fs.writeFileSync(file, '0123456789');

fs.accessSync(file);
fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
assert.throws(() => fs.accessSync(missing), {
  code: 'ENOENT', syscall: 'access', message: `ENOENT: no such file or directory, access '${missing}'`,
});
assert.throws(() => fs.accessSync(file, 99), { code: 'ERR_OUT_OF_RANGE' });
assert.strictEqual(fs.existsSync(file), true);
assert.strictEqual(fs.existsSync(missing), false);
assert.strictEqual(fs.existsSync(), false);
assert.strictEqual(fs.existsSync({}), false);

fs.chmodSync(file, 0o640);
assert.strictEqual(fs.statSync(file).mode & 0o777, 0o640);
fs.chmodSync(file, '600');
assert.strictEqual(fs.statSync(file).mode & 0o777, 0o600);
assert.throws(() => fs.chmodSync(file, 'abc'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fs.chmodSync(missing, 0o600), { code: 'ENOENT', syscall: 'chmod' });

const { uid, gid } = fs.statSync(file);
fs.chownSync(file, uid, gid);
fs.lchownSync(file, uid, gid);
assert.throws(() => fs.chownSync(file, 'x', gid), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.chownSync(missing, uid, gid), { code: 'ENOENT', syscall: 'chown' });

fs.utimesSync(file, 1000, new Date(2000000));
let st = fs.statSync(file);
assert.strictEqual(st.atimeMs, 1000000);
assert.strictEqual(st.mtimeMs, 2000000);
fs.lutimesSync(file, 3, 4);
assert.strictEqual(fs.statSync(file).mtimeMs, 4000);
assert.throws(() => fs.utimesSync(file, {}, 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.utimesSync(missing, 1, 1), { code: 'ENOENT', syscall: 'utime' });

fs.truncateSync(file, 4);
assert.strictEqual(fs.readFileSync(file, 'utf8'), '0123');
fs.truncateSync(file);
assert.strictEqual(fs.statSync(file).size, 0);
assert.throws(() => fs.truncateSync(missing), { code: 'ENOENT' });

const fd = fs.openSync(file, 'r+');
fs.writeSync(fd, 'abcdef');
fs.ftruncateSync(fd, 3);
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
fs.fchmodSync(fd, 0o644);
fs.fchownSync(fd, uid, gid);
fs.futimesSync(fd, 5, 6);
st = fs.fstatSync(fd);
assert.strictEqual(st.size, 3);
assert.strictEqual(st.mode & 0o777, 0o644);
assert.strictEqual(st.mtimeMs, 6000);
fs.closeSync(fd);
assert.throws(() => fs.fsyncSync(fd), { code: 'EBADF', syscall: 'fsync' });
assert.throws(() => fs.ftruncateSync(fd), { code: 'EBADF' });

fs.access(file, common.mustSucceed());
fs.access(missing, common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
fs.exists(file, common.mustCall((yes) => assert.strictEqual(yes, true)));
fs.exists(missing, common.mustCall((yes) => assert.strictEqual(yes, false)));
fs.chmod(file, 0o600, common.mustSucceed(() => {
  fs.chown(file, uid, gid, common.mustSucceed(() => {
    fs.utimes(file, 7, 8, common.mustSucceed(() => {
      assert.strictEqual(fs.statSync(file).mtimeMs, 8000);
      fs.truncate(file, 1, common.mustSucceed(() => {
        assert.strictEqual(fs.statSync(file).size, 1);
        fs.open(file, 'r+', common.mustSucceed((fd2) => {
          fs.ftruncate(fd2, 0, common.mustSucceed(() => {
            fs.fsync(fd2, common.mustSucceed(() => {
              fs.fdatasync(fd2, common.mustSucceed(() => {
                fs.futimes(fd2, 1, 2, common.mustSucceed(() => {
                  fs.fchmod(fd2, 0o600, common.mustSucceed(() => {
                    fs.fchown(fd2, uid, gid, common.mustSucceed(() => {
                      fs.close(fd2, common.mustSucceed(promises));
                    }));
                  }));
                }));
              }));
            }));
          }));
        }));
      }));
    }));
  }));
}));

async function promises() {
  await fsp.access(file);
  await assert.rejects(fsp.access(missing), { code: 'ENOENT' });
  await fsp.chmod(file, 0o644);
  await fsp.chown(file, uid, gid);
  await fsp.lchown(file, uid, gid);
  await fsp.utimes(file, 9, 10);
  await fsp.lutimes(file, 9, 11);
  assert.strictEqual(fs.statSync(file).mtimeMs, 11000);
  await fsp.writeFile(file, 'abcdef');
  await fsp.truncate(file, 2);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'ab');
  const handle = await fsp.open(file, 'r+');
  await handle.truncate(1);
  await handle.sync();
  await handle.datasync();
  await handle.chmod(0o600);
  await handle.chown(uid, gid);
  await handle.utimes(1, 12);
  const s = await handle.stat();
  assert.strictEqual(s.size, 1);
  assert.strictEqual(s.mtimeMs, 12000);
  await handle[Symbol.asyncDispose]();
  assert.strictEqual(handle.fd, -1);
  await assert.rejects(handle.sync(), { code: 'EBADF' });
}
