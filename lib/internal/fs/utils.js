'use strict';
// Shared pieces of node:fs and node:fs/promises: argument validation with Node's errors,
// path/flag/mode conversion, Stats/BigIntStats/StatFs/Dirent, and the request objects that
// carry an asynchronous call's completion (see src/bindings/fs.c: a result is a value, or a
// negative libuv code on failure).

const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE,
  },
  uvException,
  isErrorStackTraceLimitWritable,
} = require('internal/errors');
const { validateInteger, validateInt32, validateFunction, validateObject,
  validateBoolean, validateAbortSignal, isUint32 } = require('internal/validators');

const binding = internalBinding('fs');
const constants = require('internal/fs/constants');
const {
  O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  UV_DIRENT_UNKNOWN, UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO,
  UV_DIRENT_SOCKET, UV_DIRENT_CHAR, UV_DIRENT_BLOCK,
} = constants;

// Like internal/errors hideStackFrames (an error thrown by a check starts its stack at the
// caller), for checks of up to three arguments: a fixed arity keeps them cheap on the hot path
// of every call (the generic wrapper's rest arguments cost more than the check itself).
function hideStackFrames(fn) {
  function wrapped(a, b, c) {
    try {
      return fn(a, b, c);
    } catch (error) {
      if (error !== null && typeof error === 'object' && isErrorStackTraceLimitWritable()) {
        Error.captureStackTrace(error, wrapped);
      }
      throw error;
    }
  }
  return wrapped;
}

let BufferClass;
function lazyBuffer() {
  if (BufferClass === undefined) {
    BufferClass = require('buffer').Buffer;
    // From now on the binding gives file data (readFile) as Buffers.
    binding.setBufferPrototype(BufferClass.prototype);
  }
  return BufferClass;
}

/** Wraps bytes the binding returned as a Buffer (no copy), unless they are one already. */
function toBuffer(bytes) {
  const Buffer = lazyBuffer();
  if (bytes instanceof Buffer) return bytes;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function isUint8Array(value) {
  return ArrayBuffer.isView(value) && value instanceof Uint8Array;
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

// ---------------------------------------------------------------------------
// Errors

/** The error for a failed call: Node's `ENOENT: ..., open 'x'` system error. */
function fsError(errno, syscall, path, dest) {
  const error = uvException({ errno, syscall, path, dest });
  return error;
}

/** The error of a failed whole-file job: [errno, syscall] or, for a file over 2 GiB,
 * [errno, 'size', size]. */
function fileJobError(result, path) {
  const { 0: errno, 1: syscall } = result;
  if (syscall === 'size') {
    const { ERR_FS_FILE_TOO_LARGE } = require('internal/errors').codes;
    return new ERR_FS_FILE_TOO_LARGE(result[2]);
  }
  return fsError(errno, syscall, syscall === 'open' ? path : undefined);
}

/** Throws when a synchronous binding call returned a negative code. */
function check(result, syscall, path, dest) {
  if (typeof result === 'number' && result < 0) {
    const error = uvException({ errno: result, syscall, path, dest });
    Error.captureStackTrace(error, check);
    throw error;
  }
  return result;
}

// ---------------------------------------------------------------------------
// Request objects for asynchronous calls

/** Completes a callback-style call: callback(err) or callback(null, map(result)). */
class FSReqCallback {
  constructor(callback, syscall, path, dest, map) {
    this.callback = callback;
    this.syscall = syscall;
    this.path = path;
    this.dest = dest;
    this.map = map;
  }

  oncomplete(result) {
    if (typeof result === 'number' && result < 0) {
      this.callback(uvException({ errno: result, syscall: this.syscall, path: this.path,
                                  dest: this.dest }));
    } else if (this.map === undefined) {
      this.callback(null);
    } else {
      this.callback(null, this.map(result));
    }
  }
}

/** Completes a promise-style call. */
class FSReqPromise {
  constructor(resolve, reject, syscall, path, dest, map) {
    this.resolve = resolve;
    this.reject = reject;
    this.syscall = syscall;
    this.path = path;
    this.dest = dest;
    this.map = map;
  }

  oncomplete(result) {
    if (typeof result === 'number' && result < 0) {
      this.reject(uvException({ errno: result, syscall: this.syscall, path: this.path,
                                dest: this.dest }));
    } else {
      this.resolve(this.map === undefined ? undefined : this.map(result));
    }
  }
}

/** When queueing failed at once (the binding returned a code), complete on the next tick. */
function submitted(req, result) {
  if (result !== undefined) process.nextTick(() => req.oncomplete(result));
}

/** Runs binding[name](...args, req) and returns a promise of map(result). */
function callPromise(name, args, syscall, path, dest, map) {
  const promise = new Promise(captureSettlers);
  const req = new FSReqPromise(nextResolve, nextReject, syscall, path, dest, map);
  nextResolve = nextReject = undefined;
  args.push(req);
  submitted(req, binding[name].apply(binding, args));
  return promise;
}

/** binding[name](arg, req) as a promise of map(result): callPromise for one argument,
 * without the argument array (stat and lstat, which programs call in bulk). */
function callPromise1(name, arg, syscall, path, map) {
  const promise = new Promise(captureSettlers);
  const req = new FSReqPromise(nextResolve, nextReject, syscall, path, undefined, map);
  nextResolve = nextReject = undefined;
  submitted(req, binding[name](arg, req));
  return promise;
}

// A shared executor (no closure per call): the settlers it captures go straight into the
// request object built right after.
let nextResolve, nextReject;
function captureSettlers(resolve, reject) {
  nextResolve = resolve;
  nextReject = reject;
}

function identity(value) {
  return value;
}

// ---------------------------------------------------------------------------
// Paths

let fileURLToPathImpl;
function fileURLToPath(url) {
  if (fileURLToPathImpl === undefined) {
    try {
      fileURLToPathImpl = require('internal/url').fileURLToPath;
    } catch {
      fileURLToPathImpl = null;
    }
  }
  if (typeof fileURLToPathImpl === 'function') return fileURLToPathImpl(url);
  // Until node:url is complete: a file: URL without host, percent-decoded.
  if (url.protocol !== 'file:') {
    const { codes: { ERR_INVALID_URL_SCHEME } } = require('internal/errors');
    throw new ERR_INVALID_URL_SCHEME('file');
  }
  if (url.hostname !== '') {
    const { codes: { ERR_INVALID_FILE_URL_HOST } } = require('internal/errors');
    throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  }
  const pathname = url.pathname;
  if (/%2f/i.test(pathname)) {
    const { codes: { ERR_INVALID_FILE_URL_PATH } } = require('internal/errors');
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  }
  return decodeURIComponent(pathname);
}

function isURL(value) {
  return value != null && typeof value === 'object' && typeof value.href === 'string' &&
    typeof value.protocol === 'string' && value.auth === undefined && value.path === undefined;
}

/** Converts a file: URL to its path; leaves strings and Buffers alone. */
function toPathIfFileURL(value) {
  return isURL(value) ? fileURLToPath(value) : value;
}

function hasNullByte(path) {
  // indexOf, not includes: JavaScriptCore runs includes() ~4x slower (~50 ns on a path).
  if (typeof path === 'string') return path.indexOf('\u0000') !== -1;
  return path.indexOf(0) !== -1;
}

/**
 * Returns the path argument as a string or Uint8Array, after Node's checks: a string,
 * Buffer/Uint8Array or file: URL, without NUL bytes.
 */
const getValidatedPath = hideStackFrames((fileURLOrPath, name = 'path') => {
  const path = toPathIfFileURL(fileURLOrPath);
  if (typeof path !== 'string' && !isUint8Array(path)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
  }
  if (hasNullByte(path)) {
    throw new ERR_INVALID_ARG_VALUE(name, path,
                                    'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
});

// The binding's shared path buffer (src/bindings/fs.c): an ASCII path copied there crosses
// to C for less than a string argument costs. bufferedPath is the string it holds (null while
// it is being rewritten).
const pathBuffer = binding.pathBuffer;
let bufferedPath = '';

/**
 * The path argument for a binding call: undefined once a short ASCII string path is in the
 * shared path buffer (the binding reads it from there), else the path itself. Use the result
 * in the very next binding call.
 */
function nativePath(path) {
  if (typeof path !== 'string') return path;
  if (path === bufferedPath) return undefined;
  const length = path.length;
  if (length >= pathBuffer.length) return path;
  bufferedPath = null;
  for (let i = 0; i < length; i++) {
    const c = path.charCodeAt(i);
    if (c > 0x7f) return path;
    pathBuffer[i] = c;
  }
  pathBuffer[length] = 0;
  bufferedPath = path;
  return undefined;
}

/** The path as shown in errors: strings as given, Buffers decoded. */
function pathForError(path) {
  if (typeof path === 'string') return path;
  return lazyBuffer().prototype.toString.call(path);
}

const getValidatedFd = hideStackFrames((fd, name = 'fd') => {
  validateInt32(fd, name, 0);
  return fd;
});

// ---------------------------------------------------------------------------
// Flags, modes, encodings

const flagTable = {
  __proto__: null,
  'r': O_RDONLY,
  'rs': O_RDONLY | O_SYNC,
  'sr': O_RDONLY | O_SYNC,
  'r+': O_RDWR,
  'rs+': O_RDWR | O_SYNC,
  'sr+': O_RDWR | O_SYNC,
  'w': O_TRUNC | O_CREAT | O_WRONLY,
  'wx': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'xw': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR,
  'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'a': O_APPEND | O_CREAT | O_WRONLY,
  'ax': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'xa': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'as': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'sa': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR,
  'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
  'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

/** Open flags from a number or one of Node's strings ('r', 'w+', 'ax'...). */
const stringToFlags = hideStackFrames((flags, name = 'flags') => {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  const value = flagTable[flags];
  if (value === undefined) throw new ERR_INVALID_ARG_VALUE(name, flags, 'is invalid');
  return value;
});

const octalPattern = /^[0-7]+$/;
const modeMessage = 'must be a 32-bit unsigned integer or an octal string';

/** A mode from a number or an octal string; def when undefined. */
const parseFileMode = hideStackFrames((value, name, def) => {
  value ??= def;
  if (typeof value === 'string') {
    if (!octalPattern.test(value)) throw new ERR_INVALID_ARG_VALUE(name, value, modeMessage);
    value = parseInt(value, 8);
  }
  validateUint32Mode(value, name);
  return value;
});

function validateUint32Mode(value, name) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_VALUE(name, value, modeMessage);
  if (!isUint32(value)) {
    if (!Number.isInteger(value)) {
      throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
    }
    throw new ERR_OUT_OF_RANGE(name, '>= 0 && <= 4294967295', value);
  }
}

const encodings = new Set(['utf8', 'utf-8', 'utf16le', 'utf-16le', 'ucs2', 'ucs-2', 'latin1',
  'binary', 'base64', 'base64url', 'hex', 'ascii', 'buffer']);

function isEncoding(encoding) {
  return typeof encoding === 'string' &&
    (encodings.has(encoding) || encodings.has(encoding.toLowerCase()));
}

function isUtf8(encoding) {
  return encoding === 'utf8' || encoding === 'utf-8' ||
    (typeof encoding === 'string' && /^utf-?8$/i.test(encoding));
}

const assertEncoding = hideStackFrames((encoding) => {
  if (encoding && !isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
});

/** Options as Node reads them: a string is the encoding, an object is checked. */
const getOptions = hideStackFrames((options, defaults = {}) => {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    defaults = { ...defaults };
    defaults.encoding = options;
    options = defaults;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
});

/** Decodes bytes (a Uint8Array from the binding) to encoding, or wraps them in a Buffer. */
function decodeBytes(bytes, encoding) {
  const buffer = toBuffer(bytes);
  if (!encoding || encoding === 'buffer') return buffer;
  return buffer.toString(encoding);
}

/** Converts a name the binding returned (a string) to the requested encoding. */
function encodeName(name, encoding) {
  if (encoding === 'buffer') return typeof name === 'string' ? lazyBuffer().from(name) : toBuffer(name);
  if (typeof name !== 'string') return decodeBytes(name, encoding);
  if (!encoding || isUtf8(encoding)) return name;
  return lazyBuffer().from(name).toString(encoding);
}

/** Converts data to bytes the binding writes (strings stay strings when UTF-8). */
function dataToWrite(data, encoding) {
  if (typeof data === 'string') {
    if (!encoding || isUtf8(encoding)) return data;
    return lazyBuffer().from(data, encoding);
  }
  return data;
}

const validateOffsetLengthRead = hideStackFrames((offset, length, bufferLength) => {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
});

const validateOffsetLengthWrite = hideStackFrames((offset, length, byteLength) => {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
});

/** A read/write position: null/undefined/-1 → -1 (current), numbers and bigints checked. */
const validatePosition = hideStackFrames((position, name = 'position') => {
  if (position == null) return -1;
  if (typeof position === 'bigint') {
    if (position < -1n || position > 2n ** 63n - 1n) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${2n ** 63n - 1n}`, position);
    }
    return Number(position);
  }
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
    return position;
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
});

const validateBuffer = hideStackFrames((buffer, name = 'buffer') => {
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
});

// The buffers of readv/writev: an array of ArrayBufferViews (a hole is not one).
function validateBufferArray(buffers) {
  let valid = Array.isArray(buffers);
  for (let i = 0; valid && i < buffers.length; i++) valid = isArrayBufferView(buffers[i]);
  if (!valid) throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
}

function toUint8(view) {
  return view instanceof Uint8Array ? view :
    new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

/** Seconds for utimes from a Date, a number (seconds) or a numeric string. */
const toUnixTimestamp = hideStackFrames((time, name = 'time') => {
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
});

// ---------------------------------------------------------------------------
// Stats

const kNsPerMs = 1e6;

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

function defineDateAccessors(proto) {
  for (const name of ['atime', 'mtime', 'ctime', 'birthtime']) {
    const msName = `${name}Ms`;
    const key = Symbol(name);
    Object.defineProperty(proto, name, {
      get() {
        return this[key] ??= dateFromMs(this[msName]);
      },
      set(value) {
        Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
      },
      enumerable: true,
      configurable: true,
    });
  }
}

class StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
    this.dev = dev;
    this.mode = mode;
    this.nlink = nlink;
    this.uid = uid;
    this.gid = gid;
    this.rdev = rdev;
    this.blksize = blksize;
    this.ino = ino;
    this.size = size;
    this.blocks = blocks;
  }

  isDirectory() { return this._checkModeProperty(S_IFDIR); }
  isFile() { return this._checkModeProperty(S_IFREG); }
  isBlockDevice() { return this._checkModeProperty(S_IFBLK); }
  isCharacterDevice() { return this._checkModeProperty(S_IFCHR); }
  isSymbolicLink() { return this._checkModeProperty(S_IFLNK); }
  isFIFO() { return this._checkModeProperty(S_IFIFO); }
  isSocket() { return this._checkModeProperty(S_IFSOCK); }
}

class Stats extends StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
              atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
    super(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
    this.atimeMs = atimeMs;
    this.mtimeMs = mtimeMs;
    this.ctimeMs = ctimeMs;
    this.birthtimeMs = birthtimeMs;
  }

  _checkModeProperty(property) {
    return (this.mode & S_IFMT) === property;
  }
}
defineDateAccessors(Stats.prototype);

class BigIntStats extends StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
              atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
    super(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
    this.atimeMs = atimeNs / 1000000n;
    this.mtimeMs = mtimeNs / 1000000n;
    this.ctimeMs = ctimeNs / 1000000n;
    this.birthtimeMs = birthtimeNs / 1000000n;
    this.atimeNs = atimeNs;
    this.mtimeNs = mtimeNs;
    this.ctimeNs = ctimeNs;
    this.birthtimeNs = birthtimeNs;
  }

  _checkModeProperty(property) {
    return (this.mode & BigInt(S_IFMT)) === BigInt(property);
  }
}
defineDateAccessors(BigIntStats.prototype);

function msFrom(values, i) {
  return values[i] * 1000 + values[i + 1] / kNsPerMs;
}

function nsFrom(values, i) {
  return BigInt(values[i]) * 1000000000n + BigInt(values[i + 1]);
}

/** Stats (or BigIntStats) from the binding's 18 numbers (times as seconds, nanoseconds). */
function getStatsFromBinding(values, bigint = false) {
  if (typeof values === 'number' && values < 0) return undefined;
  if (bigint) {
    const b = BigInt;
    return new BigIntStats(b(values[0]), b(values[1]), b(values[2]), b(values[3]),
                           b(values[4]), b(values[5]), b(values[6]), b(values[7]),
                           b(values[8]), b(values[9]), nsFrom(values, 10), nsFrom(values, 12),
                           nsFrom(values, 14), nsFrom(values, 16));
  }
  return new Stats(values[0], values[1], values[2], values[3], values[4], values[5],
                   values[6], values[7], values[8], values[9], msFrom(values, 10),
                   msFrom(values, 12), msFrom(values, 14), msFrom(values, 16));
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.frsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function getStatFsFromBinding(values, bigint = false) {
  const v = bigint ? values.map(BigInt) : values;
  return new StatFs(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
}

// ---------------------------------------------------------------------------
// Dirent

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

/** A Dirent type from a mode (for entries whose type readdir could not tell). */
function direntTypeFromMode(mode) {
  switch (mode & S_IFMT) {
    case S_IFREG: return UV_DIRENT_FILE;
    case S_IFDIR: return UV_DIRENT_DIR;
    case S_IFLNK: return UV_DIRENT_LINK;
    case S_IFIFO: return UV_DIRENT_FIFO;
    case S_IFSOCK: return UV_DIRENT_SOCKET;
    case S_IFCHR: return UV_DIRENT_CHAR;
    case S_IFBLK: return UV_DIRENT_BLOCK;
    default: return UV_DIRENT_UNKNOWN;
  }
}

/**
 * [names, types] from the binding's readdir result: names joined by NUL with a Uint8Array
 * of types, or (for Buffer names) an array of Uint8Arrays whose types are unknown (null).
 */
function splitReaddir(result) {
  if (typeof result[0] === 'string') {
    return [result[0] === '' ? [] : result[0].split('\u0000'), result[1]];
  }
  return [result, null];
}

// ---------------------------------------------------------------------------
// Misc options

const validateRmOptions = hideStackFrames((options, defaults) => {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  const result = { ...defaults, ...options };
  validateBoolean(result.recursive, 'options.recursive');
  validateBoolean(result.force, 'options.force');
  validateInt32(result.retryDelay, 'options.retryDelay', 0);
  validateInt32(result.maxRetries, 'options.maxRetries', 0);
  return result;
});

const defaultRmOptions = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };

const validateCpOptions = hideStackFrames((options) => {
  if (options === undefined) return { ...defaultCpOptions };
  validateObject(options, 'options');
  const result = { ...defaultCpOptions, ...options };
  validateBoolean(result.dereference, 'options.dereference');
  validateBoolean(result.errorOnExist, 'options.errorOnExist');
  validateBoolean(result.force, 'options.force');
  validateBoolean(result.preserveTimestamps, 'options.preserveTimestamps');
  validateBoolean(result.recursive, 'options.recursive');
  validateBoolean(result.verbatimSymlinks, 'options.verbatimSymlinks');
  result.mode = getValidMode(result.mode, 'copyFile');
  if (result.dereference === true && result.verbatimSymlinks === true) {
    throw new ERR_INVALID_ARG_VALUE('options.dereference', result.dereference,
                                    'cannot be combined with options.verbatimSymlinks');
  }
  if (result.filter !== undefined) validateFunction(result.filter, 'options.filter');
  return result;
});

const defaultCpOptions = {
  dereference: false, errorOnExist: false, filter: undefined, force: true,
  preserveTimestamps: false, recursive: false, verbatimSymlinks: false, mode: 0,
};

/** Validates the mode argument of access (0..7) and copyFile (0..7). */
const getValidMode = hideStackFrames((mode, type) => {
  const max = 7;
  if (mode == null) return 0;
  validateInteger(mode, 'mode');
  if (mode < 0 || mode > max) {
    const error = new ERR_OUT_OF_RANGE('mode', `>= 0 && <= ${max}`, mode);
    error.message = `mode is out of range: >= 0 && <= ${max}`;
    throw error;
  }
  return mode;
});

// Functions of node:fs as lib/fs.js defined them (it fills this in). fs.ReadStream reads
// through binding.readChunk, and fs.WriteStream writes through binding.writeChunk, only while
// fs.read / fs.write are still the originals: Node's streams call whatever they are, and
// programs replace them (graceful-fs, mocks).
const fsOriginals = { read: undefined, write: undefined };

module.exports = {
  BigIntStats,
  binding,
  callPromise,
  callPromise1,
  check,
  constants,
  dataToWrite,
  decodeBytes,
  defaultRmOptions,
  Dirent,
  direntTypeFromMode,
  encodeName,
  fileJobError,
  fsError,
  fsOriginals,
  FSReqCallback,
  FSReqPromise,
  getOptions,
  getStatFsFromBinding,
  getStatsFromBinding,
  getValidatedFd,
  getValidatedPath,
  getValidMode,
  identity,
  isArrayBufferView,
  isUint8Array,
  isUtf8,
  kType,
  lazyBuffer,
  parseFileMode,
  pathForError,
  splitReaddir,
  StatFs,
  Stats,
  stringToFlags,
  submitted,
  toBuffer,
  toPathIfFileURL,
  nativePath,
  toUint8,
  toUnixTimestamp,
  validateBuffer,
  validateBufferArray,
  validateCpOptions,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateRmOptions,
  assertEncoding,
};
