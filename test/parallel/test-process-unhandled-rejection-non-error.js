'use strict';
// 'unhandledRejection' receives any rejection reason as it is, not wrapped in an Error.
const common = require('../common');
const assert = require('assert');

const reasons = [];
process.on('unhandledRejection', common.mustCall((reason) => reasons.push(reason), 3));

Promise.reject(42);
Promise.reject(undefined);
(async () => { throw 'thrown string'; })(); // eslint-disable-line no-throw-literal

process.on('exit', () => {
  assert.deepStrictEqual(reasons, [42, undefined, 'thrown string']);
});
