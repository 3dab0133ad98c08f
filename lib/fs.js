'use strict';
// node:fs — not implemented yet (see internal/stub.js). Real: fs.constants (Linux
// values), fs.promises (node:fs/promises, itself stubs), and lchmod/lchmodSync, which
// Node leaves undefined on Linux.

const { stubMembers, attachStubs } = require('internal/stub');

// Open flags are those of x86-64 Linux; arm64 differs for O_DIRECTORY (0o40000),
// O_NOFOLLOW (0o100000) and O_DIRECT (0o200000).
const arm64 = process.arch === 'arm64';
const constants = { __proto__: null,
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4, UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576,
  S_IFIFO: 4096, S_IFLNK: 40960, S_IFSOCK: 49152, O_CREAT: 64, O_EXCL: 128,
  UV_FS_O_FILEMAP: 0, UV_FS_O_TEMPORARY: 0, UV_FS_O_SHORT_LIVED: 0, UV_FS_O_SEQUENTIAL: 0,
  UV_FS_O_RANDOM: 0, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536,
  O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384,
  O_NONBLOCK: 2048, S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56,
  S_IRGRP: 32, S_IWGRP: 16, S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2, UV_FS_COPYFILE_FICLONE_FORCE: 4,
  COPYFILE_FICLONE_FORCE: 4,
};
if (arm64) {
  constants.O_DIRECTORY = 16384;
  constants.O_NOFOLLOW = 32768;
  constants.O_DIRECT = 65536;
}

const fs = stubMembers({
  constants,
  lchmod: undefined,
  lchmodSync: undefined,
}, 'fs', {
  classes: ['Dir', 'Dirent', 'ReadStream', 'Stats', 'StatFs', 'Utf8Stream', 'WriteStream'],
  functions: [
    'access', 'accessSync', 'appendFile', 'appendFileSync', 'chmod', 'chmodSync', 'chown',
    'chownSync', 'close', 'closeSync', 'copyFile', 'copyFileSync', 'cp', 'cpSync',
    'createReadStream', 'createWriteStream', 'exists', 'existsSync', 'fchmod', 'fchmodSync',
    'fchown', 'fchownSync', 'fdatasync', 'fdatasyncSync', 'fstat', 'fstatSync', 'fsync',
    'fsyncSync', 'ftruncate', 'ftruncateSync', 'futimes', 'futimesSync', 'glob', 'globSync',
    'lchown', 'lchownSync', 'link', 'linkSync', 'lstat', 'lstatSync', 'lutimes',
    'lutimesSync', 'mkdir', 'mkdirSync', 'mkdtemp', 'mkdtempDisposableSync', 'mkdtempSync',
    'open', 'openAsBlob', 'openSync', 'opendir', 'opendirSync', 'read', 'readFile',
    'readFileSync', 'readSync', 'readdir', 'readdirSync', 'readlink', 'readlinkSync', 'readv',
    'readvSync', 'realpath', 'realpathSync', 'rename', 'renameSync', 'rm', 'rmSync', 'rmdir',
    'rmdirSync', 'stat', 'statSync', 'statfs', 'statfsSync', 'symlink', 'symlinkSync',
    'truncate', 'truncateSync', 'unlink', 'unlinkSync', 'unwatchFile', 'utimes',
    'utimesSync', 'watch', 'watchFile', 'write', 'writeFile', 'writeFileSync', 'writeSync',
    'writev', 'writevSync',
  ],
});
// realpath.native and realpathSync.native are documented members too.
for (const name of ['realpath', 'realpathSync']) {
  stubMembers(fs[name], `fs.${name}`, { functions: ['native'] });
  attachStubs(fs, name, fs[name]);
}
// Legacy aliases Node keeps.
fs.FileReadStream = fs.ReadStream;
fs.FileWriteStream = fs.WriteStream;
// A getter, as in Node: node:fs/promises itself reads fs.constants.
Object.defineProperty(fs, 'promises', {
  get() { return require('fs/promises'); },
  enumerable: true,
  configurable: true,
});

module.exports = fs;
