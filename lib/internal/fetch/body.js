'use strict';
// Bodies of Request and Response: extraction from a BodyInit, the body mixin (text(),
// json(), arrayBuffer(), blob(), bytes(), formData()), cloning, multipart/form-data
// encoding and parsing.
//
// A body is a record { bytes, blob, stream, readable, length, used }, holding exactly one
// of: `bytes` (a Uint8Array nobody else can change), `blob` (a Blob), `stream` (a
// ReadableStream) or `readable` (a Node Readable: a network response). The ReadableStream
// that `.body` returns is made only when first asked for; until then text() and friends
// read the bytes, the Blob or the Readable directly, and `used` records that they did.
// Once the stream exists it is the body: reading it disturbs it, which is what bodyUsed
// reports. `bytes` and `blob` stay as the body's source, so that a request can be sent
// again after a redirect.

// Buffer is loaded on first use: `typeof fetch` alone should not load node:buffer.
let BufferClass;
function buffers() {
  BufferClass ??= require('buffer').Buffer;
  return BufferClass;
}
const { isAnyArrayBuffer } = require('internal/util/types');
const { utf8DecodeBytes } = require('internal/fetch/util');
const { isFormData, formDataEntries, FormData } = require('internal/fetch/formdata');

let webStreams;
function streams() {
  if (webStreams === undefined) {
    const rs = require('internal/webstreams/readablestream');
    const { kIsDisturbed } = require('internal/streams/utils');
    const { kState } = require('internal/webstreams/util');
    webStreams = { ReadableStream: rs.ReadableStream, isReadableStream: rs.isReadableStream,
      kIsDisturbed, kState };
  }
  return webStreams;
}

let blobModule;
function blobs() {
  blobModule ??= require('internal/blob');
  return blobModule;
}

function newBody() {
  return { bytes: null, blob: null, stream: null, readable: null, length: null, used: false };
}

function bytesBody(bytes) {
  const body = newBody();
  body.bytes = bytes;
  body.length = bytes.length;
  return body;
}

function streamBody(stream) {
  const body = newBody();
  body.stream = stream;
  return body;
}

function blobBody(blob) {
  const body = newBody();
  body.blob = blob;
  body.length = blob.size;
  return body;
}

// A body read from a Node Readable (an HTTP response, maybe through a decompressor).
// `length` is the Content-Length when known. The owner may set body.onEnd(err), called
// once when the Readable is done (err undefined), failed or was cancelled;
// body.onDone(), called once when the body's reader is done with it (read to the end,
// failed or cancelled: abortBody() has nothing left to do); and body.mapError(err),
// which gives the error readers see.
function readableBody(readable, length = null) {
  const body = newBody();
  body.readable = readable;
  body.length = length;
  body.onEnd = undefined;
  body.onDone = undefined;
  body.mapError = undefined;
  body.controller = null;
  body.done = false;
  body.receivedSize = 0; // bytes read from the Readable so far
  startPrefetch(body);
  return body;
}

function bodyDone(body) {
  if (body.done) return;
  body.done = true;
  body.onDone?.();
}

// Fails a Readable body that has not been read to the end yet with `reason` (the fetch's
// signal aborted): a reader waiting or still to come gets the error, even when every
// byte has already arrived.
function abortBody(body, reason) {
  if (body.done) return;
  const source = body.source;
  if (body.readable !== null && source !== undefined && !source.listening) {
    // Read ahead and stopped, nobody reading yet.
    source.chunks = [];
    source.ended = false;
    source.error = reason;
  }
  if (body.controller !== null) {
    try {
      body.controller.error(reason);
    } catch {
      // Already closed or errored.
    }
  }
  const readable = body.readable ?? body.streamedReadable;
  if (readable !== undefined && readable !== null && !readable.destroyed) readable.destroy(reason);
}

function utf8(string) {
  const buf = buffers().from(string, 'utf8');
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
}

// A copy of the bytes of an ArrayBuffer or view.
function copyBytes(object) {
  if (isAnyArrayBuffer(object)) return new Uint8Array(object.slice(0));
  const { buffer, byteOffset, byteLength } = object;
  return new Uint8Array(buffer.slice(byteOffset, byteOffset + byteLength));
}

// The Fetch standard's "extract a body": { body, type } for a BodyInit (type is the
// Content-Type it implies, or null).
function extractBody(object, keepalive = false) {
  const { Blob } = blobs();
  if (typeof object === 'string') {
    return { body: bytesBody(utf8(object)), type: 'text/plain;charset=UTF-8' };
  }
  if (object instanceof Blob) {
    return { body: blobBody(object), type: object.type === '' ? null : object.type };
  }
  if (isAnyArrayBuffer(object) || ArrayBuffer.isView(object)) {
    return { body: bytesBody(copyBytes(object)), type: null };
  }
  if (object instanceof URLSearchParams) {
    return { body: bytesBody(utf8(object.toString())),
      type: 'application/x-www-form-urlencoded;charset=UTF-8' };
  }
  if (isFormData(object)) {
    const { blob, boundary } = encodeMultipart(object);
    return { body: blobBody(blob), type: `multipart/form-data; boundary=${boundary}` };
  }
  const { isReadableStream, kIsDisturbed } = streams();
  if (isReadableStream(object)) {
    if (keepalive) throw new TypeError('keepalive');
    if (object.locked || object[kIsDisturbed]) {
      throw new TypeError('Response body object should not be disturbed or locked');
    }
    return { body: streamBody(object), type: null };
  }
  if (object !== null && (typeof object === 'object' || typeof object === 'function') &&
      typeof object[Symbol.asyncIterator] === 'function') {
    if (keepalive) throw new TypeError('keepalive');
    return { body: streamBody(streamFromAsyncIterable(object)), type: null };
  }
  return { body: bytesBody(utf8(`${object}`)), type: 'text/plain;charset=UTF-8' };
}

// A byte stream of an async iterable's chunks (strings as UTF-8, views as their bytes).
function streamFromAsyncIterable(iterable) {
  const { ReadableStream } = streams();
  let iterator;
  return new ReadableStream({
    type: 'bytes',
    start() {
      iterator = iterable[Symbol.asyncIterator]();
    },
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) {
        controller.close();
        controller.byobRequest?.respond(0);
        return;
      }
      let chunk;
      // A copy: utf8() may return a view of Buffer's pool, and enqueue() transfers.
      if (typeof value === 'string') chunk = new Uint8Array(utf8(value));
      else if (ArrayBuffer.isView(value) || isAnyArrayBuffer(value)) chunk = copyBytes(value);
      else throw new TypeError('Received non-Uint8Array chunk');
      if (chunk.byteLength > 0) controller.enqueue(chunk);
    },
    async cancel(reason) {
      await iterator.return?.(reason);
    },
  });
}

// A byte stream that yields `bytes` (copied: enqueuing transfers the buffer).
function streamFromBytes(bytes) {
  const { ReadableStream } = streams();
  return new ReadableStream({
    type: 'bytes',
    pull(controller) {
      if (bytes.length > 0) controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
}

// Reading a Node Readable body. Until someone reads the body, up to kPrefetch bytes are
// read ahead into body.source.chunks: a small response then completes (freeing its
// keep-alive connection) even if its body is never read, as with Node's fetch; a larger
// one stops the Readable, which stops reading its socket. `source` records what happened:
// { chunks, size, ended, error, listening }.
const kPrefetch = 65536;

function startPrefetch(body) {
  const readable = body.readable;
  const source = { chunks: [], size: 0, ended: false, error: undefined, listening: true };
  body.source = source;
  function onData(chunk) {
    source.chunks.push(chunk);
    source.size += chunk.length;
    body.receivedSize += chunk.length;
    if (source.size >= kPrefetch) readable.pause();
  }
  function settle(err) {
    if (!source.listening) return;
    stopPrefetch(body);
    if (err === undefined) source.ended = true;
    else source.error = err;
    body.onEnd?.(err);
  }
  source.onData = onData;
  source.onEnd = () => settle();
  source.onError = (err) => settle(err);
  source.onClose = () => settle(prematureClose());
  readable.on('data', onData);
  readable.on('end', source.onEnd);
  readable.on('error', source.onError);
  readable.on('close', source.onClose);
}

// Stops reading ahead; returns the record of what was read.
function stopPrefetch(body) {
  const source = body.source;
  if (source.listening) {
    source.listening = false;
    const readable = body.readable;
    readable.removeListener('data', source.onData);
    readable.removeListener('end', source.onEnd);
    readable.removeListener('error', source.onError);
    readable.removeListener('close', source.onClose);
    readable.pause();
  }
  return source;
}

// Follows the rest of a Readable body after the prefetch: calls onChunk(chunk) per chunk
// and done(err) once (err undefined at the end).
function followReadable(body, onChunk, done) {
  const readable = body.readable;
  let finished = false;
  function finish(err) {
    if (finished) return;
    finished = true;
    readable.removeListener('data', onChunk);
    readable.removeListener('end', onEndEvent);
    readable.removeListener('error', finish);
    readable.removeListener('close', onClose);
    body.onEnd?.(err);
    done(err);
  }
  function onEndEvent() {
    finish();
  }
  function onClose() {
    finish(prematureClose());
  }
  readable.on('data', onChunk);
  readable.on('end', onEndEvent);
  readable.on('error', finish);
  readable.on('close', onClose);
  return { finish, isFinished: () => finished };
}

// A byte stream over a Node Readable body, pulling from it only as the stream is read
// (the Readable is paused whenever the stream's queue is full). Errors become the stream's.
function streamFromReadable(body) {
  const { ReadableStream } = streams();
  const readable = body.readable;
  const mapError = body.mapError ?? ((err) => err);
  const source = stopPrefetch(body);
  let controller;
  let follower = null;
  function onChunk(chunk) {
    body.receivedSize += chunk.length;
    // Chunks may be views of a pooled slab: copy before the queue takes the buffer over.
    controller.enqueue(new Uint8Array(chunk));
    if (controller.desiredSize <= 0) readable.pause();
  }
  function close() {
    controller.close();
    controller.byobRequest?.respond(0);
  }
  const stream = new ReadableStream({
    type: 'bytes',
    start(c) {
      controller = c;
      body.controller = c;
      for (const chunk of source.chunks) {
        if (chunk.length > 0) controller.enqueue(new Uint8Array(chunk));
      }
      source.chunks = [];
      if (source.error !== undefined) {
        controller.error(mapError(source.error));
      } else if (source.ended) {
        close();
      } else {
        follower = followReadable(body, onChunk, (err) => {
          if (err !== undefined) controller.error(mapError(err));
          else close();
        });
      }
    },
    pull() {
      if (follower !== null && !follower.isFinished()) readable.resume();
    },
    cancel(reason) {
      if (follower !== null && !follower.isFinished()) {
        readable.on('error', () => {});
        follower.finish(reason ?? null);
        readable.destroy();
      }
    },
  }, { highWaterMark: kPrefetch });
  body.streamedReadable = readable;
  const { kIsClosedPromise } = require('internal/streams/utils');
  stream[kIsClosedPromise].promise.then(() => bodyDone(body), () => bodyDone(body));
  return stream;
}

function prematureClose() {
  return new TypeError('terminated', { cause: new Error('other side closed') });
}

function concatChunks(chunks, size) {
  if (chunks.length === 1) {
    const c = chunks[0];
    return new Uint8Array(c.buffer, c.byteOffset, c.length);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

// Reads a whole Node Readable body into one Uint8Array.
function readAllFromReadable(body) {
  const readable = body.readable;
  const mapError = body.mapError ?? ((err) => err);
  const source = stopPrefetch(body);
  const chunks = source.chunks;
  source.chunks = [];
  let size = source.size;
  if (source.error !== undefined) {
    bodyDone(body);
    return Promise.reject(mapError(source.error));
  }
  if (source.ended) {
    bodyDone(body);
    return Promise.resolve(concatChunks(chunks, size));
  }
  return new Promise((resolve, reject) => {
    followReadable(body, (chunk) => {
      chunks.push(chunk);
      size += chunk.length;
      body.receivedSize += chunk.length;
    }, (err) => {
      bodyDone(body);
      if (err !== undefined) reject(mapError(err));
      else resolve(concatChunks(chunks, size));
    });
    readable.resume();
  });
}

// Reads a ReadableStream of Uint8Arrays to the end, as one Uint8Array.
async function readAllFromStream(stream) {
  const reader = stream.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) {
      const err = new TypeError('Received non-Uint8Array chunk');
      reader.cancel(err).catch(() => {});
      throw err;
    }
    chunks.push(value);
    size += value.byteLength;
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

function isUnusable(body) {
  if (body.used) return true;
  const stream = body.stream;
  if (stream === null) return false;
  return stream.locked || stream[streams().kIsDisturbed] === true;
}

function isBodyUsed(body) {
  if (body === null) return false;
  if (body.used) return true;
  return body.stream !== null && body.stream[streams().kIsDisturbed] === true;
}

// The ReadableStream of a body, made on first use.
function bodyStream(body) {
  if (body.stream !== null) return body.stream;
  if (body.bytes !== null) {
    body.stream = streamFromBytes(body.bytes);
  } else if (body.blob !== null) {
    body.stream = body.blob.stream();
  } else if (body.readable !== null) {
    body.stream = streamFromReadable(body);
    body.readable = null;
  } else {
    body.stream = streamFromBytes(new Uint8Array(0));
  }
  if (body.used) {
    // Already read without a stream: the stream is an empty, locked and disturbed one.
    body.stream.getReader().cancel().catch(() => {});
  }
  return body.stream;
}

// Reads all of the body's bytes (a TypeError if it was used or is locked).
function consumeBytes(body) {
  if (body === null) return Promise.resolve(new Uint8Array(0));
  if (isUnusable(body)) {
    return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
  }
  if (body.stream === null || !body.stream[streams().kIsDisturbed]) {
    // Not yet read through a stream: read the source directly.
    if (body.stream === null || body.bytes !== null || body.blob !== null) {
      if (body.stream !== null) {
        // The stream was made but never read: retire it.
        body.stream.cancel().catch(() => {});
      }
      body.used = true;
      if (body.bytes !== null) return Promise.resolve(body.bytes);
      if (body.blob !== null) return body.blob.bytes();
      if (body.readable !== null) {
        const promise = readAllFromReadable(body);
        body.readable = null;
        return promise;
      }
    }
  }
  return readAllFromStream(body.stream);
}

// Tees the body for clone(): returns the clone's body; `body` keeps the other branch.
function cloneBody(body) {
  const copy = newBody();
  copy.bytes = body.bytes;
  copy.blob = body.blob;
  copy.length = body.length;
  if (body.stream !== null || body.readable !== null) {
    const [a, b] = bodyStream(body).tee();
    body.stream = a;
    copy.stream = b;
  }
  return copy;
}

// The MIME type of a Content-Type value for blob(), or '' when it does not parse.
function mimeTypeOf(contentType) {
  if (contentType === null) return '';
  try {
    const { MIMEType } = require('internal/mime');
    return new MIMEType(contentType).toString();
  } catch {
    return '';
  }
}

// The body mixin's consumers: `kind` is 'text', 'json', 'arrayBuffer', 'bytes', 'blob' or
// 'formData'; `contentType` the Content-Type header's value (or null).
async function consumeBody(body, kind, contentType) {
  const bytes = await consumeBytes(body);
  // The body's own bytes may be shared with clones: hand out a copy of those.
  const owned = bytes !== body?.bytes && bytes.byteLength === bytes.buffer.byteLength;
  switch (kind) {
    case 'text': return utf8DecodeBytes(bytes);
    case 'json': return JSON.parse(utf8DecodeBytes(bytes));
    case 'bytes':
      return owned ? bytes : new Uint8Array(bytes);
    case 'arrayBuffer':
      if (owned && bytes.byteOffset === 0) return bytes.buffer;
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    case 'blob': {
      const { Blob } = blobs();
      return new Blob([bytes], { type: mimeTypeOf(contentType) });
    }
    case 'formData': return parseFormData(bytes, contentType);
  }
}

// ---- multipart/form-data ----

function randomDigits(count) {
  let out = '';
  while (out.length < count) out += `${Math.random()}`.slice(2);
  return out.slice(0, count);
}

// Escapes a name or filename for a Content-Disposition parameter.
function escapeName(name) {
  return name.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
}

function normalizeNewlines(value) {
  return value.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n');
}

// The multipart/form-data encoding of a FormData, as one Blob (file contents are shared,
// not copied, until the Blob is read), and its boundary.
function encodeMultipart(formData) {
  const { Blob } = blobs();
  const boundary = `----formdata-lode-${randomDigits(24)}`;
  const prefix = `--${boundary}\r\nContent-Disposition: form-data; name="`;
  const parts = [];
  for (const [name, value] of formDataEntries(formData)) {
    const escaped = escapeName(normalizeNewlines(name));
    if (typeof value === 'string') {
      parts.push(`${prefix}${escaped}"\r\n\r\n${normalizeNewlines(value)}\r\n`);
    } else {
      parts.push(`${prefix}${escaped}"; filename="${escapeName(value.name)}"\r\n` +
        `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`, value, '\r\n');
    }
  }
  parts.push(`--${boundary}--\r\n`);
  return { blob: new Blob(parts), boundary };
}

function formDataError(cause) {
  return new TypeError('Failed to parse body as FormData.', { cause: new TypeError(cause) });
}

// Parses a body for formData() by its Content-Type.
function parseFormData(bytes, contentType) {
  let mime = null;
  if (contentType !== null) {
    try {
      const { MIMEType } = require('internal/mime');
      mime = new MIMEType(contentType);
    } catch {
      mime = null;
    }
  }
  const essence = mime?.essence;
  if (essence === 'multipart/form-data') {
    const boundary = mime.params.get('boundary');
    if (boundary === null) throw formDataError('missing boundary in content-type header');
    return parseMultipart(bytes, boundary);
  }
  if (essence === 'application/x-www-form-urlencoded') {
    const fd = new FormData();
    const entries = formDataEntries(fd);
    for (const [name, value] of new URLSearchParams(utf8DecodeBytes(bytes))) {
      entries.push([name, value]);
    }
    return fd;
  }
  throw new TypeError('Content-Type was not one of "multipart/form-data" or ' +
    '"application/x-www-form-urlencoded".');
}

const kHeaderNameRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

// Parses a multipart/form-data body (RFC 7578) into a FormData.
function parseMultipart(bytes, boundary) {
  const { File } = blobs();
  const Buffer = buffers();
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const delimiter = Buffer.from(`--${boundary}`, 'latin1');
  const fd = new FormData();
  const entries = formDataEntries(fd);
  // The first delimiter: at the start, or after a preamble ending with CRLF.
  let pos;
  if (buf.subarray(0, delimiter.length).equals(delimiter)) {
    pos = delimiter.length;
  } else {
    const found = buf.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]));
    if (found === -1) throw formDataError('expected a boundary');
    pos = found + 2 + delimiter.length;
  }
  const nextDelimiter = Buffer.concat([Buffer.from('\r\n'), delimiter]);
  for (;;) {
    if (buf[pos] === 0x2d && buf[pos + 1] === 0x2d) return fd; // the close delimiter
    // Transport padding, then CRLF.
    while (buf[pos] === 0x20 || buf[pos] === 0x09) pos++;
    if (buf[pos] !== 0x0d || buf[pos + 1] !== 0x0a) throw formDataError('expected CRLF');
    pos += 2;
    // Headers, up to an empty line.
    let name = null;
    let filename = null;
    let contentType = null;
    let transferEncoding = null;
    for (;;) {
      const eol = buf.indexOf('\r\n', pos);
      if (eol === -1) throw formDataError('expected CRLF');
      if (eol === pos) {
        pos += 2;
        break;
      }
      const line = buf.latin1Slice ? buf.latin1Slice(pos, eol) : buf.toString('latin1', pos, eol);
      pos = eol + 2;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      if (!kHeaderNameRe.test(field)) {
        throw formDataError('header name does not match the field-name token production');
      }
      const value = line.slice(colon + 1).replace(/^[\t ]+|[\t ]+$/g, '');
      switch (field.toLowerCase()) {
        case 'content-disposition': {
          const params = parseDisposition(value);
          if (params === null) {
            throw formDataError('expected form-data for content-disposition header');
          }
          name = params.name ?? null;
          filename = params.filename ?? null;
          break;
        }
        case 'content-type':
          contentType = value;
          break;
        case 'content-transfer-encoding':
          transferEncoding = value.toLowerCase();
          break;
      }
    }
    if (name === null) throw formDataError('name attribute is required in Content-Disposition');
    const end = buf.indexOf(nextDelimiter, pos);
    if (end === -1) throw formDataError('expected a boundary after the body');
    let content = buf.subarray(pos, end);
    pos = end + nextDelimiter.length;
    if (transferEncoding === 'base64') content = Buffer.from(content.toString('latin1'), 'base64');
    if (filename !== null) {
      entries.push([name, new File([content], filename, { type: contentType ?? 'text/plain' })]);
    } else {
      entries.push([name, utf8DecodeBytes(content)]);
    }
  }
}

// The parameters of a `form-data; name="x"; filename="y"` header value (names and
// filenames decoded as UTF-8), or null when it is not form-data.
function parseDisposition(value) {
  const Buffer = buffers();
  const match = /^form-data(?=$|[\t ;])/i.exec(value);
  if (match === null) return null;
  const params = {};
  const re = /;[\t ]*([^\s=;]+)[\t ]*=[\t ]*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
  re.lastIndex = match[0].length;
  let m;
  while ((m = re.exec(value)) !== null) {
    const key = m[1].toLowerCase();
    let v = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3].trim();
    if (key === 'filename*') {
      const ext = /^([^']*)'[^']*'(.*)$/.exec(v);
      if (ext === null) continue;
      try {
        v = decodeURIComponent(ext[2]);
      } catch {
        continue;
      }
      params.filename = v;
      params.extendedFilename = true;
      continue;
    }
    // Undo the escapes of encodeMultipart (and of browsers) for CR, LF and '"'.
    v = Buffer.from(v, 'latin1').toString('utf8')
      .replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%22/g, '"');
    if (key === 'name') params.name = v;
    else if (key === 'filename' && !params.extendedFilename) params.filename = v;
  }
  return params;
}

// Defines the body mixin's readers (blob(), arrayBuffer(), text(), json(), formData(),
// bytes()) on proto; bodyOf(self) returns [body, content type] or throws for a receiver that
// is not one of the class's objects (the reader then rejects).
function defineBodyReaders(proto, bodyOf) {
  for (const name of ['blob', 'arrayBuffer', 'text', 'json', 'formData', 'bytes']) {
    Object.defineProperty(proto, name, {
      value: {
        [name]() {
          let body, contentType;
          try {
            [body, contentType] = bodyOf(this);
          } catch (err) {
            return Promise.reject(err);
          }
          return consumeBody(body, name, contentType);
        },
      }[name],
      writable: true, enumerable: true, configurable: true,
    });
  }
}

module.exports = {
  abortBody,
  defineBodyReaders,
  blobBody,
  bodyStream,
  bytesBody,
  cloneBody,
  consumeBody,
  extractBody,
  isBodyUsed,
  isUnusable,
  readableBody,
};
