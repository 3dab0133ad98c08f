'use strict';
// EventTarget, Event and CustomEvent (WHATWG DOM), as Node exposes them.
//
// Node's flavour, which this follows where it differs from browsers:
// - There is no tree: an event is dispatched at its target only (phase AT_TARGET),
//   `capture` only distinguishes registrations, and `bubbles` changes nothing.
// - Listeners live in a linked list per type. Dispatch reads a listener's successor
//   before calling it, so a listener appended during a dispatch runs in it only if the
//   walk has not yet passed the old last listener, and a removed one never runs again
//   (Node's behaviour, observed; browsers snapshot the list).
// - The stop-propagation flags are never cleared: an event whose immediate
//   propagation was stopped reaches no listener if dispatched again (as in Node).
// - An exception thrown by a listener does not stop the dispatch: it is rethrown on
//   the next tick as an uncaught exception, as is the rejection of a promise a
//   listener returns. A handleEvent object is called as from an async function (Node
//   wraps it so): its exceptions arrive as rejections, and only a truthy handleEvent
//   is called.
// - More than the maximum listeners for one type emits a MaxListenersExceededWarning
//   once per target (events.setMaxListeners() changes the maximum through the
//   kMaxEventTargetListeners slot).

// internal/errors (with internal/stack, ~6M instructions) is loaded by the first error
// thrown.
const { codes } = require('internal/errors/lazy');

const kTrustEvent = Symbol('kTrustEvent');
// An addEventListener option for internal listeners (events.addAbortListener) that
// must run even after stopImmediatePropagation().
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kEvents = Symbol('kEvents');
// Optional methods a subclass may define, called after a listener is added or
// removed with (size, type): the number of listeners left for that type.
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

const NONE = 0;
const CAPTURING_PHASE = 1;
const AT_TARGET = 2;
const BUBBLING_PHASE = 3;

// Event#timeStamp: performance.now() when the event is made.
let performance;
function now() {
  performance ??= require('perf_hooks').performance;
  return performance.now();
}

function reportListenerError(err) {
  process.nextTick(() => { throw err; });
}

function isObjectLike(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

class Event {
  #type;
  #bubbles;
  #cancelable;
  #composed;
  #trusted;
  #timeStamp;
  #defaultPrevented = false;
  #propagationStopped = false;
  #immediatePropagationStopped = false;
  #inPassiveListener = false;
  #dispatching = false;
  #target = null;
  #currentTarget = null;
  #phase = NONE;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    if (options !== undefined && options !== null && !isObjectLike(options)) {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    this.#type = `${type}`;
    this.#bubbles = Boolean(options?.bubbles);
    this.#cancelable = Boolean(options?.cancelable);
    this.#composed = Boolean(options?.composed);
    this.#trusted = Boolean(options?.[kTrustEvent]);
    this.#timeStamp = now();
  }

  static isEvent(value) {
    return isObjectLike(value) && #type in value;
  }

  // Dispatch bookkeeping, reachable only from this module (see `eventInternals`).
  static beginDispatch(event, target) {
    event.#dispatching = true;
    event.#target = target;
    event.#currentTarget = target;
    event.#phase = AT_TARGET;
  }

  static endDispatch(event) {
    event.#dispatching = false;
    event.#currentTarget = null;
    event.#phase = NONE;
  }

  static isDispatching(event) {
    return event.#dispatching;
  }

  static immediatePropagationStopped(event) {
    return event.#immediatePropagationStopped;
  }

  static setInPassiveListener(event, value) {
    event.#inPassiveListener = value;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    checkEvent(this);
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    if (this.#dispatching) return;
    this.#type = `${type}`;
    this.#bubbles = Boolean(bubbles);
    this.#cancelable = Boolean(cancelable);
  }

  stopImmediatePropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
    this.#immediatePropagationStopped = true;
  }

  preventDefault() {
    checkEvent(this);
    if (this.#cancelable && !this.#inPassiveListener) this.#defaultPrevented = true;
  }

  get target() {
    checkEvent(this);
    return this.#target;
  }

  get currentTarget() {
    checkEvent(this);
    return this.#currentTarget;
  }

  get srcElement() {
    checkEvent(this);
    return this.#target;
  }

  get type() {
    checkEvent(this);
    return this.#type;
  }

  get cancelable() {
    checkEvent(this);
    return this.#cancelable;
  }

  get defaultPrevented() {
    checkEvent(this);
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    checkEvent(this);
    return this.#timeStamp;
  }

  composedPath() {
    checkEvent(this);
    return this.#dispatching ? [this.#currentTarget] : [];
  }

  get returnValue() {
    checkEvent(this);
    return !this.defaultPrevented;
  }

  set returnValue(value) {
    checkEvent(this);
    if (!value) this.preventDefault();
  }

  get bubbles() {
    checkEvent(this);
    return this.#bubbles;
  }

  get composed() {
    checkEvent(this);
    return this.#composed;
  }

  get eventPhase() {
    checkEvent(this);
    return this.#phase;
  }

  get cancelBubble() {
    checkEvent(this);
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    checkEvent(this);
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
  }

  get isTrusted() {
    checkEvent(this);
    return this.#trusted;
  }

  [inspectCustom](depth, options, inspect) {
    const name = this.constructor?.name ?? 'Event';
    if (depth < 0) return name;
    const shown = {
      type: this.#type,
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timeStamp,
    };
    const nested = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${name} ${inspect(shown, nested)}`;
  }
}

// Keep the dispatch helpers private to this module.
const eventInternals = {
  isEvent: Event.isEvent,
  beginDispatch: Event.beginDispatch,
  endDispatch: Event.endDispatch,
  isDispatching: Event.isDispatching,
  immediatePropagationStopped: Event.immediatePropagationStopped,
  setInPassiveListener: Event.setInPassiveListener,
};
for (const key of Object.keys(eventInternals)) delete Event[key];

function checkEvent(value) {
  if (!eventInternals.isEvent(value)) throw new codes.ERR_INVALID_THIS('Event');
}

for (const [name, value] of [['NONE', NONE], ['CAPTURING_PHASE', CAPTURING_PHASE],
  ['AT_TARGET', AT_TARGET], ['BUBBLING_PHASE', BUBBLING_PHASE]]) {
  Object.defineProperty(Event, name, {
    value, writable: false, enumerable: true, configurable: false,
  });
}

class CustomEvent extends Event {
  #detail;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!isObjectLike(this) || !(#detail in this)) throw new codes.ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }
}

// One registration: a node of the per-type doubly linked list.
class Listener {
  constructor(list, callback, capture, once, passive, resistStopPropagation, target) {
    this.list = list;
    this.callback = callback;
    this.capture = capture;
    this.once = once;
    this.passive = passive;
    this.resistStopPropagation = resistStopPropagation;
    this.target = target;
    this.removed = false;
    this.abortCleanup = null;
    this.previous = list.last;
    this.next = null;
    if (list.last) list.last.next = this; else list.first = this;
    list.last = this;
    list.size++;
  }

  // Unlinks this node. Its `next` pointer is kept, so that a dispatch currently
  // standing on it can still move on.
  remove() {
    if (this.removed) return;
    this.removed = true;
    const list = this.list;
    if (this.previous) this.previous.next = this.next; else list.first = this.next;
    if (this.next) this.next.previous = this.previous; else list.last = this.previous;
    list.size--;
    if (this.abortCleanup) {
      this.abortCleanup();
      this.abortCleanup = null;
    }
  }
}

function normalizeListenerOptions(options) {
  if (typeof options === 'boolean') {
    return { capture: options, once: false, passive: false, signal: undefined, resist: false };
  }
  if (options === undefined || options === null) {
    return { capture: false, once: false, passive: false, signal: undefined, resist: false };
  }
  if (!isObjectLike(options)) throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  // Read in Node's order, which getters can observe.
  const once = Boolean(options.once);
  const capture = Boolean(options.capture);
  const passive = Boolean(options.passive);
  const signal = options.signal;
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  return { capture, once, passive, signal, resist: Boolean(options[kResistStopPropagation]) };
}

// The event type given to add/removeEventListener as a string (WebIDL DOMString).
function eventTypeOf(type) {
  if (typeof type === 'symbol') {
    const err = new TypeError('Value is a Symbol and cannot be converted to a string.');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  return `${type}`;
}

// Returns true when `listener` can be registered, false when it should be ignored.
function validateListener(listener) {
  if (typeof listener === 'function' || (typeof listener === 'object' && listener !== null)) {
    return true;
  }
  if (listener == null) return false;
  throw new codes.ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function emitWarning(warning, type) {
  if (typeof process.emitWarning === 'function') process.emitWarning(warning, type);
}

function defaultMaxListeners() {
  try {
    const value = require('events').defaultMaxListeners;
    return typeof value === 'number' ? value : 10;
  } catch {
    return 10;
  }
}

class EventTarget {
  [kEvents] = new Map();
  [kMaxEventTargetListeners] = undefined;
  [kMaxEventTargetListenersWarned] = false;

  static isEventTarget(value) {
    return isObjectLike(value) && Object.hasOwn(value, kEvents);
  }

  addEventListener(type, listener, options = undefined) {
    checkEventTarget(this);
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('type', 'listener');
    const { capture, once, passive, signal, resist } = normalizeListenerOptions(options);
    if (!validateListener(listener)) {
      const warning = new Error(`addEventListener called with ${listener} which has no effect.`);
      warning.name = 'AddEventListenerArgumentTypeWarning';
      warning.target = this;
      warning.type = type;
      emitWarning(warning);
      return;
    }
    type = eventTypeOf(type);
    if (signal?.aborted) return;

    const events = this[kEvents];
    let list = events.get(type);
    if (list === undefined) {
      list = { first: null, last: null, size: 0 };
      events.set(type, list);
    }
    for (let node = list.first; node !== null; node = node.next) {
      if (node.callback === listener && node.capture === capture) return;
    }
    const node = new Listener(list, listener, capture, once, passive, resist, this);
    if (signal !== undefined) {
      const onAbort = () => this.removeEventListener(type, listener, { capture });
      signal.addEventListener('abort', onAbort, { once: true });
      node.abortCleanup = () => signal.removeEventListener('abort', onAbort);
    }
    this.#checkMaxListeners(type, list.size);
    this[kNewListener]?.(list.size, type);
  }

  #checkMaxListeners(type, size) {
    let max = this[kMaxEventTargetListeners];
    if (max === undefined) max = defaultMaxListeners();
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const warning = new Error('Possible EventTarget memory leak detected. ' +
        `${size} ${String(type)} listeners added to ${this.constructor?.name ?? 'EventTarget'}. ` +
        `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
      warning.name = 'MaxListenersExceededWarning';
      warning.target = this;
      warning.type = type;
      warning.count = size;
      emitWarning(warning);
    }
  }

  removeEventListener(type, listener, options = undefined) {
    checkEventTarget(this);
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('type', 'listener');
    if (!validateListener(listener)) return;
    type = eventTypeOf(type);
    // Node matches only `{ capture: true }` here: a boolean third argument, or a truthy
    // non-boolean capture, removes the non-capture registration.
    const capture = options?.capture === true;
    const list = this[kEvents].get(type);
    if (list === undefined) return;
    for (let node = list.first; node !== null; node = node.next) {
      if (node.callback === listener && node.capture === capture) {
        node.remove();
        this[kRemoveListener]?.(list.size, type);
        return;
      }
    }
  }

  dispatchEvent(event) {
    checkEventTarget(this);
    if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('event');
    if (!eventInternals.isEvent(event)) {
      throw new codes.ERR_INVALID_ARG_TYPE('event', 'Event', event);
    }
    if (eventInternals.isDispatching(event)) throw new codes.ERR_EVENT_RECURSION(event.type);

    eventInternals.beginDispatch(event, this);
    try {
      const list = this[kEvents].get(event.type);
      let node = list === undefined ? null : list.first;
      while (node !== null) {
        // Read before the call; a node removed meanwhile keeps its `next`, which leads
        // on to live nodes.
        const next = node.next;
        if (!node.removed && (node.resistStopPropagation ||
            !eventInternals.immediatePropagationStopped(event))) {
          if (node.once) {
            node.remove();
            this[kRemoveListener]?.(list.size, event.type);
          }
          this.#invoke(node, event);
        }
        node = next;
      }
    } finally {
      eventInternals.endDispatch(event);
    }
    return !event.defaultPrevented;
  }

  #invoke(node, event) {
    const callback = node.callback;
    eventInternals.setInPassiveListener(event, node.passive);
    try {
      const result = typeof callback === 'function' ?
        Reflect.apply(callback, this, [event]) : callHandleEvent(callback, event);
      if (result !== undefined && result !== null && typeof result.then === 'function') {
        Reflect.apply(result.then, result, [undefined, reportListenerError]);
      }
    } catch (err) {
      reportListenerError(err);
    } finally {
      eventInternals.setInPassiveListener(event, false);
    }
  }

  [inspectCustom](depth, options, inspect) {
    const name = this.constructor?.name ?? 'EventTarget';
    if (depth < 0) return name;
    return `${name} ${inspect({}, options)}`;
  }
}

// Calls a listener object's handleEvent as Node does, from an async function: a falsy
// handleEvent is skipped, anything else is called (V8's message when it is not callable).
async function callHandleEvent(listener, event) {
  const handleEvent = listener.handleEvent;
  if (!handleEvent) return;
  if (typeof handleEvent !== 'function') {
    throw new TypeError(`Function.prototype.apply was called on ${describeNonCallable(handleEvent)}` +
      ' and not a function');
  }
  await Reflect.apply(handleEvent, listener, [event]);
}

// How V8 names a value in "was called on X, which is a Y" messages.
function describeNonCallable(value) {
  if (value === null || typeof value !== 'object') {
    const shown = typeof value === 'string' ? value : String(value);
    const article = typeof value === 'object' ? 'an' : 'a';
    return `${shown}, which is ${article} ${typeof value}`;
  }
  const name = typeof value.constructor === 'function' && value.constructor.name ?
    value.constructor.name : 'Object';
  return `#<${name}>, which is an object`;
}

const isEventTarget = EventTarget.isEventTarget;
delete EventTarget.isEventTarget;
// Node brands the class itself (libraries test for it to recognize EventTarget).
EventTarget[Symbol.for('nodejs.event_target')] = true;

function checkEventTarget(value) {
  if (!isEventTarget(value)) throw new codes.ERR_INVALID_THIS('EventTarget');
}

// The registered listeners (functions or handleEvent objects) for `type`, in order.
function getEventTargetListeners(target, type) {
  const list = target[kEvents]?.get(typeof type === 'symbol' ? type : `${type}`);
  const result = [];
  if (list === undefined) return result;
  for (let node = list.first; node !== null; node = node.next) result.push(node.callback);
  return result;
}

// Defines an `on<type>` event handler attribute on `prototype`, as Node has it: the first
// assignment, of any value, registers one listener (named eventHandler) at that position
// for good; later assignments only change the handler it calls. The handler is called
// when it is a function; the getter returns it, or null for null and undefined.
function defineEventHandler(prototype, type, name = type) {
  const slot = Symbol(`on${name}`);
  const accessors = {
    get [`on${name}`]() {
      return this[slot]?.handler ?? null;
    },
    set [`on${name}`](value) {
      let record = this[slot];
      if (record === undefined) {
        record = { handler: value };
        Object.defineProperty(this, slot, {
          value: record, writable: true, enumerable: false, configurable: true,
        });
        this.addEventListener(type, function eventHandler(event) {
          if (typeof record.handler === 'function') {
            return Reflect.apply(record.handler, this, [event]);
          }
        });
      } else {
        record.handler = value;
      }
    },
  };
  const descriptor = Object.getOwnPropertyDescriptor(accessors, `on${name}`);
  descriptor.enumerable = true;
  Object.defineProperty(prototype, `on${name}`, descriptor);
}

for (const proto of [Event.prototype, EventTarget.prototype, CustomEvent.prototype]) {
  for (const key of Reflect.ownKeys(proto)) {
    if (key === 'constructor' || key === inspectCustom) continue;
    const descriptor = Object.getOwnPropertyDescriptor(proto, key);
    descriptor.enumerable = true;
    Object.defineProperty(proto, key, descriptor);
  }
}
// isTrusted is [LegacyUnforgeable]: its getter cannot be replaced.
Object.defineProperty(Event.prototype, 'isTrusted', { configurable: false });
Object.defineProperty(Event.prototype, Symbol.toStringTag, {
  value: 'Event', writable: false, enumerable: false, configurable: true,
});
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, {
  value: 'CustomEvent', writable: false, enumerable: false, configurable: true,
});
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  value: 'EventTarget', writable: false, enumerable: false, configurable: true,
});

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  isEventTarget,
  isEvent: eventInternals.isEvent,
  defineEventHandler,
  getEventTargetListeners,
  kTrustEvent,
  kResistStopPropagation,
  kEvents,
  kNewListener,
  kRemoveListener,
  kMaxEventTargetListeners,
  kMaxEventTargetListenersWarned,
};
