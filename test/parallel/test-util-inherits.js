'use strict';
// util.inherits: prototype inheritance between constructor functions.
require('../common');
const assert = require('assert');
const { inherits } = require('util');

function A() { this.a = 'a'; }
A.prototype.whoami = function() { return 'A'; };
function B(value) { A.call(this); this.b = value; }
inherits(B, A);
B.prototype.whoami = function() { return `B${A.prototype.whoami.call(this)}`; };

assert.strictEqual(B.super_, A);
const b = new B('b');
assert.ok(b instanceof A);
assert.strictEqual(b.whoami(), 'BA');
assert.strictEqual(b.a, 'a');
assert.strictEqual(b.b, 'b');
assert.strictEqual(b.constructor, B);
assert.strictEqual(Object.getPrototypeOf(B.prototype), A.prototype);
const desc = Object.getOwnPropertyDescriptor(B, 'super_');
assert.strictEqual(desc.enumerable, false);
assert.strictEqual(desc.writable, true);

// A subclass created with inherits can still be extended with class syntax.
class C extends B {}
assert.strictEqual(new C('c').whoami(), 'BA');

// Inheriting from a class works too.
class Base { hello() { return 'hi'; } }
function Derived() {}
inherits(Derived, Base);
assert.strictEqual(new Derived().hello(), 'hi');

assert.throws(() => inherits(A, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "superCtor.prototype" property must be of type object. Received undefined',
});
assert.throws(() => inherits(A, null), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "superCtor" argument must be of type function. Received null',
});
assert.throws(() => inherits(null, A), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "ctor" argument must be of type function. Received null',
});
