'use strict';

const {
  Timeout, Immediate, setTimeout, setInterval, setImmediate, clearTimeout, clearInterval,
  clearImmediate,
} = require('internal/timers');

let promises;

module.exports = {
  setTimeout,
  clearTimeout,
  setInterval,
  clearInterval,
  setImmediate,
  clearImmediate,
  get promises() {
    return promises ??= require('timers/promises');
  },
};

Object.defineProperty(module.exports, 'Timeout', { value: Timeout, enumerable: false });
Object.defineProperty(module.exports, 'Immediate', { value: Immediate, enumerable: false });

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
