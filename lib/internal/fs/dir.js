'use strict';
// Directories: recursive mkdir and readdir, and Dir (fs.opendir) with its async iterator.
// Dir reads the directory's entries once (uv_fs_scandir on the thread pool) and hands them
// out in order; close() releases them.

const {
  codes: { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateFunction, validateUint32, validateBoolean } = require('internal/validators');
const pathModule = require('path');
const {
  binding, callPromise, check, Dirent, direntTypeFromMode, encodeName, getOptions,
  getValidatedPath, identity, fsError, splitReaddir,
} = require('internal/fs/utils');
const { UV_DIRENT_DIR, UV_DIRENT_UNKNOWN, S_IFMT, S_IFDIR } = require('internal/fs/constants');

const kENOENT = -2;
const kEEXIST = -17;
const kENOTDIR = -20;

function pathString(path) {
  return typeof path === 'string' ? path : require('buffer').Buffer.prototype.toString.call(path);
}

// ---------------------------------------------------------------------------
// mkdir -p: returns the first directory created, or undefined when it already existed.

function isDirectoryResult(result) {
  return typeof result !== 'number' && (result[1] & S_IFMT) === S_IFDIR;
}

function mkdirpSync(path, mode) {
  path = pathString(path);
  const pending = [];
  let current = path;
  let createdCurrent = false;
  for (;;) {
    const r = binding.mkdir(current, mode);
    if (r === 0) {
      createdCurrent = true;
      break;
    }
    if (r === kENOENT) {
      const parent = pathModule.dirname(current);
      if (parent === current) check(r, 'mkdir', path);
      pending.push(current);
      current = parent;
      continue;
    }
    if (r === kEEXIST) {
      const stat = binding.stat(current);
      if (typeof stat !== 'number' && isDirectoryResult(stat)) {
        if (current === path) return undefined;
        break;
      }
      // A file where a directory should be.
      check(current === path ? r : kENOTDIR, 'mkdir', path);
    }
    check(r, 'mkdir', path);
  }
  let first = createdCurrent ? current : undefined;
  for (let i = pending.length - 1; i >= 0; i--) {
    const r = binding.mkdir(pending[i], mode);
    if (r === kEEXIST) continue;
    check(r, 'mkdir', path);
    first ??= pending[i];
  }
  return first;
}

function mkdirOnce(path, mode) {
  return new Promise((resolve) => {
    const req = { oncomplete: resolve };
    const r = binding.mkdir(path, mode, req);
    if (r !== undefined) resolve(r);
  });
}

function statOnce(path) {
  return new Promise((resolve) => {
    // The binding's stat values are its shared array, valid only during the callback.
    const req = { oncomplete: (r) => resolve(typeof r === 'number' ? r : r.slice()) };
    const r = binding.stat(path, req);
    if (r !== undefined) resolve(r);
  });
}

async function mkdirp(path, mode) {
  path = pathString(path);
  const pending = [];
  let current = path;
  let createdCurrent = false;
  for (;;) {
    const r = await mkdirOnce(current, mode);
    if (r === 0) {
      createdCurrent = true;
      break;
    }
    if (r === kENOENT) {
      const parent = pathModule.dirname(current);
      if (parent === current) throw fsError(r, 'mkdir', path);
      pending.push(current);
      current = parent;
      continue;
    }
    if (r === kEEXIST) {
      const stat = await statOnce(current);
      if (typeof stat !== 'number' && isDirectoryResult(stat)) {
        if (current === path) return undefined;
        break;
      }
      throw fsError(current === path ? r : kENOTDIR, 'mkdir', path);
    }
    throw fsError(r, 'mkdir', path);
  }
  let first = createdCurrent ? current : undefined;
  for (let i = pending.length - 1; i >= 0; i--) {
    const r = await mkdirOnce(pending[i], mode);
    if (r === kEEXIST) continue;
    if (r < 0) throw fsError(r, 'mkdir', path);
    first ??= pending[i];
  }
  return first;
}

// ---------------------------------------------------------------------------
// readdir with { recursive: true }: entries of every subdirectory, breadth first, named
// relative to the start (or Dirents with their parentPath).

function entryType(dir, name, type) {
  if (type !== UV_DIRENT_UNKNOWN) return type;
  const stat = binding.lstat(pathModule.join(dir, name));
  return typeof stat === 'number' ? UV_DIRENT_UNKNOWN : direntTypeFromMode(stat[1]);
}

function collect(result, dir, relative, options, queue, out) {
  const [names, types] = splitReaddir(result);
  for (let i = 0; i < names.length; i++) {
    const type = entryType(dir, names[i], types[i]);
    const rel = relative === '' ? names[i] : pathModule.join(relative, names[i]);
    if (options.withFileTypes) {
      out.push(new Dirent(encodeName(names[i], options.encoding), type, dir));
    } else {
      out.push(encodeName(rel, options.encoding));
    }
    if (type === UV_DIRENT_DIR) queue.push([pathModule.join(dir, names[i]), rel]);
  }
}

function readdirRecursiveSync(path, options) {
  const root = pathString(path);
  const out = [];
  const queue = [[root, '']];
  for (let i = 0; i < queue.length; i++) {
    const [dir, rel] = queue[i];
    const result = check(binding.readdir(dir, false, true, undefined), 'scandir', dir);
    collect(result, dir, rel, options, queue, out);
  }
  return out;
}

async function readdirRecursive(path, options) {
  const root = pathString(path);
  const out = [];
  const queue = [[root, '']];
  for (let i = 0; i < queue.length; i++) {
    const [dir, rel] = queue[i];
    const result = await callPromise('readdir', [dir, false, true], 'scandir', dir, undefined,
                                     identity);
    collect(result, dir, rel, options, queue, out);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Dir

const kEntries = Symbol('kEntries');
const kClosed = Symbol('kClosed');
const kOperation = Symbol('kOperation');

class Dir {
  #path;
  #options;
  #recursiveQueue;

  constructor(path, entries, options) {
    if (entries === undefined) throw new ERR_MISSING_ARGS('handle');
    this.#path = path;
    this.#options = options;
    this[kEntries] = entries;
    this[kClosed] = false;
    this[kOperation] = null;
    this.#recursiveQueue = [];
  }

  get path() {
    return this.#path;
  }

  #checkOpen() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
  }

  // The next entry, or null; walks into subdirectories when recursive.
  #next(readChildren) {
    for (;;) {
      if (this[kEntries].length > 0) {
        const dirent = this[kEntries].shift();
        if (this.#options.recursive && dirent.isDirectory()) {
          this.#recursiveQueue.push(pathModule.join(dirent.parentPath, dirent.name));
        }
        return dirent;
      }
      if (this.#recursiveQueue.length === 0) return null;
      const dir = this.#recursiveQueue.shift();
      const result = readChildren(dir);
      if (result instanceof Promise) {
        return result.then((list) => {
          this[kEntries].push(...list);
          return this.#next(readChildren);
        });
      }
      this[kEntries].push(...result);
    }
  }

  readSync() {
    this.#checkOpen();
    if (this[kOperation] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    return this.#next((dir) => readEntriesSync(dir, this.#options));
  }

  read(callback) {
    if (callback === undefined) {
      this.#checkOpen();
      if (this[kOperation] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
      const operation = Promise.resolve(this.#next((dir) => readEntries(dir, this.#options)));
      this[kOperation] = operation;
      const clear = () => {
        if (this[kOperation] === operation) this[kOperation] = null;
      };
      operation.then(clear, clear);
      return operation;
    }
    validateFunction(callback, 'callback');
    this.read().then((entry) => process.nextTick(callback, null, entry),
                     (error) => process.nextTick(callback, error));
  }

  closeSync() {
    this.#checkOpen();
    if (this[kOperation] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this[kClosed] = true;
    this[kEntries] = [];
  }

  close(callback) {
    if (callback === undefined) {
      try {
        this.closeSync();
      } catch (error) {
        return Promise.reject(error);
      }
      return Promise.resolve();
    }
    validateFunction(callback, 'callback');
    try {
      this.closeSync();
    } catch (error) {
      process.nextTick(callback, error);
      return;
    }
    process.nextTick(callback, null);
  }

  async* entries() {
    try {
      for (;;) {
        const entry = await this.read();
        if (entry === null) break;
        yield entry;
      }
    } finally {
      if (!this[kClosed]) await this.close();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }

  [Symbol.dispose]() {
    if (!this[kClosed]) this.closeSync();
  }

  async [Symbol.asyncDispose]() {
    if (!this[kClosed]) await this.close();
  }
}

function toDirents(result, dir, options) {
  const [names, types] = splitReaddir(result);
  const list = new Array(names.length);
  for (let i = 0; i < names.length; i++) {
    list[i] = new Dirent(encodeName(names[i], options.encoding), entryType(dir, names[i], types[i]),
                         dir);
  }
  return list;
}

function readEntriesSync(dir, options) {
  return toDirents(check(binding.readdir(dir, false, true, undefined), 'opendir', dir), dir,
                   options);
}

function readEntries(dir, options) {
  return callPromise('readdir', [dir, false, true], 'opendir', dir, undefined,
                     (result) => toDirents(result, dir, options));
}

function dirOptions(options) {
  options = getOptions(options, { encoding: 'utf8' });
  if (options.bufferSize !== undefined) validateUint32(options.bufferSize, 'options.bufferSize', true);
  const recursive = options.recursive ?? false;
  validateBoolean(recursive, 'options.recursive');
  return { encoding: options.encoding, recursive };
}

function opendir(path, options, callback) {
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = dirOptions(options);
  const dir = pathString(path);
  readEntries(dir, options).then(
    (entries) => process.nextTick(callback, null, new Dir(dir, entries, options)),
    (error) => process.nextTick(callback, error));
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = dirOptions(options);
  const dir = pathString(path);
  return new Dir(dir, readEntriesSync(dir, options), options);
}

async function opendirPromise(path, options) {
  path = getValidatedPath(path);
  options = dirOptions(options);
  const dir = pathString(path);
  return new Dir(dir, await readEntries(dir, options), options);
}

module.exports = {
  Dir,
  mkdirp,
  mkdirpSync,
  opendir,
  opendirPromise,
  opendirSync,
  readdirRecursive,
  readdirRecursiveSync,
};
