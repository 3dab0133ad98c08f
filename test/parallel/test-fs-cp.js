'use strict';
// cp/cpSync/fsPromises.cp: recursive copies, filter, force/errorOnExist, and the errors.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fs-cp-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const j = (...parts) => path.join(tmp, ...parts);
fs.mkdirSync(j('src', 'sub'), { recursive: true });
fs.writeFileSync(j('src', 'a.txt'), 'A');
fs.writeFileSync(j('src', 'sub', 'b.log'), 'B');
fs.symlinkSync('a.txt', j('src', 'link'));
fs.writeFileSync(j('file'), 'F');

fs.cpSync(j('src'), j('copy'), { recursive: true });
assert.strictEqual(fs.readFileSync(j('copy', 'sub', 'b.log'), 'utf8'), 'B');
assert(fs.lstatSync(j('copy', 'link')).isSymbolicLink());
assert.strictEqual(fs.readFileSync(j('copy', 'link'), 'utf8'), 'A');

fs.cpSync(j('src'), j('filtered'), { recursive: true, filter: (s) => !s.endsWith('.log') });
assert(!fs.existsSync(j('filtered', 'sub', 'b.log')));
assert(fs.existsSync(j('filtered', 'a.txt')));

fs.cpSync(j('file'), j('copy', 'a.txt'), { force: false });
assert.strictEqual(fs.readFileSync(j('copy', 'a.txt'), 'utf8'), 'A');
fs.cpSync(j('file'), j('copy', 'a.txt'));
assert.strictEqual(fs.readFileSync(j('copy', 'a.txt'), 'utf8'), 'F');
assert.throws(() => fs.cpSync(j('file'), j('copy', 'a.txt'), { force: false, errorOnExist: true }),
              { code: 'ERR_FS_CP_EEXIST' });
assert.throws(() => fs.cpSync(j('src'), j('nr')), { code: 'ERR_FS_EISDIR' });
assert.throws(() => fs.cpSync(j('src'), j('src')), { code: 'ERR_FS_CP_EINVAL' });
assert.throws(() => fs.cpSync(j('src'), j('src', 'sub', 'x'), { recursive: true }),
              { code: 'ERR_FS_CP_EINVAL' });
assert.throws(() => fs.cpSync(j('src'), j('file'), { recursive: true }),
              { code: 'ERR_FS_CP_DIR_TO_NON_DIR' });
assert.throws(() => fs.cpSync(j('file'), j('src')), { code: 'ERR_FS_CP_NON_DIR_TO_DIR' });
assert.throws(() => fs.cpSync(j('missing'), j('x')), { code: 'ENOENT' });
assert.throws(() => fs.cpSync(j('src'), j('x'), { recursive: 'yes' }),
              { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.cpSync(j('src'), j('x'), { filter: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });

fs.cp(j('src'), j('cbcopy'), { recursive: true }, common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(j('cbcopy', 'a.txt'), 'utf8'), 'A');
}));
fs.cp(j('src'), j('cbnr'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_FS_EISDIR');
}));

(async () => {
  await fs.promises.cp(j('src'), j('pcopy'), {
    recursive: true,
    filter: async (s) => !s.endsWith('b.log'),
  });
  assert(fs.existsSync(j('pcopy', 'a.txt')));
  assert(!fs.existsSync(j('pcopy', 'sub', 'b.log')));
  await assert.rejects(fs.promises.cp(j('src'), j('src')), { code: 'ERR_FS_CP_EINVAL' });
})().then(common.mustCall());
