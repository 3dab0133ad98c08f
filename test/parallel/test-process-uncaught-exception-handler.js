'use strict';
// With an 'uncaughtException' listener, an error thrown from the main script or from a
// callback goes to the listener (with origin 'uncaughtException') and the process goes on.
const common = require('../common');
const assert = require('assert');

const errors = [];
process.on('uncaughtException', common.mustCall((err, origin) => {
  assert.strictEqual(origin, 'uncaughtException');
  errors.push(err.message);
}, 3));

setTimeout(common.mustCall(() => {
  // Runs after the exceptions: the process kept going.
  assert.deepStrictEqual(errors, ['from script', 'from timer', 'from tick']);
}), 20);

setTimeout(() => { throw new Error('from timer'); }, 1);
setTimeout(() => process.nextTick(() => { throw new Error('from tick'); }), 5);

process.on('exit', (code) => assert.strictEqual(code, 0));

throw new Error('from script');
