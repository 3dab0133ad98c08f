'use strict';
// process.stdout, process.stderr and process.stdin. Until the streams issue lands, stdout and
// stderr are synchronous writers for every kind of descriptor (so nothing is lost at exit),
// with the Writable surface that console and most programs use.

const EventEmitter = require('events');
const fsBinding = internalBinding('fs');
const { codes, errors } = require('internal/errors/lazy');

function colorDepth(env, isTTY) {
  if (env.FORCE_COLOR !== undefined) {
    const v = env.FORCE_COLOR;
    if (v === '' || v === '1' || v === 'true') return 4;
    if (v === '2') return 8;
    if (v === '3') return 24;
    return 1;
  }
  if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined) return 1;
  if (!isTTY) return 1;
  const term = env.TERM;
  if (term === 'dumb') return 1;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
  if (term && /-256(color)?$/.test(term)) return 8;
  if (term && /^(xterm|screen|vt100|vt220|rxvt|linux|cygwin|ansi|tmux|konsole|alacritty|kitty)/.test(term)) return 4;
  if (env.CI !== undefined || env.COLORTERM !== undefined) return 4;
  return 1;
}

class SyncWriteStream extends EventEmitter {
  #destroyed = false;

  constructor(fd) {
    super();
    this.fd = fd;
    this._type = fsBinding.guessHandleType(fd).toLowerCase();
    this.isTTY = this._type === 'tty' ? true : undefined;
    if (!this.isTTY) delete this.isTTY;
    this.writable = true;
    this._isStdio = true;
    this.writableHighWaterMark = 16384;
    this.writableLength = 0;
    this.writableNeedDrain = false;
    this.writableEnded = false;
    this.writableFinished = false;
    this.writableObjectMode = false;
    this.writableCorked = 0;
    this.destroyed = false;
  }

  get columns() {
    return this.isTTY ? Number(process.env.COLUMNS) || 80 : undefined;
  }

  get rows() {
    return this.isTTY ? Number(process.env.LINES) || 24 : undefined;
  }

  getColorDepth(env = process.env) {
    return colorDepth(env, this.isTTY === true);
  }

  hasColors(count, env) {
    if (typeof count === 'object' && count !== null) {
      env = count;
      count = 16;
    } else if (count === undefined) {
      count = 16;
    }
    return count <= 2 ** this.getColorDepth(env);
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (this.#destroyed) {
      const err = new codes.ERR_STREAM_DESTROYED('write');
      process.nextTick(() => {
        if (callback) callback(err);
      });
      return false;
    }
    let err = 0;
    if (typeof chunk === 'string') {
      err = fsBinding.writeString(this.fd, chunk);
    } else if (chunk instanceof Uint8Array) {
      err = fsBinding.writeBytes(this.fd, chunk);
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('chunk',
        ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (err < 0) {
      const e = errors.errnoException(err, 'write');
      process.nextTick(() => {
        if (callback) callback(e);
        this.emit('error', e);
      });
      return false;
    }
    if (callback) process.nextTick(callback, null);
    return true;
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    this.writableEnded = true;
    this.writableFinished = true;
    process.nextTick(() => {
      this.emit('finish');
      if (callback) callback();
    });
    return this;
  }

  cork() { this.writableCorked++; }

  uncork() { if (this.writableCorked > 0) this.writableCorked--; }

  setDefaultEncoding() { return this; }

  destroy(err) {
    // Like Node, the standard streams are never really closed by destroy().
    if (err) process.nextTick(() => this.emit('error', err));
    return this;
  }

  destroySoon() { this.destroy(); }

  _destroy(err, cb) { cb(err); }

  ref() { return this; }

  unref() { return this; }
}

class StdinStub extends EventEmitter {
  constructor() {
    super();
    this.fd = 0;
    const type = fsBinding.guessHandleType(0);
    if (type === 'TTY') this.isTTY = true;
    this.readable = true;
  }

  #notImplemented(name) {
    throw new codes.ERR_NOT_IMPLEMENTED(`process.stdin.${name}`);
  }

  read() { this.#notImplemented('read'); }

  resume() { this.#notImplemented('resume'); }

  pipe() { this.#notImplemented('pipe'); }

  setEncoding() { this.#notImplemented('setEncoding'); }

  setRawMode() { this.#notImplemented('setRawMode'); }

  [Symbol.asyncIterator]() { this.#notImplemented('[Symbol.asyncIterator]'); }

  pause() { return this; }

  ref() { return this; }

  unref() { return this; }
}

let stdout;
let stderr;
let stdin;

module.exports = {
  getStdout() { return stdout ??= new SyncWriteStream(1); },
  getStderr() { return stderr ??= new SyncWriteStream(2); },
  getStdin() { return stdin ??= new StdinStub(); },
  SyncWriteStream,
  colorDepth,
};
