'use strict';
// An unhandled rejection with an 'unhandledRejection' listener goes to the listener, with the
// reason and the promise, and the process goes on; a rejection handled in time is not
// reported.
const common = require('../common');
const assert = require('assert');

const reason = new Error('rejected');
let rejected;

process.on('unhandledRejection', common.mustCall((err, promise) => {
  assert.strictEqual(err, reason);
  assert.strictEqual(promise, rejected);
}));

rejected = Promise.reject(reason);

// Handled before the microtask queue drains: not reported.
const handled = Promise.reject(new Error('handled'));
Promise.resolve().then(() => handled.catch(common.mustCall()));

// The process goes on after the rejection was reported.
setTimeout(common.mustCall(), 5);

process.on('exit', (code) => assert.strictEqual(code, 0));
