'use strict';
// Response (the Fetch standard's Response class, as Node's global): constructed ones,
// Response.error(), Response.redirect(), Response.json(), and those fetch() makes.
// Internal state is one record in a private field; fetch builds responses through
// createResponse() without the constructor's checks.

const {
  checkArgCount, customInspect, illegalInvocation, toByteString, toDictionary, webidlClass,
} = require('internal/fetch/util');
const {
  copyHeaders, createHeaders, getHeader, setGuard, setHeaderTrusted,
} = require('internal/fetch/headers');
const {
  bodyStream, cloneBody, defineBodyReaders, extractBody, isBodyUsed, isUnusable,
} = require('internal/fetch/body');

const kInternal = Symbol('kInternal');
const kNullBodyStatus = [101, 103, 204, 205, 304];
const kRedirectStatus = [301, 302, 303, 307, 308];
const kReasonPhraseRe = /^[\t\x20-\x7e\x80-\xff]*$/;

// WebIDL `unsigned short`.
function toUnsignedShort(value) {
  let n = Number(value);
  if (!Number.isFinite(n)) return 0;
  n = Math.trunc(n) % 65536;
  return n < 0 ? n + 65536 : n;
}

function newState() {
  return {
    type: 'default',
    status: 200,
    statusText: '',
    headers: null,
    body: null,
    urlList: [],
  };
}

let stateOf;

class Response {
  #state;

  constructor(body = null, init = undefined) {
    if (body === kInternal) {
      this.#state = init;
      return;
    }
    init = toDictionary(init, 'ResponseInit');
    const state = newState();
    state.headers = createHeaders(undefined, 'response');
    initializeResponse(state, init, body === null ? null : extractBody(body));
    this.#state = state;
  }

  static error() {
    const state = newState();
    state.type = 'error';
    state.status = 0;
    state.headers = createHeaders(undefined, 'immutable');
    return new Response(kInternal, state);
  }

  static json(data, init = undefined) {
    checkArgCount(arguments.length, 1, 'Response.json');
    init = toDictionary(init, 'ResponseInit');
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const state = newState();
    state.headers = createHeaders(undefined, 'response');
    const extracted = extractBody(text);
    extracted.type = 'application/json';
    initializeResponse(state, init, extracted);
    return new Response(kInternal, state);
  }

  static redirect(url, status = 302) {
    checkArgCount(arguments.length, 1, 'Response.redirect');
    let parsed;
    try {
      parsed = new URL(`${url}`);
    } catch (err) {
      throw new TypeError(`Failed to parse URL from ${url}`, { cause: err });
    }
    status = toUnsignedShort(status);
    if (!kRedirectStatus.includes(status)) throw new RangeError(`Invalid status code ${status}`);
    const state = newState();
    state.status = status;
    state.headers = createHeaders(undefined, 'immutable');
    setHeaderTrusted(state.headers, 'location', parsed.href);
    return new Response(kInternal, state);
  }

  get type() {
    return state(this).type;
  }

  get url() {
    const list = state(this).urlList;
    if (list.length === 0) return '';
    const url = list[list.length - 1];
    const hash = url.indexOf('#');
    return hash === -1 ? url : url.slice(0, hash);
  }

  get redirected() {
    return state(this).urlList.length > 1;
  }

  get status() {
    return state(this).status;
  }

  get ok() {
    const status = state(this).status;
    return status >= 200 && status <= 299;
  }

  get statusText() {
    return state(this).statusText;
  }

  get headers() {
    return state(this).headers;
  }

  get body() {
    const body = state(this).body;
    return body === null ? null : bodyStream(body);
  }

  get bodyUsed() {
    return isBodyUsed(state(this).body);
  }

  clone() {
    const s = state(this);
    if (s.body !== null && isUnusable(s.body)) {
      throw new TypeError('Response.clone: Body has already been consumed.');
    }
    const copy = { ...s };
    copy.headers = copyHeaders(s.headers);
    copy.urlList = s.urlList.slice();
    copy.body = s.body === null ? null : cloneBody(s.body);
    return new Response(kInternal, copy);
  }

  [customInspect](depth, options, inspect) {
    const shown = {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
      body: this.body,
      bodyUsed: this.bodyUsed,
      ok: this.ok,
      redirected: this.redirected,
      type: this.type,
      url: this.url,
    };
    return `Response ${inspect(shown, options)}`;
  }

  static {
    stateOf = (response) => (#state in response ? response.#state : undefined);
  }
}

function state(response) {
  const s = response !== null && typeof response === 'object' ? stateOf(response) : undefined;
  if (s === undefined) throw illegalInvocation();
  return s;
}

// The Fetch standard's "initialize a response" for the constructor and Response.json.
function initializeResponse(s, init, extracted) {
  if (init.status !== undefined) s.status = toUnsignedShort(init.status);
  if (s.status < 200 || s.status > 599) {
    throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
  }
  if (init.statusText !== undefined) {
    const text = toByteString(init.statusText);
    if (!kReasonPhraseRe.test(text)) throw new TypeError('Invalid statusText');
    s.statusText = text;
  }
  if (init.headers !== undefined) {
    s.headers = createHeaders(init.headers, 'response');
  }
  if (extracted !== null) {
    if (kNullBodyStatus.includes(s.status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${s.status}`);
    }
    s.body = extracted.body;
    if (extracted.type !== null && getHeader(s.headers, 'content-type') === null) {
      setHeaderTrusted(s.headers, 'content-type', extracted.type);
    }
  }
}

// A Response for fetch(): `fields` gives status, statusText, headers, body, urlList and
// type ('basic').
function createResponse(fields) {
  const s = newState();
  Object.assign(s, fields);
  setGuard(s.headers, 'immutable');
  return new Response(kInternal, s);
}

defineBodyReaders(Response.prototype, (self) => {
  const s = state(self);
  return [s.body, getHeader(s.headers, 'content-type')];
});

webidlClass(Response, 'Response');
for (const name of ['error', 'json', 'redirect']) {
  Object.defineProperty(Response, name, { enumerable: true });
}

module.exports = {
  Response,
  createResponse,
  responseState: (response) => stateOf(response),
  kNullBodyStatus,
  kRedirectStatus,
};
