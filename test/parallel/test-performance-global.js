'use strict';
// The `performance` global: now(), timeOrigin, nodeTiming, toJSON(), eventLoopUtilization(),
// and the Performance class around it.
const common = require('../common');
const assert = require('assert');
const perfHooks = require('perf_hooks');

const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'performance');
assert.strictEqual(typeof descriptor.get, 'function');
assert.strictEqual(descriptor.enumerable, true);
assert.strictEqual(performance, perfHooks.performance);
assert.strictEqual(globalThis.Performance, perfHooks.Performance);
assert(performance instanceof perfHooks.Performance);
assert(performance instanceof EventTarget);
assert.strictEqual(Object.prototype.toString.call(performance), '[object Performance]');
assert.throws(() => new perfHooks.Performance(), {
  name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor',
});

// now(): a monotonic, sub-millisecond clock counted from timeOrigin.
const a = performance.now();
const b = performance.now();
assert.strictEqual(typeof a, 'number');
assert(a > 0 && b >= a);
assert(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 50);
assert(performance.timeOrigin > 1.6e12);
assert.throws(() => performance.now.call({}), {
  name: 'TypeError', code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type Performance',
});

// nodeTiming: the start-up milestones, in order.
const timing = performance.nodeTiming;
assert.strictEqual(timing, performance.nodeTiming);
assert.deepStrictEqual(Object.keys(timing), ['name', 'entryType', 'startTime', 'duration',
  'nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete',
  'idleTime', 'uvMetricsInfo']);
assert.strictEqual(timing.name, 'node');
assert.strictEqual(timing.entryType, 'node');
assert.strictEqual(timing.startTime, 0);
assert(timing.duration > 0);
assert(timing.nodeStart >= 0);
assert(timing.v8Start >= timing.nodeStart);
assert(timing.environment >= timing.v8Start);
assert(timing.bootstrapComplete >= timing.environment);
assert(timing.bootstrapComplete < performance.now());
// The loop has not started while the main script runs.
assert.strictEqual(timing.loopStart, -1);
assert.strictEqual(timing.loopExit, -1);
assert.strictEqual(timing.idleTime, 0);
assert.deepStrictEqual(Object.keys(timing.toJSON()), ['name', 'entryType', 'startTime',
  'duration', 'nodeStart', 'v8Start', 'bootstrapComplete', 'environment', 'loopStart',
  'loopExit', 'idleTime']);

// Before the loop runs, nothing is utilized.
assert.deepStrictEqual(performance.eventLoopUtilization(), { idle: 0, active: 0, utilization: 0 });
assert.strictEqual(performance.eventLoopUtilization, perfHooks.eventLoopUtilization);

const json = performance.toJSON();
assert.deepStrictEqual(Object.keys(json), ['nodeTiming', 'timeOrigin', 'eventLoopUtilization']);
assert.strictEqual(json.timeOrigin, performance.timeOrigin);
assert.strictEqual(JSON.parse(JSON.stringify(performance)).nodeTiming.name, 'node');

setTimeout(common.mustCall(() => {
  assert(timing.loopStart > timing.bootstrapComplete);
  assert(timing.idleTime > 0, 'the loop waited for the timer');
  const elu1 = performance.eventLoopUtilization();
  assert(elu1.idle > 0);
  assert(elu1.active > 0);
  assert(elu1.utilization > 0 && elu1.utilization < 1);
  assert.strictEqual(elu1.utilization, elu1.active / (elu1.idle + elu1.active));
  // Busy for a while: the delta since elu1 is almost all active.
  const start = Date.now();
  while (Date.now() - start < 30);
  const delta = performance.eventLoopUtilization(elu1);
  assert(delta.active >= 25);
  assert(delta.utilization > 0.9);
  const elu2 = performance.eventLoopUtilization();
  const between = performance.eventLoopUtilization(elu2, elu1);
  assert.strictEqual(between.idle, elu2.idle - elu1.idle);
  assert.strictEqual(between.active, elu2.active - elu1.active);
}), 20);

let exited = false;
process.on('exit', () => {
  assert(timing.loopExit >= timing.loopStart);
  exited = true;
});
process.on('exit', () => assert(exited));
