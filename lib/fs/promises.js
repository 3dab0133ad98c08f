'use strict';
// node:fs/promises — not implemented yet (see internal/stub.js). Real: constants.

const { stubMembers } = require('internal/stub');

module.exports = stubMembers({
  constants: require('fs').constants,
}, 'fs/promises', {
  functions: [
    'access', 'appendFile', 'chmod', 'chown', 'copyFile', 'cp', 'glob', 'lchmod', 'lchown',
    'link', 'lstat', 'lutimes', 'mkdir', 'mkdtemp', 'mkdtempDisposable', 'open', 'opendir',
    'readFile', 'readdir', 'readlink', 'realpath', 'rename', 'rm', 'rmdir', 'stat', 'statfs',
    'symlink', 'truncate', 'unlink', 'utimes', 'watch', 'writeFile',
  ],
});
