'use strict';
// setTimeout, setInterval and setImmediate pass their extra arguments to the callback, and
// call it with no arguments when there are none.
const common = require('../common');
const assert = require('assert');

const obj = {};

setTimeout(common.mustCall(function(...args) {
  assert.deepStrictEqual(args, ['a', 1, obj, undefined, null]);
  assert.strictEqual(args[2], obj);
}), 1, 'a', 1, obj, undefined, null);

setTimeout(common.mustCall((...args) => assert.strictEqual(args.length, 0)), 1);

let runs = 0;
const interval = setInterval(common.mustCall((a, b) => {
  assert.strictEqual(a, 'x');
  assert.strictEqual(b, 2);
  if (++runs === 3) clearInterval(interval);
}, 3), 1, 'x', 2);

setImmediate(common.mustCall((...args) => {
  assert.deepStrictEqual(args, [1, 2, 3, 4, 5, 6]);
}), 1, 2, 3, 4, 5, 6);

setImmediate(common.mustCall((...args) => assert.strictEqual(args.length, 0)));
