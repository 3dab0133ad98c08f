'use strict';
// process.title is set through ToString: a symbol is a TypeError (V8's message) and a
// throwing toString() propagates.
require('../common');
const assert = require('assert');

assert.throws(() => { process.title = Symbol('t'); }, {
  name: 'TypeError', message: 'Cannot convert a Symbol value to a string',
});
assert.throws(() => { process.title = { toString() { throw new RangeError('ts'); } }; },
              { name: 'RangeError', message: 'ts' });
