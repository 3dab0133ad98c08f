'use strict';
// fetch(): the Fetch standard's fetch as Node exposes it (no CORS, no cache, no cookies),
// over Lode's own http/https client. data: and blob: URLs are answered locally; http(s)
// requests go through two keep-alive agents of their own (idle sockets are unref'd, so
// they never keep the process alive), follow redirects as the standard says, decode
// gzip/deflate/br (and zstd once zlib has it) bodies, and stream the response body with
// backpressure. Network
// failures reject with TypeError('fetch failed') whose `cause` is the underlying error.

// The classes are loaded by the first call: `typeof fetch` (a common feature test) should
// cost only this file.
let initializeRequest;
let createResponse;
let kNullBodyStatus;
let kRedirectStatus;
let appendTrusted;
let createHeaders;
let deleteHeader;
let getHeader;
let headersToFlatArray;
let abortBody;
let blobBody;
let bytesBody;
let readableBody;

let now;

function loadDependencies() {
  ({ now } = require('internal/perf/utils'));
  ({ initializeRequest } = require('internal/fetch/request'));
  ({ createResponse, kNullBodyStatus, kRedirectStatus } = require('internal/fetch/response'));
  ({ appendTrusted, createHeaders, deleteHeader, getHeader, headersToFlatArray } =
    require('internal/fetch/headers'));
  ({ abortBody, blobBody, bytesBody, readableBody } = require('internal/fetch/body'));
}

// Ports the Fetch standard never connects to.
const kBadPorts = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69,
  77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143,
  161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587,
  601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566,
  6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080]);
const kMaxRedirects = 20;
// Request headers that describe the body, dropped when a redirect turns the request into a GET.
const kBodyHeaders = ['content-encoding', 'content-language', 'content-location', 'content-type',
  'content-length'];
// Default request headers, as Node's fetch sends them.
const kDefaultHeaders = [
  ['accept', '*/*'],
  ['accept-language', '*'],
  ['sec-fetch-mode', 'cors'],
  ['user-agent', 'node'],
  ['accept-encoding', 'gzip, deflate'],
];

let agents = null;
function agentFor(protocol) {
  if (agents === null) {
    const { Agent } = require('_http_agent');
    agents = { http: new Agent({ keepAlive: true, timeout: 4000 }), https: null };
  }
  if (protocol === 'http:') return agents.http;
  if (agents.https === null) {
    const { Agent } = require('https');
    agents.https = new Agent({ keepAlive: true, timeout: 4000 });
  }
  return agents.https;
}

let ClientRequest;

function networkError(cause) {
  return new TypeError('fetch failed', { cause });
}

function plainError(message) {
  return new Error(message);
}

function fetch(input, init = undefined) {
  if (initializeRequest === undefined) loadDependencies();
  let request;
  try {
    request = initializeRequest(input, init);
  } catch (err) {
    return Promise.reject(err);
  }
  const { promise, resolve, reject } = Promise.withResolvers();
  const signal = request.signal;
  if (signal !== null && signal.aborted) {
    if (request.body?.stream) request.body.stream.cancel(signal.reason).catch(() => {});
    reject(signal.reason);
    return promise;
  }
  const c = {
    startTime: now(),
    requestStartTime: 0,
    responseStartTime: 0,
    request,
    urlList: [request.url],
    redirectCount: 0,
    settled: false,
    aborted: false,
    abortReason: undefined,
    clientRequest: null,
    retried: false,
    response: null, // the current http.IncomingMessage
    responseBody: null, // the response's body record until it is read to the end
    resolve,
    reject,
    onAbort: null,
  };
  if (signal !== null) {
    c.onAbort = () => abortFetch(c, signal.reason);
    signal.addEventListener('abort', c.onAbort, { once: true });
  }
  mainFetch(c);
  return promise;
}

function settle(c, error, response) {
  if (c.settled) return;
  c.settled = true;
  if (error !== undefined) {
    finish(c);
    c.reject(error);
  } else {
    c.resolve(response);
  }
}

// The fetch is over (body read, failed or aborted): stop listening to the signal.
function finish(c) {
  if (c.onAbort !== null) {
    c.request.signal.removeEventListener('abort', c.onAbort);
    c.onAbort = null;
  }
}

function abortFetch(c, reason) {
  if (c.aborted) return;
  c.aborted = true;
  c.abortReason = reason;
  c.onAbort = null;
  const body = c.request.body;
  if (body !== null && body.stream !== null && !c.settled) {
    body.stream.cancel(reason).catch(() => {});
  }
  if (!c.settled) {
    settle(c, reason);
  } else if (c.responseBody !== null) {
    // The body is not read to the end yet: it fails with the reason.
    abortBody(c.responseBody, reason);
  }
  if (c.response !== null && !c.response.destroyed) c.response.destroy();
  if (c.clientRequest !== null) c.clientRequest.destroy();
}

function mainFetch(c) {
  // The first hop's URL was parsed by the Request already.
  const parsed = c.request.parsedURL;
  const url = c.urlList.length === 1 && parsed !== undefined ? parsed :
    new URL(c.urlList[c.urlList.length - 1]);
  switch (url.protocol) {
    case 'http:':
    case 'https:':
      httpFetch(c, url);
      return;
    case 'data:':
      dataFetch(c, url);
      return;
    case 'blob:':
      blobFetch(c, url);
      return;
    case 'about:':
      settle(c, networkError(plainError('about scheme is not supported')));
      return;
    case 'file:':
      settle(c, networkError(plainError('not implemented... yet...')));
      return;
    default:
      settle(c, networkError(plainError('unknown scheme')));
  }
}

function basicResponse(c, status, statusText, headers, body) {
  return createResponse({
    type: 'basic', status, statusText, headers, body, urlList: c.urlList.slice(),
  });
}

// ---- data: and blob: ----

function percentDecodeBytes(string) {
  const { Buffer } = require('buffer');
  const input = Buffer.from(string, 'utf8');
  if (!input.includes(0x25)) return input;
  const out = Buffer.allocUnsafe(input.length);
  let length = 0;
  for (let i = 0; i < input.length; i++) {
    const byte = input[i];
    if (byte === 0x25 && i + 2 < input.length + 0 && isHex(input[i + 1]) && isHex(input[i + 2])) {
      out[length++] = parseInt(String.fromCharCode(input[i + 1], input[i + 2]), 16);
      i += 2;
    } else {
      out[length++] = byte;
    }
  }
  return out.subarray(0, length);
}

function isHex(byte) {
  return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) ||
    (byte >= 0x61 && byte <= 0x66);
}

// The Fetch standard's data: URL processor: { mimeType, body } or null on failure.
function processDataURL(url) {
  let input = url.href.slice(5);
  const hash = input.indexOf('#');
  if (hash !== -1) input = input.slice(0, hash);
  const comma = input.indexOf(',');
  if (comma === -1) return null;
  let mimeType = input.slice(0, comma).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  let body = percentDecodeBytes(input.slice(comma + 1));
  const base64 = /;[\x20]*base64$/i.exec(mimeType);
  if (base64 !== null) {
    let text = body.toString('latin1').replace(/[\t\n\f\r ]/g, '');
    if (text.length % 4 === 0) text = text.replace(/={1,2}$/, '');
    if (text.length % 4 === 1 || /[^+/0-9A-Za-z]/.test(text)) return null;
    const { Buffer } = require('buffer');
    body = Buffer.from(text, 'base64');
    mimeType = mimeType.slice(0, base64.index);
  }
  if (mimeType.startsWith(';')) mimeType = `text/plain${mimeType}`;
  let serialized;
  try {
    const { MIMEType } = require('internal/mime');
    serialized = new MIMEType(mimeType).toString();
  } catch {
    serialized = 'text/plain;charset=US-ASCII';
  }
  return { mimeType: serialized, body };
}

function dataFetch(c, url) {
  const result = processDataURL(url);
  if (result === null) {
    settle(c, networkError(plainError('failed to fetch the data URL')));
    return;
  }
  const headers = createHeaders();
  appendTrusted(headers, 'Content-Type', result.mimeType);
  const bytes = new Uint8Array(result.body.buffer, result.body.byteOffset, result.body.length);
  finish(c);
  settle(c, undefined, basicResponse(c, 200, 'OK', headers, bytesBody(bytes)));
}

function blobFetch(c, url) {
  if (c.request.method !== 'GET') {
    settle(c, networkError(plainError('invalid method')));
    return;
  }
  const { resolveObjectURL } = require('internal/blob');
  const blob = resolveObjectURL(url.href);
  if (blob === undefined) {
    settle(c, networkError(plainError('invalid blob URL')));
    return;
  }
  const headers = createHeaders();
  appendTrusted(headers, 'content-length', `${blob.size}`);
  appendTrusted(headers, 'content-type', blob.type);
  finish(c);
  settle(c, undefined, basicResponse(c, 200, 'OK', headers, blobBody(blob)));
}

// ---- http: and https: ----

function httpFetch(c, url) {
  const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
  if (kBadPorts.has(port)) {
    settle(c, networkError(plainError('bad port')));
    return;
  }
  const request = c.request;
  const body = request.body;

  // Header block: the request's headers, then what Node's fetch adds when absent.
  const headers = request.headers;
  const flat = ['host', url.host];
  const own = headersToFlatArray(headers);
  for (let i = 0; i < own.length; i += 2) {
    const lower = own[i].toLowerCase();
    switch (lower) {
      case 'host':
      case 'content-length':
        continue; // Ours, from the URL and the body.
      case 'connection':
        // Only "close" counts; any other value leaves the connection kept alive.
        if (own[i + 1].toLowerCase() !== 'close') continue;
        break;
      case 'transfer-encoding':
      case 'keep-alive':
      case 'upgrade':
        // Node's fetch owns these.
        settle(c, networkError(plainError(`invalid ${lower} header`)));
        return;
      case 'expect':
        settle(c, networkError(plainError('expect header not supported')));
        return;
    }
    flat.push(own[i], own[i + 1]);
  }
  for (const [name, value] of kDefaultHeaders) {
    if (getHeader(headers, name) === null) flat.push(name, value);
  }
  const method = request.method;
  let bodyBytesLength = null;
  if (body === null) {
    if (method === 'POST' || method === 'PUT') bodyBytesLength = 0;
  } else if (body.bytes !== null || body.blob !== null) {
    bodyBytesLength = body.length;
  }
  if (bodyBytesLength !== null) {
    flat.push('content-length', `${bodyBytesLength}`);
  } else if (body !== null && !usesChunkedByDefault(method)) {
    flat.push('transfer-encoding', 'chunked');
  }

  let hostname = url.hostname;
  if (hostname.startsWith('[')) hostname = hostname.slice(1, -1);
  const options = {
    protocol: url.protocol,
    hostname,
    port,
    path: `${url.pathname}${url.search}`,
    method,
    headers: flat,
    agent: agentFor(url.protocol),
  };
  if (url.protocol === 'https:') {
    const { isIP } = require('net');
    options.servername = isIP(hostname) === 0 ? hostname : '';
  }

  ClientRequest ??= require('_http_client').ClientRequest;
  let req;
  try {
    req = new ClientRequest(options);
  } catch (err) {
    settle(c, networkError(err));
    return;
  }
  c.clientRequest = req;
  c.requestStartTime = now();
  req.on('error', (err) => {
    if (c.clientRequest !== req || c.settled) return;
    if (c.aborted) {
      settle(c, c.abortReason);
      return;
    }
    // A kept-alive connection the server closed while it sat idle: the request never
    // reached it, so send it again once on a new connection (when the body can be).
    if (req.reusedSocket && !c.retried && req.res === null && err.code === 'ECONNRESET' &&
        (body === null || body.bytes !== null || body.blob !== null)) {
      c.retried = true;
      c.clientRequest = null;
      httpFetch(c, url);
      return;
    }
    settle(c, networkError(err));
  });
  req.on('response', (res) => onResponse(c, req, res, url));

  if (body === null) {
    req.end();
  } else if (body.bytes !== null) {
    req.end(body.bytes);
  } else if (body.blob !== null) {
    body.blob.bytes().then((bytes) => req.end(bytes), (err) => req.destroy(err));
  } else {
    sendStream(c, req, body);
  }
}

// The methods Node's http client sends with chunked encoding when no length is given.
function usesChunkedByDefault(method) {
  return method !== 'GET' && method !== 'HEAD' && method !== 'DELETE' && method !== 'OPTIONS' &&
    method !== 'TRACE' && method !== 'CONNECT';
}

// Writes a stream body to the request with backpressure.
async function sendStream(c, req, body) {
  const { bodyStream } = require('internal/fetch/body');
  const stream = bodyStream(body);
  let reader;
  try {
    reader = stream.getReader();
  } catch (err) {
    req.destroy(err);
    return;
  }
  let closed = false;
  let wake = null;
  const onDrainOrClose = () => {
    if (wake !== null) {
      const w = wake;
      wake = null;
      w();
    }
  };
  req.on('drain', onDrainOrClose);
  req.on('close', () => {
    closed = true;
    // Ends a read that waits on the body's source (an abort, a failed connection).
    reader.cancel().catch(() => {});
    onDrainOrClose();
  });
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (closed) {
        reader.cancel().catch(() => {});
        return;
      }
      if (done) break;
      if (!(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
      if (value.byteLength === 0) continue;
      if (!req.write(value)) {
        await new Promise((resolve) => { wake = resolve; });
        if (closed) {
          reader.cancel().catch(() => {});
          return;
        }
      }
    }
    req.end();
  } catch (err) {
    if (!c.settled) settle(c, c.aborted ? c.abortReason : networkError(err));
    req.destroy(err);
  }
}

function onResponse(c, req, res, url) {
  if (c.clientRequest !== req || c.settled) {
    res.resume();
    return;
  }
  c.response = res;
  c.responseStartTime = now();
  const request = c.request;
  const status = res.statusCode;
  const headers = createHeaders();
  const raw = res.rawHeaders;
  // Names lower-cased, as Node's fetch gives them.
  for (let i = 0; i < raw.length; i += 2) appendTrusted(headers, raw[i].toLowerCase(), raw[i + 1]);

  if (kRedirectStatus.includes(status) && request.redirect !== 'manual') {
    const location = getHeader(headers, 'location');
    if (location !== null) {
      res.resume();
      if (request.redirect === 'error') {
        settle(c, networkError(plainError('unexpected redirect')));
        return;
      }
      redirect(c, url, status, location);
      return;
    }
  }

  const method = request.method;
  const nullBody = method === 'HEAD' || method === 'CONNECT' || kNullBodyStatus.includes(status);
  let body = null;
  if (nullBody) {
    res.resume();
    finish(c);
    markTiming(c, status, 0, 0);
  } else {
    let readable = res;
    const decoders = decodersFor(getHeader(headers, 'content-encoding'));
    if (decoders !== null && decoders.length > 0) {
      const { pipeline } = require('stream');
      pipeline(res, ...decoders, () => {});
      readable = decoders[decoders.length - 1];
    }
    const length = getHeader(headers, 'content-length');
    body = readableBody(readable, decoders === null && length !== null ? Number(length) : null);
    body.onEnd = (err) => {
      if (err !== undefined && err !== null && !c.aborted) res.destroy();
    };
    body.onDone = () => {
      c.responseBody = null;
      c.response = null;
      finish(c);
      if (!c.aborted) {
        const encoded = decoders === null ? body.receivedSize : Number(length ?? 0);
        markTiming(c, status, encoded, body.receivedSize);
      }
    };
    body.mapError = (err) => mapBodyError(c, err);
    c.responseBody = body;
  }
  c.clientRequest = null;
  settle(c, undefined, basicResponse(c, status, res.statusMessage ?? '', headers, body));
}

// A PerformanceResourceTiming entry for the fetch, made when its body has been read (as
// Node's fetch does).
function markTiming(c, status, encodedBodySize, decodedBodySize) {
  const timingInfo = {
    startTime: c.startTime,
    endTime: now(),
    finalNetworkRequestStartTime: c.requestStartTime,
    finalNetworkResponseStartTime: c.responseStartTime,
  };
  const { performance } = require('internal/perf/performance');
  performance.markResourceTiming(timingInfo, c.urlList[0], 'fetch', globalThis, '',
                                 { encodedBodySize, decodedBodySize }, status);
}

function mapBodyError(c, err) {
  if (c.aborted) return c.abortReason;
  if (err instanceof TypeError && err.message === 'terminated') return err;
  return new TypeError('terminated', { cause: err });
}

// The decoders for a Content-Encoding value (last applied first), or null when there is
// none or one of them is unknown (the body is then passed on as it is).
function decodersFor(value) {
  if (value === null) return null;
  const codings = value.toLowerCase().split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (codings.length === 0 || codings.length > 5) return null;
  const zlib = require('zlib');
  const flush = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const decoders = [];
  for (let i = codings.length - 1; i >= 0; i--) {
    const coding = codings[i];
    if (coding === 'gzip' || coding === 'x-gzip') {
      decoders.push(zlib.createGunzip(flush));
    } else if (coding === 'deflate') {
      decoders.push(createInflateAuto(zlib, flush));
    } else if (coding === 'br') {
      decoders.push(zlib.createBrotliDecompress({
        flush: zlib.constants.BROTLI_OPERATION_FLUSH,
        finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
      }));
    } else if (coding === 'zstd') {
      // zlib's zstd may not be implemented yet (a stub that throws): then pass the bytes on.
      try {
        decoders.push(zlib.createZstdDecompress());
      } catch {
        return dropDecoders(decoders);
      }
    } else if (coding !== 'identity') {
      return dropDecoders(decoders);
    }
  }
  return decoders;
}

function dropDecoders(decoders) {
  for (const decoder of decoders) decoder.destroy();
  return null;
}

// "deflate" is zlib-wrapped by the standard, but some servers send raw deflate: look at the
// first byte (a zlib header's low nibble is 8) and pick the inflater.
function createInflateAuto(zlib, flush) {
  const { Transform } = require('stream');
  let inflater = null;
  return new Transform({
    transform(chunk, encoding, callback) {
      if (inflater === null) {
        inflater = (chunk[0] & 0x0f) === 0x08 ?
          zlib.createInflate(flush) : zlib.createInflateRaw(flush);
        inflater.on('data', (data) => this.push(data));
        inflater.on('error', (err) => this.destroy(err));
      }
      inflater.write(chunk, callback);
    },
    flush(callback) {
      if (inflater === null) {
        callback();
        return;
      }
      inflater.once('end', () => callback());
      inflater.end();
    },
    destroy(err, callback) {
      inflater?.destroy();
      callback(err);
    },
  });
}

// The Fetch standard's HTTP-redirect fetch.
function redirect(c, currentURL, status, location) {
  let next;
  try {
    next = new URL(location, currentURL);
  } catch (err) {
    settle(c, networkError(err));
    return;
  }
  if (next.hash === '' && currentURL.hash !== '') next.hash = currentURL.hash;
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    settle(c, networkError(plainError('URL scheme must be a HTTP(S) scheme')));
    return;
  }
  if (c.redirectCount === kMaxRedirects) {
    settle(c, networkError(plainError('redirect count exceeded')));
    return;
  }
  c.redirectCount++;
  const request = c.request;
  const body = request.body;
  if (status !== 303 && body !== null && body.bytes === null && body.blob === null) {
    settle(c, networkError(plainError('Cannot follow a redirect with a streamed request body')));
    return;
  }
  if (((status === 301 || status === 302) && request.method === 'POST') ||
      (status === 303 && request.method !== 'GET' && request.method !== 'HEAD')) {
    request.method = 'GET';
    request.body = null;
    for (const name of kBodyHeaders) deleteHeader(request.headers, name);
  }
  if (currentURL.origin !== next.origin) {
    for (const name of ['authorization', 'proxy-authorization', 'cookie', 'host']) {
      deleteHeader(request.headers, name);
    }
  }
  c.response = null;
  c.urlList.push(next.href);
  mainFetch(c);
}

module.exports = {
  fetch,
};
