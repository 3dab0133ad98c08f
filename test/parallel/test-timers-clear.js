'use strict';
// clearTimeout, clearInterval and clearImmediate cancel a pending callback, also when called
// from another callback just before the cancelled one is due; clearing something that is
// not a timer, or twice, does nothing.
const common = require('../common');

// Cleared before the loop starts.
clearTimeout(setTimeout(common.mustNotCall(), 1));
clearInterval(setInterval(common.mustNotCall(), 1));
clearImmediate(setImmediate(common.mustNotCall()));

// Cleared by a callback that runs just before, with the same due time.
let victim;
setTimeout(common.mustCall(() => clearTimeout(victim)), 5);
victim = setTimeout(common.mustNotCall(), 5);

// An immediate cleared by an earlier immediate of the same batch.
let victimImmediate;
setImmediate(common.mustCall(() => clearImmediate(victimImmediate)));
victimImmediate = setImmediate(common.mustNotCall());

// A timer cleared from an immediate; an immediate cleared from a timer.
const fromImmediate = setTimeout(common.mustNotCall(), 20);
setImmediate(common.mustCall(() => clearTimeout(fromImmediate)));
setTimeout(common.mustCall(() => {
  const imm = setImmediate(common.mustNotCall());
  process.nextTick(() => clearImmediate(imm));
}), 1);

// An interval that clears itself from its own callback runs exactly as many times as asked.
let n = 0;
const interval = setInterval(common.mustCall(() => {
  if (++n === 2) clearInterval(interval);
}, 2), 1);

// clearTimeout and clearInterval are interchangeable.
clearInterval(setTimeout(common.mustNotCall(), 1));
clearTimeout(setInterval(common.mustNotCall(), 1));

// Values that are not timers are ignored; clearing twice is harmless.
for (const value of [undefined, null, 0, 12345, '', 'abc', {}, [], () => {}]) {
  clearTimeout(value);
  clearInterval(value);
  clearImmediate(value);
}
const twice = setTimeout(common.mustNotCall(), 1);
clearTimeout(twice);
clearTimeout(twice);
