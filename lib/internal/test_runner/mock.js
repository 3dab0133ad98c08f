'use strict';
// MockTracker for node:test: mock.fn, mock.method, mock.getter, mock.setter, reset,
// restoreAll (each mock function records its calls in `mock.calls`), and mock.timers,
// which replaces setTimeout/setInterval/setImmediate (the globals and node:timers'
// functions) and Date with fakes driven by tick()/runAll()/setTime(). Not mocked:
// timers/promises. mock.module and mock.property are not implemented.

const { codes } = require('internal/errors');
const {
  validateBoolean, validateFunction, validateInteger, validateNumber, validateObject,
} = require('internal/validators');

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE } = codes;

// The per-mock state behind `fn.mock`.
class MockFunctionContext {
  #calls = [];
  #implementation;
  #original;
  #restore;
  #onceImplementations = new Map();
  #times;

  constructor(implementation, original, restore, times) {
    this.#implementation = implementation;
    this.#original = original;
    this.#restore = restore;
    this.#times = times;
  }

  get calls() {
    return this.#calls.slice();
  }

  callCount() {
    return this.#calls.length;
  }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    const call = onCall ?? this.#calls.length;
    validateInteger(call, 'onCall', this.#calls.length);
    this.#onceImplementations.set(call, implementation);
  }

  resetCalls() {
    this.#calls = [];
  }

  restore() {
    if (this.#restore !== undefined) {
      const restore = this.#restore;
      this.#restore = undefined;
      restore();
    }
  }

  // The function a call runs: a one-time implementation for this call number, the
  // implementation while `times` lasts, else the original.
  nextImplementation() {
    const index = this.#calls.length;
    const once = this.#onceImplementations.get(index);
    if (once !== undefined) {
      this.#onceImplementations.delete(index);
      return once;
    }
    if (this.#times !== undefined && index >= this.#times) return this.#original;
    return this.#implementation;
  }

  record(call) {
    this.#calls.push(call);
  }
}

function makeMockFunction(original, implementation, restore, times) {
  const context = new MockFunctionContext(implementation, original, restore, times);
  function mocked(...args) {
    const impl = context.nextImplementation();
    const call = { arguments: args, error: undefined, result: undefined, stack: new Error(),
      target: new.target, this: this };
    try {
      if (new.target !== undefined) {
        call.result = impl === undefined ? undefined : Reflect.construct(impl, args, new.target);
      } else {
        call.result = impl === undefined ? undefined : Reflect.apply(impl, this, args);
      }
    } catch (err) {
      call.error = err;
      context.record(call);
      throw err;
    }
    context.record(call);
    return call.result;
  }
  Object.defineProperty(mocked, 'mock', {
    value: context, enumerable: false, configurable: false, writable: false,
  });
  const source = implementation ?? original;
  if (typeof source === 'function') {
    Object.defineProperty(mocked, 'name', { value: source.name, configurable: true });
    Object.defineProperty(mocked, 'length', { value: source.length, configurable: true });
  }
  return mocked;
}

function validateTimes(options) {
  validateObject(options, 'options');
  const { times } = options;
  if (times !== undefined) validateInteger(times, 'options.times', 1);
  return times;
}

const kTimerApis = ['setInterval', 'setTimeout', 'setImmediate', 'Date'];

// What a mocked setTimeout/setInterval/setImmediate returns.
class Timeout {
  #timers;
  #ref = true;

  constructor(timers, id, callback, delay, args, repeat, runAt) {
    this.#timers = timers;
    this.id = id;
    this.callback = callback;
    this.delay = delay;
    this.args = args;
    this.repeat = repeat;
    this.runAt = runAt;
  }

  ref() {
    this.#ref = true;
    return this;
  }

  unref() {
    this.#ref = false;
    return this;
  }

  hasRef() {
    return this.#ref;
  }

  refresh() {
    this.runAt = this.#timers.now + this.delay;
    return this;
  }

  close() {
    this.#timers.clear(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    return this.id;
  }

  [Symbol.dispose]() {
    this.close();
  }
}

// A clock value: a number that is not negative (NaN passes, as in Node). Node words the
// negative case as ERR_INVALID_ARG_VALUE with this exact text.
function validateTime(value, name) {
  validateNumber(value, name);
  if (value < 0) throw new ERR_INVALID_ARG_VALUE('time', 'positive integer', value);
}

class MockTimers {
  #enabled = false;
  #now = 0;
  #nextId = 1;
  #queue = [];
  #restores = [];

  get now() {
    return this.#now;
  }

  enable(options = {}) {
    if (this.#enabled) throw new ERR_INVALID_STATE('MockTimers is already enabled!');
    validateObject(options, 'options');
    const apis = options.apis ?? kTimerApis;
    if (!Array.isArray(apis)) throw new ERR_INVALID_ARG_TYPE('options.apis', 'Array', apis);
    for (const api of apis) {
      if (!kTimerApis.includes(api)) {
        throw new ERR_INVALID_ARG_VALUE('options.apis', api, `option ${api} is not supported`);
      }
    }
    let now = options.now ?? 0;
    if (now instanceof Date) now = now.getTime();
    validateTime(now, 'options.now');
    this.#now = now;
    this.#enabled = true;
    const timersModule = require('timers');
    const replace = (target, name, value) => {
      const descriptor = Object.getOwnPropertyDescriptor(target, name);
      Object.defineProperty(target, name, {
        value, writable: true, configurable: true, enumerable: descriptor?.enumerable ?? false,
      });
      this.#restores.push(() => {
        if (descriptor === undefined) delete target[name];
        else Object.defineProperty(target, name, descriptor);
      });
    };
    const both = (name, value) => {
      replace(globalThis, name, value);
      replace(timersModule, name, value);
    };
    const schedule = (repeat) => (callback, delay, ...args) => {
      validateFunction(callback, 'callback');
      delay = Number(delay);
      if (!(delay >= 1 && delay <= 2 ** 31 - 1)) delay = 1;
      return this.#add(callback, delay, args, repeat);
    };
    const clear = (name) => {
      const original = timersModule[name];
      return (timer) => {
        if (!this.clear(timer)) original(timer);
      };
    };
    if (apis.includes('setTimeout')) {
      const clearTimeout = clear('clearTimeout');
      both('setTimeout', schedule(false));
      both('clearTimeout', clearTimeout);
    }
    if (apis.includes('setInterval')) {
      const clearInterval = clear('clearInterval');
      both('setInterval', schedule(true));
      both('clearInterval', clearInterval);
    }
    if (apis.includes('setImmediate')) {
      const clearImmediate = clear('clearImmediate');
      both('setImmediate', (callback, ...args) => {
        validateFunction(callback, 'callback');
        return this.#add(callback, 0, args, false);
      });
      both('clearImmediate', clearImmediate);
    }
    if (apis.includes('Date')) replace(globalThis, 'Date', this.#makeDate(globalThis.Date));
  }

  #makeDate(RealDate) {
    const timers = this;
    function Date(...args) {
      if (new.target === undefined) return new RealDate(timers.#now).toString();
      return Reflect.construct(RealDate, args.length === 0 ? [timers.#now] : args, new.target);
    }
    Object.setPrototypeOf(Date, RealDate);
    Object.defineProperty(Date, 'prototype', { value: RealDate.prototype, writable: false });
    Date.now = function now() {
      return timers.#now;
    };
    return Date;
  }

  #add(callback, delay, args, repeat) {
    const timer = new Timeout(this, this.#nextId++, callback, delay, args, repeat,
                                this.#now + delay);
    this.#queue.push(timer);
    return timer;
  }

  // Removes a fake timer (or its id); returns false for anything else.
  clear(timer) {
    const index = this.#queue.findIndex((t) => t === timer ||
      (typeof timer === 'number' && t.id === timer));
    if (index !== -1) {
      this.#queue.splice(index, 1);
      return true;
    }
    return timer instanceof Timeout;
  }

  #checkEnabled() {
    if (!this.#enabled) {
      throw new ERR_INVALID_STATE('You should enable MockTimers first by calling the .enable ' +
        'function');
    }
  }

  // Advances the clock by `milliseconds` and runs every timer that comes due, in order (as
  // in Node, the callbacks already see the new time).
  tick(milliseconds = 1) {
    this.#checkEnabled();
    validateTime(milliseconds, 'time');
    const target = this.#now + milliseconds;
    this.#now = target;
    for (;;) {
      let next;
      for (const timer of this.#queue) {
        if (timer.runAt <= target && (next === undefined || timer.runAt < next.runAt ||
            (timer.runAt === next.runAt && timer.id < next.id))) {
          next = timer;
        }
      }
      if (next === undefined) break;
      if (next.repeat) next.runAt += next.delay;
      else this.#queue.splice(this.#queue.indexOf(next), 1);
      Reflect.apply(next.callback, next, next.args);
    }
  }

  // Runs every timer due up to the latest one scheduled now.
  runAll() {
    this.#checkEnabled();
    let latest = this.#now;
    for (const timer of this.#queue) latest = Math.max(latest, timer.runAt);
    this.tick(latest - this.#now);
  }

  setTime(milliseconds) {
    this.#checkEnabled();
    validateTime(milliseconds, 'time');
    this.#now = milliseconds;
  }

  reset() {
    for (const restore of this.#restores.reverse()) restore();
    this.#restores = [];
    this.#queue = [];
    this.#enabled = false;
    this.#now = 0;
  }

  [Symbol.dispose]() {
    this.reset();
  }
}

// mock.getter / mock.setter: tracker.method with options[kind] ('getter' or 'setter')
// forced on; implementation may be left out in favour of options.
function mockAccessor(tracker, kind, object, methodName, implementation, options) {
  if (implementation !== null && typeof implementation === 'object') {
    options = implementation;
    implementation = undefined;
  }
  if (options[kind] === false) {
    throw new ERR_INVALID_ARG_VALUE(`options.${kind}`, false, 'cannot be false');
  }
  return tracker.method(object, methodName, implementation, { ...options, [kind]: true });
}

class MockTracker {
  #mocks = [];
  #timers;

  get timers() {
    this.#timers ??= new MockTimers();
    return this.#timers;
  }

  fn(original = function() {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = function() {};
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    const times = validateTimes(options);
    const mocked = makeMockFunction(original, implementation, undefined, times);
    this.#mocks.push(mocked.mock);
    return mocked;
  }

  method(object, methodName, implementation, options = {}) {
    if (typeof object !== 'function') validateObject(object, 'object');
    if (typeof methodName !== 'string' && typeof methodName !== 'symbol') {
      throw new ERR_INVALID_ARG_TYPE('methodName', ['string', 'symbol'], methodName);
    }
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    const times = validateTimes(options);
    const { getter = false, setter = false } = options;
    validateBoolean(getter, 'options.getter');
    validateBoolean(setter, 'options.setter');
    if (getter && setter) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', setter,
        "cannot be used with 'options.getter'");
    }
    // Find the property on the object or its prototype chain.
    let holder = object;
    let descriptor;
    while (holder !== null) {
      descriptor = Object.getOwnPropertyDescriptor(holder, methodName);
      if (descriptor !== undefined) break;
      holder = Object.getPrototypeOf(holder);
    }
    const kind = getter ? 'get' : setter ? 'set' : 'value';
    const original = descriptor?.[kind];
    if (typeof original !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('methodName', original, 'must be a method');
    }
    if (implementation === undefined) implementation = original;
    validateFunction(implementation, 'implementation');
    // As in Node, restoring defines the original descriptor on the object itself, also
    // when the method came from its prototype chain.
    const restore = () => {
      Object.defineProperty(object, methodName, descriptor);
    };
    const mocked = makeMockFunction(original, implementation, restore, times);
    const newDescriptor = { ...descriptor, configurable: true };
    newDescriptor[kind] = mocked;
    Object.defineProperty(object, methodName, newDescriptor);
    this.#mocks.push(mocked.mock);
    return mocked;
  }

  getter(object, methodName, implementation, options = {}) {
    return mockAccessor(this, 'getter', object, methodName, implementation, options);
  }

  setter(object, methodName, implementation, options = {}) {
    return mockAccessor(this, 'setter', object, methodName, implementation, options);
  }

  reset() {
    this.restoreAll();
    this.#mocks = [];
    this.#timers?.reset();
  }

  restoreAll() {
    for (const mock of this.#mocks) mock.restore();
  }
}

module.exports = { MockTracker };
