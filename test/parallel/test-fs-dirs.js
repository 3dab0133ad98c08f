'use strict';
// mkdir (recursive returns the first created), mkdtemp, readdir (withFileTypes, recursive,
// encoding), rmdir, opendir/Dir in three forms.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fs-dirs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
assert(path.basename(tmp).startsWith('lode-fs-dirs-'));
const j = (...parts) => path.join(tmp, ...parts);

assert.strictEqual(fs.mkdirSync(j('a', 'b', 'c'), { recursive: true }), j('a'));
assert.strictEqual(fs.mkdirSync(j('a', 'b', 'c'), { recursive: true }), undefined);
assert.strictEqual(fs.mkdirSync(j('a', 'b', 'd'), { recursive: true }), j('a', 'b', 'd'));
assert.strictEqual(fs.mkdirSync(j('e')), undefined);
fs.writeFileSync(j('a', 'f.txt'), 'x');
assert.throws(() => fs.mkdirSync(j('e')), {
  code: 'EEXIST', message: `EEXIST: file already exists, mkdir '${j('e')}'`,
});
assert.throws(() => fs.mkdirSync(j('a', 'f.txt'), { recursive: true }), { code: 'EEXIST' });
assert.throws(() => fs.mkdirSync(j('a', 'f.txt', 'x'), { recursive: true }), { code: 'ENOTDIR' });
assert.throws(() => fs.mkdirSync(j('x', 'y')), { code: 'ENOENT', syscall: 'mkdir' });
assert.throws(() => fs.mkdirSync(j('z'), { recursive: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });

assert.deepStrictEqual(fs.readdirSync(j('a')), ['b', 'f.txt']);
assert.deepStrictEqual(fs.readdirSync(j('a'), 'buffer'), [Buffer.from('b'), Buffer.from('f.txt')]);
const dirents = fs.readdirSync(j('a'), { withFileTypes: true });
assert(dirents[0] instanceof fs.Dirent);
assert.strictEqual(dirents[0].name, 'b');
assert.strictEqual(dirents[0].parentPath, j('a'));
assert(dirents[0].isDirectory());
assert(dirents[1].isFile());
assert.deepStrictEqual(fs.readdirSync(j('a'), { recursive: true }).sort(),
                       ['b', 'b/c', 'b/d', 'f.txt']);
assert.deepStrictEqual(
  fs.readdirSync(j('a'), { recursive: true, withFileTypes: true }).map((d) => d.name).sort(),
  ['b', 'c', 'd', 'f.txt']);
assert.throws(() => fs.readdirSync(j('nope')), {
  code: 'ENOENT', syscall: 'scandir', message: `ENOENT: no such file or directory, scandir '${j('nope')}'`,
});
assert.throws(() => fs.readdirSync(j('a', 'f.txt')), { code: 'ENOTDIR' });

assert.throws(() => fs.rmdirSync(j('a')), { code: 'ENOTEMPTY', syscall: 'rmdir' });
fs.rmdirSync(j('e'));
assert(!fs.existsSync(j('e')));

// Dir
const dir = fs.opendirSync(j('a'));
assert.strictEqual(dir.path, j('a'));
const names = [];
let entry;
while ((entry = dir.readSync()) !== null) names.push(entry.name);
assert.deepStrictEqual(names.sort(), ['b', 'f.txt']);
dir.closeSync();
assert.throws(() => dir.readSync(), { code: 'ERR_DIR_CLOSED' });
assert.throws(() => dir.closeSync(), { code: 'ERR_DIR_CLOSED' });
assert.throws(() => fs.opendirSync(j('nope')), { code: 'ENOENT' });

fs.mkdir(j('m', 'n'), { recursive: true }, common.mustSucceed((first) => {
  assert.strictEqual(first, j('m'));
  fs.readdir(j('m'), common.mustSucceed((list) => assert.deepStrictEqual(list, ['n'])));
  fs.readdir(j('m'), { withFileTypes: true }, common.mustSucceed((list) => {
    assert(list[0].isDirectory());
    fs.rmdir(j('m', 'n'), common.mustSucceed());
  }));
}));
fs.mkdir(j('a'), common.mustCall((err) => assert.strictEqual(err.code, 'EEXIST')));
fs.mkdtemp(j('t-'), common.mustSucceed((p) => assert(fs.statSync(p).isDirectory())));
fs.opendir(j('a'), common.mustSucceed((d) => {
  d.read(common.mustSucceed((e) => {
    assert(e instanceof fs.Dirent);
    d.close(common.mustSucceed());
  }));
}));
fs.readdir(j('nope'), common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));

(async () => {
  assert.strictEqual(await fsp.mkdir(j('p', 'q'), { recursive: true }), j('p'));
  await assert.rejects(fsp.mkdir(j('p')), { code: 'EEXIST' });
  assert.deepStrictEqual(await fsp.readdir(j('p')), ['q']);
  assert.deepStrictEqual((await fsp.readdir(j('a'), { recursive: true })).sort(),
                         ['b', 'b/c', 'b/d', 'f.txt']);
  const t = await fsp.mkdtemp(j('pt-'));
  assert(fs.existsSync(t));
  const seen = [];
  for await (const e of await fsp.opendir(j('a'))) seen.push(e.name);
  assert.deepStrictEqual(seen.sort(), ['b', 'f.txt']);
  const rec = [];
  for await (const e of await fsp.opendir(j('a'), { recursive: true })) rec.push(e.name);
  assert.deepStrictEqual(rec.sort(), ['b', 'c', 'd', 'f.txt']);
  await fsp.rmdir(j('p', 'q'));
  await assert.rejects(fsp.rmdir(j('a')), { code: 'ENOTEMPTY' });
})().then(common.mustCall());
