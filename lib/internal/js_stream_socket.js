'use strict';
// JSStreamSocket: a net.Socket over any Duplex (Node's internal class of the same name). A
// TLSSocket made over a stream that is not a net.Socket carries its ciphertext through one,
// reachable as `tlsSocket._handle._parentWrap` as in Node (got/http2-wrapper take the class
// from there and use it to wrap proxy tunnels).
//
// Reads and writes are relayed in JS: what the stream emits is pushed, what is written goes
// to stream.write(), end() ends the stream and destroy() destroys it. The socket's `_handle`
// is a plain JSStream object (so net.Socket treats the socket as open and callers may add
// methods such as getpeername to it); the socket overrides every method that would drive a
// native handle.

const net = require('net');

const kStream = Symbol('stream');

// The stand-in for a native stream handle.
class JSStream {
  constructor() {
    this.bytesRead = 0;
    this.reading = false;
  }

  // net.Socket#_destroy closes the handle and emits 'close' from the callback, which must
  // come after the 'error' that destroy() emits on the next tick.
  close(cb) {
    setImmediate(cb);
  }
}

function onStreamData(chunk) {
  const socket = this;
  if (socket.destroyed) return;
  socket._handle.bytesRead += chunk.length;
  if (!socket.push(chunk)) socket[kStream].pause();
}

function onStreamEnd() {
  if (!this.destroyed) this.push(null);
}

function onStreamError(err) {
  if (!this.destroyed) this.destroy(err);
}

// The stream is gone: so is the socket, after what it already read was consumed.
function onStreamClose() {
  const socket = this;
  if (socket.destroyed) return;
  if (socket.readableEnded || !socket[kStream].readableEnded) socket.destroy();
  else socket.once('end', () => socket.destroy());
}

class JSStreamSocket extends net.Socket {
  constructor(stream) {
    // Both halves follow the stream: its end ends reading only.
    super({ allowHalfOpen: true });
    this[kStream] = stream;
    this.stream = stream;
    this._handle = new JSStream();
    // Nothing is read from the stream until this socket is read.
    stream.pause();
    stream.on('data', onStreamData.bind(this));
    stream.on('end', onStreamEnd.bind(this));
    stream.on('error', onStreamError.bind(this));
    stream.on('close', onStreamClose.bind(this));
  }

  _read() {
    const stream = this[kStream];
    if (stream.isPaused?.() !== false) stream.resume();
  }

  _write(chunk, encoding, cb) {
    this[kStream].write(chunk, encoding, cb);
  }

  _final(cb) {
    const stream = this[kStream];
    if (stream.writableEnded || stream.destroyed) {
      cb();
      return;
    }
    stream.end((err) => cb(err));
  }

  _destroy(err, cb) {
    const stream = this[kStream];
    if (!stream.destroyed) stream.destroy?.();
    super._destroy(err, cb);
  }
}

module.exports = JSStreamSocket;
