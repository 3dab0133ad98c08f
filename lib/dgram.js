'use strict';
// node:dgram — UDP sockets over internalBinding('udp_wrap') (src/bindings/udp_wrap.c).
//
// A Socket owns one native handle from construction to close(). Binding is asynchronous
// (the address goes through dns.lookup first), so send() and connect() made before the
// socket is bound wait in a queue that runs on 'listening' and is dropped on a bind error.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_SOCKET_ALREADY_BOUND,
    ERR_SOCKET_BAD_BUFFER_SIZE, ERR_SOCKET_BAD_TYPE, ERR_SOCKET_BUFFER_SIZE,
    ERR_SOCKET_DGRAM_IS_CONNECTED, ERR_SOCKET_DGRAM_NOT_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_RUNNING,
  },
  ErrnoException, ExceptionWithHostPort, uvErrmapGet,
} = require('internal/errors');
const {
  validateAbortSignal, validateFunction, validateNumber, validateObject, validatePort,
  validateString,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');

const binding = internalBinding('udp_wrap');
binding.setBufferPrototype(FastBuffer.prototype);

const kState = Symbol('state');

const BIND_UNBOUND = 0;
const BIND_BINDING = 1;
const BIND_BOUND = 2;

const CONNECT_NONE = 0;
const CONNECT_PENDING = 1;
const CONNECT_DONE = 2;

const kBufferTypes = ['Buffer', 'TypedArray', 'DataView', 'string'];

let dnsLookup;
function defaultLookup(address, family, callback) {
  dnsLookup ??= require('dns').lookup;
  return dnsLookup(address, family, callback);
}

function familyName(family) {
  return family === 6 ? 'IPv6' : 'IPv4';
}

// A DataView is handed to the binding as a Uint8Array over the same memory.
function asBytes(view) {
  if (view instanceof DataView) return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return view;
}

// The bytes of one message part (a string or an ArrayBufferView); anything else throws
// ERR_INVALID_ARG_TYPE(name) showing `received`.
function toBytes(item, name, received) {
  if (typeof item === 'string') return Buffer.from(item);
  if (isArrayBufferView(item)) return asBytes(item);
  throw new ERR_INVALID_ARG_TYPE(name, kBufferTypes, received);
}

function toByteList(buffer) {
  if (!Array.isArray(buffer)) return [toBytes(buffer, 'buffer', buffer)];
  const list = new Array(buffer.length);
  for (let i = 0; i < buffer.length; i++) {
    list[i] = toBytes(buffer[i], 'buffer list arguments', buffer);
  }
  return list;
}

// send(msg, offset, length, ...) sends msg[offset, offset + length).
function sliceMessage(buffer, offset, length) {
  if (typeof buffer === 'string') buffer = Buffer.from(buffer);
  else if (!isArrayBufferView(buffer)) throw new ERR_INVALID_ARG_TYPE('buffer', kBufferTypes, buffer);
  offset >>>= 0;
  length >>>= 0;
  if (offset > buffer.byteLength) offset = buffer.byteLength;
  if (length > buffer.byteLength - offset) length = buffer.byteLength - offset;
  return new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length);
}

function systemBufferSizeError(errno, syscall) {
  const [code, message] = uvErrmapGet(errno) ?? ['UNKNOWN', 'unknown error'];
  return new ERR_SOCKET_BUFFER_SIZE({ errno, code, message, syscall });
}

class Socket extends EventEmitter {
  constructor(type, listener) {
    super();
    let options;
    if (type !== null && typeof type === 'object') {
      options = type;
      type = options.type;
    }
    if (type !== 'udp4' && type !== 'udp6') throw new ERR_SOCKET_BAD_TYPE();
    let lookup = defaultLookup;
    if (options?.lookup !== undefined) {
      validateFunction(options.lookup, 'options.lookup');
      lookup = options.lookup;
    }
    this.type = type;
    if (typeof listener === 'function') this.on('message', listener);
    const family = type === 'udp6' ? 6 : 4;
    const handle = binding.create(family);
    handle.onmessage = onMessage;
    handle.owner = this;
    this[kState] = {
      handle,
      family,
      lookup,
      receiving: false,
      bindState: BIND_UNBOUND,
      connectState: CONNECT_NONE,
      queue: undefined,
      reuseAddr: !!options?.reuseAddr,
      ipv6Only: !!options?.ipv6Only,
      recvBufferSize: options?.recvBufferSize,
      sendBufferSize: options?.sendBufferSize,
    };
    if (options?.signal !== undefined) {
      const { signal } = options;
      validateAbortSignal(signal, 'options.signal');
      const onAbort = () => {
        if (this[kState].handle !== null) this.close();
      };
      if (signal.aborted) {
        process.nextTick(onAbort);
      } else {
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }
  }

  // The address as the family's lookup sees it: an empty one means the loopback address.
  #lookup(address, callback) {
    const state = this[kState];
    const fallback = state.family === 6 ? '::1' : '127.0.0.1';
    state.lookup(address || fallback, state.family, callback);
  }

  // Runs fn once the socket is bound; a bind error drops the queue.
  #enqueue(fn) {
    const state = this[kState];
    if (state.queue === undefined) {
      state.queue = [];
      const onError = () => {
        this.removeListener('listening', onListening);
        state.queue = undefined;
      };
      const onListening = () => {
        this.removeListener(EventEmitter.errorMonitor, onError);
        const queue = state.queue;
        state.queue = undefined;
        for (const queued of queue) queued();
      };
      this.once(EventEmitter.errorMonitor, onError);
      this.once('listening', onListening);
    }
    state.queue.push(fn);
  }

  #check() {
    const state = this[kState];
    if (state.handle === null) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
    return state.handle;
  }

  bind(port, address, callback) {
    const handle = this.#check();
    const state = this[kState];
    if (state.bindState !== BIND_UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
    state.bindState = BIND_BINDING;
    const last = arguments.length > 0 ? arguments[arguments.length - 1] : undefined;
    if (typeof last === 'function') this.once('listening', last);
    if (port !== null && typeof port === 'object') {
      address = port.address || '';
      port = port.port;
    } else if (typeof address === 'function') {
      address = '';
    }
    if (!address) address = state.family === 6 ? '::' : '0.0.0.0';
    const onLookup = (err, ip) => {
      if (state.handle !== handle) return;
      if (err) {
        state.bindState = BIND_UNBOUND;
        this.emit('error', err);
        return;
      }
      let flags = 0;
      if (state.reuseAddr) flags |= binding.UV_UDP_REUSEADDR;
      if (state.ipv6Only) flags |= binding.UV_UDP_IPV6ONLY;
      const status = handle.bind(ip, (port | 0) || 0, flags);
      if (status < 0) {
        state.bindState = BIND_UNBOUND;
        this.emit('error', new ExceptionWithHostPort(status, 'bind', ip, port));
        return;
      }
      this.#startListening();
    };
    this.#lookup(address, onLookup);
    return this;
  }

  #startListening() {
    const state = this[kState];
    state.handle.recvStart();
    state.receiving = true;
    state.bindState = BIND_BOUND;
    if (state.recvBufferSize) bufferSize(this, state.recvBufferSize, true);
    if (state.sendBufferSize) bufferSize(this, state.sendBufferSize, false);
    this.emit('listening');
  }

  connect(port, address, callback) {
    port = validatePort(port, 'Port', false);
    if (typeof address === 'function') {
      callback = address;
      address = '';
    } else if (address === undefined) {
      address = '';
    }
    validateString(address, 'address');
    const state = this[kState];
    if (state.connectState !== CONNECT_NONE) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
    state.connectState = CONNECT_PENDING;
    if (state.bindState === BIND_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
    if (state.bindState !== BIND_BOUND) {
      this.#enqueue(() => this.#connect(port, address, callback));
      return;
    }
    this.#connect(port, address, callback);
  }

  #connect(port, address, callback) {
    const state = this[kState];
    if (typeof callback === 'function') this.once('connect', callback);
    this.#lookup(address, (err, ip) => {
      const handle = state.handle;
      if (handle === null) return;
      if (!err) {
        const status = handle.connect(ip, port);
        if (status < 0) err = new ExceptionWithHostPort(status, 'connect', address, port);
      }
      if (err) {
        state.connectState = CONNECT_NONE;
        process.nextTick(() => {
          if (typeof callback === 'function') {
            this.removeListener('connect', callback);
            callback(err);
          } else {
            this.emit('error', err);
          }
        });
        return;
      }
      state.connectState = CONNECT_DONE;
      process.nextTick(() => this.emit('connect'));
    });
  }

  disconnect() {
    const handle = this.#check();
    const state = this[kState];
    if (state.connectState !== CONNECT_DONE) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
    const status = handle.disconnect();
    if (status < 0) throw new ErrnoException(status, 'connect');
    state.connectState = CONNECT_NONE;
  }

  send(buffer, offset, length, port, address, callback) {
    const state = this[kState];
    const connected = state.connectState === CONNECT_DONE;
    let list;
    if (connected) {
      // send(msg[, offset, length][, callback]): no port or address may follow.
      if (typeof length === 'number') {
        buffer = sliceMessage(buffer, offset, length);
        if (typeof port === 'function') {
          callback = port;
          port = null;
        } else {
          callback = address;
        }
      } else {
        callback = offset;
      }
      if (port || address) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
    } else if (address || (port && typeof port !== 'function')) {
      buffer = sliceMessage(buffer, offset, length);
    } else {
      // send(msg, port[, address][, callback]).
      callback = port;
      port = offset;
      address = length;
    }
    list = toByteList(buffer);
    if (!connected) port = validatePort(port, 'Port', false);
    if (typeof callback !== 'function') callback = undefined;
    if (typeof address === 'function') {
      callback = address;
      address = undefined;
    } else if (address !== undefined && address !== null) {
      validateString(address, 'address');
    }
    this.#check();
    if (state.bindState === BIND_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
    if (list.length === 0) list = [new Uint8Array(0)];
    if (state.bindState !== BIND_BOUND) {
      this.#enqueue(() => this.#send(list, port, address, callback, connected));
      return;
    }
    this.#send(list, port, address, callback, connected);
  }

  #send(list, port, address, callback, connected) {
    const state = this[kState];
    const afterLookup = (err, ip) => {
      if (err) {
        if (callback) process.nextTick(callback, err);
        else process.nextTick(() => this.emit('error', err));
        return;
      }
      const handle = state.handle;
      if (handle === null) return;
      const req = { callback, address, port, oncomplete: afterSend };
      const data = list.length === 1 ? list[0] : list;
      const result = connected ? handle.send(req, data) : handle.send(req, data, port, ip);
      if (result === true) return;
      if (result >= 0) {
        if (callback) process.nextTick(callback, null, result);
      } else if (callback) {
        // Without a callback a failed send is silent, as in Node.
        process.nextTick(callback, new ExceptionWithHostPort(result, 'send', address, port));
      }
    };
    if (connected) afterLookup(null, null);
    else this.#lookup(address, afterLookup);
  }

  close(callback) {
    const state = this[kState];
    if (typeof callback === 'function') this.on('close', callback);
    if (state.queue !== undefined) {
      state.queue.push(() => this.close());
      return this;
    }
    const handle = this.#check();
    state.receiving = false;
    state.handle = null;
    handle.onmessage = null;
    handle.owner = null;
    handle.close();
    process.nextTick(() => this.emit('close'));
    return this;
  }

  [Symbol.asyncDispose]() {
    if (this[kState].handle === null) return Promise.resolve();
    return new Promise((resolve) => this.close(resolve));
  }

  address() {
    const result = this.#check().getsockname();
    if (typeof result === 'number') throw new ErrnoException(result, 'getsockname');
    return { address: result[0], family: familyName(result[2]), port: result[1] };
  }

  remoteAddress() {
    const handle = this.#check();
    if (this[kState].connectState !== CONNECT_DONE) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
    const result = handle.getpeername();
    if (typeof result === 'number') throw new ErrnoException(result, 'getpeername');
    return { address: result[0], family: familyName(result[2]), port: result[1] };
  }

  setBroadcast(flag) {
    const status = this.#check().setBroadcast(!!flag);
    if (status < 0) throw new ErrnoException(status, 'setBroadcast');
  }

  setTTL(ttl) {
    validateNumber(ttl, 'ttl');
    const status = this.#check().setTTL(ttl);
    if (status < 0) throw new ErrnoException(status, 'setTTL');
    return ttl;
  }

  setMulticastTTL(ttl) {
    validateNumber(ttl, 'ttl');
    const status = this.#check().setMulticastTTL(ttl);
    if (status < 0) throw new ErrnoException(status, 'setMulticastTTL');
    return ttl;
  }

  setMulticastLoopback(flag) {
    const status = this.#check().setMulticastLoopback(!!flag);
    if (status < 0) throw new ErrnoException(status, 'setMulticastLoopback');
    return flag;
  }

  setMulticastInterface(interfaceAddress) {
    const handle = this.#check();
    validateString(interfaceAddress, 'interfaceAddress');
    const status = handle.setMulticastInterface(interfaceAddress);
    if (status < 0) throw new ErrnoException(status, 'setMulticastInterface');
  }

  addMembership(multicastAddress, interfaceAddress) {
    this.#membership(multicastAddress, interfaceAddress, true, 'addMembership');
  }

  dropMembership(multicastAddress, interfaceAddress) {
    this.#membership(multicastAddress, interfaceAddress, false, 'dropMembership');
  }

  #membership(multicastAddress, interfaceAddress, join, syscall) {
    const handle = this.#check();
    if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
    const status = handle.membership(`${multicastAddress}`,
                                     interfaceAddress == null ? undefined : `${interfaceAddress}`,
                                     join);
    if (status < 0) throw new ErrnoException(status, syscall);
  }

  addSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress) {
    this.#sourceMembership(sourceAddress, groupAddress, interfaceAddress, true,
                           'addSourceSpecificMembership');
  }

  dropSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress) {
    this.#sourceMembership(sourceAddress, groupAddress, interfaceAddress, false,
                           'dropSourceSpecificMembership');
  }

  #sourceMembership(sourceAddress, groupAddress, interfaceAddress, join, syscall) {
    const handle = this.#check();
    validateString(sourceAddress, 'sourceAddress');
    validateString(groupAddress, 'groupAddress');
    const status = handle.sourceMembership(
      sourceAddress, groupAddress, interfaceAddress == null ? undefined : `${interfaceAddress}`,
      join);
    if (status < 0) throw new ErrnoException(status, syscall);
  }

  setRecvBufferSize(size) {
    bufferSize(this, size, true);
  }

  setSendBufferSize(size) {
    bufferSize(this, size, false);
  }

  getRecvBufferSize() {
    return bufferSize(this, 0, true);
  }

  getSendBufferSize() {
    return bufferSize(this, 0, false);
  }

  getSendQueueSize() {
    return this[kState].handle?.getSendQueueSize() ?? 0;
  }

  getSendQueueCount() {
    return this[kState].handle?.getSendQueueCount() ?? 0;
  }

  ref() {
    this[kState].handle?.ref();
    return this;
  }

  unref() {
    this[kState].handle?.unref();
    return this;
  }
}

// Reads the buffer size (size 0) or sets it; the binding answers with the size or a code.
function bufferSize(socket, size, recv) {
  if (size >>> 0 !== size) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
  const handle = socket[kState].handle;
  const result = handle === null ? -9 /* EBADF */ : handle.bufferSize(size, recv);
  if (result < 0) {
    throw systemBufferSizeError(result, recv ? 'uv_recv_buffer_size' : 'uv_send_buffer_size');
  }
  return size === 0 ? result : undefined;
}

// Called by the binding with `this` the handle, once per datagram or receive error.
function onMessage(data, address, port, family) {
  const socket = this.owner;
  if (socket === null || socket === undefined) return;
  if (typeof data === 'number') {
    socket.emit('error', new ErrnoException(data, 'recvmsg'));
    return;
  }
  socket.emit('message', data, { address, family: familyName(family), port, size: data.length });
}

function afterSend(status, bytes) {
  const err = status < 0 ? new ExceptionWithHostPort(status, 'send', this.address, this.port)
    : null;
  this.callback?.(err, bytes);
}

function createSocket(type, listener) {
  return new Socket(type, listener);
}

module.exports = { createSocket, Socket };
