'use strict';
// node:domain (deprecated, DEP0032). A domain collects the errors of the code it runs:
// an exception thrown while it is entered and not caught anywhere, the 'error' events
// of its emitters that have no listener, and the errors that intercept() callbacks
// receive, all arrive as the domain's own 'error' event.
//
// What reaches a domain here: code run by run(), bound (bind/intercept) callbacks,
// emitters added to it or made while it is entered, callbacks given to process.nextTick,
// setTimeout, setInterval and setImmediate while it is entered, and uncaught exceptions
// thrown in any of these. Unlike Node, the domain is not carried to I/O or promise
// callbacks scheduled inside it (Lode has no async hooks on its handles): bind such
// callbacks with domain.bind() to route their errors.

const EventEmitter = require('events');
const {
  codes: {
    ERR_DOMAIN_CALLBACK_NOT_AVAILABLE, ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE,
    ERR_UNHANDLED_ERROR,
  },
} = require('internal/errors');
const execution = require('internal/process/execution');

if (execution.hasUncaughtExceptionCaptureCallback()) {
  throw new ERR_DOMAIN_CALLBACK_NOT_AVAILABLE();
}

// The entered domains, innermost last; exports._stack and exports.active mirror it.
let stack = [];

function setActive(domain) {
  exports.active = domain;
  process.domain = domain;
}

// While some entered domain listens for 'error', uncaught exceptions go to the
// innermost entered domain instead of the process's 'uncaughtException' event.
function updateExceptionCapture() {
  execution.setUncaughtExceptionCaptureCallback(null);
  if (stack.some((domain) => domain.listenerCount('error') > 0)) {
    execution.setUncaughtExceptionCaptureCallback((err) => {
      // Nobody handled it: the process ends as it would have without domains (called
      // while an uncaught exception is being handled, this prints it and exits).
      if (!process.domain._errorHandler(err)) execution.triggerUncaughtException(err, false);
    });
  }
}

function markError(err, domain, thrown) {
  if ((typeof err === 'object' && err !== null) || typeof err === 'function') {
    Object.defineProperty(err, 'domain', {
      __proto__: null, configurable: true, enumerable: false, writable: true, value: domain,
    });
    err.domainThrown = thrown;
  }
}

class Domain extends EventEmitter {
  constructor() {
    super();
    this.members = [];
    // Adding or removing an 'error' listener changes whether errors are captured.
    this.on('newListener', onListenerChange);
    this.on('removeListener', onListenerChange);
  }

  // Handles an uncaught exception thrown while this domain was entered; returns
  // whether an 'error' listener took it.
  _errorHandler(err) {
    markError(err, this, true);
    // The handler runs outside this domain, so that what it throws is not caught again.
    while (exports.active === this) this.exit();
    let caught = false;
    if (stack.length === 0) {
      if (this.listenerCount('error') > 0) {
        execution.setUncaughtExceptionCaptureCallback(null);
        try {
          caught = this.emit('error', err);
        } finally {
          updateExceptionCapture();
        }
      }
    } else {
      try {
        caught = this.emit('error', err);
      } catch (handlerErr) {
        // The handler threw: an outer domain may take that error instead.
        updateExceptionCapture();
        caught = stack.length > 0 ? process.domain._errorHandler(handlerErr) : false;
      }
    }
    stack.length = 0;
    setActive(undefined);
    updateExceptionCapture();
    return caught;
  }

  enter() {
    setActive(this);
    stack.push(this);
    updateExceptionCapture();
  }

  // Leaves this domain and every domain entered after it; does nothing if it is not
  // entered.
  exit() {
    const index = stack.lastIndexOf(this);
    if (index === -1) return;
    stack.splice(index);
    // As in Node, the active domain is undefined (not null) once all are left.
    setActive(stack[stack.length - 1]);
    updateExceptionCapture();
  }

  add(emitter) {
    if (emitter.domain === this) return;
    if (emitter.domain) emitter.domain.remove(emitter);
    // An emitter already in a domain that is a member of this one would create a cycle.
    if (this.domain && emitter instanceof Domain) {
      for (let d = this.domain; d; d = d.domain) {
        if (d === emitter) return;
      }
    }
    Object.defineProperty(emitter, 'domain', {
      __proto__: null, configurable: true, enumerable: false, writable: true, value: this,
    });
    this.members.push(emitter);
  }

  remove(emitter) {
    emitter.domain = null;
    const index = this.members.indexOf(emitter);
    if (index !== -1) this.members.splice(index, 1);
  }

  run(fn, ...args) {
    // No try/finally: an exception leaves the domain entered, so that the uncaught
    // exception handler still finds it.
    this.enter();
    const result = Reflect.apply(fn, this, args);
    this.exit();
    return result;
  }

  // Returns a function that calls `callback` inside this domain; an Error given as the
  // first argument goes to the domain's 'error' event instead.
  intercept(callback) {
    const domain = this;
    function intercepted(err, ...args) {
      if (err instanceof Error) {
        err.domainBound = callback;
        markError(err, domain, false);
        domain.emit('error', err);
        return undefined;
      }
      return runBound(domain, callback, this, args);
    }
    intercepted.domain = this;
    return intercepted;
  }

  // Returns a function that calls `callback` inside this domain.
  bind(callback) {
    const domain = this;
    function bound(...args) {
      return runBound(domain, callback, this, args);
    }
    bound.domain = this;
    return bound;
  }
}

Domain.prototype.members = undefined;

function onListenerChange(name) {
  if (name === 'error') process.nextTick(updateExceptionCapture);
}

function runBound(domain, callback, thisArg, args) {
  domain.enter();
  const result = Reflect.apply(callback, thisArg, args);
  domain.exit();
  return result;
}

function create() {
  return new Domain();
}

// Emitters made while a domain is entered belong to it; their unhandled 'error' events
// and the listeners they call run in it.
EventEmitter.usingDomains = true;
const originalInit = EventEmitter.init;
EventEmitter.init = function init(opts) {
  Object.defineProperty(this, 'domain', {
    __proto__: null, configurable: true, enumerable: false, writable: true,
    value: exports.active && !(this instanceof Domain) ? exports.active : null,
  });
  return Reflect.apply(originalInit, this, [opts]);
};

const originalEmit = EventEmitter.prototype.emit;
EventEmitter.prototype.emit = function emit(type, ...args) {
  const domain = this.domain;
  if (domain === null || domain === undefined || this === process ||
      (type === 'error' && this.listenerCount('error') > 0)) {
    return Reflect.apply(originalEmit, this, [type, ...args]);
  }
  if (type === 'error') {
    const err = args.length > 0 && args[0] ? args[0] : new ERR_UNHANDLED_ERROR();
    if (typeof err === 'object') {
      err.domainEmitter = this;
      markError(err, domain, false);
    }
    // The domain's handler runs outside the domain (and its duplicates on the stack).
    const savedStack = stack.slice();
    const savedActive = process.domain;
    let index = stack.length - 1;
    while (index >= 0 && stack[index] === process.domain) index--;
    stack.length = index + 1;
    setActive(stack.length > 0 ? stack[stack.length - 1] : null);
    updateExceptionCapture();
    try {
      domain.emit('error', err);
    } finally {
      stack = savedStack;
      exports._stack = stack;
      setActive(savedActive);
      updateExceptionCapture();
    }
    return false;
  }
  domain.enter();
  const result = Reflect.apply(originalEmit, this, [type, ...args]);
  domain.exit();
  return result;
};

// Callbacks scheduled while a domain is entered run in it (Node carries the domain with
// async hooks; here the public schedulers bind the callback).
function bindToActive(original) {
  const name = original.name;
  const wrapper = {
    [name](callback, ...args) {
      if (exports.active && typeof callback === 'function') {
        callback = exports.active.bind(callback);
      }
      return Reflect.apply(original, this, [callback, ...args]);
    },
  }[name];
  // Keeps util.promisify.custom and the like.
  for (const key of Reflect.ownKeys(original)) {
    if (key !== 'length' && key !== 'name' && key !== 'prototype') {
      Object.defineProperty(wrapper, key, Reflect.getOwnPropertyDescriptor(original, key));
    }
  }
  return wrapper;
}

process.nextTick = bindToActive(process.nextTick);
{
  const timers = require('timers');
  for (const name of ['setTimeout', 'setInterval', 'setImmediate']) {
    const original = timers[name];
    const wrapper = bindToActive(original);
    timers[name] = wrapper;
    if (globalThis[name] === original) globalThis[name] = wrapper;
  }
}

process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback() {
  throw new ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE();
};

exports._stack = stack;
exports.Domain = Domain;
exports.createDomain = create;
exports.create = create;
exports.active = null;
process.domain = null;
