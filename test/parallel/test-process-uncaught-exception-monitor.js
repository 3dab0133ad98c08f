'use strict';
// 'uncaughtExceptionMonitor' listeners see an uncaught error (and its origin) before the
// 'uncaughtException' listeners do, without changing what happens next.
const common = require('../common');
const assert = require('assert');

const order = [];
const error = new Error('boom');

process.on('uncaughtExceptionMonitor', common.mustCall((err, origin) => {
  assert.strictEqual(err, error);
  assert.strictEqual(origin, 'uncaughtException');
  order.push('monitor');
}));
process.on('uncaughtException', common.mustCall((err, origin) => {
  assert.strictEqual(err, error);
  assert.strictEqual(origin, 'uncaughtException');
  order.push('handler');
}));

setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(order, ['monitor', 'handler']);
}));

throw error;
