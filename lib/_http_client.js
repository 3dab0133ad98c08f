'use strict';
// node:_http_client (internal, exposed by Node): http.ClientRequest. A request gets its
// socket from an Agent (or options.createConnection), writes through OutgoingMessage, and
// parses the response with a RESPONSE parser attached to the socket.

const net = require('net');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_HTTP_HEADERS_SENT,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_HTTP_TOKEN,
    ERR_INVALID_PROTOCOL,
    ERR_UNESCAPED_CHARACTERS,
  },
  connResetException,
  AbortError,
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateInteger, validateNumber, validateString,
} = require('internal/validators');
const { HTTPParser, allocParser, freeParser, _checkIsHttpToken: checkIsHttpToken } =
  require('_http_common');
const { IncomingMessage, incomingFromHead, readStart, readStop } = require('_http_incoming');
const { OutgoingMessage, kOutHeaders, kNeedDrain } = require('_http_outgoing');
const Agent = require('_http_agent');

const kError = Symbol('kError');
const invalidPathPattern = /[^\u0021-\u00ff]/;

function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'undefined', 'null'], host);
  }
  return host;
}

function emitErrorEvent(req, err) {
  req.emit('error', err);
}

function ClientRequest(input, options, cb) {
  OutgoingMessage.call(this);

  if (typeof input === 'string') {
    const { urlToHttpOptions } = require('internal/url');
    input = urlToHttpOptions(new URL(input));
  } else if (input && typeof input === 'object' && input instanceof URL) {
    const { urlToHttpOptions } = require('internal/url');
    input = urlToHttpOptions(input);
  } else {
    cb = options;
    options = input;
    input = null;
  }
  if (typeof options === 'function') {
    cb = options;
    options = input || { __proto__: null };
  } else {
    options = Object.assign(input || {}, options);
  }

  let agent = options.agent;
  const defaultAgent = options._defaultAgent || Agent.globalAgent;
  if (agent === false) {
    agent = new defaultAgent.constructor();
  } else if (agent === null || agent === undefined) {
    if (typeof options.createConnection !== 'function') agent = defaultAgent;
    options.agent = agent;
  } else if (typeof agent.addRequest !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.agent', ['Agent-like Object', 'undefined', 'false'],
      agent);
  }
  this.agent = agent;

  const protocol = options.protocol || defaultAgent.protocol;
  let expectedProtocol = defaultAgent.protocol;
  if (this.agent?.protocol) expectedProtocol = this.agent.protocol;

  if (options.path) {
    const path = String(options.path);
    if (invalidPathPattern.test(path)) throw new ERR_UNESCAPED_CHARACTERS('Request path');
  }
  if (protocol !== expectedProtocol) throw new ERR_INVALID_PROTOCOL(protocol, expectedProtocol);

  const defaultPort = options.defaultPort || (this.agent?.defaultPort);
  const optsWithoutSignal = { __proto__: null, ...options };
  const port = optsWithoutSignal.port = options.port || defaultPort || 80;
  const host = optsWithoutSignal.host = validateHost(options.hostname, 'hostname') ||
    validateHost(options.host, 'host') || 'localhost';
  const setHost = options.setHost !== undefined ? !!options.setHost : options.setDefaultHeaders !== false;
  this.socketPath = options.socketPath;
  if (options.timeout !== undefined) this.timeout = getTimeout(options.timeout);

  const signal = options.signal;
  if (signal) {
    const { addAbortSignalNoValidate } = require('internal/streams/add-abort-signal');
    addAbortSignalNoValidate(signal, this);
    delete optsWithoutSignal.signal;
  }

  let method = options.method;
  const methodIsString = typeof method === 'string';
  if (method !== null && method !== undefined && !methodIsString) {
    throw new ERR_INVALID_ARG_TYPE('options.method', 'string', method);
  }
  if (methodIsString && method) {
    if (!checkIsHttpToken(method)) throw new ERR_INVALID_HTTP_TOKEN('Method', method);
    method = this.method = method.toUpperCase();
  } else {
    method = this.method = 'GET';
  }

  const maxHeaderSize = options.maxHeaderSize;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;
  const insecureHTTPParser = options.insecureHTTPParser;
  if (insecureHTTPParser !== undefined) {
    validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  }
  this.insecureHTTPParser = insecureHTTPParser;
  if (options.joinDuplicateHeaders !== undefined) {
    validateBoolean(options.joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  }
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;

  this.path = options.path || '/';
  if (cb) this.once('response', cb);

  if (method === 'GET' || method === 'HEAD' || method === 'DELETE' || method === 'OPTIONS' ||
      method === 'TRACE' || method === 'CONNECT') {
    this.useChunkedEncodingByDefault = false;
  } else {
    this.useChunkedEncodingByDefault = true;
  }

  this._ended = false;
  this.res = null;
  this.aborted = false;
  this.timeoutCb = null;
  this.upgradeOrConnect = false;
  this.parser = null;
  this.maxHeadersCount = null;
  this.reusedSocket = false;
  this.host = host;
  this.protocol = protocol;

  if (this.agent) {
    if (!this.agent.keepAlive && !Number.isFinite(this.agent.maxSockets)) {
      this._last = true;
      this.shouldKeepAlive = false;
    } else {
      this._last = false;
      this.shouldKeepAlive = true;
    }
  } else {
    this.shouldKeepAlive = false;
  }

  const headersArray = Array.isArray(options.headers);
  if (!headersArray) {
    if (options.headers) {
      for (const key of Object.keys(options.headers)) this.setHeader(key, options.headers[key]);
    }
    if (host && !this.getHeader('host') && setHost) {
      let hostHeader = host;
      if (hostHeader.startsWith('[')) {
        // Already bracketed.
      } else if (hostHeader.includes(':')) {
        hostHeader = `[${hostHeader}]`;
      }
      if (port && +port !== defaultPort) hostHeader += ':' + port;
      this.setHeader('Host', hostHeader);
    }
    if (options.auth && !this.getHeader('Authorization')) {
      this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
    }
    if (this.getHeader('expect')) {
      if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
      this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this[kOutHeaders]);
    }
  } else {
    this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', options.headers);
  }

  if (this.agent) {
    this.agent.addRequest(this, optsWithoutSignal);
  } else {
    this._last = true;
    this.shouldKeepAlive = false;
    let opts = optsWithoutSignal;
    if (opts.path || opts.socketPath) {
      opts = { ...opts };
      if (opts.socketPath) opts.path = opts.socketPath;
      else delete opts.path;
    }
    if (typeof opts.createConnection === 'function') {
      let called = false;
      const oncreate = (err, socket) => {
        if (called) return;
        called = true;
        if (err) process.nextTick(() => this.emit('error', err));
        else this.onSocket(socket);
      };
      try {
        const socket = opts.createConnection(opts, oncreate);
        if (socket) oncreate(null, socket);
      } catch (err) {
        oncreate(err);
      }
    } else {
      this.onSocket(net.createConnection(opts));
    }
  }
}
Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ClientRequest, OutgoingMessage);

function getTimeout(msecs) {
  validateNumber(msecs, 'timeout', 0);
  return msecs;
}

Object.defineProperty(ClientRequest.prototype, 'path', {
  get() { return this._path; },
  set(value) { this._path = value; },
  configurable: true,
  enumerable: true,
});

ClientRequest.prototype._finish = function _finish() {
  OutgoingMessage.prototype._finish.call(this);
};

ClientRequest.prototype._implicitHeader = function _implicitHeader() {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
  this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this[kOutHeaders]);
};

ClientRequest.prototype.abort = function abort() {
  if (this.aborted) return;
  this.aborted = true;
  process.nextTick(() => this.emit('abort'));
  this.destroy();
};

ClientRequest.prototype.destroy = function destroy(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.res) this.res._dump();
  this[kError] = err;
  this.socket?.destroy(err);
  return this;
};

function emitAbortNT(req) {
  req.emit('abort');
}

function socketCloseListener() {
  const socket = this;
  const req = socket._httpMessage;
  const parser = socket.parser;
  if (!req) return;
  const res = req.res;
  req.destroyed = true;
  if (res) {
    if (!res.complete) res.destroy(connResetException('aborted'));
    req._closed = true;
    req.emit('close');
    if (!res.aborted && res.readable) res.push(null);
  } else {
    if (!socket._hadError) {
      socket._hadError = true;
      emitErrorEvent(req, req[kError] ?? connResetException('socket hang up'));
    }
    req._closed = true;
    req.emit('close');
  }
  if (req.outputData) req.outputData.length = 0;
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
}

function socketErrorListener(err) {
  const socket = this;
  const req = socket._httpMessage;
  if (req) {
    socket._hadError = true;
    emitErrorEvent(req, err);
  }
  const parser = socket.parser;
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  socket.destroy();
}

function socketOnEnd() {
  const socket = this;
  const req = this._httpMessage;
  const parser = this.parser;
  // No response yet: the socket ended prematurely. A response cut short is not an error of
  // the request (the parser's "Invalid EOF state" is dropped): the socket's close aborts the
  // response ('aborted', then 'error' ECONNRESET on it), as in Node.
  if (req && !req.res && !socket._hadError) {
    socket._hadError = true;
    emitErrorEvent(req, connResetException('socket hang up'));
  }
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
  socket.destroy();
}

function statusIsInformational(status) {
  return status < 200 && status >= 100 && status !== 101;
}

function socketOnData(d) {
  const socket = this;
  const req = this._httpMessage;
  const parser = this.parser;
  if (!parser) return;
  const ret = parser.execute(d);
  if (ret instanceof Error) {
    freeParser(parser, req, socket);
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.destroy();
    ret.rawPacket = d;
    socket._hadError = true;
    if (req) emitErrorEvent(req, ret);
    return;
  }
  const res = parser.incoming;
  if (req && req.upgradeOrConnect && res && res.upgrade !== false &&
      (res.upgrade || req.method === 'CONNECT')) {
    const bodyHead = Buffer.from(d.subarray(ret));
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (req.listenerCount(eventName) > 0) {
      socket.emit('agentRemove');
      socket.removeListener('close', socketCloseListener);
      socket.removeListener('error', socketErrorListener);
      socket.removeListener('data', socketOnData);
      socket.removeListener('end', socketOnEnd);
      socket.removeListener('drain', ondrain);
      if (req.timeoutCb) socket.removeListener('timeout', req.timeoutCb);
      socket.removeListener('timeout', responseOnTimeout);
      parser.finish();
      freeParser(parser, req, socket);
      socket.pause();
      // Paused, but a 'data' listener the new protocol adds starts the flow again.
      socket.readableFlowing = null;
      req.emit(eventName, res, socket, bodyHead);
      req.destroyed = true;
      req._closed = true;
      req.emit('close');
    } else {
      socket.destroy();
    }
  } else if (res && res.complete && !statusIsInformational(res.statusCode)) {
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.removeListener('drain', ondrain);
    freeParser(parser, req, socket);
  }
}

// Decides what a response's headers mean for the request; returns true when the
// response is informational (its 'message' is not the final response).
function parserOnIncomingClient(socket, res, shouldKeepAlive) {
  const req = socket._httpMessage;
  if (req.res) {
    // A second response to one request: the server misbehaves.
    socket.destroy();
    return;
  }
  req.res = res;
  if (res.upgrade) {
    req.upgradeOrConnect = true;
    return;
  }
  if (req.method === 'CONNECT' && res.statusCode >= 200 && res.statusCode < 300) {
    req.upgradeOrConnect = true;
    res.upgrade = true;
    return;
  }
  if (statusIsInformational(res.statusCode)) {
    req.res = null;
    if (res.statusCode === 100) req.emit('continue');
    req.emit('information', {
      statusCode: res.statusCode,
      statusMessage: res.statusMessage,
      httpVersion: res.httpVersion,
      httpVersionMajor: res.httpVersionMajor,
      httpVersionMinor: res.httpVersionMinor,
      headers: res.headers,
      rawHeaders: res.rawHeaders,
    });
    return;
  }
  if (req.shouldKeepAlive && !shouldKeepAlive && !req.upgradeOrConnect) {
    req.shouldKeepAlive = false;
  }
  res.req = req;
  res.on('end', responseOnEnd);
  req.on('finish', requestOnFinish);
  socket.on('timeout', responseOnTimeout);
  if (req.aborted || !req.emit('response', res)) res._dump();
}

function responseOnTimeout() {
  const req = this._httpMessage;
  if (!req) return;
  const res = req.res;
  if (!res) return;
  if (!res.complete) res.emit('timeout');
}

function responseOnEnd() {
  const req = this.req;
  const socket = req.socket;
  if (socket) {
    if (req.timeoutCb) socket.removeListener('timeout', req.timeoutCb);
    socket.removeListener('timeout', responseOnTimeout);
  }
  req._ended = true;
  if (!req.shouldKeepAlive) {
    if (socket && socket.writable) {
      if (typeof socket.destroySoon === 'function') socket.destroySoon();
      else socket.end();
    }
  } else if (req.writableFinished && !this.aborted) {
    responseKeepAlive(req);
  }
}

function requestOnFinish() {
  const req = this;
  if (req.shouldKeepAlive && req._ended) responseKeepAlive(req);
}

function responseKeepAlive(req) {
  const socket = req.socket;
  if (!socket || socket._httpMessage !== req) return;
  socket.removeListener('close', socketCloseListener);
  socket.removeListener('error', socketErrorListener);
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  socket.removeListener('drain', ondrain);
  socket.once('error', freeSocketErrorListener);
  if (req.parser) freeParser(req.parser, req, socket);
  req.destroyed = true;
  // The agent takes the socket back after 'close' reaches the request.
  process.nextTick(() => {
    req._closed = true;
    req.emit('close');
    socket.removeListener('error', freeSocketErrorListener);
    if (!socket.destroyed) socket.emit('free');
  });
}

function freeSocketErrorListener(err) {
  this.destroy();
  this.emit('agentRemove');
}

function ondrain() {
  const msg = this._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain]) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

// The response parser's callbacks (`this` is the parser; parser.socket its socket), shared
// by all requests rather than made per request.
function parserOnHeadersCompleteClient(major, minor, raw, method, url, status, message, upgrade,
  keepAlive) {
  const parser = this;
  const socket = parser.socket;
  const res = incomingFromHead(IncomingMessage, socket, parser, major, minor, upgrade);
  res.statusCode = status;
  res.statusMessage = message;
  res._addHeaderLines(raw, parser.maxHeaderPairs);
  parser.incoming = res;
  parserOnIncomingClient(socket, res, keepAlive);
}

function parserOnBodyClient(chunk) {
  const res = this.incoming;
  if (res === null || res._dumped) return;
  if (!res.push(chunk)) readStop(this.socket);
}

function parserOnMessageCompleteClient(trailers) {
  const parser = this;
  const socket = parser.socket;
  const res = parser.incoming;
  if (res === null) return;
  res.complete = true;
  if (trailers) res._addHeaderLines(trailers, parser.maxHeaderPairs);
  if (!res.upgrade) {
    res.push(null);
  }
  if (statusIsInformational(res.statusCode)) parser.incoming = null;
  readStart(socket);
}

function tickOnSocket(req, socket) {
  const parser = allocParser();
  req.socket = socket;
  const lenient = req.insecureHTTPParser === undefined ?
    process.execArgv.includes('--insecure-http-parser') : req.insecureHTTPParser;
  parser.initialize(HTTPParser.RESPONSE, req.maxHeaderSize || require('http').maxHeaderSize,
    lenient, typeof req.maxHeadersCount === 'number' ? req.maxHeadersCount : 0);
  parser.socket = socket;
  parser.outgoing = req;
  req.parser = parser;
  socket.parser = parser;
  socket._httpMessage = req;
  if (typeof req.maxHeadersCount === 'number') parser.maxHeaderPairs = req.maxHeadersCount << 1;
  else parser.maxHeaderPairs = 0;
  parser.joinDuplicateHeaders = !!req.joinDuplicateHeaders;
  parser.skipBody = req.method === 'HEAD' ? 1 : req.method === 'CONNECT' ? 2 : 0;

  parser.onHeadersComplete = parserOnHeadersCompleteClient;
  parser.onBody = parserOnBodyClient;
  parser.onMessageComplete = parserOnMessageCompleteClient;

  socket.on('error', socketErrorListener);
  socket.on('data', socketOnData);
  socket.on('end', socketOnEnd);
  socket.on('close', socketCloseListener);
  socket.on('drain', ondrain);

  if (req.timeout !== undefined ||
      (req.agent && req.agent.options && req.agent.options.timeout)) {
    listenSocketTimeout(req);
  }
  req.emit('socket', socket);
}

function emitRequestTimeout() {
  const req = this._httpMessage;
  if (req) req.emit('timeout');
}

function listenSocketTimeout(req) {
  if (req.timeoutCb) return;
  req.timeoutCb = emitRequestTimeout;
  if (req.socket) {
    req.socket.once('timeout', req.timeoutCb);
  } else {
    req.on('socket', (socket) => socket.once('timeout', req.timeoutCb));
  }
}

ClientRequest.prototype.onSocket = function onSocket(socket, err) {
  process.nextTick(onSocketNT, this, socket, err);
};

function onSocketNT(req, socket, err) {
  if (req.destroyed || err) {
    req.destroyed = true;
    const finish = (e) => {
      if (!req.aborted && !e) e = connResetException('socket hang up');
      if (e) emitErrorEvent(req, e);
      req._closed = true;
      req.emit('close');
    };
    if (socket) {
      if (!err && req.agent && !socket.destroyed) {
        socket.emit('free');
      } else {
        socket.destroy(err || req[kError]);
        socket.once('close', () => finish(err || req[kError]));
        return;
      }
    }
    finish(err || req[kError]);
  } else {
    tickOnSocket(req, socket);
    req._flush();
  }
}

ClientRequest.prototype._deferToConnect = function _deferToConnect(method, args) {
  const call = () => {
    if (method) this.socket[method](...args);
  };
  if (!this.socket) {
    this.once('socket', (socket) => {
      if (socket.connecting) socket.once('connect', call);
      else call();
    });
  } else if (this.socket.connecting) {
    this.socket.once('connect', call);
  } else {
    call();
  }
};

ClientRequest.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (this._ended) return this;
  msecs = getTimeout(msecs);
  if (callback) this.once('timeout', callback);
  const apply = (socket) => {
    socket.setTimeout(msecs);
    listenSocketTimeout(this);
  };
  if (this.socket) apply(this.socket);
  else this.once('socket', apply);
  return this;
};

ClientRequest.prototype.setNoDelay = function setNoDelay(noDelay) {
  this._deferToConnect('setNoDelay', [noDelay]);
};

ClientRequest.prototype.setSocketKeepAlive = function setSocketKeepAlive(enable, delay) {
  this._deferToConnect('setKeepAlive', [enable, delay]);
};

ClientRequest.prototype.clearTimeout = function clearTimeout(cb) {
  this.setTimeout(0, cb);
};

module.exports = { ClientRequest };
