'use strict';

// The `events` module: EventEmitter and its static helpers.
//
// Storage layout (read by many npm packages, so it is Node's): `_events` is a
// null-prototype object mapping an event name to either one listener function
// or an array of listener functions; `_eventsCount` counts its keys with a
// listener; `_maxListeners` is the per-emitter limit or undefined.
// Keeping a lone listener as a bare function is what makes the common case
// (one listener, a few arguments) fast: emit neither allocates nor copies.

const { codes } = require('internal/errors/lazy');
// internal/validators is required where a check runs: start-up does not need it otherwise.

const kCapture = Symbol('kCapture');
const kErrorMonitor = Symbol('events.errorMonitor');
const kShapeMode = Symbol('shapeMode');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned =
  Symbol('events.maxEventTargetListenersWarned');
const kRejection = Symbol.for('nodejs.rejection');

let defaultMaxListeners = 10;

// What start-up never needs (the EventTarget-aware statics, warnings,
// unhandled 'error', captureRejections) lives in internal/events/rare.
let rareModule;
function rare() {
  if (rareModule === undefined) {
    rareModule = require('internal/events/rare');
    rareModule.setup({
      kCapture, kRejection, kMaxEventTargetListeners, kMaxEventTargetListenersWarned, kShapeMode,
      emitForwarder: forwarders.emit,
    });
  }
  return rareModule;
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
Object.defineProperty(EventEmitter.prototype, kCapture, {
  __proto__: null,
  value: false,
  writable: true,
  enumerable: false,
  configurable: false,
});

// Public statics, in Node's order (Object.keys(require('events')) shows it).
EventEmitter.addAbortListener = function addAbortListener(signal, listener) {
  return rare().addAbortListener(signal, listener);
};
EventEmitter.once = async function once(emitter, name, options = undefined) {
  return rare().once(emitter, name, options);
};
// events.on() and its queue are loaded on first call: start-up does not need them.
EventEmitter.on = function on(emitter, event, options = undefined) {
  return require('internal/events/on').on(emitter, event, options);
};
EventEmitter.getEventListeners = function getEventListeners(emitterOrTarget, type) {
  return rare().getEventListeners(emitterOrTarget, type);
};
EventEmitter.getMaxListeners = function getMaxListeners(emitterOrTarget) {
  return rare().getMaxListeners(emitterOrTarget);
};
EventEmitter.listenerCount = function listenerCount(emitter, type) {
  // Deprecated (DEP0033) in favour of emitter.listenerCount().
  if (typeof emitter.listenerCount === 'function')
    return emitter.listenerCount(type);
  loadMethods();
  return methodsModule.countListeners.call(emitter, type);
};
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;

Object.defineProperty(EventEmitter, 'captureRejections', {
  __proto__: null,
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    require('internal/validators').validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
});

let EventEmitterAsyncResource;
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  __proto__: null,
  enumerable: true,
  get() {
    EventEmitterAsyncResource ??=
      require('internal/events/async_resource').EventEmitterAsyncResource;
    return EventEmitterAsyncResource;
  },
  set: undefined,
  configurable: true,
});

EventEmitter.errorMonitor = kErrorMonitor;

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  __proto__: null,
  enumerable: true,
  get() {
    return defaultMaxListeners;
  },
  set(value) {
    require('internal/validators').validateNumber(value, 'defaultMaxListeners', 0);
    defaultMaxListeners = value;
  },
});

Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: {
    __proto__: null,
    value: kMaxEventTargetListeners,
    enumerable: false,
    configurable: false,
    writable: false,
  },
  kMaxEventTargetListenersWarned: {
    __proto__: null,
    value: kMaxEventTargetListenersWarned,
    enumerable: false,
    configurable: false,
    writable: false,
  },
});

// Sets the limit of every EventTarget and EventEmitter given, or the default
// limit of future emitters when none is given.
EventEmitter.setMaxListeners = function setMaxListeners(
  n = defaultMaxListeners, ...eventTargets) {
  rare().setMaxListeners(n, eventTargets);
};

// Initialises an emitter's own state. Subclasses written before ES classes
// call it through `EventEmitter.call(this)`.
EventEmitter.init = function init(opts) {
  // A subclass (streams do this) may preset `_events` with every name it uses
  // mapped to undefined, so that the object keeps one shape; such an emitter
  // leaves removed names as undefined instead of deleting them.
  if (this._events === undefined ||
      this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null); // cheaper than an empty { __proto__: null } in JSC
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }

  this._maxListeners = this._maxListeners || undefined;

  if (opts?.captureRejections) {
    require('internal/validators').validateBoolean(opts.captureRejections,
                                                   'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    // The static setting at construction time decides.
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

// The prototype methods' bodies live in internal/events/methods, loaded by the first call
// of any of them, which also replaces these forwarders on the prototype with the real
// functions (unless a program replaced one already). Names and lengths are the real ones'.
let methodsModule;
function loadMethods() {
  if (methodsModule === undefined) {
    methodsModule = require('internal/events/methods');
    methodsModule.setup({
      kCapture, kErrorMonitor, kShapeMode, rare, getDefaultMaxListeners: () => defaultMaxListeners,
    });
    const proto = EventEmitter.prototype;
    const real = methodsModule.methods;
    for (const name in forwarders) {
      const key = name === 'on' ? 'addListener' : name === 'off' ? 'removeListener' : name;
      if (proto[name] === forwarders[name]) proto[name] = real[key];
    }
  }
  return methodsModule.methods;
}

const forwarders = {
  __proto__: null,
  setMaxListeners: function setMaxListeners(n) {
    return loadMethods().setMaxListeners.apply(this, arguments);
  },
  getMaxListeners: function getMaxListeners() {
    return loadMethods().getMaxListeners.apply(this, arguments);
  },
  emit: function emit(type) {
    return loadMethods().emit.apply(this, arguments);
  },
  addListener: function addListener(type, listener) {
    return loadMethods().addListener.apply(this, arguments);
  },
  on: undefined,
  prependListener: function prependListener(type, listener) {
    return loadMethods().prependListener.apply(this, arguments);
  },
  once: function once(type, listener) {
    return loadMethods().once.apply(this, arguments);
  },
  prependOnceListener: function prependOnceListener(type, listener) {
    return loadMethods().prependOnceListener.apply(this, arguments);
  },
  removeListener: function removeListener(type, listener) {
    return loadMethods().removeListener.apply(this, arguments);
  },
  off: undefined,
  listeners: function listeners(type) {
    return loadMethods().listeners.apply(this, arguments);
  },
  rawListeners: function rawListeners(type) {
    return loadMethods().rawListeners.apply(this, arguments);
  },
  listenerCount: function listenerCount(type, listener) {
    return loadMethods().listenerCount.apply(this, arguments);
  },
};
forwarders.on = forwarders.addListener;
forwarders.off = forwarders.removeListener;

// In Node's order (Object.keys(EventEmitter.prototype) shows it).
{
  const proto = EventEmitter.prototype;
  proto.setMaxListeners = forwarders.setMaxListeners;
  proto.getMaxListeners = forwarders.getMaxListeners;
  proto.emit = forwarders.emit;
  proto.addListener = forwarders.addListener;
  proto.on = forwarders.on;
  proto.prependListener = forwarders.prependListener;
  proto.once = forwarders.once;
  proto.prependOnceListener = forwarders.prependOnceListener;
  proto.removeListener = forwarders.removeListener;
  proto.off = forwarders.off;
}

// The bodies of removeAllListeners and eventNames live in internal/events/rare: start-up
// and most emitters never call them.
EventEmitter.prototype.removeAllListeners =
  function removeAllListeners(type) {
    return rare().removeAllListeners(this, arguments.length === 0, type);
  };

EventEmitter.prototype.listeners = forwarders.listeners;
EventEmitter.prototype.rawListeners = forwarders.rawListeners;
EventEmitter.prototype.listenerCount = forwarders.listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  return rare().eventNames(this);
};

module.exports = EventEmitter;
