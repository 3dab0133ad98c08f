'use strict';
// process.umask(null) is checked as a missing mask (Node reports it as undefined), and a
// failed process.chdir() names the target even when it is the empty string.
require('../common');
const assert = require('assert');

assert.throws(() => process.umask(null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "mask" argument must be of type number. Received undefined',
});
const cwd = process.cwd();
assert.throws(() => process.chdir(''), {
  code: 'ENOENT', syscall: 'chdir', dest: '',
  message: `ENOENT: no such file or directory, chdir '${cwd}' -> ''`,
});
assert.strictEqual(process.cwd(), cwd);
