'use strict';
// A cycle a → b → a: b runs first (post-order), sees a's hoisted function but not its
// uninitialized `let` (ReferenceError, the temporal dead zone), and reads a's bindings live
// once a has run.
const common = require('../common');
const assert = require('assert');

import('../fixtures/esm/cycle-a.mjs').then(common.mustCall(async (a) => {
  const b = await import('../fixtures/esm/cycle-b.mjs');
  assert.deepStrictEqual(b.log, [
    'b runs, a is ReferenceError, hoisted',
    'a runs, b is b1',
  ]);
  assert.strictEqual(a.readBack, 'a1');
  assert.strictEqual(b.readA(), 'a1');
  // Importing again gives the same namespace and runs nothing twice.
  assert.strictEqual(await import('../fixtures/esm/cycle-a.mjs'), a);
  assert.strictEqual(b.log.length, 2);
}));
