'use strict';
// console.assert prints "Assertion failed" (with the formatted message after ": ") on stderr
// when its first argument is falsy, and nothing otherwise; it never throws.
require('../common');
const assert = require('assert');
const { Console } = require('console');
const { capture } = require('../fixtures/core/capture-stream');

const out = [];
const err = [];
const c = new Console({
  stdout: capture(out),
  stderr: capture(err),
});

c.assert(true, 'not printed');
c.assert(1);
c.assert(false);
c.assert(0, 'message %d', 5);
c.assert('', 'two', 'parts');
c.assert(null, 7);

assert.deepStrictEqual(out, []);
assert.deepStrictEqual(err, [
  'Assertion failed\n',
  'Assertion failed: message 5\n',
  'Assertion failed: two parts\n',
  'Assertion failed 7\n',
]);
