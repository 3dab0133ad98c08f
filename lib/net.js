'use strict';
// node:net — TCP and Unix domain socket servers and clients over libuv stream handles
// (internalBinding('tcp_wrap') and ('pipe_wrap'); reading and writing through
// internal/stream_base_commons). net.Socket is a Duplex that owns one handle as
// `socket._handle`; net.Server owns a listening handle whose `onconnection` makes a Socket
// per accepted connection. BlockList and SocketAddress load on first use.

const EventEmitter = require('events');
const Duplex = require('internal/streams/duplex');
const { Buffer } = require('buffer');
const { codes, errors } = require('internal/errors/lazy');
const {
  validateAbortSignal, validateBoolean, validateFunction, validateInt32, validateNumber,
  validateObject, validatePort, validateString,
} = require('internal/validators');
const { isIP, isIPv4, isIPv6, kSocketBytesWritten: kBytesWritten } = require('internal/net');
const {
  kOwner, kTimeout, kReadingHint, readChunk, writeGeneric, writevGeneric, streamOnRead,
  onStreamReadEnd, onStreamWriteFailed, startReading, stopReading,
} = require('internal/stream_base_commons');
const { Timeout } = require('internal/timers');
const { TCP, constants: TCPConstants } = internalBinding('tcp_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const { UV_EAI_NONAME, UV_EINVAL, UV_ENOTCONN, UV_ETIMEDOUT } = internalBinding('uv');

const kTimeoutMsecs = Symbol('kTimeoutMsecs');
const kLastActive = Symbol('kLastActive');
// loopClock[0]: the event loop's time (ms) when the current callback began. Activity is
// stamped with it (a Date.now() call costs ~150 ns, twice a request on a keep-alive
// connection), and a test faking Date.now cannot stop idle timeouts.
const { loopClock } = internalBinding('timers');
const kBuffer = Symbol('kBuffer');
const kBufferCb = Symbol('kBufferCb');
const kBytesRead = Symbol('kBytesRead');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
const kNormalized = Symbol('kNormalized');
const kResetAndClosing = Symbol('kResetAndClosing');
const kExclusive = Symbol('kExclusive');

const DEFAULT_IPV4_ADDR = '0.0.0.0';
const DEFAULT_IPV6_ADDR = '::';

let dns;
function lazyDns() {
  dns ??= require('dns');
  return dns;
}

let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 250;

function getDefaultAutoSelectFamily() {
  return autoSelectFamilyDefault;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamilyDefault = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeoutDefault;
}

// Values below 10 ms become 10 ms, as in Node.
function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  autoSelectFamilyAttemptTimeoutDefault = value < 10 ? 10 : value;
}

function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

// The arguments of connect() and listen() as [options, callback or null]:
// (options[, cb]), (path[, cb]), (port[, host][, cb]).
function normalizeArgs(args) {
  let result;
  if (args.length === 0) {
    result = [{}, null];
  } else {
    const arg0 = args[0];
    let options = {};
    if (typeof arg0 === 'object' && arg0 !== null) {
      options = arg0;
    } else if (isPipeName(arg0)) {
      options.path = arg0;
    } else {
      options.port = arg0;
      if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
    }
    const cb = args[args.length - 1];
    result = [options, typeof cb === 'function' ? cb : null];
  }
  result[kNormalized] = true;
  return result;
}

// An unref'd timer that calls fn after ms (socket and server timeouts never keep the
// process alive).
function setUnrefTimeout(fn, ms) {
  const t = new Timeout(fn, ms, undefined, false, false);
  t.start();
  return t;
}

function getTimerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new codes.ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  return msecs;
}

// ---- reading ----

// A read of a socket made with the `onread` option: bytes are copied into the caller's
// buffer and handed to its callback instead of being pushed.
function onSocketReadIntoBuffer(socket, handle, arg, writeFailed) {
  if (writeFailed === true) {
    onStreamWriteFailed(socket, arg);
    return;
  }
  if (typeof arg === 'number') {
    onStreamReadEnd(socket, handle, arg);
    return;
  }
  arg = readChunk(arg);
  if (socket[kTimeout] !== null) socket._unrefTimer();
  let offset = 0;
  while (offset < arg.byteLength) {
    let buf = socket[kBuffer];
    if (typeof buf === 'function') buf = buf();
    const n = Math.min(buf.byteLength, arg.byteLength - offset);
    new Uint8Array(buf.buffer, buf.byteOffset, n).set(arg.subarray(offset, offset + n));
    offset += n;
    if (socket[kBufferCb](n, buf) === false && handle.reading) {
      handle.reading = false;
      handle.readStop();
    }
  }
}

function initSocketHandle(socket) {
  socket._undestroy();
  socket._sockname = null;
  socket[kReadingHint] = false;
  const handle = socket._handle;
  if (handle) {
    handle[kOwner] = socket;
    handle.onread = socket[kBuffer] ?
      (arg, writeFailed) => onSocketReadIntoBuffer(socket, handle, arg, writeFailed) :
      streamOnRead(socket, handle);
    handle.reading = false;
  }
}

function guessHandleType(fd) {
  return internalBinding('fs_core').guessHandleType(fd);
}

// A handle over an existing fd: a TCP socket or a pipe, as the fd is.
function createHandle(fd, isServer) {
  const type = guessHandleType(fd);
  if (type === 'PIPE') return new Pipe(isServer ? PipeConstants.SERVER : PipeConstants.SOCKET);
  if (type === 'TCP') return new TCP(isServer ? TCPConstants.SERVER : TCPConstants.SOCKET);
  throw new codes.ERR_INVALID_FD_TYPE(type);
}

// ---- Socket ----

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') cb = encoding;
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function afterShutdown() {
  this.callback();
}

class Socket extends Duplex {
  constructor(options) {
    if (typeof options === 'number') options = { fd: options };
    else options = { ...options };
    // The socket emits 'close' itself, with hadError, once its handle has closed.
    options.allowHalfOpen = Boolean(options.allowHalfOpen);
    options.emitClose = false;
    options.autoDestroy = true;
    options.decodeStrings = false;
    super(options);

    this.connecting = false;
    this._hadError = false;
    this._handle = null;
    this._parent = null;
    this._host = null;
    this._peername = null;
    this._sockname = null;
    this._pendingData = null;
    this._pendingEncoding = '';
    this.server = null;
    this._server = null;
    this[kTimeout] = null;
    this[kTimeoutMsecs] = 0;
    this[kLastActive] = -Infinity;
    this[kBuffer] = null;
    this[kBufferCb] = null;
    this[kBytesRead] = 0;
    this[kBytesWritten] = 0;
    this[kSetNoDelay] = Boolean(options.noDelay);
    this[kSetKeepAlive] = Boolean(options.keepAlive);
    this[kSetKeepAliveInitialDelay] = ~~((options.keepAliveInitialDelay ?? 0) / 1000);
    this[kResetAndClosing] = false;
    this[kReadingHint] = false;

    if (options.handle) {
      this._handle = options.handle;
    } else if (options.fd !== undefined) {
      const { fd } = options;
      validateInt32(fd, 'fd', 0);
      this._handle = createHandle(fd, false);
      const err = this._handle.open(fd);
      if (err) throw errors.errnoException(err, 'open');
      // A socket over a pipe or TCP fd is usable at once; stdio pipes are written
      // synchronously, as in Node.
      if ((fd === 1 || fd === 2) && this._handle instanceof Pipe) this._handle.setBlocking(true);
    }

    const { onread } = options;
    if (onread !== null && typeof onread === 'object' &&
        (onread.buffer instanceof Uint8Array || typeof onread.buffer === 'function') &&
        typeof onread.callback === 'function') {
      this[kBuffer] = onread.buffer;
      this[kBufferCb] = onread.callback;
    }

    this.on('end', onReadableStreamEnd);
    initSocketHandle(this);

    if (this._handle && options.readable !== false) {
      if (options.pauseOnCreate) {
        this._handle.reading = false;
        this._handle.readStop();
        this.readableFlowing = false;
      } else if (!options.manualStart) {
        this.read(0);
      }
    }
  }

  get readyState() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }

  get pending() {
    return !this._handle || this.connecting;
  }

  get bufferSize() {
    return this._handle ? this.writableLength : undefined;
  }

  get bytesRead() {
    return this._handle ? this._handle.bytesRead : this[kBytesRead];
  }

  // Bytes handed to the system, plus what is still buffered (as Node counts).
  get bytesWritten() {
    let bytes = this[kBytesWritten];
    const state = this._writableState;
    const buffered = state?.buffered ?? [];
    for (let i = state?.bufferedIndex ?? 0; i < buffered.length; i++) {
      const entry = buffered[i];
      if (entry == null) continue;
      bytes += typeof entry.chunk === 'string' ?
        Buffer.byteLength(entry.chunk, entry.encoding) : entry.chunk.length;
    }
    const data = this._pendingData;
    if (data) {
      if (Array.isArray(data)) {
        for (const { chunk, encoding } of data) {
          bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
        }
      } else {
        bytes += typeof data === 'string' ?
          Buffer.byteLength(data, this._pendingEncoding) : data.length;
      }
    }
    return bytes;
  }

  _getpeername() {
    if (!this._handle || !this._handle.getpeername || this.connecting) {
      return this._peername || {};
    }
    if (!this._peername) {
      const out = {};
      if (this._handle.getpeername(out)) return out;
      this._peername = out;
    }
    return this._peername;
  }

  _getsockname() {
    if (!this._handle || !this._handle.getsockname) return {};
    if (!this._sockname) {
      const out = {};
      if (this._handle.getsockname(out)) return out;
      this._sockname = out;
    }
    return this._sockname;
  }

  get remoteAddress() { return this._getpeername().address; }
  get remoteFamily() { return this._getpeername().family; }
  get remotePort() { return this._getpeername().port; }
  get localAddress() { return this._getsockname().address; }
  get localPort() { return this._getsockname().port; }
  get localFamily() { return this._getsockname().family; }

  address() {
    return this._getsockname();
  }

  setNoDelay(enable) {
    enable = enable === undefined ? true : Boolean(enable);
    if (!this._handle) {
      this[kSetNoDelay] = enable;
      return this;
    }
    if (this._handle.setNoDelay && enable !== this[kSetNoDelay]) {
      this[kSetNoDelay] = enable;
      this._handle.setNoDelay(enable);
    }
    return this;
  }

  setKeepAlive(enable, initialDelayMsecs) {
    enable = Boolean(enable);
    const initialDelay = ~~((initialDelayMsecs ?? 0) / 1000);
    if (!this._handle) {
      this[kSetKeepAlive] = enable;
      this[kSetKeepAliveInitialDelay] = initialDelay;
      return this;
    }
    if (this._handle.setKeepAlive && (enable !== this[kSetKeepAlive] ||
        (enable && this[kSetKeepAliveInitialDelay] !== initialDelay))) {
      this[kSetKeepAlive] = enable;
      this[kSetKeepAliveInitialDelay] = initialDelay;
      this._handle.setKeepAlive(enable, initialDelay);
    }
    return this;
  }

  setTimeout(msecs, callback) {
    if (this.destroyed) return this;
    this.timeout = msecs;
    msecs = getTimerDuration(msecs, 'msecs');
    if (this[kTimeout] !== null) {
      this[kTimeout].close();
      this[kTimeout] = null;
    }
    if (msecs === 0) {
      if (callback !== undefined) {
        validateFunction(callback, 'callback');
        this.removeListener('timeout', callback);
      }
    } else {
      this[kTimeoutMsecs] = msecs;
      this[kLastActive] = -Infinity;
      this[kTimeout] = setUnrefTimeout(() => onIdleTimer(this), msecs);
      if (callback !== undefined) {
        validateFunction(callback, 'callback');
        this.once('timeout', callback);
      }
    }
    return this;
  }

  _onTimeout() {
    this.emit('timeout');
  }

  // Activity pushes the idle timeout back (also the parent's, for wrapped sockets). The timer
  // is not re-armed here (that costs a clock read in C and two heap updates, twice a request
  // on a busy keep-alive connection): the activity time is noted and onIdleTimer re-arms
  // for what is left when the timer fires.
  _unrefTimer() {
    for (let s = this; s !== null; s = s._parent) {
      if (s[kTimeout] != null) s[kLastActive] = loopClock[0];
    }
  }

  ref() {
    if (!this._handle) {
      this.once('connect', this.ref);
      return this;
    }
    this._handle.ref?.();
    return this;
  }

  unref() {
    if (!this._handle) {
      this.once('connect', this.unref);
      return this;
    }
    this._handle.unref?.();
    return this;
  }

  _read(n) {
    if (this.connecting || !this._handle) {
      this.once('connect', () => this._read(n));
    } else {
      startReading(this);
    }
  }

  pause() {
    if (this[kBuffer] && !this.connecting) stopReading(this);
    return Duplex.prototype.pause.call(this);
  }

  resume() {
    if (this[kBuffer] && !this.connecting) startReading(this);
    return Duplex.prototype.resume.call(this);
  }

  read(n) {
    if (this[kBuffer] && !this.connecting) startReading(this);
    return Duplex.prototype.read.call(this, n);
  }

  _writeGeneric(writev, data, encoding, cb) {
    // Writes made while connecting wait for 'connect' (or fail if the socket closes first).
    if (this.connecting) {
      this._pendingData = data;
      this._pendingEncoding = encoding;
      const onClose = () => cb(new codes.ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
      this.once('connect', () => {
        this.off('close', onClose);
        this._writeGeneric(writev, data, encoding, cb);
      });
      this.once('close', onClose);
      return;
    }
    this._pendingData = null;
    this._pendingEncoding = '';
    if (!this._handle) {
      cb(new codes.ERR_SOCKET_CLOSED());
      return;
    }
    if (this[kTimeout] !== null) this._unrefTimer();
    const req = writev ? writevGeneric(this, data, cb) : writeGeneric(this, data, encoding, cb);
    this[kBytesWritten] += req.bytes;
  }

  _write(data, encoding, cb) {
    this._writeGeneric(false, data, encoding, cb);
  }

  _writev(chunks, cb) {
    this._writeGeneric(true, chunks, '', cb);
  }

  // Half-closes the socket (FIN) once everything is written.
  _final(cb) {
    if (this.pending) {
      this.once('connect', () => this._final(cb));
      return;
    }
    if (!this._handle) {
      cb();
      return;
    }
    const req = { oncomplete: afterShutdown, callback: cb, handle: this._handle };
    const err = this._handle.shutdown(req);
    if (err === UV_ENOTCONN || err === 1) cb();
    else if (err !== 0) cb(errors.errnoException(err, 'shutdown'));
  }

  end(data, encoding, callback) {
    Duplex.prototype.end.call(this, data, encoding, callback);
    return this;
  }

  destroySoon() {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', this.destroy);
  }

  _destroy(exception, cb) {
    this.connecting = false;
    for (let s = this; s !== null; s = s._parent) {
      if (s[kTimeout] !== null) {
        s[kTimeout].close();
        s[kTimeout] = null;
      }
    }
    const handle = this._handle;
    if (handle) {
      const isException = Boolean(exception);
      this[kBytesRead] = handle.bytesRead;
      const onClosed = () => this.emit('close', isException);
      let err = 1;
      if (this[kResetAndClosing]) {
        this[kResetAndClosing] = false;
        err = handle.reset(onClosed);
      }
      // A handle that cannot send RST (a shutdown is pending) closes normally.
      if (err !== 0) handle.close(onClosed);
      handle.onread = noop;
      handle.reading = false;
      this[kReadingHint] = false;
      this._handle = null;
      this._sockname = null;
      cb(exception);
    } else {
      cb(exception);
      process.nextTick(emitCloseNT, this);
    }
    if (this._server) {
      this._server._connections--;
      this._server._emitCloseIfDrained();
    }
  }

  // Closes the connection with RST instead of FIN.
  resetAndDestroy() {
    if (this._handle) {
      if (!(this._handle instanceof TCP)) throw new codes.ERR_INVALID_HANDLE_TYPE();
      if (this.connecting) {
        this.once('connect', () => this._reset());
      } else {
        this._reset();
      }
    } else {
      this.destroy(new codes.ERR_SOCKET_CLOSED());
    }
    return this;
  }

  _reset() {
    this[kResetAndClosing] = true;
    return this.destroy();
  }

  connect(...args) {
    const normalized = Array.isArray(args[0]) && args[0][kNormalized] ? args[0] : normalizeArgs(args);
    const options = normalized[0];
    const cb = normalized[1];
    if (cb !== null) this.once('connect', cb);

    if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
    if (this.destroyed) {
      this._handle = null;
      this._peername = null;
      this._sockname = null;
      this._undestroy();
      this._readableState.endEmitted = false;
    }

    const { path } = options;
    const pipe = Boolean(path);
    if (!pipe && options.port === undefined) {
      throw new codes.ERR_MISSING_ARGS(['options', 'port', 'path']);
    }
    if (!this._handle) {
      this._handle = pipe ? new Pipe(PipeConstants.SOCKET) : new TCP(TCPConstants.SOCKET);
      initSocketHandle(this);
    }
    if (this[kTimeout] !== null) this._unrefTimer();
    this.connecting = true;
    if (pipe) {
      validateString(path, 'options.path');
      internalConnect(this, path);
    } else {
      lookupAndConnect(this, options);
    }
    return this;
  }
}

Socket.prototype._undestroy = Duplex.prototype._undestroy;

function noop() {}

function emitCloseNT(socket) {
  socket.emit('close', false);
}

function socketToDnsFamily(family) {
  switch (family) {
    case 'IPv4': return 4;
    case 'IPv6': return 6;
  }
  return family;
}

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port, autoSelectFamilyAttemptTimeout, autoSelectFamily } = options;

  if (localAddress && !isIP(localAddress)) {
    throw new codes.ERR_INVALID_IP_ADDRESS(localAddress);
  }
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (port !== undefined) {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new codes.ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;

  if (autoSelectFamily != null) validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  else autoSelectFamily = autoSelectFamilyDefault;
  if (autoSelectFamilyAttemptTimeout != null) {
    validateInt32(autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
    if (autoSelectFamilyAttemptTimeout < 10) autoSelectFamilyAttemptTimeout = 10;
  } else {
    autoSelectFamilyAttemptTimeout = autoSelectFamilyAttemptTimeoutDefault;
  }

  // A literal address needs no lookup; connect on the next tick, as Node does.
  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }

  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const dnsOpts = {
    family: socketToDnsFamily(options.family),
    hints: options.hints || 0,
  };
  if (dnsOpts.family !== 4 && dnsOpts.family !== 6 && dnsOpts.hints === 0) {
    dnsOpts.hints = lazyDns().ADDRCONFIG;
  }
  self._host = host;
  const lookup = options.lookup || lazyDns().lookup;

  if (dnsOpts.family !== 4 && dnsOpts.family !== 6 && !localAddress && autoSelectFamily) {
    dnsOpts.all = true;
    lookupAndConnectMultiple(self, lookup, host, options, dnsOpts, port, localPort,
                             autoSelectFamilyAttemptTimeout);
    return;
  }

  lookup(host, dnsOpts, function emitLookup(err, ip, family) {
    self.emit('lookup', err, ip, family, host);
    if (!self.connecting) return;
    if (err) {
      process.nextTick(connectErrorNT, self, err);
    } else if (!isIP(ip)) {
      process.nextTick(connectErrorNT, self, new codes.ERR_INVALID_IP_ADDRESS(ip));
    } else if (family !== 4 && family !== 6) {
      process.nextTick(connectErrorNT, self,
                       new codes.ERR_INVALID_ADDRESS_FAMILY(family, options.host, options.port));
    } else {
      self._unrefTimer();
      internalConnect(self, ip, port, family, localAddress, localPort);
    }
  });
}

function connectErrorNT(self, err) {
  self.destroy(err);
}

// Happy eyeballs (RFC 8305): the lookup's addresses, families interleaved, are tried one
// after the other, each given `timeout` ms before the next starts on a fresh handle.
function lookupAndConnectMultiple(self, lookup, host, options, dnsOpts, port, localPort, timeout) {
  lookup(host, dnsOpts, function emitLookup(err, addresses) {
    if (!self.connecting) return;
    if (err) {
      self.emit('lookup', err, undefined, undefined, host);
      process.nextTick(connectErrorNT, self, err);
      return;
    }
    const v4 = [];
    const v6 = [];
    for (const { address, family } of addresses) {
      if (!isIP(address)) {
        process.nextTick(connectErrorNT, self, new codes.ERR_INVALID_IP_ADDRESS(address));
        return;
      }
      if (family === 4) v4.push(address);
      else if (family === 6) v6.push(address);
      else {
        process.nextTick(connectErrorNT, self,
                         new codes.ERR_INVALID_ADDRESS_FAMILY(family, options.host, options.port));
        return;
      }
    }
    const first = addresses[0];
    if (addresses.length === 1 || first === undefined) {
      if (first === undefined) {
        process.nextTick(connectErrorNT, self, errors.dnsException(UV_EAI_NONAME, 'getaddrinfo', host));
        return;
      }
      self.emit('lookup', null, first.address, first.family, host);
      self._unrefTimer();
      internalConnect(self, first.address, port, first.family, undefined, localPort);
      return;
    }
    const toAttempt = [];
    const [primary, secondary] = first.family === 6 ? [v6, v4] : [v4, v6];
    for (let i = 0; i < Math.max(primary.length, secondary.length); i++) {
      if (i < primary.length) toAttempt.push({ address: primary[i], family: first.family });
      if (i < secondary.length) {
        toAttempt.push({ address: secondary[i], family: first.family === 6 ? 4 : 6 });
      }
    }
    for (const { address, family } of toAttempt) {
      self.emit('lookup', null, address, family, host);
    }
    self.autoSelectFamilyAttemptedAddresses = [];
    const context = { socket: self, addresses: toAttempt, current: 0, port, localPort,
                      timeout, timer: null, errors: [] };
    self._unrefTimer();
    internalConnectMultiple(context);
  });
}

function internalConnectMultiple(context) {
  if (context.timer) {
    context.timer.close();
    context.timer = null;
  }
  const self = context.socket;
  if (!self.connecting) return;
  if (context.current === context.addresses.length) {
    const err = context.errors.length === 1 ? context.errors[0] :
      new AggregateError(context.errors);
    if (err instanceof AggregateError) err.code = context.errors[0]?.code;
    self.destroy(err);
    return;
  }
  const { port, localPort } = context;
  const { address, family } = context.addresses[context.current++];
  // Every attempt gets its own handle, so a late answer to an abandoned one is harmless.
  if (context.current > 1) {
    self._handle?.close();
    self._handle = new TCP(TCPConstants.SOCKET);
    initSocketHandle(self);
  }
  let err = 0;
  if (localPort) {
    err = family === 4 ? self._handle.bind(DEFAULT_IPV4_ADDR, localPort) :
      self._handle.bind6(DEFAULT_IPV6_ADDR, localPort, 0);
    if (err) {
      self.destroy(errors.exceptionWithHostPort(err, 'bind', address, localPort));
      return;
    }
  }
  self.autoSelectFamilyAttemptedAddresses.push(`${address}:${port}`);
  self.emit('connectionAttempt', address, port, family);
  const req = {
    oncomplete: afterConnectMultiple, context, address, port, family,
    handle: self._handle,
  };
  err = family === 4 ? self._handle.connect(req, address, port) :
    self._handle.connect6(req, address, port);
  if (err) {
    const ex = errors.exceptionWithHostPort(err, 'connect', address, port);
    context.errors.push(ex);
    self.emit('connectionAttemptFailed', address, port, family, ex);
    internalConnectMultiple(context);
    return;
  }
  if (context.current < context.addresses.length) {
    context.timer = setUnrefTimeout(() => {
      req.oncomplete = noop;
      self.emit('connectionAttemptTimeout', address, port, family);
      context.errors.push(errors.exceptionWithHostPort(UV_ETIMEDOUT, 'connect', address, port));
      internalConnectMultiple(context);
    }, context.timeout);
  }
}

function afterConnectMultiple(status, handle, req, readable, writable) {
  const { context } = req;
  const self = context.socket;
  if (self.destroyed || handle !== self._handle) return;
  if (status !== 0) {
    const ex = errors.exceptionWithHostPort(status, 'connect', req.address, req.port);
    context.errors.push(ex);
    self.emit('connectionAttemptFailed', req.address, req.port, req.family, ex);
    internalConnectMultiple(context);
    return;
  }
  if (context.timer) {
    context.timer.close();
    context.timer = null;
  }
  afterConnect(status, handle, req, readable, writable);
}

function internalConnect(self, address, port, addressType, localAddress, localPort) {
  let err;
  if (localAddress || localPort) {
    if (addressType === 4) {
      localAddress ||= DEFAULT_IPV4_ADDR;
      err = self._handle.bind(localAddress, localPort | 0);
    } else {
      localAddress ||= DEFAULT_IPV6_ADDR;
      err = self._handle.bind6(localAddress, localPort | 0, 0);
    }
    if (err) {
      self.destroy(errors.exceptionWithHostPort(err, 'bind', localAddress, localPort));
      return;
    }
  }
  let req;
  if (addressType === 4 || addressType === 6) {
    req = { oncomplete: afterConnect, address, port, localAddress, localPort };
    err = addressType === 4 ? self._handle.connect(req, address, port) :
      self._handle.connect6(req, address, port);
  } else {
    req = { oncomplete: afterConnect, address };
    err = self._handle.connect(req, address);
  }
  if (err) {
    const sockname = self._getsockname();
    const details = sockname.address ? `${sockname.address}:${sockname.port}` : undefined;
    self.destroy(errors.exceptionWithHostPort(err, 'connect', address, port, details));
  }
}

// req.oncomplete of a connect: `status` 0 or a negative libuv code.
function afterConnect(status, handle, req, readable, writable) {
  const self = handle[kOwner];
  if (!self || self.destroyed || handle !== self._handle) return;
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    if (self.readable && !readable) {
      self.push(null);
      self.read();
    }
    if (self.writable && !writable) self.end();
    self._unrefTimer();
    if (self[kSetNoDelay]) handle.setNoDelay?.(true);
    if (self[kSetKeepAlive]) handle.setKeepAlive?.(true, self[kSetKeepAliveInitialDelay]);
    self.emit('connect');
    self.emit('ready');
    if (readable && !self.isPaused()) self.read(0);
  } else {
    let details;
    if (req.localAddress && req.localPort) details = `${req.localAddress}:${req.localPort}`;
    const ex = errors.exceptionWithHostPort(status, 'connect', req.address, req.port, details);
    if (details) {
      ex.localAddress = req.localAddress;
      ex.localPort = req.localPort;
    }
    self.destroy(ex);
  }
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

// ---- Server ----

function emitErrorNT(self, err) {
  self.emit('error', err);
}

function emitListeningNT(self) {
  if (self._handle) self.emit('listening');
}

function emitServerCloseNT(self) {
  self.emit('close');
}

// A bound server handle, or a negative libuv code.
function createServerHandle(address, port, addressType, fd, flags) {
  let err = 0;
  let handle;
  let isTCP = false;
  if (typeof fd === 'number' && fd >= 0) {
    try {
      handle = createHandle(fd, true);
    } catch {
      return UV_EINVAL;
    }
    err = handle.open(fd);
    if (err) {
      handle.close();
      return err;
    }
    return handle;
  }
  if (port === -1 && addressType === -1) {
    handle = new Pipe(PipeConstants.SERVER);
  } else {
    handle = new TCP(TCPConstants.SERVER);
    isTCP = true;
  }
  if (address || port || isTCP) {
    if (!address) {
      err = handle.bind6(DEFAULT_IPV6_ADDR, port, flags);
      if (err) {
        handle.close();
        return createServerHandle(DEFAULT_IPV4_ADDR, port, 4, undefined, flags);
      }
    } else if (addressType === 6) {
      err = handle.bind6(address, port, flags);
    } else {
      err = handle.bind(address, port, flags);
    }
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

function onconnection(err, clientHandle) {
  const self = this[kOwner];
  if (err) {
    self.emit('error', errors.errnoException(err, 'accept'));
    return;
  }
  if (self.maxConnections != null && self._connections >= self.maxConnections) {
    const data = { __proto__: null };
    if (clientHandle.getsockname) {
      const local = {};
      clientHandle.getsockname(local);
      data.localAddress = local.address;
      data.localPort = local.port;
      data.localFamily = local.family;
      const remote = {};
      clientHandle.getpeername(remote);
      data.remoteAddress = remote.address;
      data.remotePort = remote.port;
      data.remoteFamily = remote.family;
    }
    clientHandle.close();
    self.emit('drop', data);
    return;
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
    readableHighWaterMark: self.highWaterMark,
    writableHighWaterMark: self.highWaterMark,
  });
  if (self.noDelay && clientHandle.setNoDelay) {
    socket[kSetNoDelay] = true;
    clientHandle.setNoDelay(true);
  }
  if (self.keepAlive && clientHandle.setKeepAlive) {
    socket[kSetKeepAlive] = true;
    socket[kSetKeepAliveInitialDelay] = self.keepAliveInitialDelay;
    clientHandle.setKeepAlive(true, self.keepAliveInitialDelay);
  }
  self._connections++;
  socket.server = self;
  socket._server = self;
  self.emit('connection', socket);
}

class Server extends EventEmitter {
  constructor(options, connectionListener) {
    super();
    if (typeof options === 'function') {
      connectionListener = options;
      options = {};
    } else if (options == null || typeof options === 'object') {
      options = { ...options };
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
    if (options.noDelay !== undefined) validateBoolean(options.noDelay, 'options.noDelay');
    if (options.keepAlive !== undefined) validateBoolean(options.keepAlive, 'options.keepAlive');
    if (options.keepAliveInitialDelay !== undefined) {
      validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
      if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
    }
    if (options.highWaterMark !== undefined) {
      validateNumber(options.highWaterMark, 'options.highWaterMark');
      if (options.highWaterMark < 0) options.highWaterMark = undefined;
    }
    this._connections = 0;
    this._handle = null;
    this._unref = false;
    this._pipeName = undefined;
    this._connectionKey = undefined;
    this.allowHalfOpen = options.allowHalfOpen || false;
    this.pauseOnConnect = Boolean(options.pauseOnConnect);
    this.noDelay = Boolean(options.noDelay);
    this.keepAlive = Boolean(options.keepAlive);
    this.keepAliveInitialDelay = ~~((options.keepAliveInitialDelay ?? 0) / 1000);
    this.highWaterMark = options.highWaterMark;
  }

  get listening() {
    return Boolean(this._handle && this._connectionKey);
  }

  listen(...args) {
    const normalized = normalizeArgs(args);
    let options = normalized[0];
    const cb = normalized[1];
    if (this._handle) throw new codes.ERR_SERVER_ALREADY_LISTEN();
    if (cb !== null) this.once('listening', cb);
    const backlogFromArgs = toNumber(args.length > 1 && args[1]) ||
      toNumber(args.length > 2 && args[2]);
    options = options._handle || options.handle || options;
    let flags = options.ipv6Only ? TCPConstants.UV_TCP_IPV6ONLY : 0;
    this[kExclusive] = options.exclusive === true;

    if (options instanceof TCP || options instanceof Pipe) {
      this._handle = options;
      this._setupListenHandle(null, -1, -1, backlogFromArgs);
      return this;
    }
    addAbortSignalOption(this, options);
    if (typeof options.fd === 'number' && options.fd >= 0) {
      this._setupListenHandle(null, null, null, backlogFromArgs, options.fd);
      return this;
    }
    if (args.length === 0 || typeof args[0] === 'function' ||
        (options.port === undefined && 'port' in options) || options.port === null) {
      options.port = 0;
    }
    let backlog;
    if (typeof options.port === 'number' || typeof options.port === 'string') {
      validatePort(options.port, 'options.port');
      backlog = options.backlog || backlogFromArgs;
      if (options.reusePort === true) flags |= TCPConstants.UV_TCP_REUSEPORT;
      if (options.host) {
        lookupAndListen(this, options.port | 0, options.host, backlog, flags);
      } else {
        this._setupListenHandle(null, options.port | 0, 4, backlog, undefined, flags);
      }
      return this;
    }
    if (options.path && isPipeName(options.path)) {
      const pipeName = this._pipeName = options.path;
      backlog = options.backlog || backlogFromArgs;
      this._setupListenHandle(pipeName, -1, -1, backlog);
      if (!this._handle) return this;
      let mode = 0;
      if (options.readableAll === true) mode |= PipeConstants.UV_READABLE;
      if (options.writableAll === true) mode |= PipeConstants.UV_WRITABLE;
      if (mode !== 0) {
        const err = this._handle.fchmod(mode);
        if (err) {
          this._handle.close();
          this._handle = null;
          throw errors.errnoException(err, 'uv_pipe_chmod');
        }
      }
      return this;
    }
    if (!('port' in options || 'path' in options)) {
      throw new codes.ERR_INVALID_ARG_VALUE('options', options,
                                            'must have the property "port" or "path"');
    }
    throw new codes.ERR_INVALID_ARG_VALUE('options', options);
  }

  // Binds (unless given a handle) and listens; errors are emitted on the next tick.
  _setupListenHandle(address, port, addressType, backlog, fd, flags) {
    // In a cluster worker the primary owns the socket: ask it for the handle, then come
    // back here with it (internal/cluster/child).
    if (!this._handle && typeof fd !== 'number' && !this[kExclusive]) {
      const { getServer } = require('internal/cluster/state');
      if (getServer !== null) {
        getServer(this, { address, port, addressType, fd, flags, backlog }, (err, handle) => {
          if (err) {
            this.emit('error', errors.exceptionWithHostPort(err, 'bind', address, port));
            return;
          }
          this._handle = handle;
          this._setupListenHandle(address, port, addressType, backlog, fd, flags);
        });
        return;
      }
    }
    if (!this._handle) {
      let rval = null;
      // Without a host, try the IPv6 unspecified address first (dual-stack), else IPv4.
      if (!address && typeof fd !== 'number') {
        rval = createServerHandle(DEFAULT_IPV6_ADDR, port, 6, fd, flags);
        if (typeof rval === 'number') {
          rval = null;
          address = DEFAULT_IPV4_ADDR;
          addressType = 4;
        } else {
          address = DEFAULT_IPV6_ADDR;
          addressType = 6;
        }
      }
      if (rval === null) rval = createServerHandle(address, port, addressType, fd, flags);
      if (typeof rval === 'number') {
        const error = errors.uvExceptionWithHostPort(rval, 'listen', address, port);
        process.nextTick(emitErrorNT, this, error);
        return;
      }
      this._handle = rval;
    }
    this._handle.onconnection = onconnection;
    this._handle[kOwner] = this;
    const err = this._handle.listen(backlog || 511);
    if (err) {
      const ex = errors.uvExceptionWithHostPort(err, 'listen', address, port);
      this._handle.close();
      this._handle = null;
      process.nextTick(emitErrorNT, this, ex);
      return;
    }
    this._connectionKey = `${addressType}:${address}:${port}`;
    if (this._unref) this.unref();
    process.nextTick(emitListeningNT, this);
  }

  address() {
    if (this._handle && this._handle.getsockname) {
      const out = {};
      const err = this._handle.getsockname(out);
      if (err) throw errors.errnoException(err, 'address');
      return out;
    }
    if (this._pipeName) return this._pipeName;
    return null;
  }

  getConnections(cb) {
    process.nextTick(cb, null, this._connections);
    return this;
  }

  close(cb) {
    if (typeof cb === 'function') {
      if (!this._handle) {
        this.once('close', function close() {
          cb(new codes.ERR_SERVER_NOT_RUNNING());
        });
      } else {
        this.once('close', cb);
      }
    }
    if (this._handle) {
      this._handle.close();
      this._handle = null;
    }
    this._emitCloseIfDrained();
    return this;
  }

  _emitCloseIfDrained() {
    if (this._handle || this._connections) return;
    process.nextTick(emitServerCloseNT, this);
  }

  ref() {
    this._unref = false;
    this._handle?.ref();
    return this;
  }

  unref() {
    this._unref = true;
    this._handle?.unref();
    return this;
  }

  async [Symbol.asyncDispose]() {
    if (!this._handle) return;
    await new Promise((resolve, reject) => {
      this.close((err) => (err ? reject(err) : resolve()));
    });
  }
}

function addAbortSignalOption(self, options) {
  if (options?.signal === undefined) return;
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  const onAborted = () => self.close();
  if (signal.aborted) {
    process.nextTick(onAborted);
  } else {
    signal.addEventListener('abort', onAborted, { once: true });
    self.once('close', () => signal.removeEventListener('abort', onAborted));
  }
}

function lookupAndListen(self, port, address, backlog, flags) {
  lazyDns().lookup(address, function doListen(err, ip, addressType) {
    if (err) {
      self.emit('error', err);
    } else {
      self._setupListenHandle(ip, port, ip ? addressType : 4, backlog, undefined, flags);
    }
  });
}

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

const net = {
  BlockList: undefined,
  SocketAddress: undefined,
  Server,
  Socket,
  Stream: Socket,
  connect,
  createConnection: connect,
  createServer,
  getDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  isIP,
  isIPv4,
  isIPv6,
  setDefaultAutoSelectFamily,
  setDefaultAutoSelectFamilyAttemptTimeout,
  _createServerHandle: createServerHandle,
  _normalizeArgs: normalizeArgs,
};
Object.defineProperty(net, 'BlockList', {
  get() { return require('internal/blocklist').BlockList; },
  enumerable: true,
  configurable: true,
});
Object.defineProperty(net, 'SocketAddress', {
  get() { return require('internal/socketaddress').SocketAddress; },
  enumerable: true,
  configurable: true,
});

// The idle timer of a socket fired: emit 'timeout' unless there was activity since it was
// armed, in which case wait for the rest of the idle time from the last activity. With no
// activity since the last arming it fires whatever the clock says.
function onIdleTimer(socket) {
  const last = socket[kLastActive];
  socket[kLastActive] = -Infinity;
  if (last !== -Infinity && socket[kTimeout] !== null) {
    const msecs = socket[kTimeoutMsecs];
    const idle = loopClock[0] - last;
    if (!(idle >= msecs)) {
      socket[kTimeout] = setUnrefTimeout(() => onIdleTimer(socket),
        idle >= 0 ? msecs - idle : msecs);
      return;
    }
  }
  socket._onTimeout();
}

module.exports = net;
