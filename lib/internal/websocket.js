'use strict';
// The WebSocket client (the WHATWG WebSockets standard over RFC 6455), with MessageEvent
// and CloseEvent: globals in Node 24 (from undici there), exported by node:http too.
// The opening handshake is an http/https request with `Upgrade: websocket`; after it the
// socket carries frames, parsed here. No extensions are offered (no permessage-deflate),
// so `extensions` is always ''.

const { Buffer } = require('buffer');
const { Event, EventTarget, defineEventHandler, kTrustEvent } = require('internal/event_target');
const { webidlClass } = require('internal/fetch/util');
const { DOMException } = require('internal/dom_exception');

const CONNECTING = 0;
const OPEN = 1;
const CLOSING = 2;
const CLOSED = 3;

const kGuid = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const kTokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function missingArgs(what, count) {
  return new TypeError(`${what}: ${count} argument required, but 0 found.`);
}

function isObjectLike(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

class MessageEvent extends Event {
  #data;
  #origin;
  #lastEventId;
  #source;
  #ports;

  constructor(type, init = undefined) {
    if (arguments.length === 0) throw missingArgs('MessageEvent constructor', 1);
    super(type, init);
    if (init?.data === undefined) this.#data = null;
    else this.#data = init.data;
    this.#origin = init?.origin === undefined ? '' : `${init.origin}`;
    this.#lastEventId = init?.lastEventId === undefined ? '' : `${init.lastEventId}`;
    this.#source = init?.source ?? null;
    this.#ports = init?.ports === undefined ? [] : [...init.ports];
    Object.freeze(this.#ports);
  }

  get data() { return this.#data; }
  get origin() { return this.#origin; }
  get lastEventId() { return this.#lastEventId; }
  get source() { return this.#source; }
  get ports() { return this.#ports; }

  initMessageEvent(type, bubbles = false, cancelable = false, data = null, origin = '',
    lastEventId = '', source = null, ports = []) {
    if (arguments.length === 0) throw missingArgs('MessageEvent.initMessageEvent', 1);
    // The event's own type and flags are fixed once constructed here; only the
    // message fields change.
    this.#data = data;
    this.#origin = `${origin}`;
    this.#lastEventId = `${lastEventId}`;
    this.#source = source;
    this.#ports = Object.freeze([...ports]);
  }
}

class CloseEvent extends Event {
  #wasClean;
  #code;
  #reason;

  constructor(type, init = undefined) {
    if (arguments.length === 0) throw missingArgs('CloseEvent constructor', 1);
    super(type, init);
    this.#wasClean = Boolean(init?.wasClean);
    this.#code = init?.code === undefined ? 0 : Number(init.code) & 0xffff;
    this.#reason = init?.reason === undefined ? '' : `${init.reason}`;
  }

  get wasClean() { return this.#wasClean; }
  get code() { return this.#code; }
  get reason() { return this.#reason; }
}

// The `error` event: an ErrorEvent in Node (not a global there).
class ErrorEvent extends Event {
  #message;
  #error;

  constructor(type, init = undefined) {
    super(type, init);
    this.#message = init?.message === undefined ? '' : `${init.message}`;
    this.#error = init?.error;
  }

  get message() { return this.#message; }
  get error() { return this.#error; }
}

webidlClass(MessageEvent, 'MessageEvent');
webidlClass(CloseEvent, 'CloseEvent');
webidlClass(ErrorEvent, 'ErrorEvent');

let crypto;
function lazyCrypto() {
  crypto ??= require('crypto');
  return crypto;
}

let utf8Decoder;
// The text of UTF-8 `bytes`, or undefined when they are not valid UTF-8.
function decodeUtf8(bytes) {
  utf8Decoder ??= new (require('internal/encoding').TextDecoder)('utf-8',
    { fatal: true, ignoreBOM: true });
  try {
    return utf8Decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

function syntaxError(message) {
  return new DOMException(message, 'SyntaxError');
}

// A close code a peer may send (RFC 6455 7.4).
function isValidReceivedCode(code) {
  return (code >= 1000 && code <= 1014 && code !== 1004 && code !== 1005 && code !== 1006) ||
    (code >= 3000 && code <= 4999);
}

// What is wrong with the server's handshake response `res`, if anything.
function handshakeProblem(res, key, protocols) {
  const h = res.headers;
  if (res.statusCode !== 101) return `Unexpected status code ${res.statusCode}`;
  if (`${h.upgrade}`.toLowerCase() !== 'websocket') return 'Upgrade header is not websocket';
  if (!`${h.connection}`.toLowerCase().split(/\s*,\s*/).includes('upgrade')) {
    return 'Connection header is not upgrade';
  }
  const expected = lazyCrypto().createHash('sha1').update(key + kGuid).digest('base64');
  if (h['sec-websocket-accept'] !== expected) return 'Sec-WebSocket-Accept mismatch';
  // No extension was offered, so none may be accepted.
  if (h['sec-websocket-extensions'] !== undefined) return 'Unexpected extensions';
  const protocol = h['sec-websocket-protocol'];
  if (protocol !== undefined && !protocols.includes(protocol)) {
    return 'Protocol was not requested';
  }
}

class WebSocket extends EventTarget {
  #url;
  #origin;
  #readyState = CONNECTING;
  #protocol = '';
  #binaryType = 'blob';
  #bufferedAmount = 0;
  #request = null;
  #socket = null;
  #closeSent = false;
  #closeReceived = null; // {code, reason} once a Close frame arrived
  #finished = false; // the close event is queued
  #failError; // why the connection was failed, for the error event
  // Frame parsing.
  #chunks = [];
  #buffered = 0;
  #need = 2; // bytes the next frame needs at least, so partial frames are not re-joined
  #fragments = null; // {opcode, parts, size} while a fragmented message is incomplete
  // Outgoing messages in order; Blobs are read before sending.
  #sendQueue = [];
  #pumping = false;

  constructor(url, protocols = []) {
    if (arguments.length === 0) throw missingArgs('WebSocket constructor', 1);
    super();
    let parsed;
    try {
      parsed = new URL(`${url}`);
    } catch (err) {
      throw syntaxError(`${err}`);
    }
    if (parsed.protocol === 'http:') parsed.protocol = 'ws:';
    else if (parsed.protocol === 'https:') parsed.protocol = 'wss:';
    if (parsed.protocol !== 'ws:' && parsed.protocol !== 'wss:') {
      throw syntaxError('expected a ws: or wss: url');
    }
    if (parsed.hash !== '' || parsed.href.endsWith('#')) throw syntaxError('hash');

    if (typeof protocols === 'string') {
      protocols = [protocols];
    } else if (isObjectLike(protocols) && typeof protocols[Symbol.iterator] === 'function') {
      protocols = Array.from(protocols, (p) => `${p}`);
    } else {
      protocols = [`${protocols}`];
    }
    const seen = new Set();
    for (const p of protocols) {
      if (!kTokenRe.test(p) || seen.has(p)) {
        throw syntaxError('Invalid Sec-WebSocket-Protocol value');
      }
      seen.add(p);
    }

    this.#url = parsed.href;
    this.#origin = parsed.origin;
    this.#connect(parsed, protocols);
  }

  get url() { return this.#url; }
  get readyState() { return this.#readyState; }
  get bufferedAmount() { return this.#bufferedAmount; }
  get extensions() { return ''; }
  get protocol() { return this.#protocol; }
  get binaryType() { return this.#binaryType; }
  set binaryType(value) {
    if (value === 'blob' || value === 'arraybuffer') this.#binaryType = value;
  }

  #connect(url, protocols) {
    const { randomBytes } = lazyCrypto();
    const key = randomBytes(16).toString('base64');
    const headers = {
      'Upgrade': 'websocket',
      'Connection': 'Upgrade',
      'Sec-WebSocket-Key': key,
      'Sec-WebSocket-Version': '13',
    };
    if (protocols.length > 0) headers['Sec-WebSocket-Protocol'] = protocols.join(', ');
    const secure = url.protocol === 'wss:';
    const options = {
      protocol: secure ? 'https:' : 'http:',
      hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
      port: url.port || (secure ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers,
      agent: false,
    };
    if (url.username || url.password) {
      options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    }
    const req = require(secure ? 'https' : 'http').request(options);
    this.#request = req;
    req.on('error', (err) => this.#fail(err));
    req.on('response', (res) => {
      res.resume();
      this.#fail(new Error(`Received network error or non-101 status code: ${res.statusCode}`));
    });
    req.on('upgrade', (res, socket, head) => {
      this.#request = null;
      const problem = handshakeProblem(res, key, protocols);
      if (problem !== undefined) {
        socket.destroy();
        this.#fail(new Error(problem));
        return;
      }
      if (this.#readyState !== CONNECTING) { // close() was called meanwhile
        socket.destroy();
        return;
      }
      this.#socket = socket;
      this.#protocol = res.headers['sec-websocket-protocol'] ?? '';
      this.#readyState = OPEN;
      socket.setNoDelay?.(true);
      socket.on('data', (chunk) => this.#onData(chunk));
      socket.on('error', () => {}); // reported by 'close'
      socket.on('close', () => this.#onSocketClose());
      socket.on('end', () => socket.end());
      this.dispatchEvent(new Event('open', { [kTrustEvent]: true }));
      if (head && head.length > 0) this.#onData(head);
    });
    req.end();
  }

  // "Fail the WebSocket connection" before it opened: error, then close 1006.
  #fail(err) {
    if (this.#finished) return;
    this.#request?.destroy();
    this.#request = null;
    this.#readyState = CLOSED;
    this.#finish(1006, '', false, err);
  }

  #finish(code, reason, wasClean, err) {
    if (this.#finished) return;
    this.#finished = true;
    this.#readyState = CLOSED;
    process.nextTick(() => {
      if (err !== undefined) {
        this.dispatchEvent(new ErrorEvent('error',
          { error: err, message: err?.message ?? '', [kTrustEvent]: true }));
      }
      this.dispatchEvent(new CloseEvent('close', { code, reason, wasClean, [kTrustEvent]: true }));
    });
  }

  // The socket closed: the close event's code is the one of the peer's Close frame, or
  // 1006 (with an error event first) when none arrived.
  #onSocketClose() {
    const received = this.#closeReceived;
    if (received !== null) {
      this.#finish(received.code, received.reason, this.#closeSent, undefined);
    } else {
      this.#finish(1006, '', false,
        this.#failError ?? new TypeError('The connection closed without a closing handshake'));
    }
  }

  // Fail an open connection: send a Close frame with `code` and drop the socket.
  #failOpen(code, message) {
    if (this.#readyState === CLOSED || this.#finished) return;
    this.#failError = new Error(message);
    if (!this.#closeSent) {
      this.#closeSent = true;
      const payload = Buffer.alloc(2);
      payload.writeUInt16BE(code, 0);
      this.#socket.write(this.#frame(0x8, payload));
    }
    this.#readyState = CLOSING;
    this.#socket.end();
    this.#destroyLater();
    this.#chunks = [];
    this.#buffered = 0;
  }

  #frame(opcode, payload) {
    const length = payload.length;
    let headerSize = 6;
    if (length > 0xffff) headerSize += 8;
    else if (length > 125) headerSize += 2;
    const frame = Buffer.allocUnsafe(headerSize + length);
    frame[0] = 0x80 | opcode;
    if (length > 0xffff) {
      frame[1] = 0x80 | 127;
      frame.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
      frame.writeUInt32BE(length >>> 0, 6);
    } else if (length > 125) {
      frame[1] = 0x80 | 126;
      frame.writeUInt16BE(length, 2);
    } else {
      frame[1] = 0x80 | length;
    }
    const maskAt = headerSize - 4;
    lazyCrypto().randomFillSync(frame, maskAt, 4);
    for (let i = 0; i < length; i++) {
      frame[headerSize + i] = payload[i] ^ frame[maskAt + (i & 3)];
    }
    return frame;
  }

  #onData(chunk) {
    if (this.#closeReceived !== null || this.#finished) return;
    this.#chunks.push(chunk);
    this.#buffered += chunk.length;
    for (;;) {
      if (this.#buffered < this.#need) return;
      let buf = this.#chunks.length === 1 ? this.#chunks[0] : Buffer.concat(this.#chunks);
      this.#chunks = [buf];
      const fin = (buf[0] & 0x80) !== 0;
      const opcode = buf[0] & 0x0f;
      const masked = (buf[1] & 0x80) !== 0;
      let length = buf[1] & 0x7f;
      let offset = 2;
      if ((buf[0] & 0x70) !== 0) return this.#failOpen(1002, 'RSV bits must be clear');
      if (masked) return this.#failOpen(1002, 'Received a masked frame');
      if (length === 126) {
        if (buf.length < 4) {
          this.#need = 4;
          return;
        }
        length = buf.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (buf.length < 10) {
          this.#need = 10;
          return;
        }
        const high = buf.readUInt32BE(2);
        if (high > 0x1fffff) return this.#failOpen(1009, 'Frame too large');
        length = high * 2 ** 32 + buf.readUInt32BE(6);
        offset = 10;
      }
      if (buf.length < offset + length) {
        this.#need = offset + length;
        return;
      }
      this.#need = 2;
      const payload = buf.subarray(offset, offset + length);
      buf = buf.subarray(offset + length);
      this.#chunks = buf.length > 0 ? [buf] : [];
      this.#buffered = buf.length;
      if (!this.#onFrame(fin, opcode, payload)) return;
    }
  }

  // Handles one frame; false when reading must stop.
  #onFrame(fin, opcode, payload) {
    if (opcode >= 0x8) {
      if (!fin || payload.length > 125) {
        this.#failOpen(1002, 'Invalid control frame');
        return false;
      }
      if (opcode === 0x8) return this.#onClose(payload);
      if (opcode === 0x9) {
        if (!this.#closeSent) this.#socket.write(this.#frame(0xa, payload));
        return true;
      }
      if (opcode === 0xa) return true;
      this.#failOpen(1002, `Invalid opcode ${opcode}`);
      return false;
    }
    if (opcode === 0x0) {
      if (this.#fragments === null) {
        this.#failOpen(1002, 'Unexpected continuation frame');
        return false;
      }
      this.#fragments.parts.push(Buffer.from(payload));
      if (!fin) return true;
      const { opcode: first, parts } = this.#fragments;
      this.#fragments = null;
      return this.#onMessage(first, Buffer.concat(parts));
    }
    if (opcode !== 0x1 && opcode !== 0x2) {
      this.#failOpen(1002, `Invalid opcode ${opcode}`);
      return false;
    }
    if (this.#fragments !== null) {
      this.#failOpen(1002, 'Expected a continuation frame');
      return false;
    }
    if (!fin) {
      this.#fragments = { opcode, parts: [Buffer.from(payload)] };
      return true;
    }
    return this.#onMessage(opcode, payload);
  }

  #onMessage(opcode, payload) {
    let data;
    if (opcode === 0x1) {
      data = decodeUtf8(payload);
      if (data === undefined) {
        this.#failOpen(1007, 'Invalid UTF-8 in a text message');
        return false;
      }
    } else if (this.#binaryType === 'arraybuffer') {
      data = payload.buffer.slice(payload.byteOffset, payload.byteOffset + payload.length);
    } else {
      data = new (require('buffer').Blob)([payload]);
    }
    if (this.#readyState !== OPEN) return true;
    this.dispatchEvent(new MessageEvent('message',
      { data, origin: this.#origin, [kTrustEvent]: true }));
    return true;
  }

  #onClose(payload) {
    let code = 1005;
    let reason = '';
    if (payload.length === 1) {
      this.#failOpen(1002, 'Invalid close frame');
      return false;
    }
    if (payload.length >= 2) {
      code = payload.readUInt16BE(0);
      if (!isValidReceivedCode(code)) {
        this.#failOpen(1002, `Invalid close code ${code}`);
        return false;
      }
      reason = decodeUtf8(payload.subarray(2));
      if (reason === undefined) {
        this.#failOpen(1007, 'Invalid UTF-8 in the close reason');
        return false;
      }
    }
    this.#closeReceived = { code, reason };
    if (!this.#closeSent) {
      this.#closeSent = true;
      const echo = Buffer.alloc(code === 1005 ? 0 : 2);
      if (code !== 1005) echo.writeUInt16BE(code, 0);
      this.#socket.write(this.#frame(0x8, echo));
    }
    this.#readyState = CLOSING;
    this.#socket.end();
    this.#destroyLater();
    return false;
  }

  // The server should close the TCP connection after the closing handshake; if it does
  // not, drop it.
  #destroyLater() {
    const socket = this.#socket;
    const timer = setTimeout(() => socket.destroy(), 5000);
    timer.unref?.();
    socket.once('close', () => clearTimeout(timer));
  }

  close(code = undefined, reason = undefined) {
    if (code !== undefined) {
      code = Number(code);
      code = Number.isNaN(code) ? 0 : Math.min(Math.max(Math.round(code), 0), 0xffff);
      if (code !== 1000 && (code < 3000 || code > 4999)) {
        throw new DOMException('invalid code', 'InvalidAccessError');
      }
    }
    let reasonBytes = Buffer.alloc(0);
    if (reason !== undefined) {
      reasonBytes = Buffer.from(`${reason}`);
      if (reasonBytes.length > 123) {
        throw syntaxError(`Reason must be less than 123 bytes; received ${reasonBytes.length}`);
      }
    }
    if (this.#readyState === CLOSING || this.#readyState === CLOSED) return;
    if (this.#readyState === CONNECTING) {
      this.#readyState = CLOSING;
      this.#request?.destroy();
      this.#request = null;
      const err = new TypeError('WebSocket was closed before the connection was established');
      process.nextTick(() => this.#fail(err));
      return;
    }
    this.#readyState = CLOSING;
    this.#closeSent = true;
    let payload = Buffer.alloc(0);
    if (code !== undefined) {
      payload = Buffer.alloc(2 + reasonBytes.length);
      payload.writeUInt16BE(code, 0);
      reasonBytes.copy(payload, 2);
    } else if (reasonBytes.length > 0) {
      payload = Buffer.alloc(2 + reasonBytes.length);
      payload.writeUInt16BE(1000, 0);
      reasonBytes.copy(payload, 2);
    }
    this.#enqueue(0x8, payload);
  }

  send(data) {
    if (arguments.length === 0) throw missingArgs('WebSocket.send', 1);
    if (this.#readyState === CONNECTING) {
      throw new DOMException('Sent before connected.', 'InvalidStateError');
    }
    let opcode = 0x2;
    let payload;
    const { Blob, isBlob } = require('internal/blob');
    if (data instanceof ArrayBuffer ||
        (typeof SharedArrayBuffer === 'function' && data instanceof SharedArrayBuffer)) {
      payload = Buffer.from(new Uint8Array(data));
    } else if (ArrayBuffer.isView(data)) {
      payload = Buffer.from(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    } else if (isBlob(data) || data instanceof Blob) {
      payload = data;
    } else {
      opcode = 0x1;
      payload = Buffer.from(`${data}`);
    }
    const size = payload.size ?? payload.length;
    this.#bufferedAmount += size;
    if (this.#readyState !== OPEN || this.#closeSent) return;
    this.#enqueue(opcode, payload, size);
  }

  #enqueue(opcode, payload, size = 0) {
    this.#sendQueue.push({ opcode, payload, size });
    this.#pump();
  }

  async #pump() {
    if (this.#pumping) return;
    this.#pumping = true;
    while (this.#sendQueue.length > 0) {
      const item = this.#sendQueue.shift();
      let payload = item.payload;
      if (!Buffer.isBuffer(payload)) payload = Buffer.from(await payload.arrayBuffer());
      const socket = this.#socket;
      if (socket === null || socket.destroyed || this.#finished) continue;
      socket.write(this.#frame(item.opcode, payload), () => {
        this.#bufferedAmount -= item.size;
      });
    }
    this.#pumping = false;
  }
}

defineEventHandler(WebSocket.prototype, 'open');
defineEventHandler(WebSocket.prototype, 'error');
defineEventHandler(WebSocket.prototype, 'close');
defineEventHandler(WebSocket.prototype, 'message');

const constants = { CONNECTING, OPEN, CLOSING, CLOSED };
for (const [name, value] of Object.entries(constants)) {
  const descriptor = { value, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(WebSocket, name, descriptor);
  Object.defineProperty(WebSocket.prototype, name, descriptor);
}
webidlClass(WebSocket, 'WebSocket');

module.exports = {
  WebSocket,
  MessageEvent,
  CloseEvent,
};
