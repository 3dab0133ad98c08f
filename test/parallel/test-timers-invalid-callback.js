'use strict';
// setTimeout, setInterval and setImmediate throw ERR_INVALID_ARG_TYPE (a TypeError) when the
// callback is not a function.
require('../common');
const assert = require('assert');

const cases = [
  [undefined, 'Received undefined'],
  [null, 'Received null'],
  [1, 'Received type number (1)'],
  ['x', "Received type string ('x')"],
  [true, 'Received type boolean (true)'],
  [{}, 'Received an instance of Object'],
  [[], 'Received an instance of Array'],
];

for (const fn of [setTimeout, setInterval, setImmediate]) {
  for (const [value, received] of cases) {
    assert.throws(() => fn(value, 1), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: `The "callback" argument must be of type function. ${received}`,
    });
  }
  assert.throws(() => fn(), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
