'use strict';
// AbortController and AbortSignal (WHATWG DOM).
//
// A signal made by AbortSignal.any() depends on its sources: when one aborts, every
// dependent is marked aborted first, then the 'abort' events fire, sources before
// dependents (the DOM "signal abort" steps). Sources hold their dependents weakly, so
// that combining a long-lived signal in many any() calls does not keep every result
// alive; a dependent with 'abort' listeners is held strongly until it aborts, as the
// DOM's garbage-collection rule asks. Dependents fire in the order in which they got
// their first 'abort' listener (Node's order, observed).

// internal/errors (with internal/stack, ~6M instructions) is loaded by the first error
// thrown.
const { codes } = require('internal/errors/lazy');
const { validateUint32 } = require('internal/validators');
const { DOMException } = require('internal/dom_exception');
const {
  Event,
  EventTarget,
  defineEventHandler,
  kNewListener,
  kRemoveListener,
  kTrustEvent,
  kMaxEventTargetListeners,
  kResistStopPropagation,
} = require('internal/event_target');

const inspectCustom = Symbol.for('nodejs.util.inspect.custom');
const kConstruct = Symbol('kConstruct');

// Composite signals that have 'abort' listeners and have not aborted yet.
const heldComposites = new Set();
const forgetDependent = new FinalizationRegistry(({ dependents, ref }) => {
  dependents.delete(ref);
});

function defaultAbortReason() {
  return new DOMException('This operation was aborted', 'AbortError');
}

function webidlTypeError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  #composite = false;
  #sources = null;
  #dependents = null;
  // This composite's entry in each source's dependents (a WeakRef).
  #ref = null;
  #listenedTo = false;

  constructor(key = undefined) {
    if (key !== kConstruct) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    super();
    // Node sets no listener limit on signals: many operations share one.
    this[kMaxEventTargetListeners] = 0;
  }

  static isAbortSignal(value) {
    return value !== null && typeof value === 'object' && #aborted in value;
  }

  get aborted() {
    checkSignal(this);
    return this.#aborted;
  }

  get reason() {
    checkSignal(this);
    return this.#reason;
  }

  throwIfAborted() {
    checkSignal(this);
    if (this.#aborted) throw this.#reason;
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const signal = new AbortSignal(kConstruct);
    signal.#aborted = true;
    signal.#reason = reason;
    return signal;
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kConstruct);
    const timer = setTimeout(() => {
      signalAbort(signal,
        new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    // A pending timeout signal never keeps the process alive.
    timer?.unref?.();
    return signal;
  }

  static any(signals) {
    if (signals === null || (typeof signals !== 'object' && typeof signals !== 'function') ||
        typeof signals[Symbol.iterator] !== 'function') {
      throw webidlTypeError('signals cannot be converted to sequence.');
    }
    const list = [...signals];
    for (let i = 0; i < list.length; i++) {
      if (!isAbortSignal(list[i])) {
        throw webidlTypeError(`signals[${i}] is not of type AbortSignal.`);
      }
    }
    for (const source of list) {
      if (source.#aborted) return AbortSignal.abort(source.#reason);
    }
    const result = new AbortSignal(kConstruct);
    result.#composite = true;
    result.#sources = new Set();
    result.#ref = new WeakRef(result);
    for (const signal of list) {
      const roots = signal.#composite ? signal.#sources : [signal];
      for (const root of roots) {
        if (result.#sources.has(root)) continue;
        result.#sources.add(root);
        root.#dependents ??= new Set();
        root.#dependents.add(result.#ref);
        forgetDependent.register(result, { dependents: root.#dependents, ref: result.#ref });
      }
    }
    return result;
  }

  [kNewListener](size, type) {
    if (this.#composite && !this.#aborted && type === 'abort' && size > 0) {
      heldComposites.add(this);
      if (!this.#listenedTo) {
        this.#listenedTo = true;
        for (const source of this.#sources) {
          if (source.#dependents?.delete(this.#ref)) source.#dependents.add(this.#ref);
        }
      }
    }
  }

  [kRemoveListener](size, type) {
    if (this.#composite && type === 'abort' && size === 0) heldComposites.delete(this);
  }

  [inspectCustom](depth, options, inspect) {
    // Beyond the depth, the object is shown as it is (as Node does): `[AbortSignal]`.
    if (depth < 0) return this;
    const name = this.constructor?.name ?? 'AbortSignal';
    const shown = { aborted: this.#aborted };
    return `${name} ${inspect(shown, options)}`;
  }

  // Runs the DOM "signal abort" steps on `signal` (see signalAbort below).
  static signalAbort(signal, reason) {
    if (signal.#aborted) return;
    signal.#aborted = true;
    signal.#reason = reason;
    const dependents = [];
    if (signal.#dependents !== null) {
      for (const ref of signal.#dependents) {
        const dependent = ref.deref();
        if (dependent !== undefined && !dependent.#aborted) {
          dependent.#aborted = true;
          dependent.#reason = reason;
          dependents.push(dependent);
        }
      }
      signal.#dependents = null;
    }
    fireAbort(signal);
    for (const dependent of dependents) fireAbort(dependent);
  }
}

function fireAbort(signal) {
  heldComposites.delete(signal);
  signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
}

const isAbortSignal = AbortSignal.isAbortSignal;
const signalAbort = AbortSignal.signalAbort;
delete AbortSignal.isAbortSignal;
delete AbortSignal.signalAbort;

function checkSignal(value) {
  if (!isAbortSignal(value)) throw new codes.ERR_INVALID_THIS('AbortSignal');
}

defineEventHandler(AbortSignal.prototype, 'abort');

class AbortController {
  #signal = new AbortSignal(kConstruct);

  get signal() {
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    signalAbort(this.#signal, reason);
  }

  [inspectCustom](depth, options, inspect) {
    if (depth < 0) return this;
    const name = this.constructor?.name ?? 'AbortController';
    const shown = { signal: this.#signal };
    const nested = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${name} ${inspect(shown, nested)}`;
  }
}

// Returns a new, not yet aborted signal for internal users (streams, fetch, timers).
function createAbortSignal() {
  return new AbortSignal(kConstruct);
}

// Throws ERR_INVALID_ARG_TYPE unless `signal` is undefined or an AbortSignal.
function validateAbortSignal(signal, name) {
  if (signal !== undefined && !isAbortSignal(signal)) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

// util.aborted(signal, resource): a promise that fulfills when `signal` aborts. The
// resource is held weakly: once it is collected the promise can never settle, and the
// listener is removed.
const forgetAbortListener = new FinalizationRegistry(({ signal, listener }) => {
  signal.removeEventListener('abort', listener);
});

async function aborted(signal, resource) {
  if (!isAbortSignal(signal)) {
    throw webidlTypeError('signal is not of type AbortSignal.');
  }
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new codes.ERR_INVALID_ARG_TYPE('resource', 'object', resource);
  }
  if (signal.aborted) return;
  // Fulfilled with the 'abort' event, as in Node.
  const { promise, resolve: listener } = Promise.withResolvers();
  signal.addEventListener('abort', listener, { once: true, [kResistStopPropagation]: true });
  forgetAbortListener.register(resource, { signal, listener });
  return promise;
}

// WebIDL attributes and operations are enumerable; Node marks only these.
for (const [proto, tag, enumerable] of [
  [AbortSignal.prototype, 'AbortSignal', ['aborted']],
  [AbortController.prototype, 'AbortController', ['signal', 'abort']],
]) {
  for (const key of enumerable) Object.defineProperty(proto, key, { enumerable: true });
  Object.defineProperty(proto, Symbol.toStringTag, {
    value: tag, writable: false, enumerable: false, configurable: true,
  });
}

module.exports = {
  AbortController,
  AbortSignal,
  isAbortSignal,
  signalAbort,
  createAbortSignal,
  validateAbortSignal,
  defaultAbortReason,
  aborted,
};
