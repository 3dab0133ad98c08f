'use strict';
// Listener functions are checked: every method that takes one throws
// ERR_INVALID_ARG_TYPE for anything else.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const methods = ['on', 'addListener', 'once', 'prependListener', 'prependOnceListener',
                 'removeListener', 'off'];
for (const method of methods) {
  for (const [value, received] of [
    [undefined, 'Received undefined'],
    [null, 'Received null'],
    [1, 'Received type number (1)'],
    ['f', "Received type string ('f')"],
    [{}, 'Received an instance of Object'],
  ]) {
    assert.throws(() => e[method]('x', value), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: `The "listener" argument must be of type function. ${received}`,
    }, method);
  }
}
assert.deepStrictEqual(e.eventNames(), []);

// Removing what is not there is not an error.
assert.strictEqual(e.removeListener('x', () => {}), e);
assert.strictEqual(e.removeAllListeners('x'), e);
const fresh = new EventEmitter();
assert.strictEqual(fresh.removeAllListeners(), fresh);
