'use strict';
// Top-level await: a module waits for its dependencies that await; siblings that do not
// depend on them run meanwhile (in source order); a rejection after an await reaches
// every importer.
const common = require('../common');
const assert = require('assert');

(async () => {
  const { log } = await import('../fixtures/esm/tla/main.mjs');
  assert.deepStrictEqual(log, ['a start', 'b', 'a end', 'c sees A', 'main']);

  const [first, second] = await Promise.allSettled([
    import('../fixtures/esm/tla/imports-rejecting.mjs'),
    import('../fixtures/esm/tla/rejects.mjs'),
  ]);
  assert.strictEqual(first.status, 'rejected');
  assert.strictEqual(first.reason.message, 'rejected after await');
  assert.strictEqual(second.reason, first.reason);
})().then(common.mustCall());
