'use strict';
// The timer functions, which the bootstrap also installs as the globals. The machinery behind
// them (internal/timers: the heap, Timeout, Immediate, the binding's callbacks) loads on the
// first setTimeout/setInterval/setImmediate: a program that sets no timer does not pay for
// it at start-up (~2.5M instructions). Until then no timer exists, so the clear functions
// have nothing to do.

let impl;

function load() {
  impl = require('internal/timers');
  return impl;
}

function setTimeout(callback, after, ...args) {
  return (impl ?? load()).setTimeout(callback, after, ...args);
}

function clearTimeout(timer) {
  if (impl !== undefined) impl.clearTimeout(timer);
}

function setImmediate(callback, ...args) {
  return (impl ?? load()).setImmediate(callback, ...args);
}

function clearImmediate(immediate) {
  if (impl !== undefined) impl.clearImmediate(immediate);
}

function setInterval(callback, repeat, ...args) {
  return (impl ?? load()).setInterval(callback, repeat, ...args);
}

function clearInterval(timer) {
  if (impl !== undefined) impl.clearTimeout(timer);
}

let promises;

// In Node's order (Object.keys(require('timers'))).
module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
  get promises() {
    return promises ??= require('timers/promises');
  },
};

// util.promisify(setTimeout) and util.promisify(setImmediate) resolve with the value.
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(setTimeout, kCustomPromisify, {
  get() { return require('timers/promises').setTimeout; },
  enumerable: false,
  configurable: true,
});
Object.defineProperty(setImmediate, kCustomPromisify, {
  get() { return require('timers/promises').setImmediate; },
  enumerable: false,
  configurable: true,
});
