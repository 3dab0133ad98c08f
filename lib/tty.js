'use strict';
// node:tty — terminals as streams over libuv's uv_tty_t (internalBinding('tty_wrap')).
// ReadStream and WriteStream are HandleStreams (internal/handle_stream): the same Duplex over
// a stream handle that the pipe-backed stdio uses.

const { TTY, isTTY } = internalBinding('tty_wrap');
const { HandleStream } = require('internal/handle_stream');
const { codes, errors } = require('internal/errors/lazy');
// internal/readline/callbacks (with internal/errors, ~10M instructions) loads on the first
// cursor call.
let readlineCallbacks;
function lazyReadline() {
  readlineCallbacks ??= require('internal/readline/callbacks');
  return readlineCallbacks;
}
const { getColorDepth, hasColors } = require('internal/tty');

// Whether fd is an open terminal. Anything that is not a valid fd answers false, as in Node.
function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && isTTY(fd);
}

// A TTY handle for fd, or Node's errors for a bad fd or a failed uv_tty_init.
function createTTYHandle(fd) {
  if (fd >> 0 !== fd || fd < 0) throw new codes.ERR_INVALID_FD(fd);
  const ctx = {};
  const handle = new TTY(fd, ctx);
  if (ctx.errno !== undefined) {
    const [code, message] = errors.uvErrmapGet(ctx.errno) ?? ['UNKNOWN', 'unknown error'];
    throw new codes.ERR_TTY_INIT_FAILED({ errno: ctx.errno, code, message, syscall: 'uv_tty_init' });
  }
  return handle;
}

class ReadStream extends HandleStream {
  constructor(fd, options) {
    const handle = createTTYHandle(fd);
    super(handle, { readableHighWaterMark: 0, ...options });
    this.fd = fd;
    this.isRaw = false;
    this.isTTY = true;
  }

  // Switches the terminal between raw mode (each key as it comes, no echo, no line editing)
  // and its normal mode.
  setRawMode(flag) {
    flag = !!flag;
    const err = this._handle?.setRawMode(flag);
    if (err) {
      this.emit('error', errors.errnoException(err, 'setRawMode'));
      return this;
    }
    this.isRaw = flag;
    return this;
  }
}

class WriteStream extends HandleStream {
  constructor(fd) {
    const handle = createTTYHandle(fd);
    super(handle, { readableHighWaterMark: 0 });
    this.fd = fd;
    // Terminal output is synchronous, as in Node: nothing written is lost at exit.
    handle.setBlocking(true);
    const size = [0, 0];
    if (handle.getWindowSize(size) === 0) {
      this.columns = size[0];
      this.rows = size[1];
    }
  }

  // Reads the window size again and emits 'resize' if it changed (on SIGWINCH).
  _refreshSize() {
    const oldColumns = this.columns;
    const oldRows = this.rows;
    const size = [0, 0];
    const err = this._handle ? this._handle.getWindowSize(size) : -9;
    if (err) {
      this.emit('error', errors.errnoException(err, 'getWindowSize'));
      return;
    }
    [this.columns, this.rows] = size;
    if (oldColumns !== this.columns || oldRows !== this.rows) this.emit('resize');
  }

  cursorTo(x, y, callback) {
    return lazyReadline().cursorTo(this, x, y, callback);
  }

  moveCursor(dx, dy, callback) {
    return lazyReadline().moveCursor(this, dx, dy, callback);
  }

  clearLine(dir, callback) {
    return lazyReadline().clearLine(this, dir, callback);
  }

  clearScreenDown(callback) {
    return lazyReadline().clearScreenDown(this, callback);
  }

  getWindowSize() {
    return [this.columns, this.rows];
  }
}

WriteStream.prototype.isTTY = true;
WriteStream.prototype.getColorDepth = getColorDepth;
WriteStream.prototype.hasColors = hasColors;

module.exports = { isatty, ReadStream, WriteStream };
