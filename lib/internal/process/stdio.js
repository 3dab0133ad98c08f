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

// The encodings Buffer.from(string, encoding) knows, by their lower-case spellings.
const kEncodings = {
  'utf8': 'utf8', 'utf-8': 'utf8',
  'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le', 'utf-16le': 'utf16le',
  'latin1': 'latin1', 'binary': 'latin1', 'ascii': 'latin1',
  'base64': 'base64', 'base64url': 'base64', 'hex': 'hex',
};

function normalizeEncoding(encoding) {
  return typeof encoding === 'string' ? kEncodings[encoding.toLowerCase()] : undefined;
}

const base64Values = new Int8Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('')
  .forEach((c, i) => { base64Values[c.charCodeAt(0)] = i; });
base64Values[0x2d] = 62; // '-' and '_': Node decodes both alphabets either way.
base64Values[0x5f] = 63;

// The bytes of `string` in a non-UTF-8 encoding, decoded as leniently as Buffer.from() does
// (hex stops at the first bad pair, base64 skips unknown characters and stops at '=').
// TODO(buffer): use Buffer.from(string, encoding) once node:buffer is real.
function encodeString(string, encoding) {
  const n = string.length;
  if (encoding === 'latin1') {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = string.charCodeAt(i);
    return out;
  }
  if (encoding === 'utf16le') {
    const out = new Uint8Array(n * 2);
    for (let i = 0; i < n; i++) {
      const c = string.charCodeAt(i);
      out[2 * i] = c & 0xff;
      out[2 * i + 1] = c >> 8;
    }
    return out;
  }
  if (encoding === 'hex') {
    const out = new Uint8Array(n >> 1);
    let len = 0;
    for (; len < out.length; len++) {
      const pair = string.slice(2 * len, 2 * len + 2);
      if (!/^[0-9a-fA-F]{2}$/.test(pair)) break;
      out[len] = Number.parseInt(pair, 16);
    }
    return out.subarray(0, len);
  }
  // base64 and base64url.
  const out = new Uint8Array(Math.ceil(n * 3 / 4));
  let len = 0;
  let bits = 0;
  let nbits = 0;
  for (let i = 0; i < n; i++) {
    const c = string.charCodeAt(i);
    if (c === 0x3d) break;
    const v = c < 128 ? base64Values[c] : -1;
    if (v < 0) continue;
    bits = (bits << 6) | v;
    nbits += 6;
    if (nbits >= 8) {
      nbits -= 8;
      out[len++] = (bits >> nbits) & 0xff;
    }
  }
  return out.subarray(0, len);
}

class SyncWriteStream extends EventEmitter {
  #defaultEncoding = 'utf8';

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

  // Checks as Writable.prototype.write does, in its order: a null chunk, the encoding, the
  // chunk's type, then whether the stream has ended. A non-function callback is ignored.
  write(chunk, encoding, callback) {
    if (chunk === null) throw new codes.ERR_STREAM_NULL_VALUES();
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = this.#defaultEncoding;
    } else if (!encoding) {
      encoding = this.#defaultEncoding;
    } else if (encoding !== 'buffer' && normalizeEncoding(encoding) === undefined) {
      throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    }
    if (typeof callback !== 'function') callback = undefined;
    let bytes;
    if (typeof chunk === 'string') {
      const normalized = normalizeEncoding(encoding);
      if (normalized === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
      if (normalized !== 'utf8') bytes = encodeString(chunk, normalized);
    } else if (ArrayBuffer.isView(chunk)) {
      bytes = chunk instanceof Uint8Array ? chunk :
        new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('chunk',
        ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (this.writableEnded) {
      const err = new codes.ERR_STREAM_WRITE_AFTER_END();
      process.nextTick(() => {
        if (callback) callback(err);
        this.emit('error', err);
      });
      return false;
    }
    const err = bytes === undefined ?
      fsBinding.writeString(this.fd, chunk) : fsBinding.writeBytes(this.fd, bytes);
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

  setDefaultEncoding(encoding) {
    if (typeof encoding === 'string') encoding = encoding.toLowerCase();
    if (normalizeEncoding(encoding) === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    this.#defaultEncoding = encoding;
    return this;
  }

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
