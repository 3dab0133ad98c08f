'use strict';
// An instance of a function whose prototype is a null-prototype object (cookie@1 parses
// into `new NullObject()`, where NullObject.prototype = Object.create(null)) is shown
// with the name of the function that constructed it, then that prototype in <...>.
const assert = require('assert');
const util = require('util');

const C = function() {};
C.prototype = Object.create(null);
const o = new C();
o.a = '1';
assert.strictEqual(util.inspect(o), "C <[Object: null prototype] {}> { a: '1' }");

function NullObject() {}
NullObject.prototype = Object.create(null);
const parsed = new NullObject();
parsed.b = 'hello world';
assert.strictEqual(util.inspect(parsed),
                   "NullObject <[Object: null prototype] {}> { b: 'hello world' }");
