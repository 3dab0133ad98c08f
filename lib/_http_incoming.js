'use strict';
// node:_http_incoming (internal, exposed by Node): http.IncomingMessage, the request a
// server receives and the response a client receives. Its body is a Readable fed by the
// parser; headers are built on first use from rawHeaders.
//
// Speed: most requests a server answers have no body and nobody reads them as a stream, so
// the Readable's state is made on first use (the `_readableState` getter), not by the
// constructor. Until then an end of the body is only noted (endIncoming) and a response
// that finishes only marks the request dumped (dumpIncoming); making the state replays
// both, so a program that looks later finds the stream as it would have been (ended, and
// flowing to its end if it was dumped).

const { Readable } = require('stream');
const { Stream } = require('internal/streams/legacy');

const { ReadableState } = Readable;
const kReadableState = Symbol('kReadableState');
const kEndPending = Symbol('kEndPending');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');

// Fields of which a second occurrence is dropped (RFC 9110 allows one value).
const singleValued = new Set([
  'content-type', 'content-length', 'user-agent', 'referer', 'host', 'authorization',
  'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from', 'location',
  'max-forwards', 'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires',
]);

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}

// JavaScriptCore sizes an object's inline property storage from the `this.x =` stores in its
// constructor's own body: EventEmitter's fields are named here too (init keeps them), so they
// do not go to out-of-line storage that grows as fields are added (~12 ns a request).
function IncomingMessage(socket) {
  this._events = undefined;
  this._eventsCount = 0;
  this._maxListeners = undefined;
  this[kReadableState] = null;
  this[kEndPending] = false;
  if (typeof this._construct === 'function') {
    // A subclass with _construct: the Readable constructor schedules it, so run it now.
    Readable.call(this, socket ? { highWaterMark: socket.readableHighWaterMark } : undefined);
    this._readableState.readingMore = true;
  } else {
    Stream.call(this);
  }
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this.rawHeaders = [];
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this._consuming = false;
  this._dumped = false;
  this[kHeaders] = null;
  this[kHeadersDistinct] = null;
  this[kHeadersCount] = 0;
  this[kTrailers] = null;
  this[kTrailersDistinct] = null;
  this[kTrailersCount] = 0;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

// The Readable's state, made on first use (see the top of the file).
function makeReadableState(msg) {
  const socket = msg.socket;
  const state = new ReadableState(socket ? { highWaterMark: socket.readableHighWaterMark } :
    undefined, msg, false);
  state.readingMore = true;
  msg[kReadableState] = state;
  if (msg[kEndPending]) {
    msg[kEndPending] = false;
    msg.push(null);
    if (msg._dumped) msg.resume();
  }
  return state;
}

Object.defineProperty(IncomingMessage.prototype, '_readableState', {
  get() { return this[kReadableState] ?? makeReadableState(this); },
  set(value) { this[kReadableState] = value; },
  configurable: true,
});

// A request or response (new Ctor(socket)) for the head the parser has just read: the
// fields both kinds share; the caller adds its own and the header lines.
function incomingFromHead(Ctor, socket, parser, major, minor, upgrade) {
  const msg = new Ctor(socket);
  msg.httpVersionMajor = major;
  msg.httpVersionMinor = minor;
  msg.httpVersion = major === 1 && minor === 1 ? '1.1' : major + '.' + minor;
  msg.joinDuplicateHeaders = parser.joinDuplicateHeaders;
  msg.upgrade = upgrade;
  return msg;
}

// The end of the body (the parser's message-complete).
function endIncoming(msg) {
  if (msg[kReadableState] === null) msg[kEndPending] = true;
  else msg.push(null);
}

// The response to msg finished: a body nobody reads is thrown away.
function dumpIncoming(msg) {
  if (msg[kReadableState] === null) {
    msg._dumped = true;
  } else if (!msg._consuming && !msg._readableState.resumeScheduled) {
    msg._dump();
  }
}

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  get() { return this.socket; },
  set(value) { this.socket = value; },
  configurable: true,
});

// count: how many entries of raw (names and values) to use, 0 for all.
function buildHeaders(msg, raw, count) {
  const dest = {};
  const n = count > 0 ? Math.min(raw.length, count) : raw.length;
  for (let i = 0; i < n; i += 2) msg._addHeaderLine(raw[i], raw[i + 1], dest);
  return dest;
}

function buildDistinct(raw, count) {
  const dest = {};
  const n = count > 0 ? Math.min(raw.length, count) : raw.length;
  for (let i = 0; i < n; i += 2) {
    const key = raw[i].toLowerCase();
    const list = dest[key];
    if (list === undefined) dest[key] = [raw[i + 1]];
    else list.push(raw[i + 1]);
  }
  return dest;
}

Object.defineProperty(IncomingMessage.prototype, 'headers', {
  get() {
    if (this[kHeaders] === null) {
      this[kHeaders] = buildHeaders(this, this.rawHeaders, this[kHeadersCount]);
    }
    return this[kHeaders];
  },
  set(value) { this[kHeaders] = value; },
  configurable: true,
  enumerable: true,
});

Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', {
  get() {
    if (this[kHeadersDistinct] === null) {
      this[kHeadersDistinct] = buildDistinct(this.rawHeaders, this[kHeadersCount]);
    }
    return this[kHeadersDistinct];
  },
  set(value) { this[kHeadersDistinct] = value; },
  configurable: true,
  enumerable: true,
});

Object.defineProperty(IncomingMessage.prototype, 'trailers', {
  get() {
    if (this[kTrailers] === null) {
      this[kTrailers] = buildHeaders(this, this.rawTrailers, this[kTrailersCount]);
    }
    return this[kTrailers];
  },
  set(value) { this[kTrailers] = value; },
  configurable: true,
  enumerable: true,
});

Object.defineProperty(IncomingMessage.prototype, 'trailersDistinct', {
  get() {
    if (this[kTrailersDistinct] === null) {
      this[kTrailersDistinct] = buildDistinct(this.rawTrailers, this[kTrailersCount]);
    }
    return this[kTrailersDistinct];
  },
  set(value) { this[kTrailersDistinct] = value; },
  configurable: true,
  enumerable: true,
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (this.socket) this.socket.setTimeout(msecs);
  return this;
};

// Called by the parser wrappers with the raw names and values and how many of them count.
IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers && headers.length) {
    if (this.complete) {
      this.rawTrailers = headers;
      this[kTrailersCount] = n;
      this[kTrailers] = null;
    } else {
      this.rawHeaders = headers;
      this[kHeadersCount] = n;
      this[kHeaders] = null;
    }
  }
};

// Adds one header line to dest with Node's rules for repeated fields.
IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  field = field.toLowerCase();
  const old = dest[field];
  if (old === undefined) {
    dest[field] = field === 'set-cookie' ? [value] : value;
  } else if (field === 'set-cookie') {
    old.push(value);
  } else if (this.joinDuplicateHeaders) {
    dest[field] = old + ', ' + value;
  } else if (field === 'cookie') {
    dest[field] = old + '; ' + value;
  } else if (!singleValued.has(field)) {
    dest[field] = old + ', ' + value;
  }
};

IncomingMessage.prototype._addHeaderLineDistinct = function _addHeaderLineDistinct(field,
  value, dest) {
  field = field.toLowerCase();
  if (dest[field] === undefined) dest[field] = [value];
  else dest[field].push(value);
};

IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  if (this.socket && this.socket.readable) readStart(this.socket);
};

IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  const socket = this.socket;
  if (socket && !socket.destroyed && this.aborted) {
    socket.destroy(err);
    const onclose = () => cb(this.listenerCount('error') > 0 ? err : null);
    if (socket.destroyed && socket.closed !== false) {
      process.nextTick(onclose);
    } else {
      socket.once('close', onclose);
    }
    return;
  }
  // An error reaches 'error' only when someone listens (an aborted request is routine).
  process.nextTick(cb, this.listenerCount('error') > 0 ? err : null);
};

// Throws the body away (a response or request nobody reads).
IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

module.exports = {
  IncomingMessage,
  dumpIncoming,
  endIncoming,
  incomingFromHead,
  readStart,
  readStop,
};
