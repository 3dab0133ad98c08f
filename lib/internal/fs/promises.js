'use strict';
// node:fs/promises: the promise form of every fs call, and FileHandle. Each call queues one
// request on the thread pool (see internal/fs/utils callPromise) and settles when it completes.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_METHOD_NOT_IMPLEMENTED },
  AbortError,
} = require('internal/errors');
const { validateBoolean, validateInteger, validateObject, validateOneOf } =
  require('internal/validators');
const EventEmitter = require('events');
const {
  binding, callPromise, callPromise1, constants, dataToWrite, decodeBytes, encodeName, fileJobError,
  getOptions, getStatFsFromBinding, getStatsFromBinding, getValidatedPath, splitReaddir,
  getValidMode, identity, isArrayBufferView, isUtf8, lazyBuffer, parseFileMode, Dirent,
  stringToFlags, toUint8, toUnixTimestamp, validateBuffer, validateBufferArray, validateOffsetLengthRead,
  validateOffsetLengthWrite, validatePosition, validateRmOptions, defaultRmOptions,
  validateCpOptions, nativePath,
} = require('internal/fs/utils');

const { F_OK, UV_FS_SYMLINK_DIR, UV_FS_SYMLINK_JUNCTION } = constants;
const kDefaultReadSize = 16384;
const kIoMaxLength = 2 ** 31 - 1;

const statsMap = (values) => getStatsFromBinding(values, false);
const bigIntStatsMap = (values) => getStatsFromBinding(values, true);
function statMap(bigint) {
  return bigint ? bigIntStatsMap : statsMap;
}

// Node reads `options.bigint` without checking the options' type: only exactly true counts,
// and null fails with a TypeError (reading a property of null).
function statOptions(options) {
  return options !== undefined && options.bigint === true;
}

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

// The binding's whole-file results: data, a byte count, or [errno, syscall].
function settleFileJob(result, path, resolve, reject, map) {
  if (Array.isArray(result)) {
    reject(fileJobError(result, path));
  } else {
    try {
      resolve(map(result));
    } catch (error) {
      reject(error);
    }
  }
}

function readFileJob(target, flags, encoding, pathForError) {
  return new Promise((resolve, reject) => {
    const req = {
      oncomplete(result) {
        settleFileJob(result, pathForError, resolve, reject,
                      (data) => (typeof data === 'string' ? data : decodeBytes(data, encoding)));
      },
    };
    binding.readFile(nativePath(target), flags, isUtf8(encoding), req);
  });
}

function writeFileJob(target, data, flags, mode, flush, pathForError) {
  return new Promise((resolve, reject) => {
    const req = {
      oncomplete(result) {
        settleFileJob(result, pathForError, resolve, reject, () => undefined);
      },
    };
    const bytes = typeof data === 'string' ? data : toUint8(data);
    binding.writeFile(nativePath(target), bytes, flags, mode, flush, req);
  });
}

// ---------------------------------------------------------------------------
// FileHandle

const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');
const kRefs = Symbol('kRefs');

function closedError(syscall) {
  const error = new Error('file closed');
  error.code = 'EBADF';
  error.syscall = syscall;
  return error;
}

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kClosePromise] = null;
    this[kRefs] = 1;
  }

  get fd() {
    return this[kFd];
  }

  #use(syscall) {
    if (this[kFd] === -1) throw closedError(syscall);
    if (this[kClosePromise] !== null) throw closedError(syscall);
    return this[kFd];
  }

  getAsyncId() {
    return this[kFd];
  }

  async appendFile(data, options) {
    options = getOptions(options, { encoding: 'utf8' });
    return writeFileHandle(this, data, options);
  }

  async chmod(mode) {
    const fd = this.#use('fchmod');
    mode = parseFileMode(mode, 'mode');
    return callPromise('fchmod', [fd, mode], 'fchmod');
  }

  async chown(uid, gid) {
    const fd = this.#use('fchown');
    validateInteger(uid, 'uid', -1, 4294967295);
    validateInteger(gid, 'gid', -1, 4294967295);
    return callPromise('fchown', [fd, uid, gid], 'fchown');
  }

  async datasync() {
    return callPromise('fdatasync', [this.#use('fdatasync')], 'fdatasync');
  }

  async sync() {
    return callPromise('fsync', [this.#use('fsync')], 'fsync');
  }

  async read(bufferOrOptions, offset, length, position) {
    const fd = this.#use('read');
    let buffer = bufferOrOptions;
    if (!isArrayBufferView(buffer)) {
      const options = bufferOrOptions ?? {};
      validateObject(options, 'options', 1);
      ({ buffer = lazyBuffer().alloc(kDefaultReadSize), offset = 0, length, position = null } =
        options);
      validateBuffer(buffer);
    } else if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length, position = null } = offset);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    length ??= buffer.byteLength - offset;
    validateInteger(length, 'length', 0, kIoMaxLength);
    if (length === 0) return { bytesRead: 0, buffer };
    if (buffer.byteLength === 0) {
      throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
    }
    validateOffsetLengthRead(offset, length, buffer.byteLength);
    position = validatePosition(position);
    const bytesRead = await callPromise('read', [fd, toUint8(buffer), offset, length, position], 'read',
                                        undefined, undefined, identity);
    return { bytesRead, buffer };
  }

  async readv(buffers, position) {
    const fd = this.#use('read');
    validateBufferArray(buffers);
    position = validatePosition(position);
    const bytesRead = await callPromise('readv', [fd, buffers.map(toUint8), position], 'read', undefined,
                                        undefined, identity);
    return { bytesRead, buffers };
  }

  async readFile(options) {
    options = getOptions(options, { flag: 'r' });
    checkAborted(options.signal);
    const fd = this.#use('read');
    const data = await readFileJob(fd, 0, options.encoding);
    checkAborted(options.signal);
    return data;
  }

  readLines(options = undefined) {
    const { createInterface } = require('readline');
    return createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  async stat(options) {
    const fd = this.#use('fstat');
    return callPromise('fstat', [fd], 'fstat', undefined, undefined, statMap(statOptions(options)));
  }

  async truncate(len = 0) {
    const fd = this.#use('ftruncate');
    validateInteger(len, 'len');
    return callPromise('ftruncate', [fd, Math.max(0, len)], 'ftruncate');
  }

  async utimes(atime, mtime) {
    const fd = this.#use('futime');
    return callPromise('futimes', [fd, toUnixTimestamp(atime, 'atime'),
      toUnixTimestamp(mtime, 'mtime')], 'futime');
  }

  async write(buffer, offsetOrOptions, length, position) {
    const fd = this.#use('write');
    if (isArrayBufferView(buffer)) {
      let offset = offsetOrOptions;
      if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
        ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
      }
      if (offset == null) offset = 0;
      else validateInteger(offset, 'offset', 0);
      if (typeof length !== 'number') length = buffer.byteLength - offset;
      validateOffsetLengthWrite(offset, length, buffer.byteLength);
      position = validatePosition(position);
      if (length === 0) return { bytesWritten: 0, buffer };
      const bytesWritten = await callPromise('write', [fd, toUint8(buffer), offset, length, position],
                                             'write', undefined, undefined, identity);
      return { bytesWritten, buffer };
    }
    if (typeof buffer !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'],
                                     buffer);
    }
    let pos = offsetOrOptions;
    let encoding = length ?? 'utf8';
    if (typeof pos !== 'number' && typeof pos !== 'bigint') {
      if (typeof pos === 'string' && length === undefined) encoding = pos;
      pos = null;
    }
    pos = validatePosition(pos);
    const data = dataToWrite(buffer, encoding);
    const bytesWritten = typeof data === 'string' ?
      await callPromise('writeUtf8', [fd, data, pos], 'write', undefined, undefined, identity) :
      await callPromise('write', [fd, data, 0, data.byteLength, pos], 'write', undefined,
                        undefined, identity);
    return { bytesWritten, buffer };
  }

  async writev(buffers, position) {
    const fd = this.#use('write');
    validateBufferArray(buffers);
    position = validatePosition(position);
    if (buffers.length === 0) return { bytesWritten: 0, buffers };
    const bytesWritten = await callPromise('writev', [fd, buffers.map(toUint8), position], 'write', undefined,
                                           undefined, identity);
    return { bytesWritten, buffers };
  }

  async writeFile(data, options) {
    options = getOptions(options, { encoding: 'utf8' });
    return writeFileHandle(this, data, options);
  }

  close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise] !== null) return this[kClosePromise];
    const fd = this[kFd];
    this[kClosePromise] = callPromise('close', [fd], 'close').then(() => {
      this[kFd] = -1;
      this[kClosePromise] = null;
      this.emit('close');
    }, (error) => {
      this[kClosePromise] = null;
      throw error;
    });
    return this[kClosePromise];
  }

  async [Symbol.asyncDispose]() {
    return this.close();
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  readableWebStream(options = undefined) {
    if (this[kFd] === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
    if (options !== undefined) validateObject(options, 'options');
    const { ReadableStream } = require('stream/web');
    const handle = this;
    let position = 0;
    return new ReadableStream({
      type: 'bytes',
      async pull(controller) {
        const buffer = new Uint8Array(kDefaultReadSize);
        const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, position);
        position += bytesRead;
        if (bytesRead === 0) {
          controller.close();
          if (options?.autoClose) await handle.close();
          return;
        }
        controller.enqueue(buffer.subarray(0, bytesRead));
      },
      async cancel() {
        if (options?.autoClose) await handle.close();
      },
    });
  }
}

function isIterableData(data) {
  return data != null && typeof data === 'object' &&
    (typeof data[Symbol.asyncIterator] === 'function' || typeof data[Symbol.iterator] === 'function');
}

function validateWriteData(data) {
  if (typeof data === 'string' || isArrayBufferView(data) || isIterableData(data)) return;
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// Writes chunks of an (async) iterable in order at the file's position.
async function writeIterable(fd, data, encoding, signal) {
  for await (const chunk of data) {
    checkAborted(signal);
    const bytes = typeof chunk === 'string' ? dataToWrite(chunk, encoding) : chunk;
    if (typeof bytes !== 'string' && !isArrayBufferView(bytes)) {
      throw new ERR_INVALID_ARG_TYPE('write', ['string', 'Buffer', 'TypedArray', 'DataView'],
                                     chunk);
    }
    await writeFileJob(fd, bytes, 0, 0, false);
  }
}

async function writeFileHandle(handle, data, options) {
  validateWriteData(data);
  checkAborted(options.signal);
  const fd = handle.fd;
  if (fd === -1) throw closedError('write');
  if (isIterableData(data) && !isArrayBufferView(data)) {
    await writeIterable(fd, data, options.encoding, options.signal);
    return;
  }
  await writeFileJob(fd, dataToWrite(data, options.encoding), 0, 0, options.flush === true);
}

// ---------------------------------------------------------------------------
// Functions

async function access(path, mode = F_OK) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  return await callPromise('access', [nativePath(path), mode], 'access', path);
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  const fd = await callPromise('open', [path, flagsNumber, mode], 'open', path, undefined,
                               identity);
  return new FileHandle(fd);
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (path instanceof FileHandle) return path.readFile(options);
  path = getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  checkAborted(options.signal);
  const data = await readFileJob(path, flags, options.encoding, path);
  checkAborted(options.signal);
  return data;
}

async function writeFileImpl(path, data, options, defaultFlag) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defaultFlag });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (path instanceof FileHandle) return writeFileHandle(path, data, options);
  path = getValidatedPath(path);
  validateWriteData(data);
  const flags = stringToFlags(options.flag ?? defaultFlag);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  checkAborted(options.signal);
  if (isIterableData(data) && !isArrayBufferView(data)) {
    const handle = await open(path, flags, mode);
    try {
      await writeIterable(handle.fd, data, options.encoding, options.signal);
      if (flush) await handle.sync();
    } finally {
      await handle.close();
    }
    return;
  }
  await writeFileJob(path, dataToWrite(data, options.encoding), flags, mode, flush, path);
  checkAborted(options.signal);
}

function writeFile(path, data, options) {
  return writeFileImpl(path, data, options, 'w');
}

function appendFile(path, data, options) {
  return writeFileImpl(path, data, options, 'a');
}

// stat and lstat return the request's promise itself rather than awaiting it in an async
// function (one promise and a microtask turn less a call: programs call them in bulk); bad
// arguments still give a rejected promise, not a throw.
function stat(path, options = undefined) {
  return statCall('stat', path, options);
}

function lstat(path, options = undefined) {
  return statCall('lstat', path, options);
}

function statCall(syscall, path, options) {
  let map;
  try {
    map = statMap(statOptions(options));
    path = getValidatedPath(path);
  } catch (err) {
    return Promise.reject(err);
  }
  return callPromise1(syscall, nativePath(path), syscall, path, map);
}

async function statfs(path, options = undefined) {
  const bigint = statOptions(options);
  path = getValidatedPath(path);
  return callPromise('statfs', [path], 'statfs', path, undefined,
                     (values) => getStatFsFromBinding(values, bigint));
}

async function readdir(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  const withFileTypes = options.withFileTypes ?? false;
  const recursive = options.recursive ?? false;
  validateBoolean(withFileTypes, 'options.withFileTypes');
  validateBoolean(recursive, 'options.recursive');
  const opts = { encoding: options.encoding, withFileTypes, recursive };
  if (recursive) return require('internal/fs/dir').readdirRecursive(path, opts);
  return callPromise('readdir', [path, options.encoding === 'buffer', withFileTypes], 'scandir',
                     path, undefined, (result) => {
                       const [names, types] = splitReaddir(result);
                       if (!withFileTypes) {
                         result = names;
                         if (!options.encoding || isUtf8(options.encoding)) return result;
                         return result.map((name) => encodeName(name, options.encoding));
                       }
                       const parent = typeof path === 'string' ? path :
                         lazyBuffer().prototype.toString.call(path);
                       return names.map((name, i) => new Dirent(
                         encodeName(name, options.encoding), types === null ? 0 : types[i],
                         parent));
                     });
}

async function mkdir(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  validateBoolean(recursive, 'options.recursive');
  path = getValidatedPath(path);
  if (recursive) return require('internal/fs/dir').mkdirp(path, mode);
  return callPromise('mkdir', [path, mode], 'mkdir', path);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  const template = typeof prefix === 'string' ? `${prefix}XXXXXX` :
    lazyBuffer().concat([prefix, lazyBuffer().from('XXXXXX')]);
  return callPromise('mkdtemp', [template, options.encoding === 'buffer'], 'mkdtemp', template,
                     undefined, (name) => encodeName(name, options.encoding));
}

async function mkdtempDisposable(prefix, options) {
  const path = await mkdtemp(prefix, options);
  let removed = false;
  const remove = async () => {
    if (removed) return;
    removed = true;
    await rm(path, { recursive: true, force: true });
  };
  return { path, remove, [Symbol.asyncDispose]: remove };
}

async function rm(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptions(options, defaultRmOptions);
  return require('internal/fs/rimraf').rm(path, options);
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    options = validateRmOptions(options, defaultRmOptions);
    return require('internal/fs/rimraf').rimrafPromise(path, options);
  }
  return callPromise('rmdir', [path], 'rmdir', path);
}

async function unlink(path) {
  path = getValidatedPath(path);
  return callPromise('unlink', [path], 'unlink', path);
}

async function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return callPromise('rename', [oldPath, newPath], 'rename', oldPath, newPath);
}

async function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return callPromise('link', [existingPath, newPath], 'link', existingPath, newPath);
}

async function symlink(target, path, type) {
  validateOneOf(type, 'type', ['dir', 'file', 'junction', null, undefined]);
  const flags = type === 'dir' ? UV_FS_SYMLINK_DIR : type === 'junction' ? UV_FS_SYMLINK_JUNCTION : 0;
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  return callPromise('symlink', [target, path, flags], 'symlink', target, path);
}

async function copyFile(src, dest, mode) {
  mode = getValidMode(mode, 'copyFile');
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  return callPromise('copyFile', [src, dest, mode], 'copyfile', src, dest);
}

async function cp(src, dest, options) {
  options = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  return require('internal/fs/cp').cpAsync(src, dest, options);
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return callPromise('readlink', [path, options.encoding === 'buffer'], 'readlink', path,
                     undefined, (name) => encodeName(name, options.encoding));
}

async function realpath(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return callPromise('realpathNative', [path, options.encoding === 'buffer'], 'realpath', path,
                     undefined, (name) => encodeName(name, options.encoding));
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  return callPromise('chmod', [path, mode], 'chmod', path);
}

async function lchmod(path, mode) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, 4294967295);
  validateInteger(gid, 'gid', -1, 4294967295);
  return callPromise('chown', [path, uid, gid], 'chown', path);
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, 4294967295);
  validateInteger(gid, 'gid', -1, 4294967295);
  return callPromise('lchown', [path, uid, gid], 'lchown', path);
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return callPromise('utimes', [path, toUnixTimestamp(atime), toUnixTimestamp(mtime)], 'utime',
                     path);
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return callPromise('lutimes', [path, toUnixTimestamp(atime), toUnixTimestamp(mtime)], 'lutime',
                     path);
}

async function truncate(path, len = 0) {
  const handle = await open(path, 'r+');
  try {
    await handle.truncate(len);
  } finally {
    await handle.close();
  }
}

async function opendir(path, options) {
  return require('internal/fs/dir').opendirPromise(path, options);
}
// Node's is a promisified function whose length is 3.
Object.defineProperty(opendir, 'length', { value: 3 });

// An async generator, as Node's: arguments are checked by the first next().
async function* watch(filename, options = undefined) {
  yield* require('internal/fs/watchers').watchPromise(filename, options);
}

function glob(pattern, options) {
  const { globSync } = require('internal/fs/glob');
  const results = globSync(pattern, options);
  return (async function* entries() {
    yield* results;
  })();
}

// `exports` is node:fs/promises; FileHandle is for the streams, which accept one as `fd`.
module.exports = {
  FileHandle,
  exports: {
    access, appendFile, chmod, chown, copyFile, cp, glob, lchmod, lchown, link, lstat, lutimes,
    mkdir, mkdtemp, mkdtempDisposable, open, opendir, readFile, readdir, readlink, realpath,
    rename, rm, rmdir, stat, statfs, symlink, truncate, unlink, utimes, watch, writeFile,
    constants,
  },
};
