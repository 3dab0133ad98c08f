'use strict';
// 10,000 pending timers all fire, none early, in order of due time (start + delay), and in
// creation order among timers with the same delay. The delays, mixed at random, are 100 ms
// apart, more than creating the timers takes. Each start time is known to lie between two
// clock readings taken around setTimeout() (a garbage collection may fall in between); the
// runtime's clock counts whole milliseconds, hence a small tolerance.
const common = require('../common');
const assert = require('assert');

const kCount = 10_000;
const kDelays = [10, 110, 210];
const kToleranceMs = 2;
const fired = [];
const delays = [];
const readBefore = [];
const readAfter = [];
let seed = 12345;
function random() {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed;
}
const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

const onTimeout = common.mustCall((i) => {
  const elapsed = nowMs() - readBefore[i];
  if (elapsed < delays[i] - 1) {
    assert.fail(`timer ${i} fired after ${elapsed} ms, its delay is ${delays[i]} ms`);
  }
  fired.push(i);
}, kCount);
for (let i = 0; i < kCount; i++) {
  const delay = kDelays[random() % kDelays.length];
  delays.push(delay);
  readBefore.push(nowMs());
  setTimeout(onTimeout, delay, i);
  readAfter.push(nowMs());
}

process.on('exit', () => {
  assert.strictEqual(fired.length, kCount);
  const lastOfDelay = new Map();
  let latestEarliestDue = -Infinity;
  for (const i of fired) {
    const previous = lastOfDelay.get(delays[i]);
    if (previous !== undefined && previous > i) {
      assert.fail(`timer ${i} fired after timer ${previous}, both with delay ${delays[i]}`);
    }
    lastOfDelay.set(delays[i], i);
    // Timer i fired after some timer that was certainly due later than i could have been.
    const latestDue = readAfter[i] + delays[i];
    if (latestDue + kToleranceMs < latestEarliestDue) {
      assert.fail(`timer ${i} (delay ${delays[i]}) fired after one due ` +
                  `${(latestEarliestDue - latestDue).toFixed(3)} ms later`);
    }
    latestEarliestDue = Math.max(latestEarliestDue, readBefore[i] + delays[i]);
  }
});
