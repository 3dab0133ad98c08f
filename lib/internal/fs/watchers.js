'use strict';
// fs.watch (FSWatcher over uv_fs_event_t), fs.watchFile/unwatchFile (StatWatcher over
// uv_fs_poll_t) and fsPromises.watch. The handles come from the binding's newWatcher(kind);
// see src/bindings/fs.c for their lifetime. libuv watches one directory level on Linux, so a
// recursive watch is one handle per directory, added as directories appear.

const {
  codes: { ERR_FS_WATCH_QUEUE_OVERFLOW },
  AbortError,
  uvException,
} = require('internal/errors');
const { validateFunction, validateBoolean, validateObject, validateAbortSignal,
  validateInteger, validateOneOf, validateUint32 } = require('internal/validators');
const EventEmitter = require('events');
const pathModule = require('path');
const {
  binding, getStatsFromBinding, getValidatedPath, getOptions, encodeName,
} = require('internal/fs/utils');

const kEvent = 0;
const kPoll = 1;

function pathString(path) {
  return typeof path === 'string' ? path : require('buffer').Buffer.prototype.toString.call(path);
}

// ---------------------------------------------------------------------------
// FSWatcher

class FSWatcher extends EventEmitter {
  #handles = new Map(); // directory → handle
  #root;
  #encoding;
  #persistent;
  #recursive;
  #closed = false;

  constructor() {
    super();
  }

  // Starts watching; throws Node's system error when the path cannot be watched.
  start(filename, persistent, recursive, encoding) {
    this.#root = pathString(filename);
    this.#persistent = persistent;
    this.#recursive = recursive;
    this.#encoding = encoding;
    this.#add(this.#root, filename, true);
    if (recursive) this.#addTree(this.#root);
  }

  #add(dir, originalPath, mustSucceed) {
    if (this.#handles.has(dir)) return;
    const handle = binding.newWatcher(kEvent);
    handle.onchange = (status, eventType, name) => this.#onchange(dir, status, eventType, name);
    const r = handle.start(dir, this.#persistent, false);
    if (r < 0) {
      if (mustSucceed) {
        const error = uvException({ errno: r, syscall: 'watch', path: originalPath });
        throw error;
      }
      return;
    }
    this.#handles.set(dir, handle);
  }

  #addTree(dir) {
    let entries;
    try {
      entries = require('fs').readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      const child = pathModule.join(dir, entry.name);
      this.#add(child, child, false);
      this.#addTree(child);
    }
  }

  #onchange(dir, status, eventType, name) {
    if (this.#closed) return;
    if (status < 0) {
      this.emit('error', uvException({ errno: status, syscall: 'watch', path: this.#root }));
      this.close();
      return;
    }
    let filename = name;
    if (this.#recursive && name !== null) {
      const full = pathModule.join(dir, name);
      filename = pathModule.relative(this.#root, full);
      if (eventType === 'rename') {
        const stat = binding.stat(full);
        if (typeof stat !== 'number' && (stat[1] & 0o170000) === 0o040000) {
          this.#add(full, full, false);
          this.#addTree(full);
        } else if (typeof stat === 'number' && this.#handles.has(full)) {
          this.#handles.get(full).close();
          this.#handles.delete(full);
        }
      }
    }
    if (filename !== null && this.#encoding && this.#encoding !== 'utf8') {
      filename = encodeName(filename, this.#encoding);
    }
    this.emit('change', eventType, filename);
  }

  close() {
    if (this.#closed) return;
    this.#closed = true;
    for (const handle of this.#handles.values()) handle.close();
    this.#handles.clear();
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    for (const handle of this.#handles.values()) handle.ref();
    return this;
  }

  unref() {
    for (const handle of this.#handles.values()) handle.unref();
    return this;
  }
}

function watchOptions(options) {
  options = getOptions(options);
  // Node checks only `recursive`; a `persistent` that is not exactly true means false.
  const persistent = options.persistent === undefined || options.persistent === true;
  const recursive = options.recursive ?? false;
  validateBoolean(recursive, 'options.recursive');
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return { persistent, recursive, encoding: options.encoding ?? 'utf8', signal: options.signal };
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  options = watchOptions(options);
  filename = getValidatedPath(filename);
  const watcher = new FSWatcher();
  watcher.start(filename, options.persistent, options.recursive, options.encoding);
  if (listener !== undefined) {
    validateFunction(listener, 'listener');
    watcher.on('change', listener);
  }
  if (options.signal) {
    if (options.signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      options.signal.addEventListener('abort', onAbort, { once: true });
      watcher.once('close', () => options.signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

// ---------------------------------------------------------------------------
// fsPromises.watch: an async iterator of { eventType, filename }.

function watchPromise(filename, options = {}) {
  filename = getValidatedPath(filename);
  validateObject(options, 'options');
  const { maxQueue = 2048, overflow = 'ignore' } = options;
  validateInteger(maxQueue, 'options.maxQueue');
  validateOneOf(overflow, 'options.overflow', ['ignore', 'error']);
  const opts = watchOptions(options);
  const queue = [];
  let waiting = null;
  let error = null;
  let done = false;
  let watcher;

  function settle() {
    if (waiting === null) return;
    const { resolve, reject } = waiting;
    if (queue.length > 0) {
      waiting = null;
      resolve({ value: queue.shift(), done: false });
    } else if (error !== null) {
      waiting = null;
      const e = error;
      error = null;
      done = true;
      reject(e);
    } else if (done) {
      waiting = null;
      resolve({ value: undefined, done: true });
    }
  }

  function finish() {
    if (done) return;
    done = true;
    watcher?.close();
    settle();
  }

  function onAbort() {
    error = new AbortError(undefined, { cause: opts.signal?.reason });
    watcher?.close();
    settle();
    done = true;
  }

  return {
    __proto__: null,
    [Symbol.asyncIterator]() {
      return this;
    },
    next() {
      if (watcher === undefined) {
        if (opts.signal?.aborted) {
          return Promise.reject(new AbortError(undefined, { cause: opts.signal.reason }));
        }
        watcher = new FSWatcher();
        watcher.start(filename, opts.persistent, opts.recursive, opts.encoding);
        watcher.on('change', (eventType, name) => {
          if (queue.length >= maxQueue) {
            if (overflow === 'error') {
              error = new ERR_FS_WATCH_QUEUE_OVERFLOW(maxQueue);
              watcher.close();
              done = true;
              settle();
            }
            return;
          }
          queue.push({ eventType, filename: name });
          settle();
        });
        watcher.on('error', (e) => {
          error = e;
          finish();
        });
        opts.signal?.addEventListener('abort', onAbort, { once: true });
      }
      if (queue.length > 0) return Promise.resolve({ value: queue.shift(), done: false });
      if (error !== null) {
        const e = error;
        error = null;
        done = true;
        return Promise.reject(e);
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject };
      });
    },
    return() {
      opts.signal?.removeEventListener('abort', onAbort);
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
  };
}

// ---------------------------------------------------------------------------
// StatWatcher (fs.watchFile)

class StatWatcher extends EventEmitter {
  #handle = null;
  #bigint;

  constructor(bigint) {
    super();
    this.#bigint = bigint;
  }

  start(filename, persistent, interval) {
    if (this.#handle !== null) return;
    const handle = binding.newWatcher(kPoll);
    handle.onchange = (status, current, previous) => {
      this.emit('change', getStatsFromBinding(current, this.#bigint),
                getStatsFromBinding(previous, this.#bigint));
    };
    const r = handle.start(filename, persistent, interval);
    if (r < 0) throw uvException({ errno: r, syscall: 'watch', path: filename });
    this.#handle = handle;
  }

  stop() {
    if (this.#handle === null) return;
    this.#handle.close();
    this.#handle = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    this.#handle?.ref();
    return this;
  }

  unref() {
    this.#handle?.unref();
    return this;
  }
}

const statWatchers = new Map();

function watchFile(filename, options, listener) {
  filename = getValidatedPath(filename);
  filename = pathModule.resolve(pathString(filename));
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = undefined;
  }
  options = { interval: 5007, persistent: true, bigint: false, ...options };
  validateFunction(listener, 'listener');
  let watcher = statWatchers.get(filename);
  if (watcher === undefined) {
    validateUint32(options.interval, 'interval');
    watcher = new StatWatcher(options.bigint);
    watcher.start(filename, options.persistent, options.interval);
    statWatchers.set(filename, watcher);
  }
  watcher.addListener('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  filename = getValidatedPath(filename);
  filename = pathModule.resolve(pathString(filename));
  const watcher = statWatchers.get(filename);
  if (watcher === undefined) return;
  if (typeof listener === 'function') watcher.removeListener('change', listener);
  else watcher.removeAllListeners('change');
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    statWatchers.delete(filename);
  }
}

module.exports = { FSWatcher, StatWatcher, unwatchFile, watch, watchFile, watchPromise };
