'use strict';
// process.env rejects what Node rejects: a symbol as a key or a value is a TypeError, and
// defineProperty accepts only a configurable, writable, enumerable data descriptor
// (ERR_INVALID_OBJECT_DEFINE_PROPERTY otherwise). The environment cannot be frozen.
require('../common');
const assert = require('assert');

const key = 'LODE_TEST_ENV_BAD_INPUT';
const sym = Symbol('k');

assert.throws(() => { process.env[sym] = 'x'; }, {
  name: 'TypeError', message: 'Cannot convert a Symbol value to a string',
});
assert.throws(() => { process.env[key] = Symbol('v'); }, {
  name: 'TypeError', message: 'Cannot convert a Symbol value to a string',
});
assert.strictEqual(process.env[sym], undefined);
assert.strictEqual(delete process.env[sym], true);

const full = { writable: true, enumerable: true, configurable: true };
assert.throws(() => Object.defineProperty(process.env, key, { value: 'x' }), {
  name: 'TypeError',
  code: 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
  message: "'process.env' only accepts a configurable, writable, and enumerable data descriptor",
});
assert.throws(() => Object.defineProperty(process.env, key, { ...full, value: 'x', enumerable: false }), {
  code: 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
});
assert.throws(() => Object.defineProperty(process.env, key, { get() { return 'g'; }, enumerable: true, configurable: true }), {
  name: 'TypeError',
  code: 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
  message: "'process.env' does not accept an accessor(getter/setter) descriptor",
});
assert.throws(() => Object.defineProperty(process.env, key, { ...full, value: Symbol('v') }), {
  name: 'TypeError', message: 'Cannot convert a Symbol value to a string',
});
assert.throws(() => Object.defineProperty(process.env, sym, { ...full, value: 'x' }), {
  name: 'TypeError', message: 'Cannot convert a Symbol value to a string',
});
assert.strictEqual(process.env[key], undefined);

Object.defineProperty(process.env, key, { ...full, value: 5 });
assert.strictEqual(process.env[key], '5');
delete process.env[key];

assert.throws(() => Object.freeze(process.env), TypeError);
assert.throws(() => Object.preventExtensions(process.env), TypeError);
assert.strictEqual(Object.isExtensible(process.env), true);
process.env[key] = 'still writable';
assert.strictEqual(process.env[key], 'still writable');
delete process.env[key];
