'use strict';
// fs.realpath/realpathSync fail as Node's path walk does: a missing component is an lstat
// error naming it, a link whose target is missing (or a link loop) a stat error naming the
// link, and components after a link are named below the link's target.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'lode-realpath-')));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const at = (...parts) => path.join(dir, ...parts);
fs.mkdirSync(at('real', 'inner'), { recursive: true });
fs.writeFileSync(at('real', 'file'), 'x');
fs.symlinkSync('nowhere', at('dangling'));
fs.symlinkSync('real', at('lnk'));
fs.symlinkSync('lnk', at('lnk2'));
fs.symlinkSync('loop2', at('loop1'));
fs.symlinkSync('loop1', at('loop2'));

const cases = [
  [at('dangling'), 'ENOENT', 'stat', at('dangling')],
  [at('dangling', 'x'), 'ENOENT', 'stat', at('dangling')],
  [at('nope'), 'ENOENT', 'lstat', at('nope')],
  [at('nope', 'deeper'), 'ENOENT', 'lstat', at('nope')],
  [at('lnk', 'nope'), 'ENOENT', 'lstat', at('real', 'nope')],
  [at('lnk2', 'inner', 'nope'), 'ENOENT', 'lstat', at('real', 'inner', 'nope')],
  [at('real', 'file', 'x'), 'ENOTDIR', 'lstat', at('real', 'file', 'x')],
  [at('loop1'), 'ELOOP', 'stat', at('loop1')],
];
for (const [input, code, syscall, errorPath] of cases) {
  const expected = { code, syscall, path: errorPath };
  assert.throws(() => fs.realpathSync(input), expected);
  fs.realpath(input, common.mustCall((err) => {
    assert.deepStrictEqual([err.code, err.syscall, err.path], [code, syscall, errorPath]);
  }));
  // The native form reports realpath(3) itself.
  assert.throws(() => fs.realpathSync.native(input), { code, syscall: 'realpath', path: input });
}
assert.strictEqual(fs.realpathSync(at('lnk2', 'file')), at('real', 'file'));
