'use strict';
// stream.Duplex: a Readable that is also a Writable (both states on one object). The
// writable side's methods are copied onto its prototype; `instanceof Writable` works
// through Writable's Symbol.hasInstance.

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { Stream } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const { kOnConstructed } = require('internal/streams/state');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      const r = this._readableState;
      r.readable = false;
      r.ended = true;
      r.endEmitted = true;
    }
    if (options.writable === false) {
      const w = this._writableState;
      w.writable = false;
      w.ending = true;
      w.ended = true;
      w.finished = true;
    }
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) {
      require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
    }
  } else {
    this.allowHalfOpen = true;
  }
  Stream.call(this, options);
  destroyImpl.construct(this, () => {
    Readable.ReadableState[kOnConstructed](this);
    Writable.WritableState[kOnConstructed](this);
  });
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

for (const name of Object.getOwnPropertyNames(Writable.prototype)) {
  if (name === 'constructor' || name === 'destroy' || name === 'writableAborted' ||
      Object.hasOwn(Duplex.prototype, name)) {
    continue;
  }
  if (Object.hasOwn(Readable.prototype, name) && name !== 'write' && name !== 'end') {
    // Shared names (closed, destroyed, errored, _destroy...) are redefined below.
    continue;
  }
  Object.defineProperty(Duplex.prototype, name,
    Object.getOwnPropertyDescriptor(Writable.prototype, name));
}
Duplex.prototype[Symbol.asyncDispose] = Readable.prototype[Symbol.asyncDispose];
Duplex.prototype.destroy = Writable.prototype.destroy;

Object.defineProperties(Duplex.prototype, {
  destroyed: {
    get() {
      if (this._readableState === undefined || this._writableState === undefined) return false;
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set(value) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
    configurable: true,
  },
  writable: Object.getOwnPropertyDescriptor(Writable.prototype, 'writable'),
  writableHighWaterMark: Object.getOwnPropertyDescriptor(Writable.prototype, 'writableHighWaterMark'),
  writableObjectMode: Object.getOwnPropertyDescriptor(Writable.prototype, 'writableObjectMode'),
  writableBuffer: Object.getOwnPropertyDescriptor(Writable.prototype, 'writableBuffer'),
  writableLength: Object.getOwnPropertyDescriptor(Writable.prototype, 'writableLength'),
  writableFinished: Object.getOwnPropertyDescriptor(Writable.prototype, 'writableFinished'),
  writableCorked: Object.getOwnPropertyDescriptor(Writable.prototype, 'writableCorked'),
  writableEnded: Object.getOwnPropertyDescriptor(Writable.prototype, 'writableEnded'),
  writableNeedDrain: Object.getOwnPropertyDescriptor(Writable.prototype, 'writableNeedDrain'),
});

let webAdapters;
function lazyWebAdapters() {
  webAdapters ??= require('internal/webstreams/adapters');
  return webAdapters;
}

Duplex.fromWeb = function fromWeb(pair, options) {
  return lazyWebAdapters().newStreamDuplexFromReadableWritablePair(pair, options);
};

Duplex.toWeb = function toWeb(duplex, options) {
  return lazyWebAdapters().newReadableWritablePairFromDuplex(duplex, options);
};

Duplex.from = function from(body) {
  return require('internal/streams/duplexify')(body, 'body');
};

module.exports = Duplex;
