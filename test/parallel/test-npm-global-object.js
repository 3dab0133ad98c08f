'use strict';
// The global object's tag is 'global': Object.prototype.toString gives '[object global]'
// (lodash, underscore and older UMD bundles test this to find the Node global) and
// util.inspect(globalThis) starts with "Object [global]".
const assert = require('assert');
const util = require('util');

assert.strictEqual(Object.prototype.toString.call(globalThis), '[object global]');
assert.strictEqual(globalThis[Symbol.toStringTag], 'global');
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(globalThis, Symbol.toStringTag), {
  value: 'global', writable: false, enumerable: false, configurable: true,
});
assert.strictEqual(global, globalThis);
assert.match(util.inspect(globalThis, { depth: 0 }), /^<ref \*1> Object \[global\] \{/);
