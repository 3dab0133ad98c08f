'use strict';
// Helpers shared by the WHATWG streams: promises with their resolvers, queues with
// sizes, strategies, and the brand checks.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
} = require('internal/errors');

const kState = Symbol('kState');
const kType = Symbol('kType');

function deferred() {
  return Promise.withResolvers();
}

// Marks a promise as handled, so a rejection nobody awaits is not reported.
function setHandled(promise) {
  promise.then(undefined, () => {});
  return promise;
}

function rejected(err) {
  return setHandled(Promise.reject(err));
}

function extractHighWaterMark(strategy, defaultHWM) {
  const hwm = strategy?.highWaterMark;
  if (hwm === undefined) return defaultHWM;
  const n = Number(hwm);
  if (Number.isNaN(n) || n < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', hwm);
  }
  return n;
}

function extractSizeAlgorithm(strategy) {
  const size = strategy?.size;
  if (size === undefined) return () => 1;
  if (typeof size !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  }
  return (chunk) => size(chunk);
}

function dequeueValue(state) {
  const pair = state.queue.shift();
  state.queueTotalSize = Math.max(0, state.queueTotalSize - pair.size);
  return pair.value;
}

function enqueueValueWithSize(state, value, size) {
  size = Number(size);
  if (Number.isNaN(size) || size < 0 || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  state.queue.push({ value, size });
  state.queueTotalSize += size;
}

function resetQueue(state) {
  state.queue = [];
  state.queueTotalSize = 0;
}

// Calls method `name` of an underlying source/sink with `args`, as a promise.
function promiseCall(object, method, args) {
  if (method === undefined) return Promise.resolve();
  try {
    return Promise.resolve(Reflect.apply(method, object, args));
  } catch (err) {
    return Promise.reject(err);
  }
}

// The callbacks `names` of an underlying source, sink or transformer, null meaning absent
// (a WebIDL dictionary member). A `start` that is not callable fails as Node's does (a plain
// TypeError from binding it); the others with ERR_INVALID_ARG_TYPE naming `${prefix}.name`.
function getCallbacks(object, prefix, names) {
  const callbacks = [];
  for (const name of names) {
    const fn = object[name] ?? undefined;
    if (fn !== undefined && typeof fn !== 'function') {
      if (name === 'start') throw new TypeError('Bind must be called on a function');
      throw new ERR_INVALID_ARG_TYPE(`${prefix}.${name}`, 'Function', fn);
    }
    callbacks.push(fn);
  }
  return callbacks;
}

function checkBrand(value, type) {
  if (value === null || typeof value !== 'object' || value[kType] !== type) {
    throw new ERR_INVALID_THIS(type);
  }
}

function isDetached(buffer) {
  return buffer.detached === true;
}

// Moves an ArrayBuffer's contents to a new one (detaching the old, as the spec does).
function transferBuffer(buffer) {
  return typeof buffer.transfer === 'function' ? buffer.transfer() : buffer.slice(0);
}

const customInspect = Symbol.for('nodejs.util.inspect.custom');

module.exports = {
  checkBrand,
  getCallbacks,
  customInspect,
  deferred,
  dequeueValue,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  isDetached,
  kState,
  kType,
  promiseCall,
  rejected,
  resetQueue,
  setHandled,
  transferBuffer,
};
