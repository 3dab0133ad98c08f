'use strict';
// node:_tls_wrap (internal, exposed by Node): TLSSocket, tls.Server, tls.connect.
//
// A TLSSocket is a net.Socket without a handle of its own: it wraps another stream (a
// net.Socket, or any Duplex) that carries the ciphertext, and drives one native TLS
// connection over memory buffers (internalBinding('tls_wrap')). Every chunk read from the
// wrapped stream goes into the connection with one call, which returns what happened, the
// ciphertext to send back and the plaintext that arrived; writes are encrypted with one call
// per write (or writev). Over a net.Socket the connection reads the socket's handle itself
// (consumeRaw: one call into JS per read, no 'data' event on the raw socket) and writes the
// records straight to it while the raw socket has nothing queued. Policy (verification,
// rejectUnauthorized, SNI, ALPN, events) is here.

const { Buffer } = require('buffer');
const net = require('net');
const { isIP } = require('internal/net');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_MULTIPLE_CALLBACK, ERR_OUT_OF_RANGE, ERR_SOCKET_CLOSED,
    ERR_TLS_HANDSHAKE_TIMEOUT, ERR_TLS_INVALID_CONTEXT, ERR_TLS_REQUIRED_SERVER_NAME,
    ERR_TLS_SNI_FROM_SERVER,
  },
  errnoException,
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateInt32, validateNumber, validateObject,
  validateString,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const common = require('_tls_common');
const {
  SecureContext, binding, certificateObject, clientSecureContext, createSecureContext,
} = common;
const { asBuffer, binding: cryptoBinding } = require('internal/crypto/util');
const { FastBuffer } = require('internal/buffer');
const { startReading, stopReading } = require('internal/stream_base_commons');

// receive() flags (src/bindings/tls_wrap.c).
const R_HANDSHAKE_DONE = 1;
const R_EOF = 2;
const R_ERROR = 4;
const R_SNI = 8;
const R_KEYLOG = 16;
const R_SESSION = 32;

// conn.set() keys.
const kSetServername = 0;
const kSetALPN = 1;
const kSetSession = 2;
const kSetSNIPause = 3;
const kSetKeylog = 4;
const kSetVerify = 5;
const kSetContext = 6;
const kSetServerALPN = 7;

// conn.get() keys.
const kGetProtocol = 0;
const kGetCipher = 1;
const kGetSession = 2;
const kGetReused = 3;
const kGetALPN = 4;
const kGetVerifyError = 5;
const kGetServername = 6;
const kGetPeerChain = 7;
const kGetOwnCert = 8;
const kGetKeylog = 9;
const kGetNewSession = 10;

const kConn = Symbol('conn');
const kRaw = Symbol('raw');
const kSecure = Symbol('secure');
const kPending = Symbol('pendingWrites');
const kPendingFinal = Symbol('pendingFinal');
const kOptions = Symbol('tlsOptions');
const kRawPaused = Symbol('rawPaused');
const kHandshakeTimer = Symbol('handshakeTimer');
const kErrorEmitted = Symbol('errorEmitted');
const kRawListeners = Symbol('rawListeners');
const kReceiving = Symbol('receiving');
const kStartOnConnect = Symbol('startOnConnect');
const kConsumed = Symbol('consumed');
const kWriteCallbacks = Symbol('writeCallbacks');

let JSStreamSocket;

// A TLSSocket's `_handle` when it runs over a stream that is not a net.Socket (Node's
// TLSWrap): only `_parentWrap`, the JSStreamSocket carrying the ciphertext, means anything
// (got/http2-wrapper reach that class through it). Over a net.Socket `_handle` stays null,
// so http's fast paths that drive a native handle keep away from TLS sockets.
class TLSWrap {
  constructor(parentWrap) {
    this._parentWrap = parentWrap;
    this.bytesRead = 0;
  }
}

// Names of OpenSSL's X509_V_ERR_* codes, as Node reports them in err.code.
const kVerifyErrorNames = [
  undefined, 'UNSPECIFIED', 'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_CRL',
  'UNABLE_TO_DECRYPT_CERT_SIGNATURE', 'UNABLE_TO_DECRYPT_CRL_SIGNATURE',
  'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY', 'CERT_SIGNATURE_FAILURE', 'CRL_SIGNATURE_FAILURE',
  'CERT_NOT_YET_VALID', 'CERT_HAS_EXPIRED', 'CRL_NOT_YET_VALID', 'CRL_HAS_EXPIRED',
  'ERROR_IN_CERT_NOT_BEFORE_FIELD', 'ERROR_IN_CERT_NOT_AFTER_FIELD',
  'ERROR_IN_CRL_LAST_UPDATE_FIELD', 'ERROR_IN_CRL_NEXT_UPDATE_FIELD', 'OUT_OF_MEM',
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'CERT_CHAIN_TOO_LONG',
  'CERT_REVOKED', 'INVALID_CA', 'PATH_LENGTH_EXCEEDED', 'INVALID_PURPOSE', 'CERT_UNTRUSTED',
  'CERT_REJECTED', 'SUBJECT_ISSUER_MISMATCH', 'AKID_SKID_MISMATCH',
  'AKID_ISSUER_SERIAL_MISMATCH', 'KEYUSAGE_NO_CERTSIGN', 'UNABLE_TO_GET_CRL_ISSUER',
  'UNHANDLED_CRITICAL_EXTENSION', 'KEYUSAGE_NO_CRL_SIGN', 'UNHANDLED_CRITICAL_CRL_EXTENSION',
  'INVALID_NON_CA', 'PROXY_PATH_LENGTH_EXCEEDED', 'KEYUSAGE_NO_DIGITAL_SIGNATURE',
  'PROXY_CERTIFICATES_NOT_ALLOWED', 'INVALID_EXTENSION', 'INVALID_POLICY_EXTENSION',
  'NO_EXPLICIT_POLICY', 'DIFFERENT_CRL_SCOPE', 'UNSUPPORTED_EXTENSION_FEATURE',
  'UNNESTED_RESOURCE', 'PERMITTED_VIOLATION', 'EXCLUDED_VIOLATION', 'SUBTREE_MINMAX',
  'APPLICATION_VERIFICATION', 'UNSUPPORTED_CONSTRAINT_TYPE', 'UNSUPPORTED_CONSTRAINT_SYNTAX',
  'UNSUPPORTED_NAME_SYNTAX', 'CRL_PATH_VALIDATION_ERROR',
];

const kUnableToGetIssuerCertLocally = 20;
const kUnableToVerifyLeafSignature = 21;
// The codes for which Node 24 hints at its --use-system-ca flag.
const kSystemCAHint = new Set([2, 18, 19, 20, 21]);

function verifyError(socket, info) {
  let [code, message] = info;
  // A lone leaf whose issuer is unknown: OpenSSL 3.0 says "local issuer", later versions
  // (Node's) "the first certificate".
  if (code === kUnableToGetIssuerCertLocally &&
      socket[kConn].get(kGetPeerChain).length === 1) {
    code = kUnableToVerifyLeafSignature;
    message = binding().verifyMessage(code);
  }
  if (kSystemCAHint.has(code)) {
    message += '; if the root CA is installed locally, try running Node.js with --use-system-ca';
  }
  const err = new Error(message);
  err.code = kVerifyErrorNames[code] ?? `X509_V_ERR_${code}`;
  return err;
}

// The Error for a failed TLS operation: OpenSSL's message, Node's ERR_SSL_* code.
function sslError() {
  const info = cryptoBinding.lastError();
  if (info === undefined) return new Error('TLS error');
  const [message, library, reason] = info;
  const err = new Error(message);
  if (library) err.library = library;
  if (reason) {
    err.reason = reason;
    err.code = `ERR_SSL_${reason.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
  }
  return err;
}

// ---- ALPN ----

// Sets out.ALPNProtocols to the wire form (length-prefixed names) of an array of protocol
// names or a view; anything else leaves it alone (a client then rejects it).
function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    // Buffer.byteLength gives Node's error for elements that are neither strings nor bytes.
    const lengths = protocols.map((p, i) => {
      const length = Buffer.byteLength(p);
      if (length > 255) {
        throw new ERR_OUT_OF_RANGE(`The byte length of the protocol at index ${i} exceeds the ` +
          'maximum length.', '<= 255', length, true);
      }
      return length;
    });
    const parts = [];
    for (let i = 0; i < protocols.length; i++) {
      if (typeof protocols[i] !== 'string') {
        // Node's native write takes strings only and says so in these words.
        const err = new TypeError('argument must be a string');
        err.code = 'ERR_INVALID_ARG_TYPE';
        throw err;
      }
      parts.push(Buffer.from([lengths[i]]), Buffer.from(protocols[i]));
    }
    out.ALPNProtocols = Buffer.concat(parts);
  } else if (isArrayBufferView(protocols)) {
    out.ALPNProtocols = Buffer.from(new Uint8Array(protocols.buffer, protocols.byteOffset,
      protocols.byteLength));
  }
}

// Converts a client's options.ALPNProtocols, which must end up as bytes: Node's native setter
// rejects anything else (a server ignores what it cannot convert).
function checkClientALPN(options) {
  convertALPNProtocols(options.ALPNProtocols, options);
  if (!isArrayBufferView(options.ALPNProtocols)) {
    throw new TypeError('Must give a Buffer as first argument');
  }
}

// ---- TLSSocket ----

function onRawData(chunk) {
  const socket = this;
  if (socket.destroyed || socket[kConn] === null) return;
  if (typeof chunk === 'string') chunk = Buffer.from(chunk);
  socket._unrefTimer();
  receive(socket, chunk);
}

function onRawEnd() {
  const socket = this;
  if (socket.destroyed) return;
  if (!socket[kSecure]) {
    socket.destroy(disconnectedError(socket));
    return;
  }
  socket.push(null);
}

function onRawError(err) {
  const socket = this;
  if (!socket.destroyed) socket.destroy(err);
}

function onRawClose() {
  const socket = this;
  if (socket.destroyed) return;
  socket.destroy(socket[kSecure] ? null : disconnectedError(socket));
}

function onRawConnect() {
  const socket = this;
  socket.connecting = false;
  consumeRaw(socket);
  socket.emit('connect');
  if (socket[kStartOnConnect]) startClient(socket);
}

// Over a net.Socket whose handle nobody has read from yet, the native connection reads the
// ciphertext straight from the handle (conn.consume): one call into JS per read, with the
// plaintext, instead of the raw socket's 'data' event and a receive() call.
function consumeRaw(socket) {
  const raw = socket[kRaw];
  const conn = socket[kConn];
  if (socket[kConsumed] || conn === null || !(raw instanceof net.Socket) || raw.connecting ||
      raw.readableLength !== 0 || raw._handle == null ||
      typeof raw._handle.readStart !== 'function') {
    return;
  }
  // A write the connection queued on the handle is done (see writeCleartext).
  conn.onwrite = (status) => {
    const cb = socket[kWriteCallbacks].shift();
    if (cb === undefined) return;
    if (status < 0) cb(errnoException(status, 'write'));
    else cb();
  };
  conn.onreceive = (flags, out, plain, offset, length) => {
    if (socket.destroyed || socket[kConn] !== conn) return;
    socket._unrefTimer();
    socket[kReceiving] = true;
    try {
      onReceived(socket, conn, flags, out, plain, offset, length);
      receiveQueued(socket);
    } finally {
      socket[kReceiving] = false;
    }
  };
  socket[kConsumed] = conn.consume(raw._handle);
}

function disconnectedError(socket) {
  const err = new Error('Client network socket disconnected before secure TLS connection ' +
    'was established');
  err.code = 'ECONNRESET';
  const opts = socket[kOptions];
  err.path = opts.path;
  err.host = opts.host;
  err.port = opts.port;
  err.localAddress = opts.localAddress;
  return err;
}

function writeRaw(socket, bytes, cb) {
  const raw = socket[kRaw];
  if (bytes === undefined) {
    if (cb) process.nextTick(cb);
    return;
  }
  if (raw.destroyed || raw.writableEnded) {
    if (cb) process.nextTick(cb, new ERR_SOCKET_CLOSED());
    return;
  }
  raw.write(asBuffer(bytes), cb);
}

// Feeds ciphertext (or null: continue the handshake) and acts on the outcome. A Duplex
// may answer what receiveOne() writes at once: kReceiving is false, true while a chunk is
// fed, or the chunks that arrived meanwhile, which are fed after it, in order.
function receive(socket, chunk) {
  const state = socket[kReceiving];
  if (state !== false) {
    if (state === true) socket[kReceiving] = [chunk];
    else state.push(chunk);
    return;
  }
  socket[kReceiving] = true;
  try {
    receiveOne(socket, chunk);
    receiveQueued(socket);
  } finally {
    socket[kReceiving] = false;
  }
}

// Feeds the chunks queued while a receive was handled.
function receiveQueued(socket) {
  const queued = socket[kReceiving];
  if (queued === true) return;
  for (let i = 0; i < queued.length && !socket.destroyed && socket[kConn] !== null; i++) {
    receiveOne(socket, queued[i]);
  }
}

function receiveOne(socket, chunk) {
  const conn = socket[kConn];
  const r = conn.receive(chunk);
  onReceived(socket, conn, r[0], r[1], r[2], r[3], r[4]);
}

// Acts on the outcome of a receive: its flags, the ciphertext to send back (or undefined)
// and the plaintext that arrived (length bytes at offset in ArrayBuffer plain, or undefined).
function onReceived(socket, conn, flags, out, plain, offset, length) {
  // Read OpenSSL's error first: a Duplex may hand the records below to the peer's
  // connection at once, and its receive() clears the error queue.
  const err = flags & R_ERROR ? sslError() : null;
  if (out !== undefined) writeRaw(socket, out);
  if (flags & R_KEYLOG) emitKeylog(socket, conn);
  if (err !== null) {
    const raw = socket[kRaw];
    if (!raw.destroyed && !raw.writableEnded && typeof raw.end === 'function') raw.end();
    socket.destroy(err);
    return;
  }
  if (flags & R_SNI) {
    handleSNI(socket, conn);
    return;
  }
  if (flags & R_HANDSHAKE_DONE) {
    onHandshakeDone(socket, conn);
    if (socket.destroyed) return;
  }
  if (flags & R_SESSION) {
    const session = conn.get(kGetNewSession);
    if (session !== undefined) socket.emit('session', asBuffer(session));
  }
  if (plain !== undefined && !socket.destroyed) {
    if (!socket.push(new FastBuffer(plain, offset, length))) pauseRaw(socket);
  }
  if ((flags & R_EOF) && !socket.destroyed) socket.push(null);
}

function pauseRaw(socket) {
  if (!socket[kRawPaused]) {
    socket[kRawPaused] = true;
    // A consumed handle pushes nothing into the raw socket: its reads stop here.
    if (socket[kConsumed]) stopReading(socket[kRaw]);
    else socket[kRaw].pause();
  }
}

function emitKeylog(socket, conn) {
  const lines = conn.get(kGetKeylog);
  if (lines === undefined) return;
  const buf = asBuffer(lines);
  const server = socket[kOptions].server;
  let start = 0;
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] !== 10) continue;
    const line = buf.subarray(start, i + 1);
    start = i + 1;
    if (server) server.emit('keylog', line, socket);
    else socket.emit('keylog', line);
  }
}

function handleSNI(socket, conn) {
  const opts = socket[kOptions];
  const servername = conn.get(kGetServername);
  const callback = opts.SNICallback;
  let called = false;
  const done = (err, context) => {
    if (called) {
      socket.destroy(new ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    if (socket.destroyed || socket[kConn] === null) return;
    if (err) {
      socket.destroy(err);
      return;
    }
    if (context) {
      if (context.context === undefined) {
        socket.destroy(new ERR_TLS_INVALID_CONTEXT('context'));
        return;
      }
      conn.set(kSetContext, context.context);
    }
    receive(socket, null);
  };
  if (typeof servername !== 'string') {
    done(null, undefined);
    return;
  }
  callback.call(socket, servername, done);
}

function onHandshakeDone(socket, conn) {
  const opts = socket[kOptions];
  socket[kSecure] = true;
  if (socket[kHandshakeTimer]) {
    clearTimeout(socket[kHandshakeTimer]);
    socket[kHandshakeTimer] = null;
  }
  const alpn = conn.get(kGetALPN);
  socket.alpnProtocol = alpn;
  if (opts.isServer) {
    const name = conn.get(kGetServername);
    socket.servername = name;
    if (opts.requestCert) {
      const info = conn.get(kGetVerifyError);
      if (info === undefined) {
        socket.authorized = true;
      } else {
        const err = verifyError(socket, info);
        socket.authorizationError = err.code;
        if (opts.rejectUnauthorized) {
          socket.destroy(err);
          return;
        }
      }
    }
    flushPending(socket);
    // A server socket made directly (over any Duplex) has no server to tell.
    if (opts.server) opts.server.emit('secureConnection', socket);
    socket.emit('secure');
    return;
  }
  // Client: verify the chain, then the name.
  let err;
  const info = conn.get(kGetVerifyError);
  if (info !== undefined) {
    err = verifyError(socket, info);
  } else {
    const cert = socket.getPeerCertificate(true);
    const hostname = opts.servername || opts.host?.replace(/^\[|\]$/g, '') || 'localhost';
    const check = opts.checkServerIdentity ?? require('tls').checkServerIdentity;
    err = check(hostname, cert);
  }
  if (err) {
    socket.authorized = false;
    socket.authorizationError = err.code || err.message;
    if (opts.rejectUnauthorized) {
      socket.destroy(err);
      return;
    }
  } else {
    socket.authorized = true;
  }
  flushPending(socket);
  socket.emit('secureConnect');
  socket.emit('secure');
}

function flushPending(socket) {
  const pending = socket[kPending];
  socket[kPending] = [];
  for (const [writev, data, encoding, cb] of pending) {
    if (writev) socket._writev(data, cb);
    else socket._write(data, encoding, cb);
  }
  const final = socket[kPendingFinal];
  if (final) {
    socket[kPendingFinal] = null;
    socket._final(final);
  }
}

// Encrypts one chunk (or, for writev, the { chunk, encoding } entries) and writes the
// records to the raw socket; before the handshake ends, the write waits in kPending.
function writeCleartext(socket, writev, data, encoding, cb) {
  if (!socket[kSecure]) {
    socket[kPending].push([writev, data, encoding, cb]);
    return;
  }
  if (socket[kConn] === null) {
    cb(new ERR_SOCKET_CLOSED());
    return;
  }
  let input;
  if (writev) {
    input = new Array(data.length);
    for (let i = 0; i < data.length; i++) {
      const { chunk, encoding } = data[i];
      input[i] = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    }
  } else {
    input = typeof data === 'string' ? Buffer.from(data, encoding) : data;
  }
  socket._unrefTimer();
  // With nothing queued on the raw socket, the records go straight to its handle: written at
  // once (0), or queued there by the connection when it consumes the handle (1: conn.onwrite
  // calls back).
  const raw = socket[kRaw];
  const direct = raw.writableLength === 0 && !raw.connecting && !raw.destroyed &&
    !raw.writableEnded ? raw._handle : undefined;
  const out = socket[kConn].write(input, direct);
  if (out === 0) cb();
  else if (out === 1) socket[kWriteCallbacks].push(cb);
  else if (typeof out === 'number') cb(sslError());
  else writeRaw(socket, out, cb);
}

function startClient(socket) {
  if (socket.destroyed || socket[kConn] === null) return;
  receive(socket, null);
}

// Sends the ClientHello once the raw stream is connected (on the next tick, so that the
// caller can add listeners first).
function startHandshake(socket) {
  if (socket.connecting) socket[kStartOnConnect] = true;
  else process.nextTick(startClient, socket);
}

function onNewListener(event) {
  if (event === 'keylog' && this[kConn] !== null) {
    this[kConn].set(kSetKeylog, 1);
  }
}

class TLSSocket extends net.Socket {
  constructor(socket, opts) {
    const options = { __proto__: null, rejectUnauthorized: true, ...opts };
    super({ allowHalfOpen: options.allowHalfOpen ?? socket?.allowHalfOpen ?? false });
    if (options.ALPNProtocols) {
      if (options.isServer) convertALPNProtocols(options.ALPNProtocols, options);
      else checkClientALPN(options);
    }
    let context = options.secureContext;
    if (context === undefined) {
      context = createSecureContext(options);
    } else if (!(context instanceof SecureContext) && context?.context === undefined) {
      throw new ERR_TLS_INVALID_CONTEXT('context');
    }
    this[kOptions] = options;
    this[kSecure] = false;
    this[kPending] = [];
    this[kPendingFinal] = null;
    this[kRawPaused] = false;
    this[kReceiving] = false;
    this[kHandshakeTimer] = null;
    this[kErrorEmitted] = false;
    this.encrypted = true;
    this.authorized = false;
    this.authorizationError = null;
    this.alpnProtocol = null;
    this.servername = null;
    this._secureEstablished = false;
    this.secureConnecting = true;
    this.ssl = null;

    if (socket === undefined || socket === null) socket = new net.Socket();
    if (socket instanceof net.Socket) {
      this._parent = socket;
    } else {
      // Any other Duplex is read and written through a JSStreamSocket, as in Node.
      JSStreamSocket ??= require('internal/js_stream_socket');
      socket = new JSStreamSocket(socket);
      this._handle = new TLSWrap(socket);
    }
    this[kRaw] = socket;
    this[kStartOnConnect] = false;
    this[kConsumed] = false;
    this[kWriteCallbacks] = [];

    const conn = binding().createConnection(context.context, Boolean(options.isServer));
    if (typeof conn === 'number') throw sslError();
    this[kConn] = conn;
    this.ssl = conn;

    if (options.isServer) {
      const mode = options.requestCert ? (options.rejectUnauthorized ? 2 : 1) : 0;
      if (mode !== 0) conn.set(kSetVerify, mode);
      if (isArrayBufferView(options.ALPNProtocols)) {
        conn.set(kSetServerALPN, options.ALPNProtocols);
      }
      if (options.SNICallback) conn.set(kSetSNIPause, 1);
      if (options.server?.listenerCount('keylog') > 0) conn.set(kSetKeylog, 1);
    } else {
      const servername = options.servername;
      if (servername) conn.set(kSetServername, servername);
      if (options.ALPNProtocols) conn.set(kSetALPN, options.ALPNProtocols);
      if (options.session) {
        const s = options.session;
        if (isArrayBufferView(s)) conn.set(kSetSession, s);
      }
      this.on('newListener', onNewListener);
    }

    const listeners = {
      data: onRawData.bind(this),
      end: onRawEnd.bind(this),
      error: onRawError.bind(this),
      close: onRawClose.bind(this),
    };
    this[kRawListeners] = listeners;
    socket.on('data', listeners.data);
    socket.on('end', listeners.end);
    socket.on('error', listeners.error);
    socket.on('close', listeners.close);

    // A client's handshake starts only when tls.connect() asks for it (startHandshake).
    if (!options.isServer && (socket.connecting || socket.pending === true && !socket.readable)) {
      this.connecting = true;
      socket.once('connect', onRawConnect.bind(this));
    }
    if (!this.connecting) consumeRaw(this);
    if (socket.isPaused?.() || socket.readableFlowing !== true) socket.resume?.();
  }

  get pending() {
    return this.connecting;
  }

  get bufferSize() {
    return this.writableLength;
  }

  _getpeername() {
    return this[kRaw]?._getpeername?.() ?? {};
  }

  _getsockname() {
    return this[kRaw]?._getsockname?.() ?? {};
  }

  setNoDelay(enable) {
    this[kRaw]?.setNoDelay?.(enable);
    return this;
  }

  setKeepAlive(enable, delay) {
    this[kRaw]?.setKeepAlive?.(enable, delay);
    return this;
  }

  ref() {
    this[kRaw]?.ref?.();
    return this;
  }

  unref() {
    this[kRaw]?.unref?.();
    return this;
  }

  _read() {
    if (this[kRawPaused]) {
      this[kRawPaused] = false;
      if (this[kConsumed]) startReading(this[kRaw]);
      else this[kRaw].resume();
    }
  }

  _write(data, encoding, cb) {
    writeCleartext(this, false, data, encoding, cb);
  }

  _writev(chunks, cb) {
    writeCleartext(this, true, chunks, '', cb);
  }

  _final(cb) {
    if (!this[kSecure]) {
      this[kPendingFinal] = cb;
      return;
    }
    const raw = this[kRaw];
    const conn = this[kConn];
    if (conn === null || raw.destroyed) {
      cb();
      return;
    }
    const out = conn.shutdown();
    if (out !== undefined) raw.write(asBuffer(out));
    raw.end(() => cb());
  }

  _destroy(err, cb) {
    if (this[kHandshakeTimer]) {
      clearTimeout(this[kHandshakeTimer]);
      this[kHandshakeTimer] = null;
    }
    const raw = this[kRaw];
    if (raw && !raw.destroyed) {
      if (raw.writableEnded && !raw.writableFinished) raw.once('finish', () => raw.destroy());
      else raw.destroy();
    }
    const conn = this[kConn];
    if (conn !== null) {
      this[kConn] = null;
      // Free after the current receive() returned (we may be inside its result handling).
      process.nextTick(() => conn.free());
    }
    this.connecting = false;
    this.secureConnecting = false;
    // A handshake that never finished leaves its pending writes failed, as are writes the
    // connection queued on the raw handle.
    const pending = this[kPending];
    this[kPending] = [];
    for (const entry of pending) process.nextTick(entry[3], err ?? new ERR_SOCKET_CLOSED());
    const queued = this[kWriteCallbacks];
    this[kWriteCallbacks] = [];
    for (const cb of queued) process.nextTick(cb, err ?? new ERR_SOCKET_CLOSED());
    // The TLSWrap stand-in is no handle to close.
    this._handle = null;
    super._destroy(err, cb);
  }

  // ---- Node's TLSSocket API ----

  getPeerCertificate(detailed) {
    const conn = this[kConn];
    if (conn === null) return null;
    const chain = conn.get(kGetPeerChain);
    if (chain.length === 0) return {};
    const certs = chain.map((der) => certificateObject(der));
    if (detailed) {
      for (let i = 0; i < certs.length; i++) {
        const next = certs[i + 1];
        if (next !== undefined) certs[i].issuerCertificate = next;
        else if (certs[i].fingerprint256 !== undefined &&
          sameName(certs[i].subject, certs[i].issuer)) certs[i].issuerCertificate = certs[i];
      }
    }
    return certs[0];
  }

  getPeerX509Certificate() {
    const conn = this[kConn];
    return conn === null ? undefined : x509Certificate(conn.get(kGetPeerChain)[0]);
  }

  getCertificate() {
    const conn = this[kConn];
    if (conn === null) return null;
    const der = conn.get(kGetOwnCert);
    return der === undefined ? {} : certificateObject(der);
  }

  getX509Certificate() {
    const conn = this[kConn];
    return conn === null ? undefined : x509Certificate(conn.get(kGetOwnCert));
  }

  getProtocol() {
    const conn = this[kConn];
    if (conn === null) return null;
    return conn.get(kGetProtocol) ?? 'unknown';
  }

  getCipher() {
    const conn = this[kConn];
    if (conn === null) return undefined;
    const c = conn.get(kGetCipher);
    if (c === undefined) return undefined;
    return { name: c[0], standardName: c[1], version: c[2] };
  }

  getSession() {
    const conn = this[kConn];
    if (conn === null) return undefined;
    const s = conn.get(kGetSession);
    return s === undefined ? undefined : asBuffer(s);
  }

  getTLSTicket() {
    return undefined;
  }

  isSessionReused() {
    const conn = this[kConn];
    return conn === null ? false : conn.get(kGetReused);
  }

  getEphemeralKeyInfo() {
    return this[kOptions].isServer ? null : {};
  }

  getFinished() {
    return undefined;
  }

  getPeerFinished() {
    return undefined;
  }

  setServername(name) {
    validateString(name, 'name');
    if (this[kOptions].isServer) throw new ERR_TLS_SNI_FROM_SERVER();
    this[kConn]?.set(kSetServername, name);
  }

  setSession(session) {
    if (typeof session === 'string') session = Buffer.from(session, 'latin1');
    this[kConn]?.set(kSetSession, session);
  }

  setMaxSendFragment(size) {
    validateInt32(size, 'size');
    return size >= 512 && size <= 16384;
  }

  disableRenegotiation() {}

  renegotiate(options, callback) {
    validateObject(options, 'options');
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (this.destroyed) return false;
    const err = new Error('TLS session renegotiation disabled for this socket');
    err.code = 'ERR_TLS_RENEGOTIATION_DISABLED';
    if (callback) process.nextTick(callback, err);
    return false;
  }

  enableTrace() {}
}

// An X509Certificate of the DER bytes der, or undefined without them.
function x509Certificate(der) {
  if (der === undefined) return undefined;
  const { X509Certificate } = require('internal/crypto/x509');
  return new X509Certificate(der);
}

function sameName(a, b) {
  const ka = Object.keys(a ?? {});
  const kb = Object.keys(b ?? {});
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (String(a[k]) !== String(b?.[k])) return false;
  return true;
}

// ---- Server ----

function onServerSocketError(err) {
  if (!this[kSecure] && !this[kErrorEmitted]) {
    this[kErrorEmitted] = true;
    this[kOptions].server.emit('tlsClientError', err, this);
  }
}

function onHandshakeTimeout(socket) {
  socket[kHandshakeTimer] = null;
  if (socket.destroyed || socket[kSecure]) return;
  socket.destroy(new ERR_TLS_HANDSHAKE_TIMEOUT());
}

function tlsConnectionListener(rawSocket) {
  const server = this;
  const socket = new TLSSocket(rawSocket, {
    secureContext: server._sharedCreds,
    isServer: true,
    server,
    requestCert: server.requestCert,
    rejectUnauthorized: server.rejectUnauthorized,
    ALPNProtocols: server.ALPNProtocols,
    SNICallback: server[kSNIEnabled] ? server._SNICallback : undefined,
    allowHalfOpen: server.allowHalfOpen,
  });
  socket.on('error', onServerSocketError);
  if (server.handshakeTimeout > 0) {
    socket[kHandshakeTimer] = setTimeout(onHandshakeTimeout, server.handshakeTimeout, socket);
    socket[kHandshakeTimer].unref?.();
  }
}

const kSNIEnabled = Symbol('sniEnabled');

// The default SNICallback: the last context added for a matching name wins.
function defaultSNICallback(servername, callback) {
  const contexts = this[kOptions].server._contexts;
  for (let i = contexts.length - 1; i >= 0; i--) {
    const [re, context] = contexts[i];
    if (re.test(servername)) {
      callback(null, context);
      return;
    }
  }
  callback(null, undefined);
}

function serverNamePattern(servername) {
  const escaped = servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1').replace(/\*/g, '[^.]*');
  return new RegExp(`^${escaped}$`, 'i');
}

class Server extends net.Server {
  constructor(options, listener) {
    if (typeof options === 'function') {
      listener = options;
      options = {};
    } else if (options == null) {
      options = {};
    } else {
      validateObject(options, 'options');
    }
    super(options);
    this._contexts = [];
    this.requestCert = options.requestCert === true;
    this.rejectUnauthorized = options.rejectUnauthorized !== false;
    this.handshakeTimeout = options.handshakeTimeout ?? 120000;
    validateNumber(this.handshakeTimeout, 'options.handshakeTimeout');
    if (options.ALPNProtocols) convertALPNProtocols(options.ALPNProtocols, this);
    if (options.SNICallback !== undefined) validateFunction(options.SNICallback, 'options.SNICallback');
    this._SNICallback = options.SNICallback ?? defaultSNICallback;
    this[kSNIEnabled] = options.SNICallback !== undefined;
    if (options.sessionTimeout !== undefined) this.sessionTimeout = options.sessionTimeout;
    this.setSecureContext(options);
    this.on('connection', tlsConnectionListener);
    if (listener) this.on('secureConnection', listener);
  }

  setSecureContext(options) {
    validateObject(options, 'options');
    this._sharedCreds = createSecureContext({
      ...options,
      // A server takes any falsy ciphers as the default list, as Node's does.
      ciphers: options.ciphers || undefined,
      sessionIdContext: options.sessionIdContext ?? defaultSessionIdContext(),
    });
  }

  addContext(servername, context) {
    if (!servername) throw new ERR_TLS_REQUIRED_SERVER_NAME();
    const re = serverNamePattern(servername);
    if (!(context instanceof SecureContext)) context = createSecureContext(context);
    this._contexts.push([re, context]);
    this[kSNIEnabled] = true;
  }

  getTicketKeys() {
    return Buffer.from(this._sharedCreds.context.getTicketKeys());
  }

  setTicketKeys(keys) {
    if (!isArrayBufferView(keys)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], keys);
    }
    if (keys.byteLength !== 48) {
      throw new ERR_OUT_OF_RANGE('buffer.byteLength', '48', keys.byteLength);
    }
    this._sharedCreds.context.set(8, new Uint8Array(keys.buffer, keys.byteOffset, 48));
  }

  setOptions() {}
}

let sessionIdContext;
function defaultSessionIdContext() {
  if (sessionIdContext === undefined) {
    const { createHash } = require('crypto');
    sessionIdContext = createHash('sha1').update(process.argv.join(' ')).digest('hex')
      .slice(0, 32);
  }
  return sessionIdContext;
}

function createServer(options, listener) {
  return new Server(options, listener);
}

// ---- connect ----

function normalizeConnectArgs(args) {
  const [a0, a1, a2, a3] = args;
  let options;
  let cb;
  if (a0 !== null && typeof a0 === 'object') {
    options = { ...a0 };
    cb = a1;
  } else if (typeof a0 === 'string' && !/^\d+$/.test(a0) || a0 === undefined) {
    options = { path: a0 };
    if (a1 !== null && typeof a1 === 'object') {
      Object.assign(options, a1);
      cb = a2;
    } else {
      cb = a1;
    }
  } else {
    options = { port: a0 };
    if (typeof a1 === 'string') {
      options.host = a1;
      if (a2 !== null && typeof a2 === 'object') {
        Object.assign(options, a2);
        cb = a3;
      } else {
        cb = a2;
      }
    } else if (a1 !== null && typeof a1 === 'object') {
      Object.assign(options, a1);
      cb = a2;
    } else {
      cb = a1;
    }
  }
  return [options, cb];
}

function connect(...args) {
  const [opts, cb] = normalizeConnectArgs(args);
  const options = {
    rejectUnauthorized: !process.env.NODE_TLS_REJECT_UNAUTHORIZED ||
      process.env.NODE_TLS_REJECT_UNAUTHORIZED !== '0',
    ciphers: require('tls').DEFAULT_CIPHERS,
    checkServerIdentity: require('tls').checkServerIdentity,
    minDHSize: 1024,
    ...opts,
  };
  if (options.checkServerIdentity !== undefined) {
    validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
  }
  if (options.rejectUnauthorized !== undefined) {
    validateBoolean(Boolean(options.rejectUnauthorized), 'options.rejectUnauthorized');
  }
  if (options.servername !== undefined && options.servername !== null) {
    validateString(options.servername, 'options.servername');
  }
  if (options.host === undefined && options.hostname !== undefined) options.host = options.hostname;
  if (!options.socket && !options.path && options.host === undefined) options.host = 'localhost';
  const host = options.host;
  if (!options.servername && options.servername !== '' && host && !isIP(host)) {
    options.servername = host;
  }
  if (options.servername && isIP(options.servername)) options.servername = undefined;

  // Checked before the connection starts, so a bad value leaves nothing behind.
  if (options.ALPNProtocols) checkClientALPN(options);
  let raw = options.socket;
  if (!raw) {
    const netOpts = { ...options };
    delete netOpts.session;
    raw = net.connect(netOpts);
  }
  const socket = new TLSSocket(raw, {
    ...options,
    isServer: false,
    secureContext: options.secureContext ?? clientSecureContext(options),
    session: options.session,
  });
  startHandshake(socket);
  if (options.timeout) socket.setTimeout(options.timeout);
  if (cb) socket.once('secureConnect', cb);
  return socket;
}

module.exports = {
  Server,
  TLSSocket,
  connect,
  createServer,
  convertALPNProtocols,
};
