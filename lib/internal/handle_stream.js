'use strict';
// HandleStream: a Duplex over a libuv stream handle (Pipe, TTY), the base of tty.ReadStream,
// tty.WriteStream and the pipe-backed process.stdin/stdout/stderr. It reads only while
// someone consumes it (so an unread stdin never keeps the process alive), writes through
// internal/stream_base_commons, and closes the handle when destroyed.

const Duplex = require('internal/streams/duplex');
const {
  kOwner, kReadingHint, writeGeneric, writevGeneric, streamOnRead, startReading, stopReading,
} = require('internal/stream_base_commons');
const { codes } = require('internal/errors/lazy');

class HandleStream extends Duplex {
  // options: the Duplex options; readable/writable false give a one-way stream.
  constructor(handle, options = {}) {
    super({ ...options, decodeStrings: false });
    this._handle = handle;
    handle[kOwner] = this;
    this[kReadingHint] = false;
    handle.onread = streamOnRead(this, handle);
    handle.reading = false;
    // A paused stream stops reading from the handle (Readable#pause only stops 'data'). A
    // write-only stream (process.stdout on a pipe) never reads, and has no listener, as in Node.
    if (options.readable !== false) {
      this.on('pause', () => {
        if (this._handle?.reading) {
          this._readableState.reading = false;
          stopReading(this);
        }
      });
    }
  }

  _read() {
    startReading(this);
  }

  _write(chunk, encoding, cb) {
    if (!this._handle) {
      cb(new codes.ERR_SOCKET_CLOSED());
      return;
    }
    writeGeneric(this, chunk, encoding, cb);
  }

  _writev(entries, cb) {
    if (!this._handle) {
      cb(new codes.ERR_SOCKET_CLOSED());
      return;
    }
    writevGeneric(this, entries, cb);
  }

  // Shuts the write side down once everything is written. Like a Node socket, a failed
  // shutdown (a pipe is no socket: ENOTSOCK) is not an error of the stream.
  _final(cb) {
    const handle = this._handle;
    if (!handle) {
      cb();
      return;
    }
    const err = handle.shutdown({ oncomplete() { cb(); } });
    if (err) cb();
  }

  _destroy(err, cb) {
    const handle = this._handle;
    if (!handle) {
      cb(err);
      return;
    }
    this._handle = null;
    handle.reading = false;
    handle.close(() => cb(err));
  }

  get bytesRead() {
    return this._handle ? this._handle.bytesRead : 0;
  }

  ref() {
    this._handle?.ref();
    return this;
  }

  unref() {
    this._handle?.unref();
    return this;
  }
}

module.exports = { HandleStream };
