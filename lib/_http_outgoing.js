'use strict';
// node:_http_outgoing (internal, exposed by Node): http.OutgoingMessage, the common part
// of ServerResponse and ClientRequest, and the header validators.
//
// Speed: the header block is one string, written together with the first body chunk in a
// single socket write (string + string is concatenated; a Buffer goes out in the same
// corked writev).

const { Stream } = require('internal/streams/legacy');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_HTTP_BODY_NOT_ALLOWED,
    ERR_HTTP_CONTENT_LENGTH_MISMATCH,
    ERR_HTTP_HEADERS_SENT,
    ERR_HTTP_INVALID_HEADER_VALUE,
    ERR_HTTP_TRAILER_INVALID,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CHAR,
    ERR_INVALID_HTTP_TOKEN,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_STREAM_ALREADY_FINISHED,
    ERR_STREAM_CANNOT_PIPE,
    ERR_STREAM_DESTROYED,
    ERR_STREAM_NULL_VALUES,
    ERR_STREAM_WRITE_AFTER_END,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { _checkIsHttpToken: checkIsHttpToken,
  _checkInvalidHeaderChar: checkInvalidHeaderChar, loopClock, tryWriteScratch, writeScratch,
} = require('_http_common');
const { FastBuffer, asciiPrefixWrite, utf8Write } = require('internal/buffer');

const kOutHeaders = Symbol('kOutHeaders');
const kNeedDrain = Symbol('kNeedDrain');
const kCorked = Symbol('corked');
const kBytesWritten = Symbol('kBytesWritten');
const { kSocketBytesWritten } = require('internal/net');
const kErrored = Symbol('errored');
const kHighWaterMark = Symbol('kHighWaterMark');
const kRejectNonStandardBodyWrites = Symbol('kRejectNonStandardBodyWrites');
const kUniqueHeaders = Symbol('kUniqueHeaders');
// A function called (this = the message) just before 'finish' is emitted, or null: the
// server's per-response work, without a listener to add per response.
const kBeforeFinish = Symbol('kBeforeFinish');
// The matchHeader bits of the headers _storeHeader has written so far.
const kSeen = Symbol('kSeen');
// The callback end() was given, called by onFinish just before 'finish'.
const kEndCallback = Symbol('kEndCallback');

const CRLF = '\r\n';
// Strings up to this length are encoded in JavaScript before a socket write (_writeRaw).
const kEncodeInJS = 16 * 1024;
const connCloseRe = /(?:^|\W)close(?:$|\W)/i;
const teChunkedRe = /(?:^|\W)chunked(?:$|\W)/i;

// The Date header changes once a second: build it at most once per second. It is valid
// until the event loop's clock (loopClock, ms, read at the start of each callback as a timer
// would be) reaches the next second; no timer per second (every process would compile
// setTimeout into the header code that calls this).
let dateCache;
let dateBuiltAt = 0;
let dateValidUntil = 0;
function utcDate() {
  const now = loopClock[0];
  if (dateCache === undefined || now >= dateValidUntil || now < dateBuiltAt) {
    const date = new Date();
    dateCache = date.toUTCString();
    dateBuiltAt = now;
    dateValidUntil = now + 1000 - date.getMilliseconds();
  }
  return dateCache;
}

// Header names and string values found valid before: a Set lookup costs less than the
// pattern test, and most responses repeat the same few. Bounded.
const validNames = new Set();
const validValues = new Set();
const kMaxValid = 512;

function validateHeaderName(name, label = 'Header name') {
  if (validNames.has(name)) return;
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw new ERR_INVALID_HTTP_TOKEN(label, name);
  }
  if (validNames.size < kMaxValid) validNames.add(name);
}

function validateHeaderValue(name, value) {
  if (validValues.has(value)) return;
  if (value === undefined) throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR('header content', name);
  if (typeof value === 'string' && value.length <= 256 && validValues.size < kMaxValid) {
    validValues.add(value);
  }
}

function OutgoingMessage(options) {
  Stream.call(this);
  this.outputData = [];
  this.outputSize = 0;
  this.writable = true;
  this.destroyed = false;
  this._last = false;
  this.chunkedEncoding = false;
  this.shouldKeepAlive = true;
  this.maxRequestsOnConnectionReached = false;
  this._defaultKeepAlive = true;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this._removedConnection = false;
  this._removedContLen = false;
  this._removedTE = false;
  this.strictContentLength = false;
  this[kBytesWritten] = 0;
  this._contentLength = null;
  this._hasBody = true;
  this._trailer = '';
  this[kNeedDrain] = false;
  this.finished = false;
  this._headerSent = false;
  this[kCorked] = 0;
  this._closed = false;
  this.socket = null;
  this._header = null;
  this[kOutHeaders] = null;
  this._keepAliveTimeout = 0;
  this._onPendingData = nop;
  this[kErrored] = null;
  this[kBeforeFinish] = null;
  this[kSeen] = 0;
  this[kEndCallback] = null;
  this[kHighWaterMark] = options?.highWaterMark ?? 16 * 1024;
  this[kRejectNonStandardBodyWrites] = options?.rejectNonStandardBodyWrites ?? false;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

function nop() {}

const proto = OutgoingMessage.prototype;

function getter(name, get, set) {
  Object.defineProperty(proto, name, { get, set, configurable: true, enumerable: false });
}
getter('errored', function() { return this[kErrored]; });
getter('closed', function() { return this._closed; });
getter('writableFinished', function() {
  return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0);
});
getter('writableObjectMode', () => false);
getter('writableLength', function() {
  return this.outputSize + (this.socket ? this.socket.writableLength : 0);
});
getter('writableHighWaterMark', function() {
  return this.socket ? this.socket.writableHighWaterMark : this[kHighWaterMark];
});
getter('writableCorked', function() { return this[kCorked]; });
getter('writableEnded', function() { return this.finished; });
getter('writableNeedDrain', function() { return !this.destroyed && !this.finished && this[kNeedDrain]; });
getter('connection', function() { return this.socket; }, function(v) { this.socket = v; });
getter('headersSent', function() { return !!this._header; });

// Node exposes these two (deprecated) views of the header map.
getter('_headers', function() { return this.getHeaders(); }, function(v) {
  if (v == null) { this[kOutHeaders] = null; return; }
  const h = this[kOutHeaders] = Object.create(null);
  for (const key of Object.keys(v)) h[key.toLowerCase()] = [key, v[key]];
});
getter('_headerNames', function() {
  const h = this[kOutHeaders];
  if (h === null) return null;
  const out = {};
  for (const key of Object.keys(h)) out[key] = h[key][0];
  return out;
});

proto.cork = function cork() {
  this[kCorked]++;
  if (this.socket) this.socket.cork();
};

proto.uncork = function uncork() {
  if (this[kCorked] > 0) this[kCorked]--;
  if (this.socket) this.socket.uncork();
};

proto.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this.socket) {
    this.once('socket', (socket) => socket.setTimeout(msecs));
  } else {
    this.socket.setTimeout(msecs);
  }
  return this;
};

proto.destroy = function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this[kErrored] = error;
  if (this.socket) {
    this.socket.destroy(error);
  } else {
    this.once('socket', (socket) => socket.destroy(error));
  }
  return this;
};

// Writes bytes that already are HTTP (the header block, chunk framing), queueing them
// until a socket is assigned.
function send(data, encoding, callback, byteLength) {
  return sendData(this, data, encoding, callback, byteLength, null);
}
proto._send = send;

// send() for msg; with finishOf (a message, else null) the callback is onFinish(finishOf)
// instead of `callback`: the direct write queues that as a tick with no closure to make.
function sendData(msg, data, encoding, callback, byteLength, finishOf) {
  if (!msg._headerSent && msg._header !== null) {
    if (typeof data === 'string' && encoding !== 'hex' && encoding !== 'base64' &&
        encoding !== 'base64url' && encoding !== 'utf16le' && encoding !== 'ucs2' &&
        encoding !== 'ucs-2' && encoding !== 'utf-16le') {
      const latin1 = directEncoding(encoding);
      if (latin1 !== -1 && msg._writeRaw === writeRaw &&
          msg._header.length + data.length <= kEncodeInJS) {
        const conn = directTarget(msg);
        if (conn !== null) {
          msg._headerSent = true;
          return writeDirect(conn, msg._header, latin1 === 1, data, latin1 === 1, callback, -1,
            finishOf);
        }
      }
      data = msg._header + data;
    } else {
      msg.outputData.unshift({ data: msg._header, encoding: 'latin1', callback: null });
      msg.outputSize += msg._header.length;
      msg._onPendingData(msg._header.length);
    }
    msg._headerSent = true;
  }
  if (finishOf !== null) callback = () => onFinish(finishOf);
  return msg._writeRaw(data, encoding, callback, byteLength);
}

function writeRaw(data, encoding, callback, size) {
  const conn = this.socket;
  if (conn && conn.destroyed) return false;
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (conn && conn._httpMessage === this && conn.writable) {
    if (this.outputData.length) this._flushOutput(conn);
    if (typeof data === 'string' && data.length <= kEncodeInJS && conn._handle != null) {
      // A string write copies the text into memory of its own in C (an allocation per
      // write); Buffer.from encodes short text in JavaScript, into its pool.
      const latin1 = directEncoding(encoding);
      if (latin1 !== -1 && conn.parser?.consuming === true && writableIdle(conn)) {
        return writeDirect(conn, '', false, data, latin1 === 1, callback, -1, null);
      }
      if (latin1 === 0) return conn.write(Buffer.from(data), encoding, callback);
      if (latin1 === 1) return conn.write(Buffer.from(data, 'latin1'), encoding, callback);
    }
    return conn.write(data, encoding, callback);
  }
  this.outputData.push({ data, encoding, callback });
  this.outputSize += data.length;
  this._onPendingData(data.length);
  return this.outputSize < this[kHighWaterMark];
}
proto._writeRaw = writeRaw;

// --- Writing straight to a server connection ---
//
// A response on a connection whose reads the native parser consumes (lib/_http_server.js) is
// encoded into the parser binding's scratch bytes and written with one non-blocking write
// (tryWriteScratch) while the socket's Writable is idle: nothing queued, nothing being
// written, not corked or ending, and write() not replaced. Bytes that the system takes at
// once are accounted as socket.write() would (bytesWritten, the idle timer; the callback in
// a later tick, as Writable calls it after a write that completed at once); the rest, if
// any, goes through socket.write(). This skips a Buffer, a write request and the Writable's
// bookkeeping per response, and the header block and the body are encoded one after the
// other instead of concatenated first.

// What a net.Socket's write() is unless someone replaced it (on the socket or on
// net.Socket.prototype, as instrumentation does): such a write() is always called.
const socketWrite = require('internal/streams/writable').prototype.write;

// 0 for UTF-8, 1 for Latin-1, -1 for an encoding the direct path does not write.
function directEncoding(encoding) {
  if (encoding == null || encoding === 'utf8' || encoding === 'utf-8') return 0;
  if (encoding === 'latin1' || encoding === 'binary') return 1;
  return -1;
}

// The socket msg can write to directly now, or null.
function directTarget(msg) {
  const conn = msg.socket;
  if (conn === null || conn._httpMessage !== msg || msg.outputData.length !== 0 ||
      conn.parser?.consuming !== true || conn.destroyed || !conn.writable ||
      conn._handle == null || !writableIdle(conn)) {
    return null;
  }
  return conn;
}

function writableIdle(conn) {
  const ws = conn._writableState;
  if (ws === undefined || ws.length !== 0 || ws.writing || ws.corked !== 0 || ws.ending ||
      ws.destroyed || ws.errored || !ws.constructed || conn.connecting) {
    return false;
  }
  return conn.write === socketWrite;
}

// The header block whose bytes (scratchHeadBytes of them, encoded as UTF-8 unless
// scratchHeadLatin1) start writeScratch: consecutive responses mostly repeat their header
// block, which is then not encoded again.
let scratchHead = null;
let scratchHeadBytes = 0;
let scratchHeadLatin1 = false;

// Encodes str into writeScratch at pos as UTF-8 or Latin-1 (each unit's low byte, as
// Buffer.from(str, 'latin1')); returns the bytes written.
function encodeScratch(str, pos, latin1) {
  if (!latin1) return utf8Write(writeScratch, str, pos, writeScratch.length - pos);
  const n = str.length;
  let i = asciiPrefixWrite(writeScratch, str, pos, n);
  for (; i < n; i++) writeScratch[pos + i] = str.charCodeAt(i) & 0xff;
  return n;
}

// Writes head + data (head: a header block not yet sent, or ''), head in Latin-1 when
// headLatin1, data in Latin-1 when latin1, UTF-8 otherwise; with chunkLen >= 0, data is the
// last chunk of a chunked body, chunkLen bytes long, framed here (its size line, then the
// last-chunk) rather than concatenated first.
// The common case (a header block already in the scratch or none, an ASCII body, all of it
// taken at once) is kept small: every process compiles this function in its optimizing
// tier, and its compile time grows with what it inlines (writeDirectAny has the rest).
function writeDirect(conn, head, headLatin1, data, latin1, callback, chunkLen, finishOf) {
  let n = 0;
  if (head === '') {
    scratchHead = null;
  } else if (head === scratchHead && headLatin1 === scratchHeadLatin1) {
    n = scratchHeadBytes;
  } else {
    return writeDirectAny(conn, head, headLatin1, data, latin1, callback, chunkLen, finishOf);
  }
  const len = data.length;
  if (len > kEncodeInJS || (chunkLen >= 0 && chunkLen !== len)) {
    return writeDirectAny(conn, head, headLatin1, data, latin1, callback, chunkLen, finishOf);
  }
  if (chunkLen >= 0) n = putChunkSize(n, len);
  // ASCII is the same bytes in UTF-8 and Latin-1.
  if (asciiPrefixWrite(writeScratch, data, n, len) !== len) {
    return writeDirectAny(conn, head, headLatin1, data, latin1, callback, chunkLen, finishOf);
  }
  n += len;
  if (chunkLen >= 0) n = putLastChunkEnd(n);
  const written = tryWriteScratch(conn.parser, n);
  if (written !== n) return writeDirectRest(conn, n, written, callback, finishOf);
  conn[kSocketBytesWritten] += n;
  conn._unrefTimer();
  if (finishOf !== null) process.nextTick(onFinish, finishOf);
  else if (typeof callback === 'function') process.nextTick(callback, null);
  return true;
}

// Puts the size line of a chunk of `size` bytes (hexadecimal digits, CRLF) into writeScratch
// at pos; returns the position after it.
function putChunkSize(pos, size) {
  let digits = 1;
  for (let v = size >>> 4; v !== 0; v >>>= 4) digits++;
  for (let i = pos + digits - 1; i >= pos; i--) {
    const d = size & 15;
    writeScratch[i] = d < 10 ? 48 + d : 87 + d;
    size >>>= 4;
  }
  pos += digits;
  writeScratch[pos] = 13;
  writeScratch[pos + 1] = 10;
  return pos + 2;
}

// Puts lastChunkEnd (CRLF, then the last-chunk: '0', CRLF, CRLF) into writeScratch at pos.
function putLastChunkEnd(pos) {
  writeScratch[pos] = 13;
  writeScratch[pos + 1] = 10;
  writeScratch[pos + 2] = 48;
  writeScratch[pos + 3] = 13;
  writeScratch[pos + 4] = 10;
  writeScratch[pos + 5] = 13;
  writeScratch[pos + 6] = 10;
  return pos + 7;
}

function writeDirectAny(conn, head, headLatin1, data, latin1, callback, chunkLen, finishOf) {
  let n = 0;
  if (head !== '') {
    if (head === scratchHead && headLatin1 === scratchHeadLatin1) {
      n = scratchHeadBytes;
    } else {
      n = encodeScratch(head, 0, headLatin1);
      scratchHead = head;
      scratchHeadBytes = n;
      scratchHeadLatin1 = headLatin1;
    }
  } else {
    scratchHead = null;
  }
  if (chunkLen >= 0) n = putChunkSize(n, chunkLen);
  n += encodeScratch(data, n, latin1);
  if (chunkLen >= 0) n = putLastChunkEnd(n);
  return writeDirectRest(conn, n, tryWriteScratch(conn.parser, n), callback, finishOf);
}

// After tryWriteScratch(n) returned `written`: accounts for what was taken and hands the rest
// (everything on an error: socket.write() meets it again and reports it its way) to
// socket.write().
function writeDirectRest(conn, n, written, callback, finishOf) {
  if (written >= 0) {
    conn[kSocketBytesWritten] += written;
    conn._unrefTimer();
    if (written === n) {
      if (finishOf !== null) process.nextTick(onFinish, finishOf);
      else if (typeof callback === 'function') process.nextTick(callback, null);
      return true;
    }
  }
  if (finishOf !== null) callback = () => onFinish(finishOf);
  return conn.write(new FastBuffer(writeScratch.slice(Math.max(written, 0), n).buffer), callback);
}

// The end of a last chunk: its CRLF, then the last-chunk with no trailers.
const lastChunkEnd = '\r\n0\r\n\r\n';

// end(string) of a chunked body with no trailers, written directly (see writeDirect) when it
// can be, with onFinish(msg) as its callback; returns false (nothing done) when not.
function sendLastChunkDirect(msg, len, chunk, encoding) {
  const latin1 = directEncoding(encoding);
  if (latin1 === -1 || msg._send !== send || msg._writeRaw !== writeRaw) return false;
  const head = msg._headerSent ? '' : msg._header;
  if (head === null || head.length + chunk.length > kEncodeInJS) return false;
  const conn = directTarget(msg);
  if (conn === null) return false;
  msg._headerSent = true;
  // The header block goes out as Latin-1 with the chunk's size line (as in Node, where the
  // size line is the first thing sent, in Latin-1, and the header block joins it).
  writeDirect(conn, head, true, chunk, latin1 === 1, null, len, msg);
  return true;
}

// What _storeHeader saw among the headers (matchHeader's result bits).
const kSawConnection = 1;
const kSawContentLength = 2;
const kSawTransferEncoding = 4;
const kSawDate = 8;
const kSawExpect = 16;
const kSawTrailer = 32;

// The Date line, rebuilt at most once a second.
let dateLine;
let dateLineOf;

// The keep-alive lines of the last (keepAliveTimeout, maxRequestsPerSocket) pair.
let keepAliveLines = 'Connection: keep-alive\r\nKeep-Alive: timeout=5\r\n';
let keepAliveTimeoutOf = 5000;
let keepAliveMaxOf = 0;

function keepAliveHeader(timeout, max) {
  if (timeout !== keepAliveTimeoutOf || max !== keepAliveMaxOf) {
    let lines = 'Connection: keep-alive\r\nKeep-Alive: timeout=' + Math.floor(timeout / 1000);
    if (max) lines += ', max=' + max;
    keepAliveLines = lines + CRLF;
    keepAliveTimeoutOf = timeout;
    keepAliveMaxOf = max;
  }
  return keepAliveLines;
}

// The header block is gathered as a list of pieces (builder.list, builder.n used), joined at
// the end. Consecutive responses mostly repeat their header block piece for piece (the same
// status line, header names and values, Date line...): then the block the last call made is
// reused, the same string, which skips building it (a rope of ~10 pieces) and lets
// writeDirect see at once that its bytes are already encoded (comparing a new rope with the
// last block would flatten it). A call made while another is building (a header value's
// toString writing another message's head) uses a builder of its own and no reuse.
const sharedBuilder = { list: [], n: 0 };
let building = false;
let lastPieces = [];
let lastCount = -1;
let lastBlock = '';

function addPiece(builder, piece) {
  builder.list[builder.n++] = piece;
}

// The header block of builder's pieces: the last one made if the pieces are the same.
function joinPieces(builder) {
  const list = builder.list;
  const n = builder.n;
  if (builder === sharedBuilder) {
    let same = n === lastCount;
    for (let i = 0; same && i < n; i++) same = list[i] === lastPieces[i];
    if (same) return lastBlock;
  }
  let block = '';
  for (let i = 0; i < n; i++) block += list[i];
  if (builder === sharedBuilder) {
    sharedBuilder.list = lastPieces;
    lastPieces = list;
    lastCount = n;
    lastBlock = block;
  }
  return block;
}

// Builds the header block from the first line and the headers (an object of
// lower-case name → [name, value] pairs, a plain object, or a flat/nested array).
proto._storeHeader = function _storeHeader(firstLine, headers) {
  const builder = building ? { list: [], n: 0 } : sharedBuilder;
  builder.n = 0;
  building = true;
  try {
    storeHeader(this, builder, firstLine, headers);
  } finally {
    if (builder === sharedBuilder) building = false;
  }
};

function storeHeader(self, builder, firstLine, headers) {
  addPiece(builder, firstLine);
  self[kSeen] = 0;
  if (headers) {
    // (Each kind in a function of its own: every process compiles the kinds it uses only.)
    if (headers === self[kOutHeaders]) {
      storeHeaderMap(self, builder, headers);
    } else if (Array.isArray(headers)) {
      storeHeaderList(self, builder, headers);
    } else {
      for (const name in headers) {
        if (!Object.hasOwn(headers, name)) continue;
        const value = headers[name];
        validateHeaderName(name);
        headerLines(self, builder, name, value, true);
      }
    }
  }
  const seen = self[kSeen];
  if (self.sendDate && (seen & kSawDate) === 0) {
    const date = utcDate();
    if (date !== dateLineOf) {
      dateLine = 'Date: ' + date + CRLF;
      dateLineOf = date;
    }
    addPiece(builder, dateLine);
  }

  if (self.chunkedEncoding && (self.statusCode === 204 || self.statusCode === 304)) {
    self._last = true;
    self.chunkedEncoding = false;
  }

  if ((seen & kSawConnection) === 0) {
    const sendKeepAlive = self.shouldKeepAlive &&
      ((seen & kSawContentLength) !== 0 || self.useChunkedEncodingByDefault || self.agent);
    if (sendKeepAlive && self.maxRequestsOnConnectionReached) {
      addPiece(builder, 'Connection: close\r\n');
    } else if (sendKeepAlive) {
      if (self._keepAliveTimeout && self._defaultKeepAlive) {
        addPiece(builder, keepAliveHeader(self._keepAliveTimeout, self._maxRequestsPerSocket || 0));
      } else {
        addPiece(builder, 'Connection: keep-alive\r\n');
      }
    } else {
      self._last = true;
      addPiece(builder, 'Connection: close\r\n');
    }
  }

  if ((seen & (kSawContentLength | kSawTransferEncoding)) === 0) {
    if (!self._hasBody) {
      // No body: no length either (HEAD, 204, 304, 1xx).
    } else if (!self.useChunkedEncodingByDefault) {
      self._last = true;
    } else if ((seen & kSawTrailer) === 0 && !self._removedContLen &&
               typeof self._contentLength === 'number') {
      addPiece(builder, 'Content-Length: ');
      addPiece(builder, '' + self._contentLength);
      addPiece(builder, CRLF);
    } else if (!self._removedTE) {
      addPiece(builder, 'Transfer-Encoding: chunked\r\n');
      self.chunkedEncoding = true;
    } else {
      self._last = true;
    }
  }
  if (self.chunkedEncoding !== true && (seen & kSawTrailer) !== 0) {
    throw new ERR_HTTP_TRAILER_INVALID();
  }
  addPiece(builder, CRLF);
  self._header = joinPieces(builder);
  self._headerSent = false;
  if ((seen & kSawExpect) !== 0) self._send('');
}

// The headers of setHeader()'s map: lower-case name -> [name, value], validated when set.
function storeHeaderMap(self, builder, headers) {
  for (const key in headers) {
    const entry = headers[key];
    headerLines(self, builder, entry[0], entry[1], false);
  }
}

// A flat [name, value, ...] or nested [[name, value], ...] list.
function storeHeaderList(self, builder, headers) {
  const nested = headers.length !== 0 && Array.isArray(headers[0]);
  if (!nested && headers.length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('headers', headers);
  }
  const step = nested ? 1 : 2;
  for (let i = 0; i < headers.length; i += step) {
    const name = nested ? headers[i][0] : headers[i];
    const value = nested ? headers[i][1] : headers[i + 1];
    validateHeaderName(name);
    headerLines(self, builder, name, value, true);
  }
}

// Adds the line(s) of one header to the header block (its name, ': ', its value as a
// string, CRLF); the matchHeader bits go to self[kSeen] (a field, not a per-header result
// object). An array value gives one line per element (a Cookie list is joined with '; ').
function headerLines(self, builder, key, value, validate) {
  if (!Array.isArray(value)) {
    if (validate) validateHeaderValue(key, value);
    headerLine(builder, key, value);
    self[kSeen] |= matchHeader(self, key, value);
    return;
  }
  headerArrayLines(self, builder, key, value, validate);
}

// headerLines for an array value.
function headerArrayLines(self, builder, key, value, validate) {
  if (value.length < 2 || key.length !== 6 || key.toLowerCase() !== 'cookie') {
    for (let i = 0; i < value.length; i++) {
      if (validate) validateHeaderValue(key, value[i]);
      headerLine(builder, key, value[i]);
      self[kSeen] |= matchHeader(self, key, value[i]);
    }
    return;
  }
  const joined = value.join('; ');
  if (validate) validateHeaderValue(key, joined);
  headerLine(builder, key, joined);
  self[kSeen] |= matchHeader(self, key, joined);
}

// One header line's pieces; the value is made a string here, as `key + ': ' + value` would.
function headerLine(builder, key, value) {
  addPiece(builder, '' + key);
  addPiece(builder, ': ');
  addPiece(builder, typeof value === 'string' ? value : '' + value);
  addPiece(builder, CRLF);
}

// The bits of the headers _storeHeader treats specially (the field's length rules out
// most names without lower-casing them).
function matchHeader(self, field, value) {
  switch (field.length) {
    case 4: case 6: case 7: case 10: case 14: case 17:
      return matchSpecialHeader(self, field, value);
    default: return 0;
  }
}

// matchHeader for a name of one of the special lengths.
function matchSpecialHeader(self, field, value) {
  switch (field.toLowerCase()) {
    case 'connection':
      self._removedConnection = false;
      if (connCloseRe.test(value)) self._last = true;
      else self.shouldKeepAlive = true;
      return kSawConnection;
    case 'transfer-encoding':
      self._removedTE = false;
      if (teChunkedRe.test(value)) self.chunkedEncoding = true;
      return kSawTransferEncoding;
    case 'content-length':
      self._contentLength = +value;
      self._removedContLen = false;
      return kSawContentLength;
    case 'date': return kSawDate;
    case 'expect': return kSawExpect;
    case 'trailer': return kSawTrailer;
    case 'keep-alive':
      self._defaultKeepAlive = false;
      return 0;
  }
  return 0;
}

// Header maps are made with Object.create(null): an empty `{ __proto__: null }` literal
// costs ~45-90 ns in JavaScriptCore (a prototype change per object), this ~16-26.
proto.setHeader = function setHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = Object.create(null);
  headers[name.toLowerCase()] = [name, value];
  return this;
};

proto.setHeaders = function setHeaders(headers) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' ||
      typeof headers.get !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
  }
  const cookies = [];
  for (const [key, value] of headers) {
    if (key === 'set-cookie') {
      if (Array.isArray(value)) cookies.push(...value);
      else cookies.push(value);
      continue;
    }
    this.setHeader(key, value);
  }
  if (cookies.length) {
    const fromHeaders = typeof headers.getSetCookie === 'function' ? headers.getSetCookie() : cookies;
    this.setHeader('set-cookie', fromHeaders);
  }
  return this;
};

proto.appendHeader = function appendHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('append');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  const key = name.toLowerCase();
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = Object.create(null);
  const existing = headers[key];
  if (existing === undefined) {
    headers[key] = [name, value];
  } else {
    const list = Array.isArray(existing[1]) ? existing[1] : [existing[1]];
    headers[key] = [existing[0], list.concat(value)];
  }
  return this;
};

proto.getHeader = function getHeader(name) {
  validateString(name, 'name');
  const headers = this[kOutHeaders];
  if (headers === null) return undefined;
  const entry = headers[name.toLowerCase()];
  return entry && entry[1];
};

proto.getHeaderNames = function getHeaderNames() {
  return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
};

proto.getRawHeaderNames = function getRawHeaderNames() {
  const headers = this[kOutHeaders];
  if (headers === null) return [];
  return Object.values(headers).map((e) => e[0]);
};

proto.getHeaders = function getHeaders() {
  const headers = this[kOutHeaders];
  const out = Object.create(null);
  if (headers) {
    for (const key of Object.keys(headers)) out[key] = headers[key][1];
  }
  return out;
};

proto.hasHeader = function hasHeader(name) {
  validateString(name, 'name');
  return this[kOutHeaders] !== null && !!this[kOutHeaders][name.toLowerCase()];
};

proto.removeHeader = function removeHeader(name) {
  validateString(name, 'name');
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('remove');
  const key = name.toLowerCase();
  switch (key) {
    case 'connection': this._removedConnection = true; break;
    case 'content-length': this._removedContLen = true; break;
    case 'transfer-encoding': this._removedTE = true; break;
    case 'date': this.sendDate = false; break;
  }
  if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
};

proto._implicitHeader = function _implicitHeader() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
};

// Short ASCII strings (most bodies of small responses) are measured here: a call into
// the buffer binding costs more than the loop.
function byteLengthOf(chunk, encoding) {
  if (typeof chunk !== 'string') return chunk.byteLength;
  const n = chunk.length;
  if (n <= 256 && (encoding == null || encoding === 'utf8' || encoding === 'utf-8' ||
      encoding === 'latin1' || encoding === 'ascii')) {
    let i = 0;
    while (i < n && chunk.charCodeAt(i) < 0x80) i++;
    if (i === n) return n;
  }
  return Buffer.byteLength(chunk, encoding);
}

function checkStrictLength(msg) {
  return msg.strictContentLength && msg._contentLength != null && msg._hasBody &&
    !msg._removedContLen && !msg.chunkedEncoding && !msg.hasHeader?.('transfer-encoding');
}

proto.write = function write(chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  const ret = writeChunk(this, chunk, encoding, callback, false);
  if (!ret) this[kNeedDrain] = true;
  return ret;
};

function onWriteError(msg, err, callback) {
  if (msg.destroyed) {
    if (typeof callback === 'function') process.nextTick(callback, err);
    return;
  }
  process.nextTick(() => {
    if (typeof callback === 'function') callback(err);
    if (!msg.destroyed) msg.emit('error', err);
  });
}

const kFinishAttached = Symbol('kFinishAttached');

// endOf: the message when called from end() with a body; a plain body write, or a chunked
// string one with no trailers (sent with the last-chunk), then takes the 'finish' callback
// itself and kFinishAttached is returned.
function writeChunk(msg, chunk, encoding, callback, fromEnd, endOf) {
  if (typeof callback !== 'function') callback = nop;
  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();
  if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  let err;
  if (msg.finished) err = new ERR_STREAM_WRITE_AFTER_END();
  else if (msg.destroyed) err = new ERR_STREAM_DESTROYED('write');
  if (err) {
    onWriteError(msg, err, callback);
    return false;
  }
  let len;
  if (!msg._header) {
    if (fromEnd) {
      len = byteLengthOf(chunk, encoding);
      msg._contentLength = len;
    }
    msg._implicitHeader();
  }
  if (!msg._hasBody) {
    if (msg[kRejectNonStandardBodyWrites]) throw new ERR_HTTP_BODY_NOT_ALLOWED();
    process.nextTick(callback);
    return true;
  }
  if (checkStrictLength(msg)) {
    len ??= byteLengthOf(chunk, encoding);
    msg[kBytesWritten] += len;
    // Like Node, only the end of the body is checked.
    if (fromEnd && msg[kBytesWritten] !== msg._contentLength) {
      throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(msg[kBytesWritten], msg._contentLength);
    }
  }
  if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
    msg.socket.cork();
    process.nextTick(uncorkSocket, msg.socket);
  }
  if (msg.chunkedEncoding && chunk.length !== 0) {
    len ??= byteLengthOf(chunk, encoding);
    if (typeof chunk === 'string' && (encoding == null || encoding === 'utf8' ||
        encoding === 'utf-8' || encoding === 'latin1' || encoding === 'ascii')) {
      if (endOf !== undefined && msg._trailer === '') {
        // end(string) of a chunked body: the chunk and the last-chunk go out in one write.
        if (sendLastChunkDirect(msg, len, chunk, encoding)) return kFinishAttached;
        const finish = () => onFinish(msg);
        if (headerNeedsLatin1(msg, encoding)) {
          msg._send(len.toString(16) + CRLF, 'latin1', null);
          msg._send(chunk + lastChunkEnd, encoding, finish);
        } else {
          msg._send(len.toString(16) + CRLF + chunk + lastChunkEnd, encoding, finish);
        }
        return kFinishAttached;
      }
      if (headerNeedsLatin1(msg, encoding)) {
        msg._send(len.toString(16) + CRLF, 'latin1', null);
        return msg._send(chunk + CRLF, encoding, callback);
      }
      return msg._send(len.toString(16) + CRLF + chunk + CRLF, encoding, callback);
    }
    msg._send(len.toString(16) + CRLF, 'latin1', null);
    msg._send(chunk, encoding, null, len);
    return msg._send(CRLF, 'latin1', callback);
  }
  if (endOf !== undefined && chunk.length !== 0) {
    if (msg._send === send) sendData(msg, chunk, encoding, null, len, msg);
    else msg._send(chunk, encoding, () => onFinish(msg), len);
    return kFinishAttached;
  }
  return msg._send(chunk, encoding, callback, len);
}

// Whether the header block, not sent yet, must go out before a chunk of UTF-8 text rather
// than with it: it is sent as Latin-1 with the chunk's size line (as in Node), which differs
// from the chunk's encoding only for characters past ASCII.
const nonAsciiPattern = /[^\x00-\x7f]/;
function headerNeedsLatin1(msg, encoding) {
  return !msg._headerSent && msg._header !== null &&
    (encoding == null || encoding === 'utf8' || encoding === 'utf-8') &&
    nonAsciiPattern.test(msg._header);
}

function uncorkSocket(socket) {
  if (socket.writableCorked) socket.uncork();
}

// end() sends what the socket holds even if someone corked it more than once (Node does).
function uncorkFully(socket) {
  const ws = socket?._writableState;
  if (ws != null && ws.corked > 1) ws.corked = 1;
  if (ws != null && ws.corked === 1) socket.uncork();
}

proto.addTrailers = function addTrailers(headers) {
  this._trailer = '';
  const isArray = Array.isArray(headers);
  const keys = isArray ? null : Object.keys(headers);
  const n = isArray ? headers.length : keys.length;
  for (let i = 0; i < n; i++) {
    let field, value;
    if (isArray) {
      field = headers[i][0];
      value = headers[i][1];
    } else {
      field = keys[i];
      value = headers[field];
    }
    validateHeaderName(field, 'Trailer name');
    if (Array.isArray(value) && value.length > 1 &&
        (!this[kUniqueHeaders] || !this[kUniqueHeaders].has(field.toLowerCase()))) {
      for (let j = 0; j < value.length; j++) {
        if (checkInvalidHeaderChar(value[j])) throw new ERR_INVALID_CHAR('trailer content', field);
        this._trailer += field + ': ' + value[j] + CRLF;
      }
    } else {
      if (Array.isArray(value)) value = value.join('; ');
      if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR('trailer content', field);
      this._trailer += field + ': ' + value + CRLF;
    }
  }
};

function onFinish(msg) {
  // A write that fails after its socket errored and closed (a request destroyed while its
  // header was still being written) reports nothing more: 'error' and 'close' were emitted.
  if (msg.socket && msg.socket._hadError) return;
  if (msg.socket && msg._closed) msg.emit('close');
  // end()'s callback runs just before 'finish', as a write callback would (as in Node: it
  // is not a 'finish' listener, so it comes before those added earlier).
  const callback = msg[kEndCallback];
  if (callback !== null) {
    msg[kEndCallback] = null;
    callback(null);
  }
  msg.emit('finish');
}

proto.end = function end(chunk, encoding, callback) {
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (chunk) {
    if (this.finished) {
      onWriteError(this, new ERR_STREAM_WRITE_AFTER_END(),
        typeof callback !== 'function' ? nop : callback);
      return this;
    }
    // A string body goes out in the same string as the header block: one write, nothing
    // to gather, so no cork (corking routes the write through the Writable's buffer).
    const cork = this.socket !== null && (typeof chunk !== 'string' || this._headerSent ||
      (this.chunkedEncoding && this._trailer !== '') || typeof encoding === 'string' ||
      this.outputData.length !== 0);
    if (cork) this.socket.cork();
    const last = writeChunk(this, chunk, encoding, null, true, this);
    if (cork && this.socket) this.socket.uncork();
    if (last === kFinishAttached) {
      // The body's own write carries the 'finish' callback: no extra empty write.
      if (typeof callback === 'function') this[kEndCallback] = callback;
      uncorkFully(this.socket);
      this[kCorked] = 0;
      this.finished = true;
      if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) {
        this._finish();
      }
      return this;
    }
  } else if (this.finished) {
    if (typeof callback === 'function') {
      if (!this.writableFinished) this.on('finish', callback);
      else callback(new ERR_STREAM_ALREADY_FINISHED('end'));
    }
    return this;
  } else if (!this._header) {
    if (this.socket) this.socket.cork();
    this._contentLength = 0;
    this._implicitHeader();
    if (this.socket) this.socket.uncork();
  }
  if (typeof callback === 'function') this[kEndCallback] = callback;
  if (!chunk && checkStrictLength(this) && this[kBytesWritten] !== this._contentLength) {
    throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(this[kBytesWritten], this._contentLength);
  }
  const finish = () => onFinish(this);
  if (this._hasBody && this.chunkedEncoding) {
    this._send('0\r\n' + this._trailer + CRLF, 'latin1', finish);
  } else if (!this._headerSent || this.writableLength || chunk) {
    this._send('', 'latin1', finish);
  } else {
    process.nextTick(finish);
  }
  uncorkFully(this.socket);
  this[kCorked] = 0;
  this.finished = true;
  if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) {
    this._finish();
  }
  return this;
};

proto._finish = function _finish() {
  this.emit('prefinish');
};

// Writes what was queued before a socket was assigned.
proto._flush = function _flush() {
  const socket = this.socket;
  if (socket && socket.writable) {
    const ret = this._flushOutput(socket);
    if (this.finished) this._finish();
    else if (ret && this[kNeedDrain]) {
      this[kNeedDrain] = false;
      this.emit('drain');
    }
  }
};

proto._flushOutput = function _flushOutput(socket) {
  const corked = this[kCorked];
  while (this[kCorked]) {
    this[kCorked]--;
    socket.cork();
  }
  const data = this.outputData;
  if (data.length === 0) return true;
  socket.cork();
  let ret;
  for (let i = 0; i < data.length; i++) {
    const { data: d, encoding, callback } = data[i];
    data[i].data = null;
    ret = socket.write(d, encoding, callback);
  }
  socket.uncork();
  this.outputData = [];
  this._onPendingData(-this.outputSize);
  this.outputSize = 0;
  this[kCorked] = corked;
  return ret;
};

proto.flushHeaders = function flushHeaders() {
  if (!this._header) this._implicitHeader();
  this._send('');
};

proto.pipe = function pipe() {
  this.emit('error', new ERR_STREAM_CANNOT_PIPE());
};

module.exports = {
  OutgoingMessage,
  kBeforeFinish,
  kHighWaterMark,
  kNeedDrain,
  kOutHeaders,
  kRejectNonStandardBodyWrites,
  kUniqueHeaders,
  utcDate,
  validateHeaderName,
  validateHeaderValue,
};
