'use strict';
// AsyncLocalStorage across `await` and promise reactions (request-scoped loggers, ORMs,
// OpenTelemetry): the continuation must see the store of the run() that awaited.
const common = require('../common');
const assert = require('assert');
const { AsyncLocalStorage } = require('async_hooks');

const als = new AsyncLocalStorage();
als.run('req-1', common.mustCall(async () => {
  await null;
  assert.strictEqual(als.getStore(), 'req-1');
  await new Promise((resolve) => setTimeout(resolve, 1));
  assert.strictEqual(als.getStore(), 'req-1');
}));
als.run('req-2', () => {
  Promise.resolve().then(common.mustCall(() => assert.strictEqual(als.getStore(), 'req-2')));
});
