'use strict';
// node:_http_common (internal, exposed by Node): the method list, header syntax checks,
// and HTTPParser, the JS side of the llhttp binding (src/bindings/http_parser.c).
//
// The binding's execute() makes no calls into JS: it leaves events in a shared Int32Array
// and returns one string holding the header bytes of the sections it completed. This file
// turns the events into calls of the parser's callbacks, in order: onMessageBegin(),
// onHeadersComplete(major, minor, rawHeaders, method, url, statusCode, statusMessage,
// upgrade, keepAlive) → skipBody (only for responses), onBody(buffer),
// onMessageComplete(rawTrailers).

const { FastBuffer } = require('internal/buffer');

const { runTicksNow } = require('internal/process/task_queues');

const binding = internalBinding('http_parser');
const { events, info, writeScratch, tryWrite } = binding;
// loopClock[0]: the event loop's time (ms) when the current callback began. Connections and
// requests are stamped with it: Date.now() is a clock read (~150 ns) per call.
const { loopClock } = internalBinding('timers');
const NativeParser = binding.HTTPParser;
const methodsById = binding.methods;

// Every method the HTTP parser accepts, sorted (http.METHODS).
const methods = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
  'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS',
  'PATCH', 'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT',
  'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE',
];

// A token (RFC 9110, section 5.6.2): what header names and methods are made of.
const tokenPattern = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
function checkIsHttpToken(value) {
  return tokenPattern.test(value);
}

// True when a header value holds a character that a field value cannot: anything but
// tab, visible ASCII, space and obs-text.
const invalidHeaderCharPattern = /[^\t\x20-\x7e\x80-\xff]/;
function checkInvalidHeaderChar(value) {
  return invalidHeaderCharPattern.test(value);
}

const EV_BEGIN = 1;
const EV_HEADERS = 2;
const EV_BODY = 3;
const EV_COMPLETE = 4;
const ST_UPGRADE = 1;
const ST_ERROR = 2;
const ST_FULL = 3;
const ST_PAUSED = 4;

let depth = 0;

function noop() {}

// native.onexecute: the native parser consumed a read of its stream (see consume()).
// chunk, when passed, is the read: a Buffer, or (info[5] >= 0) an ArrayBuffer holding it at
// offset info[5], info[6] bytes long (small reads are copied into a shared pool). Bodies
// are views of it; a Buffer of the whole read is made only when something needs it
// (HTTPParser#consumedChunk: errors, upgrades, a parse that stopped early).
// The ticks the read queued (a response written queues some) run here: the trampoline
// would otherwise make a second call into JS for them, under the same engine lock and
// before the same microtask checkpoint, so the order is the same.
function onNativeExecute(blob, chunk) {
  const parser = this.owner;
  parser.onExecute(parser.executeConsumed(blob, chunk));
  runTicksNow();
}

// An error of execute() reads "Parse Error: <reason>"; one of finish() (the input ended
// inside a message) is plain "Parse Error", as in Node.
function parseError(native, bytesParsed, atFinish = false) {
  const [code, reason] = native.getError();
  const err = new Error(atFinish ? 'Parse Error' : `Parse Error: ${reason}`);
  err.bytesParsed = bytesParsed;
  err.code = code;
  err.reason = reason;
  return err;
}

function readPairs(blob, ev, i, n) {
  const raw = new Array(n * 2);
  for (let k = 0; k < n; k++, i += 4) {
    raw[2 * k] = blob.slice(ev[i], ev[i + 1]);
    raw[2 * k + 1] = blob.slice(ev[i + 2], ev[i + 3]);
  }
  return raw;
}

class HTTPParser {
  static REQUEST = 1;
  static RESPONSE = 2;

  // The read being dispatched while consuming: a Buffer (#readChunk), or an ArrayBuffer
  // holding it at #readOffset, #readLength bytes; undefined when the read was not passed.
  #readBuffer = undefined;
  #readOffset = 0;
  #readLength = 0;
  #readChunk = undefined;

  constructor() {
    this.native = new NativeParser();
    this.native.owner = this;
    this.native.onexecute = onNativeExecute;
    this.type = 1;
    this.socket = null;
    this.incoming = null;
    this.outgoing = null;
    this.maxHeaderPairs = 2000;
    this.skipBody = 0;
    this.joinDuplicateHeaders = false;
    this.upgradeReq = null;
    // True while the native parser consumes its socket's handle (consume()): responses on
    // that socket may then be written through tryWrite.
    this.consuming = false;
    this.onMessageBegin = noop;
    this.onHeadersComplete = noop;
    this.onBody = noop;
    this.onMessageComplete = noop;
    // (ret) after each read parsed while consuming a stream: ret as execute's; the read is
    // consumedChunk().
    this.onExecute = noop;
  }

  // type: HTTPParser.REQUEST or RESPONSE; lenient: true for insecureHTTPParser.
  initialize(type, maxHeaderSize, lenient, maxHeadersCount) {
    this.type = type;
    this.skipBody = 0;
    this.upgradeReq = null;
    this.native.initialize(type, maxHeaderSize, lenient ? 15 : 0,
      maxHeadersCount > 0 ? maxHeadersCount : 0);
  }

  // Parses data; returns the number of bytes parsed (less than data.length after an
  // upgrade or CONNECT: the rest belongs to the new protocol) or an Error with `code`
  // (HPE_*), `reason` and `bytesParsed`.
  execute(data) {
    return this.#execute(data, 0);
  }

  // The read the native parser consumed last, as a Buffer (made on first use), or
  // undefined when it was not passed (a read of headers only that parsed cleanly).
  consumedChunk() {
    if (this.#readChunk === undefined && this.#readBuffer !== undefined) {
      this.#readChunk = new FastBuffer(this.#readBuffer, this.#readOffset, this.#readLength);
    }
    return this.#readChunk;
  }

  #execute(data, offset) {
    let saved;
    if (depth > 0) saved = events.slice(0, events[0] + 1);
    depth++;
    try {
      for (;;) {
        const view = offset === 0 ? data :
          new FastBuffer(data.buffer, data.byteOffset + offset, data.length - offset);
        info[2] = view.length;
        info[3] = view.byteOffset;
        info[4] = this.skipBody;
        const blob = this.native.execute(view.buffer);
        const consumed = info[0];
        const status = info[1];
        this.#dispatch(blob, view.buffer, view.byteOffset);
        offset += consumed;
        if (status === ST_FULL && offset < data.length) continue;
        // An upgrade nobody takes (no 'upgrade' listener): the connection stays HTTP.
        if (status === ST_UPGRADE && this.type === 1 && this.upgradeReq == null &&
            offset < data.length) continue;
        if (status === ST_ERROR) return parseError(this.native, offset);
        return offset;
      }
    } finally {
      depth--;
      if (saved !== undefined) events.set(saved);
    }
  }

  // Lets the native parser parse every read of stream handle `handle` itself, calling
  // onMessageBegin... and then onExecute(ret) once per read. Returns false if the
  // handle cannot be consumed (not a native stream, or already consumed).
  consume(handle) {
    this.consuming = this.native.consume(handle) === true;
    return this.consuming;
  }

  unconsume() {
    this.consuming = false;
    this.native.unconsume();
  }

  // The results of a read the native parser parsed while consuming (events/info are
  // filled); chunk holds the read's bytes when the events or the status need them.
  // Returns what execute() would have returned for chunk.
  executeConsumed(blob, chunk) {
    const consumed = info[0];
    const status = info[1];
    let base = 0;
    if (chunk === undefined) {
      this.#readBuffer = this.#readChunk = undefined;
      this.#readOffset = this.#readLength = 0;
    } else if (info[5] >= 0) {
      this.#readBuffer = chunk;
      this.#readOffset = base = info[5];
      this.#readLength = info[6];
      this.#readChunk = undefined;
    } else {
      this.#readBuffer = chunk.buffer;
      this.#readOffset = base = chunk.byteOffset;
      this.#readLength = chunk.length;
      this.#readChunk = chunk;
    }
    depth++;
    try {
      this.#dispatch(blob, this.#readBuffer, base);
    } finally {
      depth--;
    }
    if (status === 0 || status === ST_PAUSED) return consumed;
    if (status === ST_ERROR) return parseError(this.native, consumed);
    if (consumed < this.#readLength && (status === ST_FULL ||
        (status === ST_UPGRADE && this.type === 1 && this.upgradeReq == null))) {
      const ret = this.#execute(this.consumedChunk(), consumed);
      return ret;
    }
    return consumed;
  }

  // The input ended: completes a body delimited by the end of the connection. Returns
  // undefined or an Error as execute() does.
  finish() {
    let saved;
    if (depth > 0) saved = events.slice(0, events[0] + 1);
    depth++;
    try {
      const blob = this.native.finish();
      const status = info[1];
      this.#dispatch(blob, undefined, 0);
      if (status === ST_ERROR) return parseError(this.native, 0, true);
    } finally {
      depth--;
      if (saved !== undefined) events.set(saved);
    }
  }

  pause() { this.native.pause(); }
  resume() { this.native.resume(); }
  close() {
    this.consuming = false;
    this.native.free();
  }
  remove() {}

  // Body events are views of arrayBuffer from byte base on.
  #dispatch(blob = '', arrayBuffer, base) {
    const n = events[0];
    // Reentrancy: a callback may run another parser, which overwrites the shared events;
    // read what this call needs before each callback returns control.
    let i = 1;
    while (i <= n) {
      const kind = events[i];
      if (kind === EV_HEADERS) {
        const major = events[i + 1];
        const minor = events[i + 2];
        const method = events[i + 3];
        const status = events[i + 4];
        const flags = events[i + 5];
        const text = blob.slice(events[i + 6], events[i + 7]);
        const npairs = events[i + 8];
        const raw = readPairs(blob, events, i + 9, npairs);
        i += 9 + 4 * npairs;
        if (this.type === 1) {
          this.onHeadersComplete(major, minor, raw, methodsById[method], text, 0, '',
            (flags & 1) !== 0, (flags & 2) !== 0);
        } else {
          this.onHeadersComplete(major, minor, raw, undefined, undefined, status, text,
            (flags & 1) !== 0, (flags & 2) !== 0);
        }
      } else if (kind === EV_BODY) {
        const off = events[i + 1];
        const len = events[i + 2];
        i += 3;
        this.onBody(new FastBuffer(arrayBuffer, base + off, len));
      } else if (kind === EV_COMPLETE) {
        const npairs = events[i + 1];
        const raw = npairs === 0 ? null : readPairs(blob, events, i + 2, npairs);
        i += 2 + 4 * npairs;
        this.onMessageComplete(raw);
      } else if (kind === EV_BEGIN) {
        i++;
        this.onMessageBegin();
      } else {
        break;
      }
    }
  }
}

// Parsers of finished connections, kept for reuse (http.setMaxIdleHTTPParsers).
let maxIdleParsers = 1000;
const freeParsers = [];

function allocParser() {
  return freeParsers.length > 0 ? freeParsers.pop() : new HTTPParser();
}

function freeParser(parser, req, socket) {
  if (!parser) return;
  parser.onMessageBegin = noop;
  parser.onHeadersComplete = noop;
  parser.onBody = noop;
  parser.onMessageComplete = noop;
  parser.onExecute = noop;
  parser.socket = null;
  parser.incoming = null;
  parser.outgoing = null;
  parser.onIncoming = null;
  parser.close();
  if (freeParsers.length < maxIdleParsers) freeParsers.push(parser);
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

function setMaxIdleHTTPParsers(max) {
  const { validateInteger } = require('internal/validators');
  validateInteger(max, 'max', 1);
  maxIdleParsers = max;
  if (freeParsers.length > max) freeParsers.length = max;
}

// Gives the first n bytes of writeScratch to the socket parser consumes (held until the loop
// phase ends, or written with one non-blocking write): returns the bytes taken (0..n) or a
// negative libuv code.
function tryWriteScratch(parser, n) {
  info[7] = n;
  tryWrite(parser.native);
  return info[8];
}

module.exports = {
  CRLF: '\r\n',
  HTTPParser,
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  allocParser,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  freeParser,
  loopClock,
  methods,
  setMaxIdleHTTPParsers,
  tryWriteScratch,
  writeScratch,
};
