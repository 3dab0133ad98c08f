'use strict';
// A program that replaces an EventEmitter.prototype method before any emitter ran keeps its
// replacement (Lode loads the methods' bodies on first use and must not overwrite it). No
// ../common here: it may use emitters first.
const EventEmitter = require('events');
const original = EventEmitter.prototype.emit;
let calls = 0;
EventEmitter.prototype.emit = function emit(...args) {
  calls++;
  return Reflect.apply(original, this, args);
};
const e = new EventEmitter();
let got;
e.on('x', (v) => { got = v; });
e.emit('x', 42);
if (calls !== 1 || got !== 42) throw new Error(`replacement lost: ${calls} ${got}`);
if (EventEmitter.prototype.on !== EventEmitter.prototype.addListener) {
  throw new Error('on is not addListener');
}
