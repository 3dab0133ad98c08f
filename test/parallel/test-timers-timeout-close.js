'use strict';
// Timeout#close() cancels the timer like clearTimeout() and returns it.
const common = require('../common');
const assert = require('assert');

const t = setTimeout(common.mustNotCall(), 1);
assert.strictEqual(t.close(), t);

let n = 0;
const interval = setInterval(common.mustCall(() => {
  if (++n === 2) interval.close();
}, 2), 1);
