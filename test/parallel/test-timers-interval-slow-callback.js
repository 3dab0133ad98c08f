'use strict';
// An interval whose callback takes longer than its period is rescheduled from the start of
// the callback: the next run comes promptly after the slow one returns (it is not skipped
// forever), and two runs never overlap.
const common = require('../common');
const assert = require('assert');

const kRuns = 4;
let runs = 0;
let running = false;
let lastEnd = 0n;

const interval = setInterval(common.mustCall(() => {
  assert.strictEqual(running, false);
  running = true;
  const start = process.hrtime.bigint();
  if (lastEnd !== 0n) {
    const gapMs = Number(start - lastEnd) / 1e6;
    assert(gapMs < 100, `next run came ${gapMs} ms after the previous one ended`);
  }
  // Busy-wait 30 ms, three periods of the interval.
  while (process.hrtime.bigint() - start < 30_000_000n);
  if (++runs === kRuns) clearInterval(interval);
  lastEnd = process.hrtime.bigint();
  running = false;
}, kRuns), 10);
