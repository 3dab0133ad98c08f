'use strict';
// timers/promises: setTimeout, setImmediate, setInterval (async iterator) and scheduler.

const {
  setTimeout: setTimeoutCb, setInterval: setIntervalCb, setImmediate: setImmediateCb,
  clearTimeout, clearImmediate,
} = require('internal/timers');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_ILLEGAL_CONSTRUCTOR }, AbortError,
} = require('internal/errors');
const {
  validateObject, validateBoolean, validateAbortSignal, validateNumber,
} = require('internal/validators');

function checkOptions(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

function schedule(create, clear, value, options) {
  let signal, ref;
  try {
    ({ signal, ref } = checkOptions(options));
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const handle = create(() => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (!ref) handle.unref();
    function onAbort() {
      clear(handle);
      reject(abortError(signal));
    }
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
  });
}

function setTimeout(after, value, options = {}) {
  if (after !== undefined && typeof after !== 'number') {
    return Promise.reject(new ERR_INVALID_ARG_TYPE('delay', 'number', after));
  }
  return schedule((fn) => setTimeoutCb(fn, after), clearTimeout, value, options);
}

function setImmediate(value, options = {}) {
  return schedule((fn) => setImmediateCb(fn), clearImmediate, value, options);
}

async function* setInterval(after, value, options = {}) {
  if (after !== undefined) validateNumber(after, 'delay');
  const { signal, ref } = checkOptions(options);
  if (signal?.aborted) throw abortError(signal);
  let pending = 0;
  let wake = null;
  const interval = setIntervalCb(() => {
    pending++;
    if (wake) { wake(); wake = null; }
  }, after);
  if (!ref) interval.unref();
  let onAbort;
  const aborted = signal ? new Promise((resolve, reject) => {
    onAbort = () => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
  }) : null;
  aborted?.catch(() => {});
  try {
    for (;;) {
      if (pending === 0) {
        const tick = new Promise((resolve) => { wake = resolve; });
        await (aborted ? Promise.race([tick, aborted]) : tick);
      }
      if (signal?.aborted) throw abortError(signal);
      pending--;
      yield value;
    }
  } finally {
    clearTimeout(interval);
    if (signal && onAbort) signal.removeEventListener('abort', onAbort);
  }
}

const kScheduler = Symbol('kScheduler');

// The one scheduler; like Node's, its methods check `this` and the class cannot be built
// by user code.
class Scheduler {
  constructor(token) {
    if (token !== kScheduler) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kScheduler] = true;
  }

  yield() {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

const scheduler = new Scheduler(kScheduler);

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
