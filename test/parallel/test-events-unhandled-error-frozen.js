'use strict';
// An unhandled 'error' whose Error object is frozen is still thrown as is (recording where it
// was emitted must not fail on it), and a non-Error value still becomes ERR_UNHANDLED_ERROR.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const frozen = Object.freeze(new Error('frozen'));
assert.throws(() => new EventEmitter().emit('error', frozen), (err) => err === frozen);

assert.throws(() => new EventEmitter().emit('error', 42), {
  code: 'ERR_UNHANDLED_ERROR',
  name: 'Error',
});
