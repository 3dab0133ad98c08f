'use strict';
// The messages of the errors the engine throws most often, as V8 words them. Code in
// the wild matches on them (`/is not defined/`, `/Cannot read propert/`,
// `/is not a function$/`, `/object is not extensible/` in immer's tests), and they are
// what users see. JavaScriptCore words every one of these differently.
const assert = require('assert');

function messageOf(fn) {
  try {
    fn();
  } catch (e) {
    return `${e.name}: ${e.message}`;
  }
  assert.fail('did not throw');
}

/* eslint-disable no-undef, no-const-assign */
assert.strictEqual(messageOf(() => notDefinedAnywhere),
                   'ReferenceError: notDefinedAnywhere is not defined');
assert.strictEqual(messageOf(() => { const o = null; return o.x; }),
                   "TypeError: Cannot read properties of null (reading 'x')");
assert.strictEqual(messageOf(() => { const o = {}; return o.a.b; }),
                   "TypeError: Cannot read properties of undefined (reading 'b')");
assert.strictEqual(messageOf(() => { const o = {}; o.a.b = 1; }),
                   "TypeError: Cannot set properties of undefined (setting 'b')");
assert.strictEqual(messageOf(() => { const o = {}; o.f(); }),
                   'TypeError: o.f is not a function');
assert.strictEqual(messageOf(() => { const c = 1; c = 2; }),
                   'TypeError: Assignment to constant variable.');
assert.strictEqual(messageOf(() => { class A {} A(); }),
                   "TypeError: Class constructor A cannot be invoked without 'new'");
assert.strictEqual(messageOf(() => { const n = 5; for (const x of n); }),
                   'TypeError: n is not iterable');
assert.strictEqual(messageOf(() => { 'use strict'; Object.freeze([]).push(1); }),
                   'TypeError: Cannot add property 0, object is not extensible');
assert.strictEqual(messageOf(() => { const o = {}; o.o = o; JSON.stringify(o); }).split('\n')[0],
                   'TypeError: Converting circular structure to JSON');
assert.strictEqual(messageOf(() => JSON.stringify(1n)),
                   'TypeError: Do not know how to serialize a BigInt');
assert.strictEqual(messageOf(() => [].reduce((a, b) => a)),
                   'TypeError: Reduce of empty array with no initial value');
assert.strictEqual(messageOf(() => new Array(-1)), 'RangeError: Invalid array length');
assert.strictEqual(messageOf(() => JSON.parse('{')),
                   "SyntaxError: Expected property name or '}' in JSON at position 1 (line 1 column 2)");
