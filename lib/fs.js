'use strict';
// node:fs — synchronous and callback forms of every file system call. The binding
// (src/bindings/fs.c) does the system calls on libuv; this file validates arguments, picks
// the synchronous or asynchronous form and turns negative libuv codes into Node's errors.
// The promise forms live in internal/fs/promises (node:fs/promises); larger helpers
// (rm, cp, mkdir -p, recursive readdir, Dir, watchers, streams) in internal/fs/*.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_STRING_TOO_LONG },
  AbortError,
} = require('internal/errors');
const { validateFunction, validateBoolean, validateInteger, validateObject, validateString,
  validateOneOf } = require('internal/validators');
const {
  binding, check, constants, dataToWrite, decodeBytes, encodeName, fileJobError, fsError,
  FSReqCallback,
  getOptions, getStatFsFromBinding, getStatsFromBinding, getValidatedFd, getValidatedPath,
  getValidMode, identity, isArrayBufferView, isUtf8, lazyBuffer, parseFileMode, Stats,
  toPathIfFileURL, nativePath, fsOriginals,
  Dirent, splitReaddir, direntTypeFromMode, stringToFlags, submitted, toUint8, toUnixTimestamp,
  validateBuffer, validateBufferArray, validateOffsetLengthRead, validateOffsetLengthWrite,
  validatePosition, validateRmOptions, defaultRmOptions, validateCpOptions,
} = require('internal/fs/utils');

const { F_OK, O_RDONLY, S_IFLNK, S_IFMT, UV_FS_SYMLINK_DIR, UV_FS_SYMLINK_JUNCTION } = constants;
const kDefaultReadSize = 16384;
const kIoMaxLength = 2 ** 31 - 1;
const kStringMaxLength = 2 ** 31 - 1; // buffer.constants.MAX_STRING_LENGTH
// Passed for the callback by a synchronous form to a helper that serves both forms.
const kSync = Symbol('kSync');

// Option objects may be replaced by the callback (`fs.stat(path, cb)`).
function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

function checkAborted(signal, callback) {
  if (signal?.aborted) {
    callback(new AbortError(undefined, { cause: signal.reason }));
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// access, exists

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  callback = makeCallback(callback);
  const req = new FSReqCallback(callback, 'access', path);
  submitted(req, binding.access(nativePath(path), mode, req));
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  check(binding.access(nativePath(path), mode), 'access', path);
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  try {
    path = getValidatedPath(path);
  } catch {
    process.nextTick(callback, false);
    return;
  }
  const req = new FSReqCallback((err) => callback(!err), 'access', path);
  submitted(req, binding.access(path, F_OK, req));
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
  configurable: true,
});

let showExistsDeprecation = true;

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch (err) {
    if (showExistsDeprecation && err?.code === 'ERR_INVALID_ARG_TYPE') {
      showExistsDeprecation = false;
      process.emitWarning('Passing invalid argument types to fs.existsSync is deprecated',
                          'DeprecationWarning', 'DEP0187');
    }
    return false;
  }
  return binding.access(nativePath(path), F_OK) === 0;
}

// ---------------------------------------------------------------------------
// open, close

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  const req = new FSReqCallback(callback, 'open', path, undefined, identity);
  submitted(req, binding.open(path, flagsNumber, mode, req));
}

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return check(binding.open(path, flagsNumber, mode), 'open', path);
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  const req = new FSReqCallback(callback, 'close');
  submitted(req, binding.close(fd, req));
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function closeSync(fd) {
  fd = getValidatedFd(fd);
  check(binding.close(fd), 'close');
}

// ---------------------------------------------------------------------------
// read, readv

// Reads the (fd, buffer, offset, length, position) forms into a plain argument list.
function readArguments(fd, buffer, offsetOrOptions, length, position, sync) {
  let offset = offsetOrOptions;
  if (!isArrayBufferView(buffer)) {
    // fs.read(fd, options, cb) / fs.read(fd, cb)
    const options = buffer ?? {};
    if (sync) validateBuffer(buffer);
    validateObject(options, 'options', 1);
    ({ buffer = lazyBuffer().alloc(kDefaultReadSize), offset = 0, length, position = null } =
      options);
    length ??= buffer.byteLength - offset;
  } else if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
  }
  validateBuffer(buffer);
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length ??= buffer.byteLength - offset;
  validateInteger(length, 'length', 0, kIoMaxLength);
  if (length === 0) return { buffer, offset, length, position: -1, empty: true };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  position = validatePosition(position);
  return { buffer, offset, length, position, empty: false };
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  if (typeof buffer === 'function') {
    callback = buffer;
    buffer = undefined;
  } else if (typeof offsetOrOptions === 'function') {
    callback = offsetOrOptions;
    offsetOrOptions = undefined;
  } else if (arguments.length <= 4 && typeof arguments[arguments.length - 1] === 'function') {
    callback = arguments[arguments.length - 1];
    length = undefined;
    position = undefined;
  }
  callback = makeCallback(callback);
  const args = readArguments(fd, buffer, offsetOrOptions, length, position, false);
  if (args.empty) {
    process.nextTick(callback, null, 0, args.buffer);
    return;
  }
  const req = new FSReqCallback((err, bytesRead) => callback(err, bytesRead || 0, args.buffer),
                                'read', undefined, undefined, identity);
  submitted(req, binding.read(fd, toUint8(args.buffer), args.offset, args.length, args.position, req));
}
Object.defineProperty(read, Symbol.for('nodejs.util.promisify.custom'), {
  value: function read(...args) {
    return new Promise((resolve, reject) => {
      fs.read(...args, (err, bytesRead, buffer) => {
        if (err) reject(err);
        else resolve({ bytesRead, buffer });
      });
    });
  },
  configurable: true,
});

function readSync(fd, buffer, offsetOrOptions, length, position) {
  validateBuffer(buffer);
  fd = getValidatedFd(fd);
  const args = readArguments(fd, buffer, offsetOrOptions, length, position, true);
  if (args.empty) return 0;
  return check(binding.read(fd, toUint8(args.buffer), args.offset, args.length, args.position), 'read');
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  callback = makeCallback(callback);
  position = validatePosition(position);
  const req = new FSReqCallback((err, n) => callback(err, n || 0, buffers), 'read', undefined,
                                undefined, identity);
  submitted(req, binding.readv(fd, buffers.map(toUint8), position, req));
}

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  position = validatePosition(position);
  return check(binding.readv(fd, buffers.map(toUint8), position), 'read');
}

// ---------------------------------------------------------------------------
// write, writev

// Normalizes (fd, buffer, offset, length, position) and (fd, string, position, encoding).
function writeArguments(buffer, offsetOrOptions, length, position) {
  if (isArrayBufferView(buffer)) {
    let offset = offsetOrOptions;
    if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return { data: toUint8(buffer), offset, length, position: validatePosition(position) };
  }
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'],
                                   buffer);
  }
  // (fd, string[, position[, encoding]])
  let pos = offsetOrOptions;
  let encoding = length;
  if (typeof pos !== 'number' && typeof pos !== 'bigint') {
    if (typeof pos === 'string' && encoding === undefined) encoding = pos;
    pos = null;
  }
  encoding ??= 'utf8';
  const data = dataToWrite(buffer, encoding);
  if (typeof data === 'string') return { data, string: true, position: validatePosition(pos) };
  return { data, offset: 0, length: data.byteLength, position: validatePosition(pos) };
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  const last = arguments[arguments.length - 1];
  if (typeof last !== 'function') makeCallback(callback);
  callback = last;
  const n = arguments.length;
  if (n === 2) throw new ERR_INVALID_ARG_TYPE('cb', 'function', undefined);
  if (n <= 5) {
    // The callback took the place of a later argument.
    if (n === 3) offsetOrOptions = undefined;
    if (n <= 4) length = undefined;
    if (n <= 5) position = undefined;
  }
  const args = writeArguments(buffer, offsetOrOptions, length, position);
  const req = new FSReqCallback((err, written) => callback(err, written || 0, buffer), 'write',
                                undefined, undefined, identity);
  if (args.string) submitted(req, binding.writeUtf8(fd, args.data, args.position, req));
  else submitted(req, binding.write(fd, args.data, args.offset, args.length, args.position, req));
}
Object.defineProperty(write, Symbol.for('nodejs.util.promisify.custom'), {
  value: function write(...args) {
    return new Promise((resolve, reject) => {
      fs.write(...args, (err, bytesWritten, buffer) => {
        if (err) reject(err);
        else resolve({ bytesWritten, buffer });
      });
    });
  },
  configurable: true,
});

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  const args = writeArguments(buffer, offsetOrOptions, length, position);
  if (args.string) return check(binding.writeUtf8(fd, args.data, args.position), 'write');
  return check(binding.write(fd, args.data, args.offset, args.length, args.position), 'write');
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  callback = makeCallback(callback);
  position = validatePosition(position);
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  const req = new FSReqCallback((err, n) => callback(err, n || 0, buffers), 'write', undefined,
                                undefined, identity);
  submitted(req, binding.writev(fd, buffers.map(toUint8), position, req));
}

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  position = validatePosition(position);
  if (buffers.length === 0) return 0;
  return check(binding.writev(fd, buffers.map(toUint8), position), 'write');
}

// ---------------------------------------------------------------------------
// readFile, writeFile, appendFile

function isFd(value) {
  return typeof value === 'number';
}

// The binding's readFile result: a string, bytes, or [errno, syscall].
function readFileError(result, path) {
  return fileJobError(result, path);
}

function readFileValue(result, encoding) {
  return typeof result === 'string' ? result : decodeBytes(result, encoding);
}

// Shared by every call without options (never modified).
const kReadFileDefaults = { flag: 'r' };

function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, kReadFileDefaults);
  const fd = isFd(path) ? getValidatedFd(path) : undefined;
  if (fd === undefined) path = getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  const encoding = options.encoding;
  const signal = options.signal;
  if (checkAborted(signal, callback)) return;
  const req = {
    oncomplete(result) {
      if (signal?.aborted) {
        callback(new AbortError(undefined, { cause: signal.reason }));
        return;
      }
      if (Array.isArray(result)) {
        callback(readFileError(result, path));
        return;
      }
      let value;
      try {
        value = readFileValue(result, encoding);
      } catch (error) {
        callback(error);
        return;
      }
      callback(null, value);
    },
  };
  binding.readFile(fd ?? nativePath(path), flags, isUtf8(encoding), req);
}

// Kept small, with the rarer cases in functions of their own: this runs hot in loops, and
// the optimizing JIT's compile time grows fast with what it inlines (an earlier version
// took 150-300 ms to compile, longer than a 10,000-call loop ran).
function readFileSync(path, options) {
  let encoding;
  let flags = O_RDONLY;
  if (options === 'utf8' || options === 'utf-8') {
    encoding = options;
  } else if (options != null) {
    options = getOptions(options, kReadFileDefaults);
    encoding = options.encoding;
    flags = stringToFlags(options.flag);
  }
  let target;
  if (typeof path === 'number') target = getValidatedFd(path);
  else target = nativePath(path = getValidatedPath(path));
  const result = binding.readFile(target, flags, encoding !== undefined && isUtf8(encoding));
  if (typeof result === 'string') return result;
  return readFileSyncEnd(result, path, encoding);
}

function readFileSyncEnd(result, path, encoding) {
  if (Array.isArray(result)) {
    // A file over 2 GiB cannot become a string (Node checks that first, then the size).
    const error = result[1] === 'size' && encoding !== undefined && isUtf8(encoding) ?
      new ERR_STRING_TOO_LONG(kStringMaxLength.toString(16)) : readFileError(result, path);
    Error.captureStackTrace(error, readFileSync);
    throw error;
  }
  return decodeBytes(result, encoding);
}

function validateWriteData(data, name = 'data') {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
}

function writeFileArgs(path, data, options, defaultFlag) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defaultFlag });
  const fd = isFd(path) ? getValidatedFd(path, 'file') : undefined;
  if (fd === undefined) path = getValidatedPath(path, 'path');
  validateWriteData(data);
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  return {
    target: fd ?? path,
    path,
    data: dataToWrite(data, options.encoding ?? 'utf8'),
    flags: stringToFlags(options.flag ?? defaultFlag),
    mode: parseFileMode(options.mode, 'mode', 0o666),
    flush,
    signal: options.signal,
  };
}

function writeFileResult(result, path) {
  if (Array.isArray(result)) {
    const [errno, syscall] = result;
    return fsError(errno, syscall, syscall === 'open' ? path : undefined);
  }
  return null;
}

function writeFileImpl(path, data, options, callback, defaultFlag) {
  callback ||= options;
  validateFunction(callback, 'cb');
  const args = writeFileArgs(path, data, options, defaultFlag);
  if (checkAborted(args.signal, callback)) return;
  const req = {
    oncomplete(result) {
      if (args.signal?.aborted) {
        callback(new AbortError(undefined, { cause: args.signal.reason }));
        return;
      }
      callback(writeFileResult(result, args.path));
    },
  };
  const bytes = typeof args.data === 'string' ? args.data : toUint8(args.data);
  binding.writeFile(nativePath(args.target), bytes, args.flags, args.mode, args.flush, req);
}

function writeFile(path, data, options, callback) {
  writeFileImpl(path, data, options, callback, 'w');
}

function appendFile(path, data, options, callback) {
  writeFileImpl(path, data, options, callback, 'a');
}

function writeFileSyncImpl(path, data, options, defaultFlag, caller) {
  const args = writeFileArgs(path, data, options, defaultFlag);
  const bytes = typeof args.data === 'string' ? args.data : toUint8(args.data);
  const error = writeFileResult(
    binding.writeFile(nativePath(args.target), bytes, args.flags, args.mode, args.flush), args.path);
  if (error) {
    Error.captureStackTrace(error, caller);
    throw error;
  }
}

function writeFileSync(path, data, options) {
  writeFileSyncImpl(path, data, options, 'w', writeFileSync);
}

function appendFileSync(path, data, options) {
  writeFileSyncImpl(path, data, options, 'a', appendFileSync);
}

// ---------------------------------------------------------------------------
// stat family

// Node reads `options.bigint` (and statSync's `throwIfNoEntry`) without checking the options'
// type: only exactly true (false) counts.
function isBigint(options) {
  return options != null && options.bigint === true;
}

// The callback forms of stat, lstat, fstat and statfs: (target[, options], callback), the
// binding's values turned into a result by fromBinding(values, bigint).
function statCall(syscall, isFd, target, options, callback, fromBinding) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const bigint = isBigint(options);
  callback = makeCallback(callback);
  target = isFd ? getValidatedFd(target) : getValidatedPath(target);
  const req = new FSReqCallback(callback, syscall, isFd ? undefined : target, undefined,
                                bigint ? (values) => fromBinding(values, true) : fromBinding);
  submitted(req, binding[syscall](isFd ? target : nativePath(target), req));
}

// Node's stat functions declare `options` with a default value, so their length is 1.
function stat(path, options = undefined, callback) {
  statCall('stat', false, path, options, callback, getStatsFromBinding);
}

function lstat(path, options = undefined, callback) {
  statCall('lstat', false, path, options, callback, getStatsFromBinding);
}

function fstat(fd, options = undefined, callback) {
  statCall('fstat', true, fd, options, callback, getStatsFromBinding);
}

// name is 'stat' or 'lstat'; buffered is the binding's statBuffered or lstatBuffered.
function statSyncImpl(name, buffered, path, options) {
  const target = nativePath(path);
  const result = target === undefined ? buffered() : binding[name](target);
  if (typeof result === 'number') {
    // ENOENT or ENOTDIR: the entry does not exist.
    if ((result === -2 || result === -20) && options != null &&
        options.throwIfNoEntry === false) return undefined;
    check(result, name, path);
  }
  return getStatsFromBinding(result, isBigint(options));
}

function statSync(path, options = undefined) {
  return statSyncImpl('stat', binding.statBuffered, getValidatedPath(path), options);
}

function lstatSync(path, options = undefined) {
  return statSyncImpl('lstat', binding.lstatBuffered, getValidatedPath(path), options);
}

function fstatSync(fd, options = undefined) {
  fd = getValidatedFd(fd);
  return getStatsFromBinding(check(binding.fstat(fd), 'fstat'), isBigint(options));
}

function statfs(path, options = undefined, callback) {
  statCall('statfs', false, path, options, callback, getStatFsFromBinding);
}

function statfsSync(path, options = undefined) {
  path = getValidatedPath(path);
  return getStatFsFromBinding(check(binding.statfs(path), 'statfs', path), isBigint(options));
}

// ---------------------------------------------------------------------------
// Directories

function readdirOptions(options) {
  options = getOptions(options);
  return {
    encoding: options.encoding,
    withFileTypes: options.withFileTypes ?? false,
    recursive: options.recursive ?? false,
  };
}

function readdirMap(path, options) {
  return (result) => readdirFromBinding(result, path, options);
}

function readdirFromBinding(result, path, options) {
  const [names, types] = splitReaddir(result);
  if (!options.withFileTypes) {
    result = names;
    if (!options.encoding || isUtf8(options.encoding)) return result;
    return result.map((name) => encodeName(name, options.encoding));
  }
  const parent = typeof path === 'string' ? path : pathToString(path);
  const list = new Array(names.length);
  for (let i = 0; i < names.length; i++) {
    // Buffer names come without types: ask lstat (rare: encoding 'buffer' with Dirents).
    const type = types !== null ? types[i] : direntTypeFromMode(
      check(binding.lstat(`${parent}/${pathToString(names[i])}`), 'lstat')[1]);
    list[i] = new Dirent(encodeName(names[i], options.encoding), type, parent);
  }
  return list;
}

function pathToString(path) {
  return lazyBuffer().prototype.toString.call(path);
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = readdirOptions(options);
  path = getValidatedPath(path);
  validateBoolean(options.recursive, 'options.recursive');
  validateBoolean(options.withFileTypes, 'options.withFileTypes');
  if (options.recursive) {
    require('internal/fs/dir').readdirRecursive(path, options).then(
      (list) => process.nextTick(callback, null, list),
      (error) => process.nextTick(callback, error));
    return;
  }
  const req = new FSReqCallback(callback, 'scandir', path, undefined, readdirMap(path, options));
  submitted(req, binding.readdir(path, options.encoding === 'buffer', options.withFileTypes,
                                 req));
}

function readdirSync(path, options) {
  options = readdirOptions(options);
  path = getValidatedPath(path);
  validateBoolean(options.recursive, 'options.recursive');
  validateBoolean(options.withFileTypes, 'options.withFileTypes');
  if (options.recursive) return require('internal/fs/dir').readdirRecursiveSync(path, options);
  const result = check(binding.readdir(path, options.encoding === 'buffer',
                                       options.withFileTypes, undefined), 'scandir', path);
  return readdirFromBinding(result, path, options);
}

function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode, recursive };
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const { mode, recursive } = mkdirOptions(options);
  path = getValidatedPath(path);
  callback = makeCallback(callback);
  if (recursive) {
    require('internal/fs/dir').mkdirp(path, mode).then(
      (first) => process.nextTick(callback, null, first),
      (error) => process.nextTick(callback, error));
    return;
  }
  const req = new FSReqCallback(callback, 'mkdir', path);
  submitted(req, binding.mkdir(path, mode, req));
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirOptions(options);
  path = getValidatedPath(path);
  if (recursive) return require('internal/fs/dir').mkdirpSync(path, mode);
  check(binding.mkdir(path, mode), 'mkdir', path);
}

function mkdtempArgs(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  const template = typeof prefix === 'string' ? `${prefix}XXXXXX` :
    lazyBuffer().concat([prefix, lazyBuffer().from('XXXXXX')]);
  return { template, options };
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  const { template, options: opts } = mkdtempArgs(prefix, options);
  const req = new FSReqCallback(callback, 'mkdtemp', template, undefined,
                                (name) => encodeName(name, opts.encoding));
  submitted(req, binding.mkdtemp(template, opts.encoding === 'buffer', req));
}

function mkdtempSync(prefix, options) {
  const { template, options: opts } = mkdtempArgs(prefix, options);
  return encodeName(check(binding.mkdtemp(template, opts.encoding === 'buffer'), 'mkdtemp',
                          template), opts.encoding);
}

function mkdtempDisposableSync(prefix, options) {
  const path = mkdtempSync(prefix, options);
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    rmSync(path, { recursive: true, force: true });
  };
  return { path, remove, [Symbol.dispose]: remove };
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) {
    validateRmOptions(options, defaultRmOptions);
    require('internal/fs/rimraf').rimrafPromise(path, options).then(
      () => process.nextTick(callback, null), (error) => process.nextTick(callback, error));
    return;
  }
  const req = new FSReqCallback(callback, 'rmdir', path);
  submitted(req, binding.rmdir(path, req));
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    validateRmOptions(options, defaultRmOptions);
    require('internal/fs/rimraf').rimrafSync(path, options);
    return;
  }
  check(binding.rmdir(path), 'rmdir', path);
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  options = validateRmOptions(options, defaultRmOptions);
  require('internal/fs/rimraf').rm(path, options).then(
    () => process.nextTick(callback, null), (error) => process.nextTick(callback, error));
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptions(options, defaultRmOptions);
  require('internal/fs/rimraf').rmSync(path, options);
}

function opendir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  require('internal/fs/dir').opendir(path, options, callback);
}

function opendirSync(path, options) {
  return require('internal/fs/dir').opendirSync(path, options);
}

// ---------------------------------------------------------------------------
// Two-path calls

function twoPath(name, syscall, a, b, extra, callback, aName, bName) {
  a = getValidatedPath(a, aName);
  b = getValidatedPath(b, bName);
  callback = makeCallback(callback);
  const req = new FSReqCallback(callback, syscall, a, b);
  submitted(req, extra === undefined ? binding[name](a, b, req) : binding[name](a, b, extra, req));
}

function twoPathSync(name, syscall, a, b, extra, aName, bName) {
  a = getValidatedPath(a, aName);
  b = getValidatedPath(b, bName);
  check(extra === undefined ? binding[name](a, b) : binding[name](a, b, extra), syscall, a, b);
}

function rename(oldPath, newPath, callback) {
  twoPath('rename', 'rename', oldPath, newPath, undefined, callback, 'oldPath', 'newPath');
}

function renameSync(oldPath, newPath) {
  twoPathSync('rename', 'rename', oldPath, newPath, undefined, 'oldPath', 'newPath');
}

function link(existingPath, newPath, callback) {
  twoPath('link', 'link', existingPath, newPath, undefined, callback, 'existingPath', 'newPath');
}

function linkSync(existingPath, newPath) {
  twoPathSync('link', 'link', existingPath, newPath, undefined, 'existingPath', 'newPath');
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  mode = getValidMode(mode, 'copyFile');
  twoPath('copyFile', 'copyfile', src, dest, mode, callback, 'src', 'dest');
}

function copyFileSync(src, dest, mode) {
  mode = getValidMode(mode, 'copyFile');
  twoPathSync('copyFile', 'copyfile', src, dest, mode, 'src', 'dest');
}

function symlinkFlags(type) {
  validateOneOf(type, 'type', ['dir', 'file', 'junction', null, undefined]);
  if (type === 'dir') return UV_FS_SYMLINK_DIR;
  if (type === 'junction') return UV_FS_SYMLINK_JUNCTION;
  return 0;
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') {
    callback = type;
    type = undefined;
  }
  const flags = symlinkFlags(type);
  twoPath('symlink', 'symlink', target, path, flags, callback, 'target', 'path');
}

function symlinkSync(target, path, type) {
  twoPathSync('symlink', 'symlink', target, path, symlinkFlags(type), 'target', 'path');
}

// ---------------------------------------------------------------------------
// Names back: readlink, realpath

// The callback forms of readlink and realpath: a path name back in options.encoding.
function nameCall(name, syscall, path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  const req = new FSReqCallback(callback, syscall, path, undefined,
                                (result) => encodeName(result, options.encoding));
  submitted(req, binding[name](path, options.encoding === 'buffer', req));
}

function readlink(path, options, callback) {
  nameCall('readlink', 'readlink', path, options, callback);
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(check(binding.readlink(path, options.encoding === 'buffer'), 'readlink',
                          path), options.encoding);
}

// fs.realpath and realpathSync take any value as a path string (Node's JS realpath does
// `path + ''`) and report a failure as the lstat of the first component that fails, on the
// resolved path; realpath.native reports the realpath call itself.
function realpathArgument(path) {
  path = toPathIfFileURL(path);
  if (typeof path !== 'string') path += '';
  return getValidatedPath(path);
}

function realpathError(path, code) {
  let resolved = require('path').resolve(path);
  for (let end = resolved.indexOf('/', 1); ; end = resolved.indexOf('/', end + 1)) {
    const prefix = end === -1 ? resolved : resolved.slice(0, end);
    const result = binding.lstat(prefix);
    if (typeof result === 'number' && result < 0) return fsError(result, 'lstat', prefix);
    if ((result[1] & S_IFMT) === S_IFLNK) {
      // Node stats a link before following it: a dangling link fails there, as 'stat'.
      const target = binding.stat(prefix);
      if (typeof target === 'number' && target < 0) return fsError(target, 'stat', prefix);
      const real = binding.realpathNative(prefix, false);
      if (end === -1 || typeof real !== 'string') return fsError(code, 'realpath', resolved);
      // Go on below the link's target.
      resolved = real + resolved.slice(end);
      end = real.length;
      continue;
    }
    if (end === -1) return fsError(code, 'realpath', resolved);
  }
}

function realpath(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = realpathArgument(path);
  const req = {
    oncomplete(result) {
      if (typeof result === 'number' && result < 0) callback(realpathError(path, result));
      else callback(null, encodeName(result, options.encoding));
    },
  };
  submitted(req, binding.realpathNative(path, options.encoding === 'buffer', req));
}

function realpathSync(path, options) {
  options = getOptions(options);
  path = realpathArgument(path);
  const result = binding.realpathNative(path, options.encoding === 'buffer');
  if (typeof result === 'number' && result < 0) {
    const error = realpathError(path, result);
    Error.captureStackTrace(error, realpathSync);
    throw error;
  }
  return encodeName(result, options.encoding);
}

realpath.native = function native(path, options, callback) {
  nameCall('realpathNative', 'realpath', path, options, callback);
};

realpathSync.native = function native(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(check(binding.realpathNative(path, options.encoding === 'buffer'),
                          'realpath', path), options.encoding);
};

// ---------------------------------------------------------------------------
// One-path and fd calls without results

function unlink(path, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const req = new FSReqCallback(callback, 'unlink', path);
  submitted(req, binding.unlink(path, req));
}

function unlinkSync(path) {
  path = getValidatedPath(path);
  check(binding.unlink(path), 'unlink', path);
}

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  const req = new FSReqCallback(callback, 'chmod', path);
  submitted(req, binding.chmod(path, mode, req));
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  check(binding.chmod(path, mode), 'chmod', path);
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  const req = new FSReqCallback(callback, 'fchmod');
  submitted(req, binding.fchmod(fd, mode, req));
}

function fchmodSync(fd, mode) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  check(binding.fchmod(fd, mode), 'fchmod');
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, 4294967295);
  validateInteger(gid, 'gid', -1, 4294967295);
}

// chown and lchown (name): the callback form when callback is given, else the synchronous.
function chownCall(name, path, uid, gid, callback) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  if (callback === kSync) return check(binding[name](path, uid, gid), name, path);
  callback = makeCallback(callback);
  const req = new FSReqCallback(callback, name, path);
  submitted(req, binding[name](path, uid, gid, req));
}

function chown(path, uid, gid, callback) {
  chownCall('chown', path, uid, gid, callback);
}

function chownSync(path, uid, gid) {
  chownCall('chown', path, uid, gid, kSync);
}

function lchown(path, uid, gid, callback) {
  chownCall('lchown', path, uid, gid, callback);
}

function lchownSync(path, uid, gid) {
  chownCall('lchown', path, uid, gid, kSync);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  callback = makeCallback(callback);
  const req = new FSReqCallback(callback, 'fchown');
  submitted(req, binding.fchown(fd, uid, gid, req));
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  check(binding.fchown(fd, uid, gid), 'fchown');
}

// utimes and lutimes (name; the syscall Node reports drops the 's').
function utimesCall(name, path, atime, mtime, callback) {
  const syscall = name.slice(0, -1);
  path = getValidatedPath(path);
  // Node names neither time in these errors (futimes names both).
  atime = toUnixTimestamp(atime);
  mtime = toUnixTimestamp(mtime);
  if (callback === kSync) return check(binding[name](path, atime, mtime), syscall, path);
  callback = makeCallback(callback);
  const req = new FSReqCallback(callback, syscall, path);
  submitted(req, binding[name](path, atime, mtime, req));
}

function utimes(path, atime, mtime, callback) {
  utimesCall('utimes', path, atime, mtime, callback);
}

function utimesSync(path, atime, mtime) {
  utimesCall('utimes', path, atime, mtime, kSync);
}

function lutimes(path, atime, mtime, callback) {
  utimesCall('lutimes', path, atime, mtime, callback);
}

function lutimesSync(path, atime, mtime) {
  utimesCall('lutimes', path, atime, mtime, kSync);
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  const req = new FSReqCallback(callback, 'futime');
  submitted(req, binding.futimes(fd, atime, mtime, req));
}

function futimesSync(fd, atime, mtime) {
  fd = getValidatedFd(fd);
  check(binding.futimes(fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime')),
        'futime');
}

// fsync and fdatasync (name).
function flushCall(name, fd, callback) {
  fd = getValidatedFd(fd);
  if (callback === kSync) return check(binding[name](fd), name);
  callback = makeCallback(callback);
  const req = new FSReqCallback(callback, name);
  submitted(req, binding[name](fd, req));
}

function fsync(fd, callback) {
  flushCall('fsync', fd, callback);
}

function fsyncSync(fd) {
  flushCall('fsync', fd, kSync);
}

function fdatasync(fd, callback) {
  flushCall('fdatasync', fd, callback);
}

function fdatasyncSync(fd) {
  flushCall('fdatasync', fd, kSync);
}

function validateLength(len) {
  if (len === undefined || len === null) return 0;
  validateInteger(len, 'len');
  return Math.max(0, len);
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  len = validateLength(len);
  callback = makeCallback(callback);
  const req = new FSReqCallback(callback, 'ftruncate');
  submitted(req, binding.ftruncate(fd, len, req));
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  check(binding.ftruncate(fd, validateLength(len)), 'ftruncate');
}

// A file descriptor is no longer a path here (Node 24 removed that form, DEP0081).
function truncate(path, len, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  callback = makeCallback(callback);
  len = validateLength(len);
  path = getValidatedPath(path);
  open(path, 'r+', (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    const req = new FSReqCallback((truncateError) => {
      close(fd, (closeError) => callback(truncateError || closeError || null));
    }, 'ftruncate');
    submitted(req, binding.ftruncate(fd, len, req));
  });
}

function truncateSync(path, len) {
  path = getValidatedPath(path);
  len = validateLength(len);
  const fd = openSync(path, 'r+');
  try {
    check(binding.ftruncate(fd, len), 'ftruncate');
  } finally {
    closeSync(fd);
  }
}

// ---------------------------------------------------------------------------
// cp, watch, streams, glob

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  options = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  require('internal/fs/cp').cpAsync(src, dest, options).then(
    () => process.nextTick(callback, null), (error) => process.nextTick(callback, error));
}

function cpSync(src, dest, options) {
  options = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  require('internal/fs/cp').cpSync(src, dest, options);
}

function watch(filename, options, listener) {
  return require('internal/fs/watchers').watch(filename, options, listener);
}

function watchFile(filename, options, listener) {
  return require('internal/fs/watchers').watchFile(filename, options, listener);
}

function unwatchFile(filename, listener) {
  return require('internal/fs/watchers').unwatchFile(filename, listener);
}

function createReadStream(path, options) {
  const { ReadStream } = require('internal/fs/streams');
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  const { WriteStream } = require('internal/fs/streams');
  return new WriteStream(path, options);
}

function glob(pattern, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  const { globSync: run } = require('internal/fs/glob');
  let result;
  try {
    result = run(pattern, options);
  } catch (error) {
    process.nextTick(callback, error);
    return;
  }
  process.nextTick(callback, null, result);
}

function globSync(pattern, options) {
  return require('internal/fs/glob').globSync(pattern, options);
}

function openAsBlob(path, options = {}) {
  validateObject(options, 'options');
  const type = options.type || '';
  validateString(type, 'options.type');
  path = getValidatedPath(path);
  const { Blob } = require('buffer');
  return Promise.resolve(new Blob([readFileSync(path)], { type }));
}

// Node's takes (time, name = 'time'): length 1.
function _toUnixTimestamp(time, name = undefined) {
  return toUnixTimestamp(time, name);
}

fsOriginals.read = read;
fsOriginals.write = write;

const fs = module.exports = {
  appendFile, appendFileSync, access, accessSync, chown, chownSync, chmod, chmodSync, close,
  closeSync, copyFile, copyFileSync, cp, cpSync, createReadStream, createWriteStream, exists,
  existsSync, fchown, fchownSync, fchmod, fchmodSync, fdatasync, fdatasyncSync, fstat,
  fstatSync, fsync, fsyncSync, ftruncate, ftruncateSync, futimes, futimesSync, glob, globSync,
  lchown, lchownSync, lchmod: undefined, lchmodSync: undefined, link, linkSync, lstat,
  lstatSync, lutimes, lutimesSync, mkdir, mkdirSync, mkdtemp, mkdtempSync,
  mkdtempDisposableSync, open, openSync, openAsBlob, readdir, readdirSync, read, readSync,
  readv, readvSync, readFile, readFileSync, readlink, readlinkSync, realpath, realpathSync,
  rename, renameSync, rm, rmSync, rmdir, rmdirSync, stat, statfs, statSync, statfsSync,
  symlink, symlinkSync, truncate, truncateSync, unwatchFile, unlink, unlinkSync, utimes,
  utimesSync, watch, watchFile, writeFile, writeFileSync, write, writeSync, writev, writevSync,
  opendir, opendirSync, Stats, Dirent, _toUnixTimestamp,
  constants,
};

function lazyClass(name, load) {
  Object.defineProperty(fs, name, {
    get() { return load()[name]; },
    set(value) {
      Object.defineProperty(fs, name, { value, writable: true, enumerable: true, configurable: true });
    },
    enumerable: true,
    configurable: true,
  });
}
lazyClass('Dir', () => require('internal/fs/dir'));
lazyClass('ReadStream', () => require('internal/fs/streams'));
lazyClass('WriteStream', () => require('internal/fs/streams'));
// Utf8Stream (Node 24's fast line writer) is not implemented yet.
require('internal/stub').stubMembers(fs, 'fs', { classes: ['Utf8Stream'] });
// Legacy aliases Node keeps.
Object.defineProperty(fs, 'FileReadStream', {
  get() { return fs.ReadStream; }, enumerable: true, configurable: true,
});
Object.defineProperty(fs, 'FileWriteStream', {
  get() { return fs.WriteStream; }, enumerable: true, configurable: true,
});
// A getter, as in Node: node:fs/promises itself reads fs.constants.
Object.defineProperty(fs, 'promises', {
  get() { return require('fs/promises'); },
  enumerable: true,
  configurable: true,
});
