'use strict';
// A fractional delay (1.5, 0.5) fires at the next whole millisecond: it neither hangs the
// loop nor spins it, for timeouts and intervals alike.
const common = require('../common');
const assert = require('assert');

const start = Date.now();
for (const delay of [0.5, 1.5, 1.0001, 2.999]) {
  setTimeout(common.mustCall(), delay);
  let n = 0;
  const interval = setInterval(common.mustCall(() => {
    if (++n === 3) clearInterval(interval);
  }, 3), delay);
}
const t = setTimeout(common.mustCall(() => {
  assert(Date.now() - start < 5000);
}), 2.5);
assert.strictEqual(t._idleTimeout, 2.5);
