'use strict';
// The IPC wire format of child_process (fork and stdio 'ipc'), shared by parent and child.
//
// With serialization 'json' (the default) the channel carries one message per line: its
// JSON text (JSON.stringify never writes a raw newline) and '\n', as Node's does. The
// receiving pipe splits and parses the lines in C (pipe_wrap's readJson). A message sent with
// a handle (a net.Server or net.Socket, whose descriptor travels with the line's bytes) is
// the line of { cmd: 'NODE_HANDLE', type, msg }.
//
// With 'advanced' the channel carries frames: a 6-byte header (magic byte 0x4c, kind byte,
// payload length as a 32-bit big-endian integer) and the payload, a message in the binary
// form below (the structured-clone types of Node's v8 serializer: Map, Set, Date, RegExp,
// BigInt, typed arrays, errors, cycles...). Kind 1 is a message, kind 3 the same with a
// descriptor attached (the payload is then { t: type, m: message }). A frame with a bad magic
// byte, an unknown kind, a length above kMaxFrame or a payload that does not decode is
// malformed: the reader reports an error and the channel is closed (never a crash); a frame
// cut off by the end of the stream is reported the same way, and so is a line that is not
// JSON or never ends.

const { Buffer } = require('buffer');
const {
  FastBuffer, utf8Write, latin1Slice, ucs2Slice, binding: bufferBinding, kLatin1, kUtf16le,
} = require('internal/buffer');

const kMagic = 0x4c;
const kAdvanced = 1;
// A message sent with a handle: the frame's bytes travel with a descriptor (uv_write2).
const kAdvancedHandle = 3;
const kHeader = 6;
const kMaxFrame = 512 * 1024 * 1024;

class FrameError extends Error {
  constructor(message) {
    super(`Malformed IPC message: ${message}`);
    this.code = 'ERR_IPC_MALFORMED_MESSAGE';
  }
}

// Collects stream chunks and calls onFrame(kind, bytes, start, end) once per complete frame,
// in order. A frame's bytes are a view of the chunk when it lies within one (no copy).
class FrameReader {
  #chunks = [];
  #offset = 0; // into #chunks[0]
  #total = 0; // unread bytes in #chunks
  #kind = -1; // of the frame whose header was read, -1 if none
  #length = 0;
  #onFrame;

  constructor(onFrame) {
    this.#onFrame = onFrame;
  }

  // Adds a chunk and delivers what it completes. Throws FrameError on a malformed header.
  push(chunk) {
    try {
      this.#push(chunk);
    } finally {
      forgetText();
    }
  }

  #push(chunk) {
    this.#chunks.push(chunk);
    this.#total += chunk.length;
    for (;;) {
      if (this.#kind < 0) {
        if (this.#total < kHeader) return;
        const buf = this.#take(kHeader);
        const at = this.#at;
        if (buf[at] !== kMagic) throw new FrameError('bad frame header');
        const kind = buf[at + 1];
        const length = ((buf[at + 2] << 24) >>> 0) + (buf[at + 3] << 16) + (buf[at + 4] << 8) +
          buf[at + 5];
        if (kind !== kAdvanced && kind !== kAdvancedHandle) {
          throw new FrameError(`unknown frame kind ${kind}`);
        }
        if (length > kMaxFrame) throw new FrameError(`frame of ${length} bytes`);
        this.#kind = kind;
        this.#length = length;
      }
      if (this.#total < this.#length) return;
      const kind = this.#kind;
      const length = this.#length;
      this.#kind = -1;
      const buf = this.#take(length);
      const start = this.#at;
      this.#onFrame(kind, buf, start, start + length);
    }
  }

  // The number of bytes of an incomplete frame (0 at a frame boundary).
  get pending() {
    return this.#total + (this.#kind >= 0 ? kHeader : 0);
  }

  #at = 0; // where the bytes #take returned start

  // Removes n available bytes; returns the Buffer holding them at #at.
  #take(n) {
    const first = this.#chunks[0];
    const at = this.#offset;
    if (first.length - at >= n) {
      this.#offset += n;
      this.#total -= n;
      if (this.#offset === first.length) {
        this.#chunks.shift();
        this.#offset = 0;
      }
      this.#at = at;
      return first;
    }
    const out = Buffer.allocUnsafe(n);
    let filled = 0;
    while (filled < n) {
      const chunk = this.#chunks[0];
      const from = this.#offset;
      const count = Math.min(chunk.length - from, n - filled);
      out.set(from === 0 && count === chunk.length ? chunk : chunk.subarray(from, from + count),
              filled);
      filled += count;
      if (from + count === chunk.length) {
        this.#chunks.shift();
        this.#offset = 0;
      } else {
        this.#offset = from + count;
      }
    }
    this.#total -= n;
    this.#at = 0;
    return out;
  }
}

const kNewline = Buffer.from('\n');

function writeHeader(buf, at, kind, length) {
  buf[at] = kMagic;
  buf[at + 1] = kind;
  buf[at + 2] = length >>> 24;
  buf[at + 3] = (length >>> 16) & 0xff;
  buf[at + 4] = (length >>> 8) & 0xff;
  buf[at + 5] = length & 0xff;
}

// Writes frames into slabs, so that the messages sent in one tick leave in one system call.
class FrameWriter {
  #slab = null;
  #used = 0;

  // Appends the line of a JSON message (its text and '\n'); returns its size in bytes.
  addLine(text) {
    const max = text.length * 3 + 1;
    if (max > 65536) {
      const payload = Buffer.from(text, 'utf8');
      this.#cut();
      this.#big = [payload, kNewline];
      return payload.length + 1;
    }
    this.#reserve(max);
    const at = this.#used;
    const n = utf8Write(this.#slab, text, at, max);
    this.#slab[at + n] = 10;
    this.#used = at + n + 1;
    return n + 1;
  }

  // Appends a frame of kind with payload bytes; returns its size. A large payload is kept
  // (not copied) until written, unless copy says its memory will be reused.
  addBytes(kind, payload, copy = false) {
    const size = payload.length + kHeader;
    if (size > 65536) {
      const header = Buffer.allocUnsafe(kHeader);
      writeHeader(header, 0, kind, payload.length);
      this.#cut();
      this.#big = [header, copy ? Buffer.from(payload) : payload];
      return size;
    }
    this.#reserve(size);
    writeHeader(this.#slab, this.#used, kind, payload.length);
    this.#slab.set(payload, this.#used + kHeader);
    this.#used += size;
    return size;
  }

  #big = null;
  #done = []; // finished slab views and big payloads, in order

  #cut() {
    if (this.#used > 0) {
      this.#done.push(new FastBuffer(this.#slab.buffer, this.#slab.byteOffset, this.#used));
      this.#spare = this.#slab;
      this.#slab = null;
      this.#used = 0;
    }
    if (this.#big !== null) {
      for (const b of this.#big) this.#done.push(b);
      this.#big = null;
    }
  }

  #reserve(n) {
    if (this.#big !== null) this.#cut();
    if (this.#slab !== null && this.#slab.length - this.#used >= n) return;
    this.#cut();
    this.#slab = Buffer.allocUnsafe(Math.max(n, 65536));
    this.#used = 0;
  }

  // The last slab handed out by take() (none while its bytes are still being written).
  #spare = null;

  // Says whether the chunks of the last take() are written (the bytes are out), so that
  // their memory can be reused, or still in use by a pending write.
  release(written) {
    if (written && this.#slab === null && this.#spare !== null) {
      this.#slab = this.#spare;
      this.#used = 0;
    }
    this.#spare = null;
  }

  // Returns the chunks written since the last call (or an empty array).
  take() {
    this.#cut();
    if (this.#done.length > 1 || (this.#done.length === 1 && this.#done[0].buffer !== this.#spare?.buffer)) {
      // Only a lone slab is reused; big payloads and several slabs are left alone.
      this.#spare = null;
    }
    const out = this.#done;
    this.#done = [];
    return out;
  }
}

// ---- 'advanced': a structured-clone serializer ----

const T_UNDEFINED = 0, T_NULL = 1, T_TRUE = 2, T_FALSE = 3, T_INT = 4, T_DOUBLE = 5,
  T_BIGINT = 6, T_LATIN1 = 7, T_UTF16 = 8, T_ARRAY = 9, T_OBJECT = 10, T_DATE = 11,
  T_REGEXP = 12, T_MAP = 13, T_SET = 14, T_ARRAYBUFFER = 15, T_VIEW = 16, T_REF = 17,
  T_ERROR = 18, T_BOXED = 19, T_HOLE = 20, T_SHAREDBUFFER = 21;

const viewTypes = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array, DataView, Buffer];
if (typeof Float16Array === 'function') viewTypes.push(Float16Array);
const errorTypes = [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError];

const { toString: objectToString } = Object.prototype;

const kWide = /[^\x00-\xff]/;

class Writer {
  buf = Buffer.allocUnsafe(4096);
  pos = 0;
  view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.length);
  seen = new Map();

  reset() {
    this.pos = 0;
    this.seen.clear();
    if (this.buf.length > 1048576) {
      this.buf = Buffer.allocUnsafe(4096);
      this.view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.length);
    }
  }

  ensure(n) {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = Buffer.allocUnsafe(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
    this.view = new DataView(next.buffer, next.byteOffset, next.length);
  }

  byte(b) {
    this.ensure(1);
    this.buf[this.pos++] = b;
  }

  u32(n) {
    this.ensure(4);
    this.view.setUint32(this.pos, n);
    this.pos += 4;
  }

  f64(n) {
    this.ensure(8);
    this.view.setFloat64(this.pos, n);
    this.pos += 8;
  }

  string(s) {
    const n = s.length;
    if (n <= 2048) {
      // Latin-1 in one pass (faster in JS than through the binding at these sizes); a wider
      // unit means UTF-16 below.
      this.ensure(5 + n);
      const buf = this.buf;
      const at = this.pos;
      const p = at + 5;
      let i = 0;
      for (; i + 4 <= n; i += 4) {
        const a = s.charCodeAt(i);
        const b = s.charCodeAt(i + 1);
        const c = s.charCodeAt(i + 2);
        const d = s.charCodeAt(i + 3);
        if ((a | b | c | d) > 0xff) break;
        buf[p + i] = a;
        buf[p + i + 1] = b;
        buf[p + i + 2] = c;
        buf[p + i + 3] = d;
      }
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c > 0xff) break;
        buf[p + i] = c;
      }
      if (i === n) {
        buf[at] = T_LATIN1;
        buf[at + 1] = n >>> 24;
        buf[at + 2] = (n >>> 16) & 0xff;
        buf[at + 3] = (n >>> 8) & 0xff;
        buf[at + 4] = n & 0xff;
        this.pos = p + n;
        return;
      }
      if (n <= 64) {
        this.byte(T_UTF16);
        this.u32(n);
        this.ensure(n * 2);
        const wide = this.buf;
        let q = this.pos;
        for (let j = 0; j < n; j++) {
          const c = s.charCodeAt(j);
          wide[q++] = c & 0xff;
          wide[q++] = c >>> 8;
        }
        this.pos = q;
        return;
      }
    }
    // Long strings: one native scan and one native copy.
    const wide = kWide.test(s);
    this.byte(wide ? T_UTF16 : T_LATIN1);
    this.u32(n);
    const size = wide ? n * 2 : n;
    this.ensure(size);
    bufferBinding.write(this.buf, s, this.pos, size, wide ? kUtf16le : kLatin1);
    this.pos += size;
  }

  bytes(u8) {
    this.u32(u8.length);
    this.ensure(u8.length);
    this.buf.set(u8, this.pos);
    this.pos += u8.length;
  }

  value(v) {
    switch (typeof v) {
      case 'undefined': this.byte(T_UNDEFINED); return;
      case 'boolean': this.byte(v ? T_TRUE : T_FALSE); return;
      case 'number':
        if ((v | 0) === v && !Object.is(v, -0)) {
          this.byte(T_INT);
          this.ensure(4);
          this.view.setInt32(this.pos, v);
          this.pos += 4;
        } else {
          this.byte(T_DOUBLE);
          this.f64(v);
        }
        return;
      case 'string': this.string(v); return;
      case 'bigint': this.byte(T_BIGINT); this.string(v.toString(16)); return;
      case 'object':
        if (v === null) {
          this.byte(T_NULL);
          return;
        }
        this.object(v);
        return;
      default:
        throw uncloneable(v);
    }
  }

  object(v) {
    const ref = this.seen.get(v);
    if (ref !== undefined) {
      this.byte(T_REF);
      this.u32(ref);
      return;
    }
    this.seen.set(v, this.seen.size);
    if (Array.isArray(v)) {
      this.byte(T_ARRAY);
      const n = v.length;
      this.u32(n);
      for (let i = 0; i < n; i++) {
        if (i in v) this.value(v[i]);
        else this.byte(T_HOLE);
      }
      return;
    }
    const tag = objectToString.call(v);
    if (tag === '[object Object]' || tag === '[object Arguments]') {
      const keys = Object.keys(v);
      this.byte(T_OBJECT);
      this.u32(keys.length);
      for (const key of keys) {
        this.string(key);
        this.value(v[key]);
      }
      return;
    }
    this.rareObject(v, tag);
  }

  // What object() does for everything but arrays and plain objects, apart so that the
  // engine's optimizing compiler has less to compile for those.
  rareObject(v, tag) {
    if (ArrayBuffer.isView(v)) {
      const type = viewTypes.indexOf(Buffer.isBuffer(v) ? Buffer : v.constructor);
      if (type < 0) throw uncloneable(v);
      this.byte(T_VIEW);
      this.byte(type);
      this.bytes(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
      return;
    }
    switch (tag) {
      case '[object Date]': this.byte(T_DATE); this.f64(v.getTime()); return;
      case '[object RegExp]': this.byte(T_REGEXP); this.string(v.source); this.string(v.flags); return;
      case '[object Map]':
        this.byte(T_MAP);
        this.u32(v.size);
        for (const [k, x] of v) {
          this.value(k);
          this.value(x);
        }
        return;
      case '[object Set]':
        this.byte(T_SET);
        this.u32(v.size);
        for (const x of v) this.value(x);
        return;
      case '[object ArrayBuffer]':
        this.byte(T_ARRAYBUFFER);
        this.bytes(new Uint8Array(v));
        return;
      case '[object SharedArrayBuffer]':
        this.byte(T_SHAREDBUFFER);
        this.bytes(new Uint8Array(v));
        return;
      case '[object Error]': {
        this.byte(T_ERROR);
        const name = errorTypes.some((E) => E.prototype.name === v.name) ? v.name : 'Error';
        this.string(name);
        this.value(typeof v.message === 'string' ? v.message : undefined);
        this.value(typeof v.stack === 'string' ? v.stack : undefined);
        return;
      }
      case '[object Boolean]': this.byte(T_BOXED); this.value(v.valueOf()); return;
      case '[object Number]': this.byte(T_BOXED); this.value(v.valueOf()); return;
      case '[object String]': this.byte(T_BOXED); this.value(v.valueOf()); return;
      case '[object BigInt]': this.byte(T_BOXED); this.value(v.valueOf()); return;
      default: throw uncloneable(v);
    }
  }
}

function uncloneable(v) {
  let text;
  if (typeof v === 'function') text = Function.prototype.toString.call(v);
  else if (typeof v === 'symbol') text = v.toString();
  else text = `#<${v?.constructor?.name ?? 'Object'}>`;
  return new Error(`${text} could not be cloned.`);
}

const scratch = new Writer();

// Returns the bytes of value in the advanced format, or throws like Node's serializer for
// what cannot be cloned (functions, symbols, class instances of host types). The bytes are
// a view of a scratch buffer, valid until the next call.
function serialize(value) {
  scratch.reset();
  try {
    scratch.value(value);
  } finally {
    scratch.seen.clear();
  }
  return new FastBuffer(scratch.buf.buffer, scratch.buf.byteOffset, scratch.pos);
}

// Long Latin-1 strings are slices of one string decoded from a window of the chunk (a
// native call makes a string at ~1.5 ns a byte for 1 KiB, ~0.7 for 16 KiB, and slices share
// its characters): the window starts at the string and spans at least kTextWindow bytes, so
// that the long strings of the next frames of the chunk fall in it too.
const kTextWindow = 16384;
let textBuf = null; // the Buffer the window is of, null if none
let textStart = 0;
let textEnd = 0;
let text = '';

function latin1Text(buf, start, n) {
  if (buf !== textBuf || start < textStart || start + n > textEnd) {
    const end = Math.min(buf.length, start + Math.max(n * 16, kTextWindow));
    text = latin1Slice(buf, start, end);
    textBuf = buf;
    textStart = start;
    textEnd = end;
  }
  return text.slice(start - textStart, start - textStart + n);
}

function forgetText() {
  textBuf = null;
  text = '';
}

class Reader {
  constructor(buf, start, end) {
    this.buf = buf;
    this.pos = start;
    this.end = end;
    this.view = null; // a DataView over buf for doubles, made when first needed
    this.refs = [];
  }

  need(n) {
    if (this.pos + n > this.end) throw new FrameError('truncated payload');
  }

  byte() {
    this.need(1);
    return this.buf[this.pos++];
  }

  u32() {
    this.need(4);
    const b = this.buf;
    const p = this.pos;
    this.pos = p + 4;
    return ((b[p] << 24) >>> 0) + (b[p + 1] << 16) + (b[p + 2] << 8) + b[p + 3];
  }

  f64() {
    this.need(8);
    this.view ??= new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.length);
    const n = this.view.getFloat64(this.pos);
    this.pos += 8;
    return n;
  }

  string() {
    const tag = this.byte();
    if (tag !== T_LATIN1 && tag !== T_UTF16) throw new FrameError('string expected');
    return this.stringBody(tag);
  }

  stringBody(tag) {
    const n = this.u32();
    const size = tag === T_UTF16 ? n * 2 : n;
    this.need(size);
    const buf = this.buf;
    const p = this.pos;
    this.pos += size;
    if (tag === T_LATIN1) {
      // Short ones (object keys, mostly) come from the window too when it holds them.
      if (n > 64 || (buf === textBuf && p >= textStart && p + n <= textEnd)) {
        return latin1Text(buf, p, n);
      }
      let s = '';
      for (let i = 0; i < n; i++) s += String.fromCharCode(buf[p + i]);
      return s;
    }
    if (n > 64) return ucs2Slice(buf, p, p + size);
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(buf[p + 2 * i] | (buf[p + 2 * i + 1] << 8));
    return s;
  }

  bytes() {
    const n = this.u32();
    this.need(n);
    const out = new Uint8Array(n);
    out.set(new Uint8Array(this.buf.buffer, this.buf.byteOffset + this.pos, n));
    this.pos += n;
    return out;
  }

  value() {
    const tag = this.byte();
    switch (tag) {
      case T_UNDEFINED: return undefined;
      case T_NULL: return null;
      case T_TRUE: return true;
      case T_FALSE: return false;
      case T_INT: return this.u32() | 0;
      case T_DOUBLE: return this.f64();
      case T_LATIN1:
      case T_UTF16: return this.stringBody(tag);
      case T_ARRAY: {
        const n = this.u32();
        if (n > this.end - this.pos) throw new FrameError('bad array length');
        const arr = new Array(n);
        this.refs.push(arr);
        for (let i = 0; i < n; i++) {
          if (this.buf[this.pos] === T_HOLE && this.pos < this.end) {
            this.pos++;
            continue;
          }
          arr[i] = this.value();
        }
        return arr;
      }
      case T_OBJECT: {
        const n = this.u32();
        const obj = {};
        this.refs.push(obj);
        for (let i = 0; i < n; i++) {
          const key = this.string();
          const value = this.value();
          if (key === '__proto__') {
            Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
          } else {
            obj[key] = value;
          }
        }
        return obj;
      }
      default:
        return this.rareValue(tag);
    }
  }

  // The tags of value() that plain data never uses, apart so that the engine's optimizing
  // compiler has less to compile for the hot ones.
  rareValue(tag) {
    switch (tag) {
      case T_BIGINT: {
        const text = this.string();
        if (!/^-?[0-9a-f]+$/.test(text)) throw new FrameError('bad bigint');
        return text[0] === '-' ? -BigInt(`0x${text.slice(1)}`) : BigInt(`0x${text}`);
      }
      case T_DATE: return this.ref(new Date(this.f64()));
      case T_REGEXP: {
        const source = this.string();
        const flags = this.string();
        let re;
        try {
          re = new RegExp(source, flags);
        } catch {
          throw new FrameError('bad regular expression');
        }
        return this.ref(re);
      }
      case T_MAP: {
        const n = this.u32();
        const map = this.ref(new Map());
        for (let i = 0; i < n; i++) {
          const k = this.value();
          map.set(k, this.value());
        }
        return map;
      }
      case T_SET: {
        const n = this.u32();
        const set = this.ref(new Set());
        for (let i = 0; i < n; i++) set.add(this.value());
        return set;
      }
      case T_ARRAYBUFFER: return this.ref(this.bytes().buffer);
      case T_SHAREDBUFFER: {
        const bytes = this.bytes();
        const sab = new SharedArrayBuffer(bytes.length);
        new Uint8Array(sab).set(bytes);
        return this.ref(sab);
      }
      case T_VIEW: {
        const type = viewTypes[this.byte()];
        if (type === undefined) throw new FrameError('bad view type');
        const ab = this.bytes().buffer;
        const per = type.BYTES_PER_ELEMENT ?? 1;
        if (ab.byteLength % per !== 0) throw new FrameError('bad view length');
        const view = type === Buffer ? new FastBuffer(ab, 0, ab.byteLength) :
          type === DataView ? new DataView(ab) : new type(ab);
        return this.ref(view);
      }
      case T_REF: {
        const id = this.u32();
        if (id >= this.refs.length) throw new FrameError('bad reference');
        return this.refs[id];
      }
      case T_ERROR: {
        const name = this.string();
        const index = this.refs.length;
        this.refs.push(null);
        const message = this.value();
        const stack = this.value();
        const E = errorTypes.find((C) => C.prototype.name === name) ?? Error;
        const err = message !== undefined ? new E(`${message}`) : new E();
        if (stack !== undefined) {
          Object.defineProperty(err, 'stack', { value: `${stack}`, writable: true, configurable: true });
        }
        this.refs[index] = err;
        return err;
      }
      case T_BOXED: {
        const index = this.refs.length;
        this.refs.push(null);
        const boxed = Object(this.value());
        this.refs[index] = boxed;
        return boxed;
      }
      default:
        throw new FrameError(`unknown value tag ${tag}`);
    }
  }

  ref(v) {
    this.refs.push(v);
    return v;
  }
}

// Decodes one frame's payload into the message. Throws FrameError for malformed bytes.
const reader = new Reader(null, 0, 0);

function decodeFrame(buf, start, end) {
  const r = reader;
  r.buf = buf;
  r.pos = start;
  r.end = end;
  r.view = null;
  r.refs.length = 0;
  try {
    const value = r.value();
    if (r.pos !== end) throw new FrameError('trailing bytes');
    return value;
  } finally {
    r.buf = null;
    r.refs.length = 0;
  }
}

module.exports = {
  FrameReader, FrameWriter, FrameError, serialize, decodeFrame, kAdvanced, kHeader,
  kAdvancedHandle, writeHeader,
};
