'use strict';
// fs.cpSync checks its two top-level paths first, failing with plain Errors that carry only
// a code (Node's native check): a directory without `recursive`, the same file, a directory
// onto a file and back, a directory into itself. fs.promises.cp keeps its SystemErrors.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-cpsync-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const at = (...parts) => path.join(dir, ...parts);
fs.mkdirSync(at('src', 'sub'), { recursive: true });
fs.writeFileSync(at('file'), 'a');

function check(fn, code, message) {
  assert.throws(fn, (err) => {
    assert.strictEqual(err.constructor, Error);
    assert.strictEqual(err.code, code);
    assert.strictEqual(err.message, message);
    assert.deepStrictEqual(Object.keys(err), ['code']);
    return true;
  });
}

check(() => fs.cpSync(at('src'), at('out')), 'ERR_FS_EISDIR',
      `Recursive option not enabled, cannot copy a directory: ${at('src')}/`);
check(() => fs.cpSync(at('file'), path.join(dir, '..', path.basename(dir), 'file')),
      'ERR_FS_CP_EINVAL',
      `src and dest cannot be the same ${path.join(dir, '..', path.basename(dir), 'file')}`);
check(() => fs.cpSync(at('src'), at('file'), { recursive: true }), 'ERR_FS_CP_DIR_TO_NON_DIR',
      `Cannot overwrite non-directory ${at('file')} with directory ${at('src')}`);
check(() => fs.cpSync(at('file'), at('src')), 'ERR_FS_CP_NON_DIR_TO_DIR',
      `Cannot overwrite directory ${at('src')} with non-directory ${at('file')}`);
check(() => fs.cpSync(at('src'), at('src', 'sub', 'x'), { recursive: true }), 'ERR_FS_CP_EINVAL',
      `Cannot copy ${at('src')}/ to a subdirectory of self ${at('src', 'sub', 'x')}`);
// A missing source is the lstat error; a filter that refuses skips the checks.
assert.throws(() => fs.cpSync(at('nope'), at('x')), { code: 'ENOENT', syscall: 'lstat' });
fs.cpSync(at('src'), at('out'), { filter: () => false });
assert.strictEqual(fs.existsSync(at('out')), false);
fs.cpSync(at('src'), at('out'), { recursive: true });
assert.ok(fs.statSync(at('out', 'sub')).isDirectory());

fs.promises.cp(at('src'), at('out2')).then(common.mustNotCall(), common.mustCall((err) => {
  assert.strictEqual(err.name, 'SystemError');
  assert.strictEqual(err.code, 'ERR_FS_EISDIR');
  assert.strictEqual(err.syscall, 'cp');
}));
