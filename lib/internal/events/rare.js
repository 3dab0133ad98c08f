'use strict';
// The parts of the `events` module that start-up never reaches, loaded by
// lib/events.js on first use: the static helpers that accept EventTarget too
// (once, getEventListeners, getMaxListeners, setMaxListeners,
// addAbortListener), the max-listeners warning, unhandled 'error' events and
// the captureRejections machinery, and the bodies of removeAllListeners and eventNames.
//
// lib/events.js hands over its private symbols with setup() right after the
// first require, before anything here runs.

const EventEmitter = require('events');
const { codes, errors, kEnhanceStackBeforeInspector } = require('internal/errors/lazy');
const {
  validateAbortSignal,
  validateFunction,
  validateNumber,
  validateObject,
} = require('internal/validators');

const kEmptyObject = Object.freeze({ __proto__: null });
const kDispose = Symbol.dispose;

// Filled by setup(): events' own private symbols.
let kCapture;
let kRejection;
let kMaxEventTargetListeners;
let kMaxEventTargetListenersWarned;
let kShapeMode;
// EventEmitter.prototype.emit as the module loaded it: a forwarder to the real emit, which
// an emit called before the real one was installed has on its stack.
let emitForwarder;

function setup(symbols) {
  ({ kCapture, kRejection, kMaxEventTargetListeners, kMaxEventTargetListenersWarned,
     kShapeMode, emitForwarder } = symbols);
}

let inspect;
function lazyInspect(value, options) {
  inspect ??= require('internal/util/inspect').inspect;
  return inspect(value, options);
}

// internal/event_target requires the events module, so it is loaded late. It
// exports `isEventTarget(value)`, `getEventTargetListeners(target, type)` and
// the slots that hold a target's listener limit; it may also export
// `kResistStopPropagation`, an addEventListener option that keeps a listener
// running after stopImmediatePropagation().
let eventTargetModule;
function eventTargetInternals() {
  eventTargetModule ??= require('internal/event_target');
  return eventTargetModule;
}

function isEventTarget(value) {
  return value !== null && typeof value === 'object' &&
    eventTargetInternals().isEventTarget(value);
}

// The property keys under which an EventTarget keeps its listener limit and
// whether it has warned; EventTarget's own when it names them.
function maxListenersSlot() {
  return eventTargetInternals().kMaxEventTargetListeners ??
    kMaxEventTargetListeners;
}

function maxListenersWarnedSlot() {
  return eventTargetInternals().kMaxEventTargetListenersWarned ??
    kMaxEventTargetListenersWarned;
}

function resistStopPropagationOptions(once) {
  const options = { __proto__: null, once };
  const key = eventTargetInternals().kResistStopPropagation;
  if (key !== undefined) options[key] = true;
  return options;
}

// Sets the limit of every EventTarget and EventEmitter given, or the default
// limit of future emitters when none is given.
function setMaxListeners(n, eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    EventEmitter.defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[maxListenersSlot()] = n;
      target[maxListenersWarnedSlot()] = false;
    } else if (typeof target?.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE(
        'eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}

// Rejections of promises returned by listeners, when captureRejections is on.
function watchListenerPromise(emitter, promise, type, args) {
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => {
        // Out of the promise job, so an exception thrown here is an
        // uncaught exception rather than another rejection.
        process.nextTick(routeRejection, emitter, err, type, args);
      });
    }
  } catch (err) {
    emitter.emit('error', err);
  }
}

function routeRejection(emitter, err, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection](err, type, ...args);
    return;
  }
  // An 'error' listener that itself returns a rejected promise must not loop.
  const previous = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = previous;
  }
}

// Emits an 'error' that has no listener: the error itself is thrown, any other
// value is wrapped in ERR_UNHANDLED_ERROR. Never returns.
function throwUnhandledError(emitter, args) {
  const er = args.length > 1 ? args[1] : undefined;
  if (er instanceof Error) {
    recordEmitSite(emitter, er);
    throw er; // Unhandled 'error' event
  }
  let shown;
  try {
    shown = lazyInspect(er);
  } catch {
    shown = er;
  }
  const err = new codes.ERR_UNHANDLED_ERROR(shown);
  err.context = er;
  throw err; // Unhandled 'error' event
}

// Remembers where an unhandled 'error' was emitted, which Node prints after the error's own
// stack ("Emitted 'error' event on X instance at:") if it ends the process.
function recordEmitSite(emitter, er) {
  // Cut at the outermost emit: the forwarder if this emit came through it (a capture at a
  // function that is not on the stack has no frames), else the prototype's emit.
  let site = {};
  Error.captureStackTrace(site, emitForwarder);
  if (!site.stack.includes('\n')) {
    site = {};
    Error.captureStackTrace(site, EventEmitter.prototype.emit);
  }
  let on = '';
  try {
    const { name } = emitter.constructor;
    if (name !== 'EventEmitter') on = ` on ${name} instance`;
  } catch {
    // A constructor getter that throws: say nothing about the emitter.
  }
  try {
    Object.defineProperty(er, kEnhanceStackBeforeInspector, {
      value: () => `\nEmitted 'error' event${on} at:\n${site.stack.split('\n').slice(1).join('\n')}`,
      configurable: true, writable: true,
    });
  } catch {
    // A frozen error: it prints without the emit site.
  }
}

function warnMaxListeners(target, type, count, max) {
  const warning = new Error(
    'Possible EventEmitter memory leak detected. ' +
    `${count} ${String(type)} listeners added to ` +
    `${lazyInspect(target, { depth: -1 })}. MaxListeners is ${max}. ` +
    'Use emitter.setMaxListeners() to increase limit');
  warning.name = 'MaxListenersExceededWarning';
  warning.emitter = target;
  warning.type = type;
  warning.count = count;
  process.emitWarning(warning);
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listeners === 'function')
    return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) {
    return eventTargetInternals().getEventTargetListeners(emitterOrTarget, type);
  }
  throw new codes.ERR_INVALID_ARG_TYPE(
    'emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') {
    const n = emitterOrTarget._maxListeners;
    return n === undefined ? EventEmitter.defaultMaxListeners : n;
  }
  if (isEventTarget(emitterOrTarget)) {
    const slot = maxListenersSlot();
    emitterOrTarget[slot] ??= EventEmitter.defaultMaxListeners;
    return emitterOrTarget[slot];
  }
  throw new codes.ERR_INVALID_ARG_TYPE(
    'emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

// events.once(): resolves with the arguments of the next `name` event, as an
// array; rejects on 'error' (EventEmitter only) or when the signal aborts.
// Called from an async function in lib/events.js, so a validation error here
// becomes a rejection.
function once(emitter, name, options = kEmptyObject) {
  const { listenAny, unlistenAny } = require('internal/events/listen');
  validateObject(options, 'options');
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted)
    throw new errors.AbortError(undefined, { cause: signal?.reason });

  return new Promise((resolve, reject) => {
    const onError = (err) => {
      unlistenAny(emitter, name, onEvent);
      if (signal != null)
        unlistenAny(signal, 'abort', onAbort);
      reject(err);
    };
    const onEvent = (...args) => {
      if (typeof emitter.removeListener === 'function')
        emitter.removeListener('error', onError);
      if (signal != null)
        unlistenAny(signal, 'abort', onAbort);
      resolve(args);
    };
    function onAbort() {
      unlistenAny(emitter, name, onEvent);
      unlistenAny(emitter, 'error', onError);
      reject(new errors.AbortError(undefined, { cause: signal?.reason }));
    }

    listenAny(emitter, name, onEvent, resistStopPropagationOptions(true));
    // EventTarget has no 'error' convention; only emitters get one.
    if (name !== 'error' && typeof emitter.once === 'function')
      emitter.once('error', onError);
    if (signal != null)
      listenAny(signal, 'abort', onAbort, resistStopPropagationOptions(true));
  });
}

// Calls `listener` once when `signal` aborts (on the next microtask if it has
// already aborted). Returns a disposable that removes the listener.
function addAbortListener(signal, listener) {
  if (signal === undefined)
    throw new codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');

  let removeEventListener;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener,
                            resistStopPropagationOptions(true));
    removeEventListener = () => {
      signal.removeEventListener('abort', listener);
    };
  }
  return {
    __proto__: null,
    [kDispose]() {
      removeEventListener?.();
    },
  };
}

// emitter.removeAllListeners([type]); `all` is whether it was called without arguments.
function removeAllListeners(emitter, all, type) {
  const events = emitter._events;
  if (events === undefined) return emitter;

  // Without 'removeListener' listeners nobody watches: drop storage at once.
  if (events.removeListener === undefined) {
    if (all) {
      emitter._events = { __proto__: null };
      emitter._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--emitter._eventsCount === 0)
        emitter._events = { __proto__: null };
      else
        delete events[type];
    }
    emitter[kShapeMode] = false;
    return emitter;
  }

  if (all) {
    // 'removeListener' goes last so that it hears about all the others.
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      emitter.removeAllListeners(key);
    }
    emitter.removeAllListeners('removeListener');
    emitter._events = { __proto__: null };
    emitter._eventsCount = 0;
    emitter[kShapeMode] = false;
    return emitter;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    emitter.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // Last in, first out, as Node does.
    for (let i = listeners.length - 1; i >= 0; i--)
      emitter.removeListener(type, listeners[i]);
  }
  return emitter;
}

function eventNames(emitter) {
  if (emitter._eventsCount <= 0) return [];
  const events = emitter._events;
  const keys = Reflect.ownKeys(events);
  if (!emitter[kShapeMode]) return keys;
  // Preset names without a listener are not events anyone listens to.
  const out = [];
  for (const key of keys) {
    if (events[key] !== undefined) out.push(key);
  }
  return out;
}

module.exports = {
  setup,
  removeAllListeners,
  eventNames,
  setMaxListeners,
  watchListenerPromise,
  throwUnhandledError,
  warnMaxListeners,
  getEventListeners,
  getMaxListeners,
  once,
  addAbortListener,
};
