'use strict';
// fs.cp / fs.cpSync / fsPromises.cp. The copy is written once, as a generator that yields
// the file system operations it needs ([name, ...args]); runSync performs them at once,
// runAsync awaits each, so both forms follow the same steps and raise the same errors.

const {
  codes: {
    ERR_FS_CP_DIR_TO_NON_DIR, ERR_FS_CP_EEXIST, ERR_FS_CP_EINVAL, ERR_FS_CP_FIFO_PIPE,
    ERR_FS_CP_NON_DIR_TO_DIR, ERR_FS_CP_SOCKET, ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
    ERR_FS_CP_UNKNOWN, ERR_FS_EISDIR, ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');
const pathModule = require('path');

function lazyFs() {
  return require('fs');
}

function pathString(path) {
  return typeof path === 'string' ? path : require('buffer').Buffer.prototype.toString.call(path);
}

const syncOps = {
  stat: (p) => lazyFs().statSync(p),
  lstat: (p) => lazyFs().lstatSync(p),
  statOrNull: (p, deref) => (deref ? lazyFs().statSync : lazyFs().lstatSync)(p,
                                                                          { throwIfNoEntry: false }) ?? null,
  mkdir: (p, mode) => lazyFs().mkdirSync(p, { mode }),
  mkdirp: (p) => lazyFs().mkdirSync(p, { recursive: true }),
  chmod: (p, mode) => lazyFs().chmodSync(p, mode),
  readdir: (p) => lazyFs().readdirSync(p),
  copyFile: (s, d, mode) => lazyFs().copyFileSync(s, d, mode),
  unlink: (p) => lazyFs().unlinkSync(p),
  readlink: (p) => lazyFs().readlinkSync(p),
  symlink: (t, p) => lazyFs().symlinkSync(t, p),
  utimes: (p, a, m) => lazyFs().utimesSync(p, a, m),
  filter(filter, src, dest) {
    const result = filter(src, dest);
    if (result instanceof Promise) {
      throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', result);
    }
    return result;
  },
};

const asyncOps = {
  stat: (p) => require('fs/promises').stat(p),
  lstat: (p) => require('fs/promises').lstat(p),
  async statOrNull(p, deref) {
    try {
      return await (deref ? require('fs/promises').stat(p) : require('fs/promises').lstat(p));
    } catch (error) {
      if (error.code === 'ENOENT') return null;
      throw error;
    }
  },
  mkdir: (p, mode) => require('fs/promises').mkdir(p, { mode }),
  mkdirp: (p) => require('fs/promises').mkdir(p, { recursive: true }),
  chmod: (p, mode) => require('fs/promises').chmod(p, mode),
  readdir: (p) => require('fs/promises').readdir(p),
  copyFile: (s, d, mode) => require('fs/promises').copyFile(s, d, mode),
  unlink: (p) => require('fs/promises').unlink(p),
  readlink: (p) => require('fs/promises').readlink(p),
  symlink: (t, p) => require('fs/promises').symlink(t, p),
  utimes: (p, a, m) => require('fs/promises').utimes(p, a, m),
  filter: async (filter, src, dest) => filter(src, dest),
};

function cpError(ErrorClass, message, path, code, errno) {
  return new ErrorClass({ message, path, syscall: 'cp', errno, code });
}

function isSubdirectory(parent, child) {
  const parts = pathModule.resolve(parent).split(pathModule.sep).filter(Boolean);
  const childParts = pathModule.resolve(child).split(pathModule.sep).filter(Boolean);
  return parts.every((part, i) => childParts[i] === part);
}

// fs.cpSync's checks of the top-level paths (after the filter): its errors are plain Errors
// with a code and their own messages, as Node's native check makes.
function cpSyncCheckPaths(src, dest, srcStat, destStat, options) {
  const codeError = (code, message) => {
    const err = new Error(message);
    err.code = code;
    return err;
  };
  const srcIsDir = srcStat.isDirectory();
  if (destStat !== null) {
    if (srcStat.ino === destStat.ino && srcStat.dev === destStat.dev) {
      throw codeError('ERR_FS_CP_EINVAL', `src and dest cannot be the same ${dest}`);
    }
    if (srcIsDir && !destStat.isDirectory()) {
      throw codeError('ERR_FS_CP_DIR_TO_NON_DIR',
                      `Cannot overwrite non-directory ${dest} with directory ${src}`);
    }
    if (!srcIsDir && destStat.isDirectory()) {
      throw codeError('ERR_FS_CP_NON_DIR_TO_DIR',
                      `Cannot overwrite directory ${dest} with non-directory ${src}`);
    }
  }
  const srcWithSep = src.endsWith(pathModule.sep) ? src : `${src}${pathModule.sep}`;
  if (srcIsDir && !options.recursive) {
    throw codeError('ERR_FS_EISDIR',
                    `Recursive option not enabled, cannot copy a directory: ${srcWithSep}`);
  }
  if (srcIsDir && dest.startsWith(srcWithSep)) {
    throw codeError('ERR_FS_CP_EINVAL',
                    `Cannot copy ${srcWithSep} to a subdirectory of self ${dest}`);
  }
}

function* copy(src, dest, options, sync = false) {
  if (options.filter !== undefined && !(yield ['filter', options.filter, src, dest])) return;
  const srcStat = yield [options.dereference ? 'stat' : 'lstat', src];
  const destStat = yield ['statOrNull', dest, options.dereference];
  if (sync) cpSyncCheckPaths(src, dest, srcStat, destStat, options);
  if (destStat !== null) {
    if (srcStat.ino === destStat.ino && srcStat.dev === destStat.dev) {
      throw cpError(ERR_FS_CP_EINVAL, 'src and dest cannot be the same', dest, 'EINVAL', 22);
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw cpError(ERR_FS_CP_DIR_TO_NON_DIR,
                    `cannot overwrite non-directory ${dest} with directory ${src}`, dest,
                    'EISDIR', 21);
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw cpError(ERR_FS_CP_NON_DIR_TO_DIR,
                    `cannot overwrite directory ${dest} with non-directory ${src}`, dest,
                    'ENOTDIR', 20);
    }
  }
  if (srcStat.isDirectory() && isSubdirectory(src, dest)) {
    throw cpError(ERR_FS_CP_EINVAL, `cannot copy ${src} to a subdirectory of self ${dest}`,
                  dest, 'EINVAL', 22);
  }
  yield* copyItem(src, dest, srcStat, destStat, options);
}

function* copyItem(src, dest, srcStat, destStat, options) {
  if (srcStat.isDirectory()) {
    if (!options.recursive) {
      throw cpError(ERR_FS_EISDIR, `${src} is a directory (not copied)`, src, 'EISDIR', 21);
    }
    if (destStat === null) {
      yield ['mkdirp', pathModule.dirname(dest)];
      yield ['mkdir', dest, srcStat.mode & 0o7777];
    }
    const names = yield ['readdir', src];
    for (const name of names) {
      const childSrc = pathModule.join(src, name);
      const childDest = pathModule.join(dest, name);
      if (options.filter !== undefined &&
          !(yield ['filter', options.filter, childSrc, childDest])) continue;
      const childStat = yield [options.dereference ? 'stat' : 'lstat', childSrc];
      const childDestStat = yield ['statOrNull', childDest, options.dereference];
      yield* copyItem(childSrc, childDest, childStat, childDestStat, options);
    }
    return;
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    if (destStat !== null) {
      if (!options.force) {
        if (options.errorOnExist) {
          throw cpError(ERR_FS_CP_EEXIST, `${dest} already exists`, dest, 'EEXIST', 17);
        }
        return;
      }
      yield ['unlink', dest];
    } else {
      yield ['mkdirp', pathModule.dirname(dest)];
    }
    yield ['copyFile', src, dest, options.mode];
    if (options.preserveTimestamps) yield ['utimes', dest, srcStat.atime, srcStat.mtime];
    return;
  }
  if (srcStat.isSymbolicLink()) {
    let target = yield ['readlink', src];
    if (!options.verbatimSymlinks && !pathModule.isAbsolute(target)) {
      target = pathModule.resolve(pathModule.dirname(src), target);
    }
    if (destStat !== null) {
      if (destStat.isSymbolicLink()) {
        let destTarget = yield ['readlink', dest];
        if (!pathModule.isAbsolute(destTarget)) {
          destTarget = pathModule.resolve(pathModule.dirname(dest), destTarget);
        }
        const srcIsDir = (yield ['statOrNull', src, true])?.isDirectory();
        if (srcIsDir && isSubdirectory(target, destTarget)) {
          throw cpError(ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
                        `cannot overwrite ${destTarget} with ${target}`, dest, 'EINVAL', 22);
        }
      }
      yield ['unlink', dest];
    }
    yield ['symlink', target, dest];
    return;
  }
  if (srcStat.isFIFO()) {
    throw cpError(ERR_FS_CP_FIFO_PIPE, `cannot copy a FIFO pipe: ${dest}`, dest, 'EINVAL', 22);
  }
  if (srcStat.isSocket()) {
    throw cpError(ERR_FS_CP_SOCKET, `cannot copy a socket file: ${dest}`, dest, 'EINVAL', 22);
  }
  throw cpError(ERR_FS_CP_UNKNOWN, `cannot copy an unknown file type: ${dest}`, dest, 'EINVAL', 22);
}

function run(ops, name, args) {
  return ops[name](...args);
}

function cpSync(src, dest, options) {
  const it = copy(pathString(src), pathString(dest), options, true);
  let step = it.next();
  while (!step.done) {
    let value;
    try {
      value = run(syncOps, step.value[0], step.value.slice(1));
    } catch (error) {
      step = it.throw(error);
      continue;
    }
    step = it.next(value);
  }
}

async function cpAsync(src, dest, options) {
  const it = copy(pathString(src), pathString(dest), options);
  let step = it.next();
  while (!step.done) {
    let value;
    try {
      value = await run(asyncOps, step.value[0], step.value.slice(1));
    } catch (error) {
      step = it.throw(error);
      continue;
    }
    step = it.next(value);
  }
}

module.exports = { cpAsync, cpSync };
