'use strict';
// Timeout#refresh() restarts the timer from now with the same delay and callback, returns
// the timer, and re-arms a timer that already fired.
const common = require('../common');
const assert = require('assert');

const kDelay = 40;
let refreshedAt;
const t = setTimeout(common.mustCall(() => {
  // Refreshed by the 20 ms timer: it fires a whole delay after that, not after its start.
  // (Measured from the refresh itself: on a loaded machine the 20 ms timer may run late.)
  const elapsedMs = Number(process.hrtime.bigint() - refreshedAt) / 1e6;
  assert(elapsedMs >= kDelay - 1, `fired ${elapsedMs} ms after the refresh`);
}), kDelay);

setTimeout(common.mustCall(() => {
  refreshedAt = process.hrtime.bigint();
  assert.strictEqual(t.refresh(), t);
}), 20);

// Refreshing a timer after it fired runs it again.
let runs = 0;
const again = setTimeout(common.mustCall(() => {
  if (++runs === 1) again.refresh();
}, 2), 1);
