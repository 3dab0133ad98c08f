'use strict';
// rm (recursive, force), unlink, rename, copyFile (flags), link/symlink/readlink, realpath.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fs-rm-')));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const j = (...parts) => path.join(tmp, ...parts);

fs.mkdirSync(j('tree', 'sub'), { recursive: true });
fs.writeFileSync(j('tree', 'sub', 'f'), 'x');
assert.throws(() => fs.rmSync(j('tree')), { code: 'ERR_FS_EISDIR', name: 'SystemError' });
assert.throws(() => fs.rmSync(j('missing')), {
  code: 'ENOENT', message: `ENOENT: no such file or directory, lstat '${j('missing')}'`,
});
fs.rmSync(j('missing'), { force: true });
assert.throws(() => fs.rmSync(j('tree'), { recursive: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
fs.rmSync(j('tree'), { recursive: true });
assert(!fs.existsSync(j('tree')));

fs.writeFileSync(j('a'), 'A');
fs.renameSync(j('a'), j('b'));
assert.strictEqual(fs.readFileSync(j('b'), 'utf8'), 'A');
assert.throws(() => fs.renameSync(j('a'), j('c')), {
  code: 'ENOENT', syscall: 'rename', path: j('a'), dest: j('c'),
  message: `ENOENT: no such file or directory, rename '${j('a')}' -> '${j('c')}'`,
});
fs.copyFileSync(j('b'), j('c'));
assert.strictEqual(fs.readFileSync(j('c'), 'utf8'), 'A');
assert.throws(() => fs.copyFileSync(j('b'), j('c'), fs.constants.COPYFILE_EXCL), {
  code: 'EEXIST', syscall: 'copyfile',
});
assert.throws(() => fs.copyFileSync(j('b'), j('c'), 99), { code: 'ERR_OUT_OF_RANGE' });
fs.unlinkSync(j('c'));
assert.throws(() => fs.unlinkSync(j('c')), { code: 'ENOENT', syscall: 'unlink' });
assert.throws(() => fs.unlinkSync(tmp), { syscall: 'unlink' });

fs.linkSync(j('b'), j('hard'));
assert.strictEqual(fs.statSync(j('hard')).nlink, 2);
fs.symlinkSync('b', j('soft'));
assert.strictEqual(fs.readlinkSync(j('soft')), 'b');
assert.deepStrictEqual(fs.readlinkSync(j('soft'), 'buffer'), Buffer.from('b'));
assert.strictEqual(fs.realpathSync(j('soft')), j('b'));
assert.strictEqual(fs.realpathSync.native(j('soft')), j('b'));
assert.throws(() => fs.readlinkSync(j('b')), { code: 'EINVAL', syscall: 'readlink' });
assert.throws(() => fs.symlinkSync('b', j('soft')), { code: 'EEXIST', syscall: 'symlink' });
assert.throws(() => fs.symlinkSync('b', j('x'), 'bad'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fs.realpathSync(j('nope')), { code: 'ENOENT' });

fs.rename(j('hard'), j('hard2'), common.mustSucceed(() => {
  fs.unlink(j('hard2'), common.mustSucceed());
}));
fs.copyFile(j('b'), j('cb-copy'), common.mustSucceed(() => {
  fs.rm(j('cb-copy'), common.mustSucceed());
}));
fs.rm(j('nope'), common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
fs.rm(j('nope'), { force: true }, common.mustSucceed());
fs.readlink(j('soft'), common.mustSucceed((target) => assert.strictEqual(target, 'b')));
fs.realpath(j('soft'), common.mustSucceed((real) => assert.strictEqual(real, j('b'))));
fs.realpath.native(j('soft'), common.mustSucceed((real) => assert.strictEqual(real, j('b'))));
fs.symlink(j('b'), j('soft2'), common.mustSucceed(() => {
  assert(fs.lstatSync(j('soft2')).isSymbolicLink());
}));
fs.link(j('b'), j('hard3'), common.mustSucceed());

(async () => {
  await fsp.mkdir(j('ptree', 'x'), { recursive: true });
  await fsp.writeFile(j('ptree', 'x', 'f'), '1');
  await assert.rejects(fsp.rm(j('ptree')), { code: 'ERR_FS_EISDIR' });
  await fsp.rm(j('ptree'), { recursive: true });
  assert(!fs.existsSync(j('ptree')));
  await fsp.copyFile(j('b'), j('pc'));
  await fsp.rename(j('pc'), j('pd'));
  await fsp.unlink(j('pd'));
  await assert.rejects(fsp.unlink(j('pd')), { code: 'ENOENT' });
  await fsp.symlink('b', j('psoft'));
  assert.strictEqual(await fsp.readlink(j('psoft')), 'b');
  assert.strictEqual(await fsp.realpath(j('psoft')), j('b'));
  await fsp.link(j('b'), j('phard'));
  await assert.rejects(fsp.copyFile(j('b'), j('phard'), fs.constants.COPYFILE_EXCL), { code: 'EEXIST' });
})().then(common.mustCall());
