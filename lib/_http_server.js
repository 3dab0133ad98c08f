'use strict';
// node:_http_server (internal, exposed by Node): http.Server and http.ServerResponse.
//
// A connection is any Duplex: a net.Socket from listen(), or whatever a program passes to
// server.emit('connection', stream). Requests are parsed by _http_common's HTTPParser;
// responses are answered strictly in request order (pipelining), one ServerResponse owning
// the socket at a time.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const net = require('net');
const {
  codes: {
    ERR_HTTP_HEADERS_SENT,
    ERR_HTTP_INVALID_STATUS_CODE,
    ERR_HTTP_REQUEST_TIMEOUT,
    ERR_HTTP_SOCKET_ASSIGNED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CHAR,
    ERR_OUT_OF_RANGE,
  },
  connResetException,
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateInteger, validateObject,
} = require('internal/validators');
const {
  HTTPParser, allocParser, freeParser, continueExpression, chunkExpression, loopClock,
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
} = require('_http_common');
const {
  IncomingMessage, dumpIncoming, endIncoming, incomingFromHead, readStart, readStop,
} = require('_http_incoming');
const {
  OutgoingMessage, kBeforeFinish, kOutHeaders, kNeedDrain, kUniqueHeaders, validateHeaderName,
  validateHeaderValue,
} = require('_http_outgoing');

// The reason phrase of every status code Node knows (http.STATUS_CODES).
const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing',
  103: 'Early Hints', 200: 'OK', 201: 'Created', 202: 'Accepted',
  203: 'Non-Authoritative Information', 204: 'No Content', 205: 'Reset Content',
  206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported',
  226: 'IM Used', 300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found',
  303: 'See Other', 304: 'Not Modified', 305: 'Use Proxy',
  307: 'Temporary Redirect', 308: 'Permanent Redirect', 400: 'Bad Request',
  401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable',
  407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict',
  410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed',
  413: 'Payload Too Large', 414: 'URI Too Long', 415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable', 417: 'Expectation Failed', 418: "I'm a Teapot",
  421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
  424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required',
  428: 'Precondition Required', 429: 'Too Many Requests',
  431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
  503: 'Service Unavailable', 504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded',
  510: 'Not Extended', 511: 'Network Authentication Required',
};

const kIncomingMessage = Symbol('IncomingMessage');
const kServerResponse = Symbol('ServerResponse');
const kConnections = Symbol('http.server.connections');
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');
const kState = Symbol('http.server.state');
const kConnState = Symbol('http.server.response.connection');

const badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const requestTimeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';
const headersTooLargeResponse =
  'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';

function getMaxHeaderSize() {
  return require('http').maxHeaderSize;
}

// --- ServerResponse -------------------------------------------------------------------

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;
  this.statusCode = 200;
  this.statusMessage = undefined;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

// The server's own 'finish' work (kBeforeFinish) runs as part of the 'finish' event, before
// its listeners as a listener added at creation would: code that wraps res.emit to hold
// 'finish' back (fastify's handler timeout) holds back the response's 'close' and the
// request's 'end'/'close' too, as in Node.
const outgoingEmit = OutgoingMessage.prototype.emit;
// The common arities are passed on as such: Reflect.apply with `arguments` costs ~35 ns
// more per call, and a response emits 'socket', 'prefinish', 'finish' and 'close'.
// An event nobody listens to (most of a response's 'socket', 'prefinish', 'finish' and
// 'close') returns here, as EventEmitter's emit would, without calling it.
ServerResponse.prototype.emit = function emit(type) {
  if (type === 'finish') {
    const before = this[kBeforeFinish];
    if (before !== null) {
      this[kBeforeFinish] = null;
      before.call(this);
    }
  }
  if (type !== 'error') {
    const events = this._events;
    if (events === undefined || events[type] === undefined) return false;
  }
  switch (arguments.length) {
    case 1: return outgoingEmit.call(this, type);
    case 2: return outgoingEmit.call(this, type, arguments[1]);
    case 3: return outgoingEmit.call(this, type, arguments[1], arguments[2]);
    default: return Reflect.apply(outgoingEmit, this, arguments);
  }
};

ServerResponse.prototype._finish = function _finish() {
  OutgoingMessage.prototype._finish.call(this);
};

function onServerResponseClose() {
  const msg = this._httpMessage;
  if (msg) {
    msg.destroyed = true;
    msg._closed = true;
    msg.emit('close');
  }
}

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
  // A connection of an http.Server calls onServerResponseClose from its own 'close'
  // listener (one listener less to add and remove per response).
  if (socket[kState] === undefined) socket.on('close', onServerResponseClose);
  this.socket = socket;
  socket._httpMessage = this;
  this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  if (socket[kState] === undefined) socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
};

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  validateObject(hints, 'hints');
  if (hints.link === null || hints.link === undefined) return;
  const links = Array.isArray(hints.link) ? hints.link : [hints.link];
  for (const link of links) {
    if (typeof link !== 'string' || checkInvalidHeaderChar(link) || /[\r\n]/.test(link)) {
      throw new ERR_INVALID_ARG_VALUE('links', hints.link,
        'must be an array or string of format "</styles.css>; rel=preload; as=style"');
    }
  }
  if (links.length === 0) return;
  let head = 'HTTP/1.1 103 Early Hints\r\nLink: ' + links.join(', ') + '\r\n';
  for (const key of Object.keys(hints)) {
    if (key === 'link') continue;
    validateHeaderName(key);
    validateHeaderValue(key, hints[key]);
    head += key + ': ' + hints[key] + '\r\n';
  }
  this._writeRaw(head + '\r\n', 'ascii', cb);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  const original = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(original);
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
    obj ??= reason;
  }
  this.statusCode = statusCode;

  // setHeader() was used: the arguments are merged into that map.
  const headers = this[kOutHeaders] ? mergeHeaders(this, obj) : obj;

  const statusLine = statusLineOf(statusCode, this.statusMessage);
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    this._hasBody = false;
  }
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader(statusLine, headers);
  return this;
};

ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

// Adds writeHead's headers (obj: an object, a flat or nested list, or nothing) to res's
// setHeader() map; returns the map.
function mergeHeaders(res, obj) {
  if (Array.isArray(obj)) {
    if (obj.length && Array.isArray(obj[0])) {
      for (const [k, v] of obj) res.appendHeader(k, v);
    } else {
      if (obj.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', obj);
      for (let i = 0; i < obj.length; i += 2) res.appendHeader(obj[i], obj[i + 1]);
    }
  } else if (obj) {
    for (const k of Object.keys(obj)) if (k) res.setHeader(k, obj[k]);
  }
  return res[kOutHeaders];
}

// The last status line made for each status code (and the reason phrase it has).
const statusLines = [];
const statusLineMessages = [];

function statusLineOf(statusCode, message) {
  if (statusLineMessages[statusCode] === message) return statusLines[statusCode];
  if (checkInvalidHeaderChar(message)) throw new ERR_INVALID_CHAR('statusMessage');
  const line = 'HTTP/1.1 ' + statusCode + ' ' + message + '\r\n';
  if (typeof message === 'string' && message.length < 64) {
    statusLines[statusCode] = line;
    statusLineMessages[statusCode] = message;
  }
  return line;
}

// --- Server ---------------------------------------------------------------------------

// Until net.Server exists, a server is a plain EventEmitter that takes connections only
// through emit('connection', stream).
function baseServer() {
  const S = net.Server;
  return S && !S[Symbol.for('lode.stubs')] ? S : EventEmitter;
}

function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  const maxHeaderSize = options.maxHeaderSize;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;
  const insecure = options.insecureHTTPParser;
  if (insecure !== undefined) validateBoolean(insecure, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecure;
  const requestTimeout = options.requestTimeout;
  if (requestTimeout !== undefined) {
    validateInteger(requestTimeout, 'requestTimeout', 0);
    this.requestTimeout = requestTimeout;
  } else {
    this.requestTimeout = 300_000;
  }
  const headersTimeout = options.headersTimeout;
  if (headersTimeout !== undefined) {
    validateInteger(headersTimeout, 'headersTimeout', 0);
    this.headersTimeout = headersTimeout;
  } else {
    this.headersTimeout = Math.min(60_000, this.requestTimeout);
  }
  if (this.requestTimeout > 0 && this.headersTimeout > 0 &&
      this.headersTimeout > this.requestTimeout) {
    throw new ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', headersTimeout);
  }
  const keepAliveTimeout = options.keepAliveTimeout;
  if (keepAliveTimeout !== undefined) validateInteger(keepAliveTimeout, 'keepAliveTimeout', 0);
  this.keepAliveTimeout = keepAliveTimeout ?? 5000;
  const requireHostHeader = options.requireHostHeader;
  if (requireHostHeader !== undefined) validateBoolean(requireHostHeader, 'options.requireHostHeader');
  this.requireHostHeader = requireHostHeader ?? true;
  const joinDuplicateHeaders = options.joinDuplicateHeaders;
  if (joinDuplicateHeaders !== undefined) {
    validateBoolean(joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  }
  this.joinDuplicateHeaders = joinDuplicateHeaders;
  const reject = options.rejectNonStandardBodyWrites;
  if (reject !== undefined) validateBoolean(reject, 'options.rejectNonStandardBodyWrites');
  this.rejectNonStandardBodyWrites = reject ?? false;
  const unique = options.uniqueHeaders;
  this[kUniqueHeaders] = Array.isArray(unique) ?
    new Set(unique.map((h) => String(h).toLowerCase())) : null;
}

// The options argument of a server constructor: {} when omitted or when it is the
// request listener, else it must be an object.
function serverOptions(options) {
  if (typeof options === 'function' || options == null) return {};
  validateObject(options, 'options');
  return options;
}

function Server(options, requestListener) {
  if (!new.target) return new Server(options, requestListener);
  if (typeof options === 'function') requestListener = options;
  options = serverOptions(options);
  const Base = baseServer();
  const self = Base === EventEmitter ? Reflect.construct(EventEmitter, [], new.target) :
    Reflect.construct(Base, [{
      allowHalfOpen: true,
      noDelay: options.noDelay ?? true,
      keepAlive: options.keepAlive,
      keepAliveInitialDelay: options.keepAliveInitialDelay,
      highWaterMark: options.highWaterMark,
    }], new.target);
  storeHTTPOptions.call(self, options);
  if (options.highWaterMark !== undefined) {
    validateInteger(options.highWaterMark, 'options.highWaterMark', 0);
  }
  self.highWaterMark = options.highWaterMark;
  if (requestListener) self.on('request', requestListener);
  self.httpAllowHalfOpen = false;
  self.on('connection', connectionListener);
  self.on('listening', setupConnectionsTracking);
  self.timeout = 0;
  self.maxHeadersCount = null;
  self.maxRequestsPerSocket = 0;
  self[kConnections] = new Set();
  self[kConnectionsCheckingInterval] = null;
  const interval = options.connectionsCheckingInterval ?? 30_000;
  validateInteger(interval, 'connectionsCheckingInterval', 0);
  self.connectionsCheckingInterval = interval;
  return self;
}

function setupProto() {
  const Base = baseServer();
  Object.setPrototypeOf(Server.prototype, Base.prototype);
  Object.setPrototypeOf(Server, Base);
}
setupProto();

Server.prototype.close = function close(cb) {
  this.closeIdleConnections();
  if (this[kConnectionsCheckingInterval]) {
    clearInterval(this[kConnectionsCheckingInterval]);
    this[kConnectionsCheckingInterval] = null;
  }
  const base = Object.getPrototypeOf(Server.prototype);
  if (typeof base.close === 'function') return base.close.call(this, cb);
  if (typeof cb === 'function') process.nextTick(cb);
  this.emit('close');
  return this;
};

Server.prototype[Symbol.asyncDispose] = function() {
  return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  for (const state of [...this[kConnections]]) state.socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  for (const state of [...this[kConnections]]) {
    if (state.incoming.length === 0 && !state.parsing && !state.socket._httpMessage) {
      state.socket.destroy();
    }
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, ...args) {
  if (event === 'request') {
    const res = args[1];
    if (!res.headersSent && !res.writableEnded) {
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      res.statusCode = 500;
      res.end(STATUS_CODES[500]);
    } else {
      res.destroy();
    }
  } else {
    this.emit('error', err);
  }
};

// Checks headersTimeout and requestTimeout on every connection now and then.
function setupConnectionsTracking() {
  if (this[kConnectionsCheckingInterval] || this.connectionsCheckingInterval <= 0) return;
  if (this.headersTimeout <= 0 && this.requestTimeout <= 0) return;
  this[kConnectionsCheckingInterval] =
    setInterval(checkConnections.bind(this), this.connectionsCheckingInterval).unref();
}

function checkConnections() {
  const now = loopClock[0];
  for (const state of this[kConnections]) {
    if (state.headersStart === 0 && state.requestStart === 0) continue;
    const headersLate = this.headersTimeout > 0 && state.headersStart !== 0 &&
      now - state.headersStart > this.headersTimeout;
    const requestLate = this.requestTimeout > 0 && state.requestStart !== 0 &&
      now - state.requestStart > this.requestTimeout;
    if (headersLate || requestLate) {
      state.headersStart = state.requestStart = 0;
      socketOnError.call(state.socket, new ERR_HTTP_REQUEST_TIMEOUT());
    }
  }
}

function connectionListener(socket) {
  const server = this;
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);

  const parser = allocParser();
  const maxHeadersCount = server.maxHeadersCount;
  parser.initialize(HTTPParser.REQUEST, server.maxHeaderSize || getMaxHeaderSize(),
    server.insecureHTTPParser ?? insecureFromFlags(), maxHeadersCount || 0);
  parser.socket = socket;
  parser.maxHeaderPairs = maxHeadersCount ? maxHeadersCount * 2 : 0;
  parser.joinDuplicateHeaders = !!server.joinDuplicateHeaders;
  socket.parser = parser;
  socket.server = server;

  // As in Node, a new connection counts as busy with its first request from the start: it is
  // not idle (closeIdleConnections and close() leave it alone, so a connection accepted just
  // before close() still gets its answer) and headersTimeout/requestTimeout run from now.
  // Times are the event loop's (ms) at the start of the callback that sees the event.
  const connectedAt = loopClock[0];
  const state = {
    server,
    socket,
    parser,
    incoming: [],
    outgoing: [],
    outgoingData: 0,
    requestsCount: 0,
    keepAliveTimeoutSet: false,
    parsing: true,
    headersStart: connectedAt,
    requestStart: connectedAt,
    onData: null,
    onEnd: null,
    onClose: null,
    onDrain: null,
    consumed: false,
    responseOptions: null,
    writableHighWaterMark: socket.writableHighWaterMark,
  };
  socket[kState] = state;
  state.onData = (d) => socketOnData(state, d);
  state.onEnd = () => socketOnEnd(state);
  state.onClose = () => socketOnClose(state);
  state.onDrain = () => socketOnDrain(state);
  socket.on('data', state.onData);
  socket.on('end', state.onEnd);
  socket.on('error', socketOnError);
  socket.on('close', state.onClose);
  socket.on('drain', state.onDrain);
  socket.on('resume', onSocketResume);
  socket.on('pause', onSocketPause);
  server[kConnections].add(state);

  parser.onMessageBegin = () => {
    state.parsing = true;
    state.headersStart = state.requestStart = loopClock[0];
    // With no server.timeout the keep-alive timer stays armed (re-arming a timer for every
    // request costs more than the request); socketOnTimeout ignores it while busy.
    if (state.keepAliveTimeoutSet && server.timeout) {
      if (typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
      state.keepAliveTimeoutSet = false;
    }
  };
  parser.onHeadersComplete = (major, minor, raw, method, url, status, message, upgrade,
    keepAlive) => {
    state.headersStart = 0;
    const req = incomingFromHead(server[kIncomingMessage], socket, parser, major, minor, upgrade);
    req.url = url;
    req.method = method;
    req._addHeaderLines(raw, parser.maxHeaderPairs);
    parser.incoming = req;
    parserOnIncoming(server, socket, state, req, keepAlive);
  };
  parser.onBody = (chunk) => {
    const req = parser.incoming;
    if (req === null || req._dumped) return;
    if (!req.push(chunk)) readStop(socket);
  };
  parser.onMessageComplete = (trailers) => {
    state.parsing = false;
    state.requestStart = 0;
    const req = parser.incoming;
    if (req === null) return;
    req.complete = true;
    if (trailers) req._addHeaderLines(trailers, parser.maxHeaderPairs);
    if (!req.upgrade) endIncoming(req);
    parser.incoming = null;
  };
  state.consumed = canConsume(socket) && parser.consume(socket._handle);
  if (state.consumed) {
    parser.onExecute = parserOnExecute;
    socket.on = socket.addListener = consumedSocketOn;
    socket.prependListener = consumedSocketPrepend;
  }
}

// A plain net.Socket whose handle nobody has read from yet: its native handle's reads can
// go straight to the native parser (no 'data' events, no Buffer per request; see
// HTTPParser.consume). Anything else (TLS, a user's Duplex, a socket with buffered data)
// keeps the 'data' path.
function canConsume(socket) {
  return Object.getPrototypeOf(socket) === net.Socket.prototype && socket._handle != null &&
    typeof socket._handle.readStart === 'function' && socket.readableLength === 0 &&
    !socket.connecting;
}

// After each read the native parser parsed (`this` is the parser).
function parserOnExecute(ret) {
  const socket = this.socket;
  socket._unrefTimer();
  if (typeof ret !== 'number' || this.upgradeReq !== null) {
    onParserExecuteCommon(socket[kState], ret, this.consumedChunk());
  }
}

// Someone wants the socket's own bytes: give the reads back to 'data' (the parser then
// runs from socketOnData), as Node does.
function unconsume(socket) {
  const state = socket[kState];
  if (state === undefined || !state.consumed) return;
  state.consumed = false;
  delete socket.on;
  delete socket.addListener;
  delete socket.prependListener;
  delete socket._write;
  delete socket._writev;
  delete socket._final;
  if (state.parser !== null) state.parser.unconsume();
  const handle = socket._handle;
  if (handle && !handle.reading && !socket.isPaused() && !socket.destroyed) {
    handle.reading = true;
    const err = handle.readStart();
    if (err) handle.reading = false;
  }
}

function consumedSocketOn(event, listener) {
  if (event === 'data' || event === 'readable') unconsume(this);
  return EventEmitter.prototype.on.call(this, event, listener);
}

function consumedSocketPrepend(event, listener) {
  if (event === 'data' || event === 'readable') unconsume(this);
  return EventEmitter.prototype.prependListener.call(this, event, listener);
}

function insecureFromFlags() {
  return process.execArgv.includes('--insecure-http-parser');
}

function socketOnData(state, d) {
  const { parser, socket, server } = state;
  if (parser === null || socket.parser !== parser) return;
  const ret = parser.execute(d);
  onParserExecuteCommon(state, ret, d);
}

function onParserExecuteCommon(state, ret, d) {
  const { server, socket, parser } = state;
  if (ret instanceof Error) {
    ret.rawPacket = d;
    socketOnError.call(socket, ret);
    return;
  }
  const req = parser.upgradeReq;
  if (req !== undefined && req !== null) {
    parser.upgradeReq = null;
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (server.listenerCount(eventName) > 0) {
      unconsume(socket);
      socket.removeListener('data', state.onData);
      socket.removeListener('end', state.onEnd);
      socket.removeListener('close', state.onClose);
      socket.removeListener('drain', state.onDrain);
      socket.removeListener('error', socketOnError);
      socket.removeListener('timeout', socketOnTimeout);
      socket.removeListener('resume', onSocketResume);
      socket.removeListener('pause', onSocketPause);
      server[kConnections].delete(state);
      freeParser(parser, req, socket);
      state.parser = null;
      socket.pause();
      // Paused, but a 'data' listener the new protocol adds starts the flow again.
      socket.readableFlowing = null;
      const head = d.subarray(ret);
      const i = state.incoming.indexOf(req);
      if (i !== -1) state.incoming.splice(i, 1);
      server.emit(eventName, req, socket, Buffer.from(head));
    } else {
      socket.destroy();
    }
  }
}

function socketOnEnd(state) {
  const { server, socket, parser } = state;
  if (parser) {
    const ret = parser.finish();
    if (ret instanceof Error) {
      socketOnError.call(socket, ret);
      return;
    }
  }
  if (!server.httpAllowHalfOpen) {
    if (socket.writable) socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else if (socket.writable) {
    socket.end();
  }
}

function abortIncoming(state) {
  const incoming = state.incoming;
  while (incoming.length) {
    incoming.shift().destroy(connResetException('aborted'));
  }
}

function socketOnClose(state) {
  const { socket, server, parser } = state;
  server[kConnections].delete(state);
  if (parser) {
    parser.finish();
    freeParser(parser, null, socket);
    state.parser = null;
  }
  abortIncoming(state);
  onServerResponseClose.call(socket);
}

function socketOnDrain(state) {
  const { socket } = state;
  const needPause = state.outgoingData > socket.writableHighWaterMark;
  if (socket._paused && !needPause) {
    socket._paused = false;
    if (socket.parser) socket.parser.resume();
    socket.resume();
  }
  const msg = socket._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain]) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

// While the parser consumes the handle, nothing is pushed into the socket, so its
// Readable never stops or restarts the handle: pausing and resuming do it here.
function onSocketResume() {
  if (this._paused) {
    this.pause();
    return;
  }
  const handle = this._handle;
  if (handle && !handle.reading && this[kState]?.consumed) {
    handle.reading = true;
    const err = handle.readStart();
    if (err) handle.reading = false;
  }
}

function onSocketPause() {
  const handle = this._handle;
  if (handle && handle.reading && this[kState]?.consumed) {
    handle.reading = false;
    handle.readStop();
  }
}

function socketOnTimeout() {
  const state = this[kState];
  if (state !== undefined && state.keepAliveTimeoutSet && !this.server?.timeout &&
      (state.parsing || state.incoming.length > 0 || this._httpMessage)) {
    return; // The keep-alive timer, while a request is in flight.
  }
  const req = this.parser?.incoming;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server?.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function noop() {}

function socketOnError(e) {
  this.removeListener('error', socketOnError);
  if (this.listenerCount('error') === 0) this.on('error', noop);
  const server = this.server;
  if (!server || !server.emit('clientError', e, this)) {
    if (this.writable && (!this._httpMessage || !this._httpMessage._headerSent)) {
      let response;
      if (e.code === 'HPE_HEADER_OVERFLOW') response = headersTooLargeResponse;
      else if (e.code === 'ERR_HTTP_REQUEST_TIMEOUT') response = requestTimeoutResponse;
      else response = badRequestResponse;
      this.write(response);
    }
    this.destroy(e);
  }
}

function updateOutgoingData(socket, state, delta) {
  state.outgoingData += delta;
  socketOnDrain(state);
}

function parserOnIncoming(server, socket, state, req, keepAlive) {
  if (req.upgrade && upgradeRequest(server, state, req)) return;
  state.incoming.push(req);

  if (!socket._paused) {
    const ws = socket._writableState;
    if ((ws && ws.needDrain) || state.outgoingData >= state.writableHighWaterMark) {
      socket._paused = true;
      socket.pause();
    }
  }

  // One options object per connection: the constructor only reads it.
  let options = state.responseOptions;
  if (options === null || options.rejectNonStandardBodyWrites !==
      server.rejectNonStandardBodyWrites) {
    options = state.responseOptions = {
      highWaterMark: socket.writableHighWaterMark,
      rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites,
    };
  }
  const res = new server[kServerResponse](req, options);
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res[kConnState] = state;
  res._onPendingData = resOnPendingData;
  res.shouldKeepAlive = keepAlive;
  res[kUniqueHeaders] = server[kUniqueHeaders];

  if (socket._httpMessage) state.outgoing.push(res);
  else res.assignSocket(socket);

  res[kBeforeFinish] = resOnFinishListener;

  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    // The raw names are scanned for Host and Expect: building req.headers costs more.
    const seen = scanHeaderNames(req.rawHeaders, state.parser.maxHeaderPairs);
    const max = server.maxRequestsPerSocket;
    if (((seen & kSeenHost) === 0 && server.requireHostHeader) || (seen & kSeenExpect) !== 0 ||
        (typeof max === 'number' && max > 0)) {
      if (specialRequest(server, socket, state, req, res, seen)) return;
    }
  }
  server.emit('request', req, res);
}

// An upgrade or CONNECT request: true when it is taken (it goes to 'upgrade'/'connect' once
// its head is parsed), false when it stays HTTP (no 'upgrade' listener).
function upgradeRequest(server, state, req) {
  req.upgrade = req.method === 'CONNECT' || server.listenerCount('upgrade') > 0;
  if (!req.upgrade) return false;
  state.parser.upgradeReq = req;
  state.incoming.push(req);
  return true;
}

// An HTTP/1.1 request without Host, with Expect, or on a server with maxRequestsPerSocket
// (seen: scanHeaderNames' bits): returns true when answered here, or when handed to
// 'checkContinue'/'checkExpectation' instead of 'request'.
function specialRequest(server, socket, state, req, res, seen) {
  if (server.requireHostHeader && (seen & kSeenHost) === 0) {
    res.writeHead(400, ['Connection', 'close']);
    res.end();
    return true;
  }
  const limited = typeof server.maxRequestsPerSocket === 'number' &&
    server.maxRequestsPerSocket > 0;
  if (limited) {
    state.requestsCount++;
    res.maxRequestsOnConnectionReached = server.maxRequestsPerSocket <= state.requestsCount;
  }
  if (limited && server.maxRequestsPerSocket < state.requestsCount) {
    server.emit('dropRequest', req, socket);
    res.writeHead(503);
    res.end();
    return true;
  }
  if ((seen & kSeenExpect) !== 0 && req.headers.expect !== undefined) {
    if (continueExpression.test(req.headers.expect)) {
      res._expect_continue = true;
      if (server.listenerCount('checkContinue') > 0) {
        server.emit('checkContinue', req, res);
      } else {
        res.writeContinue();
        server.emit('request', req, res);
      }
    } else if (server.listenerCount('checkExpectation') > 0) {
      server.emit('checkExpectation', req, res);
    } else {
      res.writeHead(417);
      res.end();
    }
    return true;
  }
  return false;
}

const kSeenHost = 1;
const kSeenExpect = 2;

// Which of Host and Expect are among the first `count` entries (0: all) of raw header
// names and values.
function scanHeaderNames(raw, count) {
  const n = count > 0 ? Math.min(raw.length, count) : raw.length;
  let seen = 0;
  for (let i = 0; i < n; i += 2) {
    const name = raw[i];
    if (name.length === 4) {
      if (name === 'Host' || name.toLowerCase() === 'host') seen |= kSeenHost;
    } else if (name.length === 6) {
      if (name === 'Expect' || name.toLowerCase() === 'expect') seen |= kSeenExpect;
    }
  }
  return seen;
}

// Per-response listeners without a closure each: the connection state is on the response.
function resOnPendingData(delta) {
  updateOutgoingData(null, this[kConnState], delta);
}

function resOnFinishListener() {
  const state = this[kConnState];
  resOnFinish(this.req, this, state.socket, state, state.server);
}

function resOnFinish(req, res, socket, state, server) {
  const incoming = state.incoming;
  if (incoming[0] === req) {
    incoming.shift();
  } else {
    const i = incoming.indexOf(req);
    if (i !== -1) incoming.splice(i, 1);
  }
  dumpIncoming(req);
  res.detachSocket(socket);
  process.nextTick(emitCloseNT, res);
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    if (server.keepAliveTimeout && !state.keepAliveTimeoutSet &&
        typeof socket.setTimeout === 'function') {
      socket.setTimeout(server.keepAliveTimeout);
      state.keepAliveTimeoutSet = true;
    }
  } else {
    const next = state.outgoing.shift();
    if (next) next.assignSocket(socket);
  }
}

function emitCloseNT(res) {
  if (!res._closed) {
    res.destroyed = true;
    res._closed = true;
    res.emit('close');
  }
}

module.exports = {
  STATUS_CODES,
  Server,
  ServerResponse,
  _connectionListener: connectionListener,
  kConnections,
  kIncomingMessage,
  kServerResponse,
  serverOptions,
  setupConnectionsTracking,
  storeHTTPOptions,
};
