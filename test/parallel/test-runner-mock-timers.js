'use strict';
// node:test mock.timers: fake setTimeout/setInterval/setImmediate (globals and
// node:timers) and Date, driven by tick(), runAll() and setTime(); reset() restores the
// real ones. No test is declared, so no runner starts.
require('../common');
const assert = require('assert');
const timers = require('timers');
const { mock } = require('node:test');

const realSetTimeout = globalThis.setTimeout;
const RealDate = Date;

{
  mock.timers.enable({ apis: ['setTimeout', 'Date'], now: 1000 });
  assert.notStrictEqual(setTimeout, realSetTimeout);
  assert.strictEqual(timers.setTimeout, setTimeout);
  assert.strictEqual(Date.now(), 1000);
  assert.strictEqual(new Date().getTime(), 1000);
  assert.strictEqual(new Date(5).getTime(), 5);
  assert(new Date() instanceof RealDate);
  assert.strictEqual(typeof Date(), 'string');

  const order = [];
  setTimeout((x) => order.push(x), 10, 'a');
  const b = setTimeout(() => order.push('b'), 5);
  assert.strictEqual(typeof b.ref, 'function');
  assert.strictEqual(b.unref(), b);
  const c = setTimeout(() => order.push('c'), 7);
  clearTimeout(c);
  mock.timers.tick(5);
  assert.deepStrictEqual(order, ['b']);
  assert.strictEqual(Date.now(), 1005);
  mock.timers.tick(5);
  assert.deepStrictEqual(order, ['b', 'a']);

  assert.throws(() => mock.timers.enable(), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: MockTimers is already enabled!',
  });
  mock.timers.setTime(50);
  assert.strictEqual(Date.now(), 50);
  mock.timers.reset();
  assert.strictEqual(globalThis.setTimeout, realSetTimeout);
  assert.strictEqual(timers.setTimeout, realSetTimeout);
  assert.strictEqual(globalThis.Date, RealDate);
}

{
  assert.throws(() => mock.timers.tick(1), {
    code: 'ERR_INVALID_STATE',
    message: 'Invalid state: You should enable MockTimers first by calling the .enable function',
  });
  assert.throws(() => mock.timers.enable({ apis: ['nope'] }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.apis' option nope is not supported. Received 'nope'",
  });
}

// Intervals, immediates, runAll (up to the latest timer scheduled when it is called).
{
  mock.timers.enable({ apis: ['setInterval', 'setImmediate', 'setTimeout'] });
  let n = 0;
  const interval = setInterval(() => n++, 10);
  mock.timers.tick(35);
  assert.strictEqual(n, 3);
  clearInterval(interval);
  mock.timers.tick(100);
  assert.strictEqual(n, 3);

  const seen = [];
  setTimeout(() => seen.push('outer'), 10);
  setTimeout(() => setTimeout(() => seen.push('inner'), 10), 5);
  mock.timers.runAll();
  assert.deepStrictEqual(seen, ['outer']);
  // Callbacks see the clock already advanced: 'inner' was set at 10 for 20.
  mock.timers.tick(5);
  assert.deepStrictEqual(seen, ['outer']);
  mock.timers.tick(5);
  assert.deepStrictEqual(seen, ['outer', 'inner']);

  const immediate = setImmediate(() => seen.push('immediate'));
  assert.strictEqual(typeof immediate.ref, 'function');
  mock.timers.tick(1);
  assert.deepStrictEqual(seen, ['outer', 'inner', 'immediate']);
  mock.reset();
  assert.strictEqual(globalThis.setTimeout, realSetTimeout);
}

// The real timers still work afterwards.
setTimeout(() => {}, 1);
