'use strict';
// process.stdin, process.stdout and process.stderr, made on first use for what the fd is,
// as in Node:
//   TTY   → tty.ReadStream / tty.WriteStream (writes synchronous)
//   FILE  → an fs.ReadStream / a SyncWriteStream (writes synchronous)
//   PIPE  → a HandleStream over a libuv pipe; stdout and stderr pipes are made blocking,
//           so their writes are synchronous too (Node's behaviour on Linux) and nothing
//           is lost at exit
//   other → a stream that reads nothing / discards what is written
// The standard streams are never really closed: destroy() leaves the fd open.

// The stream classes come from their own modules: a file stdout needs Writable only, not the
// whole of node:stream (about 10M instructions more to load).
const Writable = require('internal/streams/writable');
const fsBinding = internalBinding('fs');
const { errors } = require('internal/errors/lazy');

// A Writable over a file descriptor that writes each chunk with a synchronous write(2)
// (process.stdout and stderr when they are files).
class SyncWriteStream extends Writable {
  constructor(fd, options) {
    super({ autoDestroy: true, decodeStrings: false });
    this.fd = fd;
    this.readable = false;
    this.autoClose = options?.autoClose ?? true;
  }

  _write(chunk, encoding, cb) {
    let err;
    if (typeof chunk !== 'string') {
      err = fsBinding.writeBytes(this.fd, chunk);
    } else if (encoding === 'utf8' || encoding === 'utf-8') {
      err = fsBinding.writeString(this.fd, chunk);
    } else {
      const { Buffer } = require('buffer');
      err = fsBinding.writeBytes(this.fd, Buffer.from(chunk, encoding));
    }
    cb(err < 0 ? errors.errnoException(err, 'write') : undefined);
  }

  _destroy(err, cb) {
    if (this.fd !== null && this.autoClose) {
      require('fs').closeSync(this.fd);
      this.fd = null;
    }
    cb(err);
  }

  destroySoon() {
    return this.destroy();
  }
}

// The standard streams survive destroy(): the error (if any) is reported, 'close' is
// emitted, and the stream is usable again.
function dummyDestroy(err, cb) {
  cb(err);
  this._undestroy();
  if (!this._writableState.emitClose) process.nextTick(() => this.emit('close'));
}

function openPipe(fd) {
  const { Pipe, constants } = internalBinding('pipe_wrap');
  const handle = new Pipe(constants.SOCKET);
  const err = handle.open(fd);
  if (err) {
    handle.close();
    throw errors.errnoException(err, 'open');
  }
  return handle;
}

function createWritableStdioStream(fd) {
  let stream;
  switch (fsBinding.guessHandleType(fd)) {
    case 'TTY': {
      const { WriteStream } = require('tty');
      stream = new WriteStream(fd);
      stream._type = 'tty';
      break;
    }
    case 'FILE':
      stream = new SyncWriteStream(fd, { autoClose: false });
      stream._type = 'fs';
      break;
    case 'PIPE':
    case 'TCP': {
      const { HandleStream } = require('internal/handle_stream');
      const handle = openPipe(fd);
      handle.setBlocking(true);
      stream = new HandleStream(handle, { readable: false, writable: true });
      stream._type = 'pipe';
      break;
    }
    default:
      // A closed or unusable fd: writes succeed and go nowhere, as in Node.
      stream = new Writable({ write(chunk, encoding, cb) { cb(); } });
  }
  stream.fd = fd;
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  stream._destroy = dummyDestroy;
  return stream;
}

function createStdin() {
  let stream;
  switch (fsBinding.guessHandleType(0)) {
    case 'TTY': {
      const { ReadStream } = require('tty');
      stream = new ReadStream(0);
      break;
    }
    case 'FILE': {
      const { ReadStream } = require('fs');
      stream = new ReadStream(null, { fd: 0, autoClose: false });
      break;
    }
    case 'PIPE':
    case 'TCP': {
      const { HandleStream } = require('internal/handle_stream');
      stream = new HandleStream(openPipe(0), { readable: true, writable: false });
      break;
    }
    default: {
      // No usable stdin (closed): an empty stream.
      const Readable = require('internal/streams/readable');
      stream = new Readable({ read() {} });
      stream.push(null);
    }
  }
  stream.fd = 0;
  return stream;
}

let stdout;
let stderr;
let stdin;

function refreshSize() {
  stdout?._refreshSize?.();
  stderr?._refreshSize?.();
}

// A terminal's size follows SIGWINCH (a signal listener does not keep the process alive).
function watchWindowSize(stream) {
  if (stream.isTTY && process.listeners('SIGWINCH').indexOf(refreshSize) === -1) {
    process.on('SIGWINCH', refreshSize);
  }
  return stream;
}

module.exports = {
  getStdout() { return stdout ??= watchWindowSize(createWritableStdioStream(1)); },
  getStderr() { return stderr ??= watchWindowSize(createWritableStdioStream(2)); },
  getStdin() { return stdin ??= createStdin(); },
  // process.stdout (fd 1) or process.stderr (fd 2) if a program has made it, else undefined.
  peekWritable(fd) { return fd === 1 ? stdout : stderr; },
  SyncWriteStream,
};
