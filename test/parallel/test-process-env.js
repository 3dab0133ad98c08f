'use strict';
// process.env is a live view of the environment: assigned values are coerced to strings,
// delete removes a variable, `in`, Object.keys and enumeration see it.
require('../common');
const assert = require('assert');

const key = 'LODE_TEST_PROCESS_ENV';
delete process.env[key];
assert.strictEqual(process.env[key], undefined);
assert.strictEqual(key in process.env, false);

process.env[key] = 1;
assert.strictEqual(process.env[key], '1');
assert.strictEqual(key in process.env, true);
assert(Object.keys(process.env).includes(key));
assert.strictEqual(Object.prototype.propertyIsEnumerable.call(process.env, key), true);
assert.strictEqual(Object.prototype.hasOwnProperty.call(process.env, key), true);
const enumerated = [];
for (const k in process.env) enumerated.push(k);
assert(enumerated.includes(key));
assert.strictEqual({ ...process.env }[key], '1');

for (const [value, text] of [[true, 'true'], [null, 'null'], [undefined, 'undefined'],
                             [1.5, '1.5'], [{ toString() { return 'custom'; } }, 'custom'],
                             ['', '']]) {
  process.env[key] = value;
  assert.strictEqual(process.env[key], text);
}

assert.throws(() => { process.env[key] = Symbol('s'); }, TypeError);

assert.strictEqual(delete process.env[key], true);
assert.strictEqual(process.env[key], undefined);
assert.strictEqual(key in process.env, false);
assert(!Object.keys(process.env).includes(key));
// Deleting a variable that does not exist is fine.
assert.strictEqual(delete process.env[key], true);

// Variables inherited from the parent are there; reading a missing one gives undefined.
assert.strictEqual(typeof process.env.PATH, 'string');
assert.strictEqual(process.env.LODE_TEST_SURELY_NOT_SET_ANYWHERE, undefined);
