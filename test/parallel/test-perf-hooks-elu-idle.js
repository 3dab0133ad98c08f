'use strict';
// performance.eventLoopUtilization(): idle is the time the loop waited for events — a
// timer's delay and a thread-pool request count, a busy callback and a chain of
// setImmediate (the loop never waits) do not.
const common = require('../common');
const assert = require('assert');
const fsp = require('fs/promises');
const { performance } = require('perf_hooks');

function delta(from) {
  return performance.eventLoopUtilization(from);
}

const start = performance.eventLoopUtilization();
setTimeout(common.mustCall(() => {
  const waited = delta(start);
  assert(waited.idle >= 40, `idle ${waited.idle} ms for a 50 ms timer`);
  assert(waited.utilization < 0.5, `utilization ${waited.utilization}`);
  assert.strictEqual(performance.nodeTiming.idleTime >= waited.idle, true);

  // Busy in a callback: active time, no idle.
  const before = performance.eventLoopUtilization();
  const until = Date.now() + 30;
  while (Date.now() < until);
  const busy = delta(before);
  assert(busy.active >= 25, `active ${busy.active}`);
  assert(busy.idle < 1, `idle ${busy.idle}`);
  spinImmediates();
}), 50);

// A chain of immediates polls without waiting: idle stays near zero.
function spinImmediates() {
  const before = performance.eventLoopUtilization();
  let left = 20000;
  const next = () => {
    if (--left > 0) return setImmediate(next);
    const spun = delta(before);
    assert(spun.idle < spun.active, `idle ${spun.idle} vs active ${spun.active}`);
    statLoop();
  };
  setImmediate(next);
}

// Awaiting the thread pool: the loop waits for each result, and that is idle time.
async function statLoop() {
  const before = performance.eventLoopUtilization();
  const idleBefore = performance.nodeTiming.idleTime;
  for (let i = 0; i < 200; i++) await fsp.stat(__filename);
  const after = delta(before);
  assert(after.idle > 0, 'waiting for fs results is idle time');
  assert(performance.nodeTiming.idleTime > idleBefore);
  assert(after.utilization > 0 && after.utilization <= 1);
}
