'use strict';
// Request (the Fetch standard's Request class, as Node's global). Internal state is one
// record in a private field; fetch() reads it through requestState(). The `signal`
// attribute is made on first use, following the signal given (fetch listens to that
// one directly).

const {
  checkArgCount, customInspect, illegalInvocation, toDictionary, toEnum, webidlClass,
} = require('internal/fetch/util');
const {
  copyHeaders, createHeaders, getHeader, setHeaderTrusted,
} = require('internal/fetch/headers');
const {
  bodyStream, cloneBody, defineBodyReaders, extractBody, isBodyUsed, isUnusable,
} = require('internal/fetch/body');

const kTokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const kModes = ['navigate', 'same-origin', 'no-cors', 'cors'];
const kCredentials = ['omit', 'same-origin', 'include'];
const kCaches = ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'];
const kRedirects = ['follow', 'manual', 'error'];
const kReferrerPolicies = ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin',
  'origin', 'strict-origin', 'origin-when-cross-origin', 'strict-origin-when-cross-origin',
  'unsafe-url'];
const kDuplex = ['half'];
const kNormalizedMethods = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];
const kForbiddenMethods = ['CONNECT', 'TRACE', 'TRACK'];

let abortModule;
function aborts() {
  abortModule ??= require('internal/abort_controller');
  return abortModule;
}

// new Request(kInternal, record) takes a ready state record as it is (clone()).
const kInternal = Symbol('kInternal');

let stateOf;

class Request {
  #state;

  constructor(input, init = undefined) {
    checkArgCount(arguments.length, 1, 'Request constructor');
    this.#state = initializeRequest(input, init);
  }

  get method() {
    return state(this).method;
  }

  get url() {
    return state(this).url;
  }

  get headers() {
    return state(this).headers;
  }

  get destination() {
    state(this);
    return '';
  }

  get referrer() {
    const referrer = state(this).referrer;
    if (referrer === 'no-referrer') return '';
    if (referrer === 'client') return 'about:client';
    return referrer;
  }

  get referrerPolicy() {
    return state(this).referrerPolicy;
  }

  get mode() {
    return state(this).mode;
  }

  get credentials() {
    return state(this).credentials;
  }

  get cache() {
    return state(this).cache;
  }

  get redirect() {
    return state(this).redirect;
  }

  get integrity() {
    return state(this).integrity;
  }

  get keepalive() {
    return state(this).keepalive;
  }

  get isReloadNavigation() {
    return state(this).reloadNavigation;
  }

  get isHistoryNavigation() {
    state(this);
    return false;
  }

  get signal() {
    const s = state(this);
    if (s.signalObject === null) {
      const { AbortSignal, createAbortSignal } = aborts();
      s.signalObject = s.signal === null ? createAbortSignal() : AbortSignal.any([s.signal]);
    }
    return s.signalObject;
  }

  get body() {
    const body = state(this).body;
    return body === null ? null : bodyStream(body);
  }

  get bodyUsed() {
    return isBodyUsed(state(this).body);
  }

  get duplex() {
    state(this);
    return 'half';
  }

  clone() {
    const s = state(this);
    if (s.body !== null && isUnusable(s.body)) {
      throw new TypeError('Request.clone: Body has already been consumed.');
    }
    const copy = { ...s };
    copy.headers = copyHeaders(s.headers);
    copy.body = s.body === null ? null : cloneBody(s.body);
    // The clone's signal follows this one's.
    copy.signal = this.signal;
    copy.signalObject = null;
    return new Request(kInternal, copy);
  }

  [customInspect](depth, options, inspect) {
    const s = state(this);
    const shown = {
      method: s.method,
      url: s.url,
      headers: s.headers,
      destination: '',
      referrer: this.referrer,
      referrerPolicy: s.referrerPolicy,
      mode: s.mode,
      credentials: s.credentials,
      cache: s.cache,
      redirect: s.redirect,
      integrity: s.integrity,
      keepalive: s.keepalive,
      isReloadNavigation: s.reloadNavigation,
      isHistoryNavigation: false,
      signal: this.signal,
    };
    return `Request ${inspect(shown, options)}`;
  }

  static {
    stateOf = (request) => (#state in request ? request.#state : undefined);
  }
}

function state(request) {
  const s = request !== null && typeof request === 'object' ? stateOf(request) : undefined;
  if (s === undefined) throw illegalInvocation();
  return s;
}

function parseURL(input) {
  try {
    return new URL(`${input}`);
  } catch (err) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause: err });
  }
}

// The Request constructor's steps: a new state record from `input` and `init`.
function initializeRequest(input, init) {
  if (input === kInternal) return init;
  init = toDictionary(init, 'RequestInit');
  let s;
  let inputState;
  if (input !== null && typeof input === 'object' && stateOf(input) !== undefined) {
    inputState = stateOf(input);
    s = { ...inputState };
    s.signalObject = null;
    // A Request input's signal is what the new one follows.
    s.signal = input.signal;
  } else {
    const url = parseURL(input);
    if (url.username !== '' || url.password !== '') {
      throw new TypeError('Request cannot be constructed from a URL that includes ' +
        `credentials: ${input}`);
    }
    s = {
      method: 'GET',
      url: url.href,
      parsedURL: url,
      headers: null,
      body: null,
      signal: null,
      signalObject: null,
      referrer: 'client',
      referrerPolicy: '',
      mode: 'cors',
      credentials: 'same-origin',
      cache: 'default',
      redirect: 'follow',
      integrity: '',
      keepalive: false,
      reloadNavigation: false,
    };
  }

  const hasInit = Object.keys(init).length > 0;
  if (hasInit && s.mode === 'navigate') s.mode = 'same-origin';
  if (hasInit) s.reloadNavigation = false;

  if (init.referrer !== undefined) {
    const referrer = `${init.referrer}`;
    if (referrer === '') {
      s.referrer = 'no-referrer';
    } else {
      let parsed;
      try {
        parsed = new URL(referrer);
      } catch (err) {
        throw new TypeError(`Referrer "${referrer}" is not a valid URL.`, { cause: err });
      }
      s.referrer = parsed.href === 'about:client' ? 'client' : parsed.href;
    }
  }
  if (init.referrerPolicy !== undefined) {
    s.referrerPolicy = toEnum(init.referrerPolicy, kReferrerPolicies, 'RequestInit');
  }
  if (init.mode !== undefined) {
    const mode = toEnum(init.mode, kModes, 'RequestInit');
    if (mode === 'navigate') {
      throw new TypeError('Request constructor: invalid request mode navigate.');
    }
    s.mode = mode;
  }
  if (init.credentials !== undefined) {
    s.credentials = toEnum(init.credentials, kCredentials, 'RequestInit');
  }
  if (init.cache !== undefined) s.cache = toEnum(init.cache, kCaches, 'RequestInit');
  if (s.cache === 'only-if-cached' && s.mode !== 'same-origin') {
    throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
  }
  if (init.redirect !== undefined) s.redirect = toEnum(init.redirect, kRedirects, 'RequestInit');
  if (init.integrity != null) s.integrity = `${init.integrity}`;
  if (init.keepalive !== undefined) s.keepalive = !!init.keepalive;
  if (init.window !== undefined && init.window !== null) {
    throw new TypeError("'window' option 'client' must be null");
  }
  if (init.duplex !== undefined) toEnum(init.duplex, kDuplex, 'RequestInit');

  if (init.method !== undefined) {
    let method = init.method;
    if (typeof method !== 'string') method = `${method}`;
    if (!kTokenRe.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
    const upper = method.toUpperCase();
    if (kForbiddenMethods.includes(upper)) {
      throw new TypeError(`'${method}' HTTP method is unsupported.`);
    }
    s.method = kNormalizedMethods.includes(upper) ? upper : method;
  }

  if (init.signal !== undefined) {
    const signal = init.signal;
    if (signal !== null && !aborts().isAbortSignal(signal)) {
      let shown;
      try {
        shown = String(signal);
      } catch {
        shown = typeof signal;
      }
      throw new TypeError(`RequestInit: Expected signal ("${shown}") to be an instance of ` +
        'AbortSignal.');
    }
    s.signal = signal;
  }

  // Headers: a copy of the input's, or those of init.
  if (init.headers !== undefined) {
    s.headers = createHeaders(init.headers, 'request');
  } else if (inputState !== undefined) {
    s.headers = copyHeaders(inputState.headers, 'request');
  } else {
    s.headers = createHeaders(undefined, 'request');
  }
  if (s.mode === 'no-cors' && s.method !== 'GET' && s.method !== 'HEAD' && s.method !== 'POST') {
    throw new TypeError(`'${s.method} is unsupported in no-cors mode.`);
  }

  const inputBody = inputState !== undefined ? inputState.body : null;
  const initBody = init.body ?? null;
  if ((initBody !== null || inputBody !== null) && (s.method === 'GET' || s.method === 'HEAD')) {
    throw new TypeError('Request with GET/HEAD method cannot have body.');
  }
  let body = inputBody;
  if (initBody !== null) {
    const extracted = extractBody(initBody, s.keepalive);
    body = extracted.body;
    if (extracted.type !== null && getHeader(s.headers, 'content-type') === null) {
      setHeaderTrusted(s.headers, 'content-type', extracted.type);
    }
    const isStream = body.bytes === null && body.blob === null;
    if (isStream && init.duplex === undefined) {
      throw new TypeError('RequestInit: duplex option is required when sending a body.');
    }
  }
  if (body !== null && body === inputBody) {
    if (isUnusable(inputBody)) {
      throw new TypeError('Cannot construct a Request with a Request object that has ' +
        'already been used.');
    }
    // The body moves to the new request; the input is left used.
    body = { ...inputBody };
    inputBody.used = true;
  }
  s.body = body;
  return s;
}

defineBodyReaders(Request.prototype, (self) => {
  const s = state(self);
  return [s.body, getHeader(s.headers, 'content-type')];
});

webidlClass(Request, 'Request');

module.exports = {
  Request,
  requestState: (request) => stateOf(request),
  initializeRequest,
};
