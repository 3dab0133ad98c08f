'use strict';
// node:async_hooks: AsyncResource, AsyncLocalStorage and the hook API.
//
// The async context lives in internal/async_context_frame: process.nextTick, queueMicrotask,
// timers, immediates and AsyncResource carry it to their callbacks. The engine gives the C
// API no promise hooks, so an `await` continuation sees the frame current when it resumes,
// and hooks made by createHook() fire only for AsyncResource objects (not for the
// runtime's own handles or promises).

// internal/errors (with internal/stack, ~6M instructions) is loaded by the first error
// thrown.
const { codes } = require('internal/errors/lazy');
const {
  validateFunction, validateObject, validateString,
} = require('internal/validators');
const { state: context, runInFrame } = require('internal/async_context_frame');

// The main script runs as async id 1, triggered by 0, as in Node.
let nextAsyncId = 2;
const idStack = [{ asyncId: 1, triggerAsyncId: 0, resource: {} }];

function top() {
  return idStack[idStack.length - 1];
}

function executionAsyncId() {
  return top().asyncId;
}

function triggerAsyncId() {
  return top().triggerAsyncId;
}

function executionAsyncResource() {
  return top().resource;
}

// Enabled hooks, called for AsyncResource life-cycle events.
const enabledHooks = new Set();

function callHooks(name, args) {
  if (enabledHooks.size === 0) return;
  for (const hook of [...enabledHooks]) {
    const fn = hook.callbacks[name];
    if (fn !== undefined) Reflect.apply(fn, hook.callbacks, args);
  }
}

class AsyncHook {
  constructor(callbacks) {
    this.callbacks = callbacks;
  }

  enable() {
    enabledHooks.add(this);
    return this;
  }

  disable() {
    enabledHooks.delete(this);
    return this;
  }
}

function createHook(callbacks) {
  validateObject(callbacks, 'callbacks', { allowFunction: true });
  const picked = {};
  for (const name of ['init', 'before', 'after', 'destroy', 'promiseResolve']) {
    const fn = callbacks[name];
    if (fn !== undefined && typeof fn !== 'function') {
      throw new codes.ERR_ASYNC_CALLBACK(`hook.${name}`);
    }
    picked[name] = fn;
  }
  return new AsyncHook(picked);
}

class AsyncResource {
  #asyncId;
  #triggerAsyncId;
  #frame;
  #destroyed = false;

  constructor(type, options = {}) {
    validateString(type, 'type');
    // The options are { triggerAsyncId, requireManualDestroy }, or the trigger id alone
    // (the older signature). Nothing is destroyed automatically here, so
    // requireManualDestroy changes nothing.
    let trigger;
    if (typeof options === 'number') trigger = options;
    else if (options !== null && typeof options === 'object') trigger = options.triggerAsyncId;
    trigger ??= executionAsyncId();
    if (!Number.isSafeInteger(trigger) || trigger < -1) {
      throw new codes.ERR_INVALID_ASYNC_ID('triggerAsyncId', trigger);
    }
    this.#asyncId = nextAsyncId++;
    this.#triggerAsyncId = trigger;
    this.#frame = context.current;
    this.type = type;
    callHooks('init', [this.#asyncId, type, trigger, this]);
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const asyncId = this.#asyncId;
    idStack.push({ asyncId, triggerAsyncId: this.#triggerAsyncId, resource: this });
    callHooks('before', [asyncId]);
    try {
      return runInFrame(this.#frame, fn, thisArg, args);
    } finally {
      callHooks('after', [asyncId]);
      idStack.pop();
    }
  }

  emitDestroy() {
    if (!this.#destroyed) {
      this.#destroyed = true;
      callHooks('destroy', [this.#asyncId]);
    }
    return this;
  }

  asyncId() {
    return this.#asyncId;
  }

  triggerAsyncId() {
    return this.#triggerAsyncId;
  }

  // A function that always runs inside this resource's scope; `this` is thisArg when
  // given, else the caller's receiver.
  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    const bound = thisArg === undefined ?
      function bound(...args) {
        return resource.runInAsyncScope(fn, this, ...args);
      } :
      (...args) => resource.runInAsyncScope(fn, thisArg, ...args);
    Object.defineProperty(bound, 'name', { value: 'bound', configurable: true });
    Object.defineProperty(bound, 'length', { value: fn.length, configurable: true });
    Object.defineProperty(bound, 'asyncResource', {
      value: this, writable: true, enumerable: true, configurable: true,
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    const name = type || fn?.name || 'bound-anonymous-fn';
    return new AsyncResource(name).bind(fn, thisArg);
  }
}

class AsyncLocalStorage {
  #defaultValue;
  #name = '';

  constructor(options = {}) {
    validateObject(options, 'options');
    this.#defaultValue = options.defaultValue;
    if (options.name !== undefined) this.#name = `${options.name}`;
  }

  get name() {
    return this.#name;
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    const frame = context.current;
    return function runInSnapshot(fn, ...args) {
      return runInFrame(frame, fn, undefined, args);
    };
  }

  #withStore(store) {
    const frame = new Map(context.current);
    frame.set(this, store);
    return frame;
  }

  run(store, fn, ...args) {
    return runInFrame(this.#withStore(store), fn, undefined, args);
  }

  exit(fn, ...args) {
    return this.run(undefined, fn, ...args);
  }

  enterWith(store) {
    context.current = this.#withStore(store);
  }

  disable() {
    const frame = context.current;
    if (frame !== undefined && frame.has(this)) {
      const next = new Map(frame);
      next.delete(this);
      context.current = next;
    }
  }

  getStore() {
    const frame = context.current;
    if (frame === undefined || !frame.has(this)) return this.#defaultValue;
    return frame.get(this);
  }
}

// Node's AsyncWrap provider names; Lode's handles do not report through them.
const asyncWrapProviders = Object.freeze({ __proto__: null });

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
