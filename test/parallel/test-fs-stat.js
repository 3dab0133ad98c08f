'use strict';
// stat/lstat/fstat/statfs in three forms: Stats fields, Dates, bigint, throwIfNoEntry.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fs-stat-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');
fs.writeFileSync(file, '12345');
const link = path.join(tmp, 'l');
fs.symlinkSync(file, link);

const fields = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks',
  'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs'];
const st = fs.statSync(file);
assert(st instanceof fs.Stats);
assert.deepStrictEqual(Object.keys(st), fields);
assert.strictEqual(st.size, 5);
assert(st.isFile());
assert(!st.isDirectory());
assert(st.mtime instanceof Date);
assert.strictEqual(st.mtime.getTime(), Math.round(st.mtimeMs));
assert(fs.statSync(tmp).isDirectory());
assert(fs.lstatSync(link).isSymbolicLink());
assert(fs.statSync(link).isFile());

const big = fs.statSync(file, { bigint: true });
assert.strictEqual(big.size, 5n);
assert.strictEqual(typeof big.mtimeNs, 'bigint');
assert.strictEqual(big.mtimeMs, big.mtimeNs / 1000000n);
assert(big.isFile());

const fd = fs.openSync(file, 'r');
assert.strictEqual(fs.fstatSync(fd).ino, st.ino);
assert.strictEqual(typeof fs.fstatSync(fd, { bigint: true }).ino, 'bigint');

const missing = path.join(tmp, 'missing');
assert.strictEqual(fs.statSync(missing, { throwIfNoEntry: false }), undefined);
assert.strictEqual(fs.lstatSync(missing, { throwIfNoEntry: false }), undefined);
assert.throws(() => fs.statSync(missing), {
  code: 'ENOENT', syscall: 'stat', message: `ENOENT: no such file or directory, stat '${missing}'`,
});
assert.throws(() => fs.lstatSync(missing), { code: 'ENOENT', syscall: 'lstat' });
assert.throws(() => fs.fstatSync(9999), { code: 'EBADF', syscall: 'fstat' });
assert.throws(() => fs.statSync(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.stat(file), { code: 'ERR_INVALID_ARG_TYPE' });

const sfs = fs.statfsSync(tmp);
assert.strictEqual(sfs.constructor.name, 'StatFs');
assert(sfs.bsize > 0);
assert.strictEqual(typeof fs.statfsSync(tmp, { bigint: true }).blocks, 'bigint');

fs.stat(file, common.mustSucceed((s) => assert.strictEqual(s.size, 5)));
fs.stat(file, { bigint: true }, common.mustSucceed((s) => assert.strictEqual(s.size, 5n)));
fs.lstat(link, common.mustSucceed((s) => assert(s.isSymbolicLink())));
fs.fstat(fd, common.mustSucceed((s) => {
  assert.strictEqual(s.size, 5);
  fs.closeSync(fd);
}));
fs.stat(missing, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.path, missing);
}));
fs.statfs(tmp, common.mustSucceed((s) => assert(s.blocks > 0)));

(async () => {
  assert.strictEqual((await fs.promises.stat(file)).size, 5);
  assert((await fs.promises.lstat(link)).isSymbolicLink());
  assert.strictEqual((await fs.promises.stat(file, { bigint: true })).size, 5n);
  assert((await fs.promises.statfs(tmp)).bsize > 0);
  await assert.rejects(fs.promises.stat(missing), { code: 'ENOENT', syscall: 'stat' });
  await assert.rejects(fs.promises.lstat(missing), { code: 'ENOENT', syscall: 'lstat' });
  // Bad arguments give a rejected promise, not a throw.
  for (const stat of [fs.promises.stat, fs.promises.lstat]) {
    assert.strictEqual(stat.length, 1);
    let promise;
    assert.doesNotThrow(() => { promise = stat(5); });
    await assert.rejects(promise, { code: 'ERR_INVALID_ARG_TYPE' });
    await assert.rejects(stat('a\0b'), { code: 'ERR_INVALID_ARG_VALUE' });
    assert.strictEqual(typeof (await stat(file, { bigint: false })).size, 'number');
    assert.strictEqual(typeof (await stat(file, 'x')).size, 'number');
    await assert.rejects(stat(file, null), TypeError);
  }
  const handle = await fs.promises.open(file);
  assert.strictEqual((await handle.stat()).size, 5);
  await handle.close();
})().then(common.mustCall());
