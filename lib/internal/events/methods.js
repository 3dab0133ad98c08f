'use strict';
// The bodies of EventEmitter's prototype methods (emit, addListener, removeListener...),
// loaded by lib/events.js on the first call of one of them: until then the prototype holds
// one-line forwarders, which that first call replaces with these functions. A program that
// never uses an emitter (`lode -e 0`, a script that only logs) does not parse them.
//
// lib/events.js hands over its private symbols and helpers with setup() right after the
// first require, before anything here runs.

// internal/validators loads when a check fails (or for setMaxListeners): the first on() of a
// program need not load it.
function checkListener(listener) {
  if (typeof listener !== 'function') {
    require('internal/validators').validateFunction(listener, 'listener');
  }
}

// Filled by setup().
let kCapture;
let kErrorMonitor;
let kShapeMode;
let rare;
let getDefaultMaxListeners;

function setup(shared) {
  ({ kCapture, kErrorMonitor, kShapeMode, rare, getDefaultMaxListeners } = shared);
}

// The methods, by name, as lib/events.js installs them on EventEmitter.prototype.
const methods = { __proto__: null };

methods.setMaxListeners = function setMaxListeners(n) {
  require('internal/validators').validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

function maxListenersOf(emitter) {
  const n = emitter._maxListeners;
  return n === undefined ? getDefaultMaxListeners() : n;
}

methods.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

function argumentsAfterFirst(args) {
  const n = args.length - 1;
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = args[i + 1];
  return out;
}

// Emits an 'error' that has no listener: the error itself is thrown, any other
// value is wrapped in ERR_UNHANDLED_ERROR. Never returns.
function throwUnhandledError(emitter, args) {
  rare().throwUnhandledError(emitter, args);
}

// Rejections of promises returned by listeners, when captureRejections is on.
function watchListenerPromise(emitter, promise, type, args) {
  rare().watchListenerPromise(emitter, promise, type, args);
}

// Calls `fn` on `emitter` with emit's arguments: `argc` counts the event name
// too; the first three values come as a1..a3, more come as the array `rest`.
function invokeListener(emitter, fn, argc, a1, a2, a3, rest) {
  switch (argc) {
    case 1: return fn.call(emitter);
    case 2: return fn.call(emitter, a1);
    case 3: return fn.call(emitter, a1, a2);
    case 4: return fn.call(emitter, a1, a2, a3);
    default: return Reflect.apply(fn, emitter, rest);
  }
}

function listenerArguments(argc, a1, a2, a3, rest) {
  switch (argc) {
    case 1: return [];
    case 2: return [a1];
    case 3: return [a1, a2];
    case 4: return [a1, a2, a3];
    default: return rest;
  }
}

// Calls every listener of `type` in order of registration with the remaining
// arguments; returns whether there was any. Up to three arguments travel in
// locals, so a typical emit allocates nothing.
methods.emit = function emit(type, a1, a2, a3) {
  const events = this._events;
  if (type === 'error') {
    if (events === undefined) throwUnhandledError(this, arguments);
    if (events[kErrorMonitor] !== undefined)
      this.emit(kErrorMonitor, ...argumentsAfterFirst(arguments));
    if (events.error === undefined) throwUnhandledError(this, arguments);
  } else if (events === undefined) {
    return false;
  }

  const handler = events[type];
  if (handler === undefined) return false;

  const argc = arguments.length;
  const rest = argc > 4 ? argumentsAfterFirst(arguments) : undefined;
  if (typeof handler === 'function') {
    const result = invokeListener(this, handler, argc, a1, a2, a3, rest);
    if (result !== undefined && result !== null && this[kCapture]) {
      watchListenerPromise(this, result, type,
                           listenerArguments(argc, a1, a2, a3, rest));
    }
    return true;
  }

  // Listeners added or removed by a listener take effect from the next emit,
  // so iterate over a snapshot.
  const count = handler.length;
  if (count === 2) {
    // The commonest array, snapshotted without allocating.
    const first = handler[0];
    const second = handler[1];
    let result = invokeListener(this, first, argc, a1, a2, a3, rest);
    if (result !== undefined && result !== null && this[kCapture]) {
      watchListenerPromise(this, result, type,
                           listenerArguments(argc, a1, a2, a3, rest));
    }
    result = invokeListener(this, second, argc, a1, a2, a3, rest);
    if (result !== undefined && result !== null && this[kCapture]) {
      watchListenerPromise(this, result, type,
                           listenerArguments(argc, a1, a2, a3, rest));
    }
    return true;
  }
  const listeners = handler.slice();
  for (let i = 0; i < count; i++) {
    const result = invokeListener(this, listeners[i], argc, a1, a2, a3, rest);
    if (result !== undefined && result !== null && this[kCapture]) {
      watchListenerPromise(this, result, type,
                           listenerArguments(argc, a1, a2, a3, rest));
    }
  }
  return true;
};
// Node's emit declares one parameter; keep the same length.
Object.defineProperty(methods.emit, 'length', { __proto__: null, value: 1 });

function addListenerTo(target, type, listener, prepend) {
  checkListener(listener);

  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      // Report the user's function, not a once() wrapper.
      target.emit('newListener', type, listener.listener ?? listener);
      // A 'newListener' listener may have replaced the storage.
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }

  if (typeof existing === 'function') {
    existing = events[type] =
      prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }

  const max = maxListenersOf(target);
  if (max > 0 && existing.length > max && !existing.warned) {
    // Warn once per event name (until its list shrinks back to one).
    existing.warned = true;
    rare().warnMaxListeners(target, type, existing.length, max);
  }
  return target;
}

methods.addListener = function addListener(type, listener) {
  return addListenerTo(this, type, listener, false);
};


methods.prependListener =
  function prependListener(type, listener) {
    return addListenerTo(this, type, listener, true);
  };

// The wrapper removes itself before the first call; `.listener` lets
// removeListener, listeners() and 'newListener' see the user's function.
function onceWrap(target, type, listener) {
  let fired = false;
  const wrapper = function wrapper() {
    if (fired) return undefined;
    target.removeListener(type, wrapper);
    fired = true;
    if (arguments.length === 0) return listener.call(target);
    return Reflect.apply(listener, target, arguments);
  };
  wrapper.listener = listener;
  return wrapper;
}

methods.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

methods.prependOnceListener =
  function prependOnceListener(type, listener) {
    checkListener(listener);
    this.prependListener(type, onceWrap(this, type, listener));
    return this;
  };

// Removes the most recently added instance of `listener` (or of a once()
// wrapper around it) from `type`.
methods.removeListener =
  function removeListener(type, listener) {
    checkListener(listener);

    const events = this._events;
    if (events === undefined) return this;
    const list = events[type];
    if (list === undefined) return this;

    if (list === listener || list.listener === listener) {
      this._eventsCount -= 1;
      if (this[kShapeMode]) {
        events[type] = undefined;
      } else if (this._eventsCount === 0) {
        this._events = Object.create(null);
        return this;
      } else {
        delete events[type];
      }
      if (events.removeListener !== undefined)
        this.emit('removeListener', type, list.listener || listener);
      return this;
    }

    if (typeof list === 'function') return this;

    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;

    if (position === 0) {
      list.shift();
    } else {
      list.splice(position, 1);
    }
    if (list.length === 1) events[type] = list[0];

    if (events.removeListener !== undefined)
      this.emit('removeListener', type, listener);
    return this;
  };


function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const stored = events[type];
  if (stored === undefined) return [];
  if (typeof stored === 'function')
    return unwrap ? [stored.listener || stored] : [stored];
  if (!unwrap) return stored.slice();
  const out = new Array(stored.length);
  for (let i = 0; i < out.length; i++)
    out[i] = stored[i].listener || stored[i];
  return out;
}

methods.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

methods.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

// Counts the listeners of `type`, or only those that are (or wrap) `listener`.
function countListeners(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const stored = events[type];
  if (typeof stored === 'function') {
    if (listener != null)
      return listener === stored || listener === stored.listener ? 1 : 0;
    return 1;
  }
  if (stored === undefined) return 0;
  if (listener == null) return stored.length;
  let matching = 0;
  for (let i = 0; i < stored.length; i++) {
    if (stored[i] === listener || stored[i].listener === listener) matching++;
  }
  return matching;
}

methods.listenerCount = function listenerCount(type, listener) {
  return countListeners.call(this, type, listener);
};

module.exports = { setup, methods, countListeners };
