'use strict';
// process.env inherits from Object.prototype as Node's does: process.env.hasOwnProperty(),
// String(process.env) and template literals work, and a name that is not a variable
// reads through to the prototype.
require('../common');
const assert = require('assert');

const key = 'LODE_TEST_ENV_OBJECT_METHODS';
process.env[key] = 'v';
assert.strictEqual(typeof process.env.hasOwnProperty, 'function');
assert.strictEqual(process.env.hasOwnProperty(key), true);
assert.strictEqual(process.env.hasOwnProperty('LODE_TEST_SURELY_NOT_SET'), false);
assert.strictEqual(String(process.env), '[object Object]');
assert.strictEqual(`${process.env}`, '[object Object]');
assert.strictEqual(Object.prototype.toString.call(process.env), '[object Object]');
assert.strictEqual('toString' in process.env, true);
assert.strictEqual(Object.keys(process.env).includes('toString'), false);
delete process.env[key];
