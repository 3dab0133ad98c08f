'use strict';
// ChildProcess (the object spawn() and fork() return), the stdio descriptions handed to the
// process_wrap binding, and the IPC channel of fork() (setupChannel), used by both ends.

const EventEmitter = require('events');
const net = require('net');
const { Process } = internalBinding('process_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const { TCP, constants: TCPConstants } = internalBinding('tcp_wrap');
const { Buffer } = require('buffer');
const { signals } = internalBinding('signal');
const {
  streamState, kLastWriteWasAsync, writeBuffer, writev,
} = internalBinding('stream_wrap');
const { readChunk } = require('internal/stream_base_commons');
const { runTicksNow } = require('internal/process/task_queues');
const { UV_EACCES, UV_EAGAIN, UV_EMFILE, UV_ENFILE, UV_ENOENT, UV_ESRCH, UV_EINVAL,
  UV_ENOSYS, UV_EPROTO, UV_E2BIG } = internalBinding('uv');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_IPC_CHANNEL_CLOSED, ERR_IPC_DISCONNECTED,
    ERR_IPC_ONE_PIPE, ERR_IPC_SYNC_FORK, ERR_INVALID_SYNC_FORK_INPUT, ERR_MISSING_ARGS,
    ERR_UNKNOWN_SIGNAL, ERR_NOT_IMPLEMENTED, ERR_INVALID_HANDLE_TYPE,
  },
  errnoException,
} = require('internal/errors');
const { validateObject, validateOneOf, validateString, validateArray } =
  require('internal/validators');

let serialization;
function lazySerialization() {
  serialization ??= require('internal/child_process/serialization');
  return serialization;
}

let signalNames;
// The name of signal number n ('SIGTERM'), or null for 0.
function signalName(n) {
  if (!n) return null;
  if (signalNames === undefined) {
    signalNames = { __proto__: null };
    for (const name of Object.keys(signals)) signalNames[signals[name]] ??= name;
  }
  return signalNames[n] ?? null;
}

// A signal number from a name or number, as child.kill() and killSignal accept them.
function convertToValidSignal(signal) {
  if (typeof signal === 'number') {
    if (signalName(signal) !== null) return signal;
  } else if (typeof signal === 'string') {
    const n = signals[signal.toUpperCase()];
    if (n !== undefined && Object.hasOwn(signals, signal.toUpperCase())) return n;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

// The stdio descriptions of one spawn: the slots the binding reads ({type: 'ignore'},
// {type: 'pipe', handle}, {type: 'fd', fd}) plus what the JS side needs (ipc, readable...).
function getValidStdio(stdio, sync) {
  let ipc;
  let ipcFd;
  if (typeof stdio === 'string') {
    switch (stdio) {
      case 'ignore':
      case 'pipe':
      case 'overlapped':
      case 'inherit':
        stdio = [stdio, stdio, stdio];
        break;
      default:
        throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  } else {
    stdio = [...stdio];
  }
  while (stdio.length < 3) stdio.push(undefined);

  const slots = [];
  const cleanup = () => {
    for (const slot of slots) if (slot.type === 'pipe' && !sync) slot.handle.close();
  };
  for (let i = 0; i < stdio.length; i++) {
    let s = stdio[i];
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ignore') {
      slots.push({ type: 'ignore' });
    } else if (s === 'pipe' || s === 'overlapped' || (typeof s === 'number' && s < 0)) {
      const slot = { type: 'pipe', readable: i === 0, writable: i !== 0 };
      if (!sync) slot.handle = new Pipe(PipeConstants.SOCKET);
      slots.push(slot);
    } else if (s === 'ipc') {
      if (sync || ipc !== undefined) {
        cleanup();
        if (sync) throw new ERR_IPC_SYNC_FORK();
        throw new ERR_IPC_ONE_PIPE();
      }
      ipc = new Pipe(PipeConstants.IPC);
      ipcFd = i;
      slots.push({ type: 'pipe', handle: ipc, ipc: true });
    } else if (s === 'inherit') {
      slots.push({ type: 'fd', fd: i });
    } else if (typeof s === 'number') {
      slots.push({ type: 'fd', fd: s });
    } else if (typeof s === 'object' && typeof s.fd === 'number' && s.fd >= 0) {
      slots.push({ type: 'fd', fd: s.fd });
    } else if (typeof s === 'object' && s._handle && typeof s._handle.fd === 'number' &&
               s._handle.fd >= 0) {
      slots.push({ type: 'fd', fd: s._handle.fd, wrap: s });
    } else if (ArrayBuffer.isView(s) || typeof s === 'string') {
      if (!sync) {
        cleanup();
        throw new ERR_INVALID_SYNC_FORK_INPUT(require('internal/util/inspect').inspect(s));
      }
      slots.push({ type: 'ignore' });
    } else {
      cleanup();
      throw new ERR_INVALID_ARG_VALUE('stdio', s);
    }
  }
  return { stdio: slots, ipc, ipcFd };
}

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) {
    child.emit('close', child.exitCode, child.signalCode);
  }
}

// After 'exit', readable stdio nobody reads is drained so that it closes and 'close' comes.
function flushStdio(child) {
  const stdio = child.stdio;
  if (stdio == null) return;
  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (!stream || !stream.readable || stream.readableFlowing !== null) continue;
    stream.resume();
  }
}

function onSpawnNT(child) {
  child.emit('spawn');
}

function onErrorNT(child, err) {
  child._handle?.onexit(err, 0);
}

function createSocket(pipe, readable) {
  return new net.Socket({ handle: pipe, readable, writable: true });
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = new Process();
    this._handle.onexit = (exitCode, signalCode) => {
      const signal = signalName(signalCode);
      if (signal) this.signalCode = signal;
      else this.exitCode = exitCode;
      if (this.stdin) this.stdin.destroy();
      if (this._handle) this._handle.close();
      this._handle = null;
      if (exitCode < 0) {
        const syscall = this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn';
        const err = errnoException(exitCode, syscall);
        if (this.spawnfile) err.path = this.spawnfile;
        err.spawnargs = this.spawnargs.slice(1);
        this.emit('error', err);
      } else {
        this.emit('exit', this.exitCode, this.signalCode);
      }
      process.nextTick(flushStdio, this);
      maybeClose(this);
    };
  }

  spawn(options) {
    validateObject(options, 'options');
    const valid = getValidStdio(options.stdio || 'pipe', false);
    const { ipc, ipcFd } = valid;
    const stdio = valid.stdio;
    options.stdio = stdio;
    validateOneOf(options.serialization, 'options.serialization', [undefined, 'json', 'advanced']);
    const serializationMode = options.serialization || 'json';
    if (ipc !== undefined) {
      if (options.envPairs === undefined) options.envPairs = [];
      else validateArray(options.envPairs, 'options.envPairs');
      options.envPairs.push(`NODE_CHANNEL_FD=${ipcFd}`);
      options.envPairs.push(`NODE_CHANNEL_SERIALIZATION_MODE=${serializationMode}`);
    }
    validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    if (options.args === undefined) {
      this.spawnargs = [];
    } else {
      validateArray(options.args, 'options.args');
      this.spawnargs = options.args;
    }

    const err = this._handle.spawn(options);
    if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE || err === UV_ENFILE ||
        err === UV_ENOENT) {
      // Failures of the child itself are 'error' events, not exceptions.
      process.nextTick(onErrorNT, this, err);
      // As in Node, the stdio streams exist but never connect: stdin is destroyed with the
      // error, the others right after it.
      this.stdio = stdio.map((slot, i) => {
        if (slot.type !== 'pipe') return null;
        slot.handle.close();
        if (slot.ipc) return null;
        const socket = createSocket(null, i > 0);
        if (i > 0) this.once('error', () => process.nextTick(() => socket.destroy()));
        return socket;
      });
      this.stdin = this.stdio[0] ?? null;
      this.stdout = this.stdio[1] ?? null;
      this.stderr = this.stdio[2] ?? null;
      return err;
    } else if (err) {
      for (const slot of stdio) if (slot.type === 'pipe') slot.handle.close();
      this._handle.close();
      this._handle = null;
      throw errnoException(err, 'spawn');
    }
    process.nextTick(onSpawnNT, this);
    this.pid = this._handle.pid;

    for (let i = 0; i < stdio.length; i++) {
      const slot = stdio[i];
      if (slot.type === 'ignore') continue;
      if (slot.ipc) {
        this._closesNeeded++;
        continue;
      }
      if (slot.wrap) {
        slot.socket = slot.wrap;
        continue;
      }
      if (slot.handle) {
        slot.socket = createSocket(slot.handle, i > 0);
        if (i > 0) {
          this._closesNeeded++;
          slot.socket.on('close', () => maybeClose(this));
        }
      }
    }
    this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ? stdio[0].socket : null;
    this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ? stdio[1].socket : null;
    this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ? stdio[2].socket : null;
    this.stdio = stdio.map((slot) => (slot.socket === undefined ? null : slot.socket));
    if (ipc !== undefined) setupChannel(this, ipc, serializationMode);
    return err;
  }

  kill(sig) {
    const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle) {
      const err = this._handle.kill(signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err === UV_ESRCH) {
        // Already gone: the exit is on its way.
      } else if (err === UV_EINVAL || err === UV_ENOSYS) {
        throw errnoException(err, 'kill');
      } else {
        this.emit('error', errnoException(err, 'kill'));
      }
    }
    return false;
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }

  ref() {
    this._handle?.ref();
  }

  unref() {
    this._handle?.unref();
  }
}

// ---- the IPC channel ----

const kChannelHandle = Symbol('kChannelHandle');

// process.channel / child.channel: the channel's ref count, as Node's. In a child, the
// channel keeps the process alive only while 'message' or 'disconnect' listeners exist,
// unless ref()/unref() was called explicitly.
class Control extends EventEmitter {
  #channel;
  #refs = 0;
  #refExplicitlySet = false;

  constructor(channel) {
    super();
    this.#channel = channel;
    this[kChannelHandle] = channel;
  }

  refCounted() {
    if (++this.#refs === 1 && !this.#refExplicitlySet) this.#channel.ref();
  }

  unrefCounted() {
    if (--this.#refs === 0 && !this.#refExplicitlySet) {
      this.#channel.unref();
      this.emit('unref');
    }
  }

  ref() {
    this.#refExplicitlySet = true;
    this.#channel.ref();
  }

  unref() {
    this.#refExplicitlySet = true;
    this.#channel.unref();
  }

  get fd() {
    return this.#channel ? this.#channel.fd : undefined;
  }
}

const kHighWaterMark = 65536 * 2;

// Makes target (a ChildProcess, or process in a forked child) speak over channel, a
// Pipe(IPC) handle. Returns the Control.
function setupChannel(target, channel, serializationMode) {
  const {
    FrameReader, FrameWriter, FrameError, serialize, decodeFrame, kAdvanced, kAdvancedHandle,
    kHeader, writeHeader,
  } = lazySerialization();
  const advanced = serializationMode === 'advanced';
  const control = new Control(channel);
  target.channel = control;
  target._channel = channel;
  target.connected = true;

  const writer = new FrameWriter();
  let queuedBytes = 0; // framed but not yet handed to the handle
  let queuedCallbacks = [];
  let flushScheduled = false;
  let pendingWrites = 0; // writes the handle has not finished
  let closeWhenDrained = false;

  function emitWriteError(err, callbacks) {
    const ex = errnoException(err, 'write');
    let handled = false;
    for (const cb of callbacks) {
      if (typeof cb === 'function') {
        process.nextTick(cb, ex);
        handled = true;
      }
    }
    if (!handled) process.nextTick(() => target.emit('error', ex));
  }

  function onWriteDone(status) {
    pendingWrites--;
    const callbacks = this.callbacks;
    if (status < 0 && status !== -125 /* ECANCELED */) {
      emitWriteError(status, callbacks);
    } else {
      for (const cb of callbacks) if (typeof cb === 'function') cb(null);
    }
    if (pendingWrites === 0 && closeWhenDrained) finishDisconnect();
  }

  function flush() {
    flushScheduled = false;
    const chunks = writer.take();
    const callbacks = queuedCallbacks;
    queuedCallbacks = [];
    queuedBytes = 0;
    if (chunks.length === 0) return;
    if (target._channel === null) return;
    const req = { oncomplete: onWriteDone, callbacks };
    // The shared natives: a method read off the handle costs a class-table walk.
    const err = chunks.length === 1 ? writeBuffer.call(channel, req, chunks[0]) :
      writev.call(channel, req, chunks);
    if (err) {
      emitWriteError(err, callbacks);
      return;
    }
    if (streamState[kLastWriteWasAsync] === 1) {
      pendingWrites++;
      writer.release(false);
    } else {
      writer.release(true);
      for (const cb of callbacks) if (typeof cb === 'function') process.nextTick(cb, null);
    }
  }

  target._send = function send(message, handle, options, callback) {
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    const type = typeof message;
    if (type !== 'string' && type !== 'object' && type !== 'number' && type !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'],
                                     message);
    }
    if (handle !== undefined && handle !== null) {
      return sendWithHandle(message, handle, options, callback);
    }
    if (advanced) {
      queuedBytes += writer.addBytes(kAdvanced, serialize(message), true);
    } else {
      const text = JSON.stringify(message);
      queuedBytes += writer.addLine(text === undefined ? 'null' : text);
    }
    queuedCallbacks.push(callback);
    if (queuedBytes >= 65536) {
      flush();
    } else if (!flushScheduled) {
      flushScheduled = true;
      process.nextTick(flush);
    }
    return queuedBytes + queuedInHandle() < kHighWaterMark;
  };

  // What the handle still holds: nothing unless a write went asynchronous (reading
  // writeQueueSize off the handle costs a class-table walk and a native call per send).
  function queuedInHandle() {
    return pendingWrites > 0 ? channel.writeQueueSize : 0;
  }

  // A message with a net.Server or net.Socket: its descriptor goes with the frame's bytes.
  // Frames queued before it leave first; a socket is closed on this side once sent (unless
  // options.keepOpen), as in Node.
  function sendWithHandle(message, handle, options, callback) {
    let type;
    let wrap;
    if (handle instanceof net.Server) {
      type = 'net.Server';
      wrap = handle._handle;
    } else if (handle instanceof net.Socket) {
      type = 'net.Socket';
      wrap = handle._handle;
    } else if (handle instanceof TCP || handle instanceof Pipe) {
      type = 'net.Native';
      wrap = handle;
    } else if (typeof handle?.bind === 'function' && typeof handle?.addMembership === 'function') {
      throw new ERR_NOT_IMPLEMENTED('sending a dgram.Socket');
    } else {
      throw new ERR_INVALID_HANDLE_TYPE();
    }
    if (!wrap || !(wrap.fd >= 0)) {
      const ex = new ERR_INVALID_HANDLE_TYPE();
      if (typeof callback === 'function') process.nextTick(callback, ex);
      else process.nextTick(() => target.emit('error', ex));
      return false;
    }
    let frame;
    if (advanced) {
      const payload = serialize({ t: type, m: message });
      frame = Buffer.allocUnsafe(kHeader + payload.length);
      writeHeader(frame, 0, kAdvancedHandle, payload.length);
      frame.set(payload, kHeader);
    } else {
      frame = Buffer.from(`${JSON.stringify({ cmd: 'NODE_HANDLE', type, msg: message })}\n`);
    }
    if (queuedCallbacks.length > 0) flush();
    pendingWrites++;
    const req = {
      oncomplete(status) {
        pendingWrites--;
        if (status < 0) {
          emitWriteError(status, [callback]);
        } else {
          if (type === 'net.Socket' && !options.keepOpen) handle.destroy();
          if (typeof callback === 'function') callback(null);
        }
        if (pendingWrites === 0 && closeWhenDrained) finishDisconnect();
      },
    };
    const err = channel.writeHandle(req, frame, wrap);
    if (err) {
      pendingWrites--;
      emitWriteError(err, [callback]);
      return false;
    }
    return queuedInHandle() < kHighWaterMark;
  }

  target.send = function(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    options = { swallowErrors: false, ...options };
    if (this.connected) return this._send(message, handle, options, callback);
    const ex = new ERR_IPC_CHANNEL_CLOSED();
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => this.emit('error', ex));
    return false;
  };

  let disconnected = false;
  function finishDisconnect() {
    if (disconnected) return;
    disconnected = true;
    closeWhenDrained = false;
    target._channel = null;
    target.channel = null;
    channel.readStop();
    channel.close();
    process.nextTick(() => {
      target.emit('disconnect');
      if (target instanceof ChildProcess) maybeClose(target);
    });
  }

  target._disconnect = function() {
    target.connected = false;
    if (flushScheduled) flush();
    if (pendingWrites > 0) closeWhenDrained = true;
    else finishDisconnect();
  };

  target.disconnect = function() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    this._disconnect();
  };

  // Opens the descriptor that came with a handle message as what was sent (type), then
  // emits message with it.
  function receiveHandle(type, message) {
    const pending = channel.pendingType();
    let wrap = null;
    if (pending === 1) wrap = new TCP(TCPConstants.SOCKET);
    else if (pending === 2) wrap = new Pipe(PipeConstants.SOCKET);
    if (wrap === null || channel.acceptPending(wrap) !== 0) {
      wrap?.close();
      throw new FrameError('a handle message without a descriptor');
    }
    // cluster's handles (NODE_CLUSTER messages) are internal too.
    const event = isInternal(message) ? 'internalMessage' : 'message';
    if (type === 'net.Server') {
      const server = new net.Server();
      server.listen(wrap, () => process.nextTick(emitMessage, event, message, server));
    } else if (type === 'net.Socket') {
      const socket = new net.Socket({ handle: wrap, readable: true, writable: true });
      process.nextTick(emitMessage, event, message, socket);
    } else {
      process.nextTick(emitMessage, event, message, wrap);
    }
  }

  // Emits one received message (from a tick, as Node does). Throws FrameError for a handle
  // message that is not well formed.
  function receive(message) {
    if (!isInternal(message)) {
      process.nextTick(emitMessage, 'message', message);
    } else if (message.cmd === 'NODE_HANDLE' && !advanced) {
      if (typeof message.type !== 'string') throw new FrameError('bad handle message');
      receiveHandle(message.type, message.msg);
    } else {
      process.nextTick(emitMessage, 'internalMessage', message);
    }
  }

  const reader = advanced ? new FrameReader((kind, buf, start, end) => {
    const message = decodeFrame(buf, start, end);
    if (kind !== kAdvancedHandle) {
      receive(message);
    } else if (message === null || typeof message !== 'object' || typeof message.t !== 'string') {
      throw new FrameError('bad handle frame');
    } else {
      receiveHandle(message.t, message.m);
    }
  }) : null;

  // Messages that arrived before a disconnect are still delivered (as in Node).
  function emitMessage(event, message, handle) {
    target.emit(event, message, handle);
  }

  function fail(err) {
    // A malformed frame: report it and close the channel, which cannot be resynchronized.
    process.nextTick(() => target.emit('error', err));
    target.connected = false;
    finishDisconnect();
  }

  // A read: bytes (advanced), an array of the messages of complete lines (json), or a
  // number: the end, a read error (both close the channel as the end does), or for json
  // UV_EPROTO (a line that is not JSON) or UV_E2BIG (a line that never ends).
  channel.onread = function(arg) {
    if (typeof arg !== 'number') {
      try {
        if (advanced) {
          reader.push(readChunk(arg));
        } else {
          for (let i = 0; i < arg.length; i++) receive(arg[i]);
        }
      } catch (err) {
        // Whatever decoding a frame threw (a RangeError for absurd nesting, too), the
        // stream cannot be trusted past it. User code never runs here (messages are
        // emitted from the tick queue).
        fail(err instanceof FrameError ? err : new FrameError(`${err?.message ?? err}`));
      }
      // The messages of the read are emitted from ticks: run them in this call.
      runTicksNow();
      return;
    }
    if (arg === UV_EPROTO) {
      fail(new FrameError('invalid JSON'));
    } else if (arg === UV_E2BIG) {
      fail(new FrameError('a line without end'));
    } else if (advanced ? reader.pending > 0 : channel.jsonPending() > 0) {
      fail(new FrameError('truncated frame at the end of the channel'));
    } else {
      target.connected = false;
      finishDisconnect();
    }
  };
  if (!advanced) channel.readJson();
  channel.readStart();
  return control;
}

// Messages whose cmd starts with 'NODE_' are internal: 'internalMessage', not 'message'.
function isInternal(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.startsWith('NODE_');
}

// Sets up process.send & co. in a child started with NODE_CHANNEL_FD (called at start-up).
function setupChildChannel(fd, serializationMode) {
  const p = new Pipe(PipeConstants.IPC);
  const err = p.open(fd);
  if (err) throw errnoException(err, 'open');
  p.unref();
  const control = setupChannel(process, p, serializationMode);
  process.on('newListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.refCounted();
  });
  process.on('removeListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.unrefCounted();
  });
}

module.exports = {
  ChildProcess, getValidStdio, setupChannel, setupChildChannel, convertToValidSignal,
  signalName,
};
