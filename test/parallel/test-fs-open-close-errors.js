'use strict';
// fs.open/openSync/close/closeSync and fsPromises.open: flags, modes and Node's errors.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fs-open-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'a.txt');
const missing = path.join(tmp, 'missing');

// Sync: open for writing creates, 'wx' refuses an existing file.
const fd = fs.openSync(file, 'w', 0o600);
assert.strictEqual(typeof fd, 'number');
assert.strictEqual(fs.fstatSync(fd).mode & 0o777, 0o600 & ~process.umask());
fs.closeSync(fd);
assert.throws(() => fs.openSync(file, 'wx'), {
  code: 'EEXIST', errno: -17, syscall: 'open', path: file,
  message: `EEXIST: file already exists, open '${file}'`,
});
assert.throws(() => fs.openSync(missing), {
  name: 'Error', code: 'ENOENT', errno: -2, syscall: 'open', path: missing,
  message: `ENOENT: no such file or directory, open '${missing}'`,
});
assert.throws(() => fs.closeSync(fd), { code: 'EBADF', syscall: 'close', message: 'EBADF: bad file descriptor, close' });

// Bad arguments.
assert.throws(() => fs.openSync(1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => fs.openSync('a\u0000b'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fs.openSync(file, 'zz'), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'flags' is invalid. Received 'zz'",
});
assert.throws(() => fs.openSync(file, 'r', 'zz'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received 'zz'",
});
assert.throws(() => fs.closeSync('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.closeSync(-1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.open(file), { code: 'ERR_INVALID_ARG_TYPE', message: /"cb" argument/ });

// Callback forms.
fs.open(file, 'r', common.mustSucceed((fd2) => {
  assert.strictEqual(typeof fd2, 'number');
  fs.close(fd2, common.mustSucceed(() => {
    fs.close(fd2, common.mustCall((err) => {
      assert.strictEqual(err.code, 'EBADF');
    }));
  }));
}));
fs.open(file, common.mustSucceed((fd3) => fs.closeSync(fd3)));
fs.open(missing, 'r', common.mustCall((err, fd4) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.message, `ENOENT: no such file or directory, open '${missing}'`);
  assert.strictEqual(fd4, undefined);
}));

// Promises, with a URL and a Buffer path.
(async () => {
  const handle = await fs.promises.open(new URL(`file://${file}`), 'r');
  assert.strictEqual(typeof handle.fd, 'number');
  await handle.close();
  assert.strictEqual(handle.fd, -1);
  await handle.close();
  const handle2 = await fs.promises.open(Buffer.from(file));
  await handle2.close();
  await assert.rejects(fs.promises.open(missing), { code: 'ENOENT', syscall: 'open' });
  await assert.rejects(fs.promises.open(file, 'bad'), { code: 'ERR_INVALID_ARG_VALUE' });
})().then(common.mustCall());
