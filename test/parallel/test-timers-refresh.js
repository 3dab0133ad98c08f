'use strict';
// Timeout#refresh() restarts the timer from now with the same delay and callback, returns
// the timer, and re-arms a timer that already fired.
const common = require('../common');
const assert = require('assert');

const kDelay = 40;
const start = process.hrtime.bigint();
const t = setTimeout(common.mustCall(() => {
  const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
  // Refreshed after ~20 ms, so it fires at least 20 + 40 ms after the start.
  assert(elapsedMs >= 20 + kDelay - 1, `fired after ${elapsedMs} ms`);
}), kDelay);

setTimeout(common.mustCall(() => {
  assert.strictEqual(t.refresh(), t);
}), 20);

// Refreshing a timer after it fired runs it again.
let runs = 0;
const again = setTimeout(common.mustCall(() => {
  if (++runs === 1) again.refresh();
}, 2), 1);
