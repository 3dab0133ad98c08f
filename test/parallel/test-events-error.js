'use strict';
// An 'error' event without a listener throws: the Error itself, or
// ERR_UNHANDLED_ERROR wrapping any other value (kept as err.context).
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const boom = new TypeError('boom');
assert.throws(() => e.emit('error', boom), (err) => err === boom);

assert.throws(() => e.emit('error'), {
  name: 'Error',
  code: 'ERR_UNHANDLED_ERROR',
  message: 'Unhandled error. (undefined)',
  context: undefined,
});
assert.throws(() => e.emit('error', 'a string'), {
  code: 'ERR_UNHANDLED_ERROR',
  message: "Unhandled error. ('a string')",
  context: 'a string',
});
const value = { a: 1 };
assert.throws(() => e.emit('error', value), (err) => {
  assert.strictEqual(err.code, 'ERR_UNHANDLED_ERROR');
  assert.strictEqual(err.message, 'Unhandled error. ({ a: 1 })');
  assert.strictEqual(err.context, value);
  return true;
});
assert.throws(() => e.emit('error', null), { message: 'Unhandled error. (null)' });

// An emitter that was never initialised still throws.
const bare = Object.create(EventEmitter.prototype);
assert.throws(() => bare.emit('error', boom), (err) => err === boom);

// With a listener nothing is thrown and the listener gets every argument.
const seen = [];
e.on('error', (...args) => seen.push(args));
assert.strictEqual(e.emit('error', boom, 'extra'), true);
assert.deepStrictEqual(seen, [[boom, 'extra']]);
