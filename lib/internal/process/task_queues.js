'use strict';
// process.nextTick, queueMicrotask and unhandled-rejection tracking. C runs
// processTicksAndRejections() while it holds the engine lock, so every tick runs before the
// microtasks queued meanwhile; it calls again while tickInfo says more work arrived.

const { tickInfo } = internalBinding('process');
const asyncContext = require('internal/async_context_frame').state;

const kHasTickScheduled = 0;
const kHasRejectionToWarn = 1;

// A growable ring of pending ticks.
let queue = new Array(64);
let head = 0;
let tail = 0;

function push(tick) {
  queue[tail] = tick;
  tail = (tail + 1) & (queue.length - 1);
  if (tail === head) {
    const bigger = new Array(queue.length * 2);
    const n = queue.length;
    for (let i = 0; i < n; i++) bigger[i] = queue[(head + i) & (n - 1)];
    head = 0;
    tail = n;
    queue = bigger;
  }
}

function shift() {
  if (head === tail) return undefined;
  const tick = queue[head];
  queue[head] = undefined;
  head = (head + 1) & (queue.length - 1);
  return tick;
}

function nextTick(callback, ...args) {
  // (internal/validators is loaded by a failing check only: start-up needs it for nothing else.)
  if (typeof callback !== 'function') {
    require('internal/validators').validateFunction(callback, 'callback');
  }
  if (process._exiting) return;
  push({ callback, args, frame: asyncContext.current });
  tickInfo[kHasTickScheduled] = 1;
}

// The uncaught-exception path lives in internal/process/execution, which requires this module.
function triggerUncaughtException(err, fromPromise) {
  require('internal/process/execution').triggerUncaughtException(err, fromPromise);
}

function runTicks() {
  const outerFrame = asyncContext.current;
  let tick;
  while ((tick = shift()) !== undefined) {
    const { callback, args } = tick;
    asyncContext.current = tick.frame;
    try {
      switch (args.length) {
        case 0: callback(); break;
        case 1: callback(args[0]); break;
        case 2: callback(args[0], args[1]); break;
        default: callback(...args);
      }
    } catch (err) {
      triggerUncaughtException(err, false);
    }
  }
  asyncContext.current = outerFrame;
  tickInfo[kHasTickScheduled] = 0;
}

// Unhandled rejections, reported by the engine after a microtask checkpoint. What to do with
// them (when they count as handled, --unhandled-rejections) lives in
// internal/process/rejections, loaded by the first one.
const pendingRejections = [];
let rejections;

function onUnhandledRejection(promise, reason) {
  rejections ??= require('internal/process/rejections');
  pendingRejections.push(rejections.watchHandling(promise, reason));
  tickInfo[kHasRejectionToWarn] = 1;
}

// Runs the queued ticks now, as C would right after the native callback that queued them
// returns: a binding's callback (a read, a parser's execute) that ends with this saves C its
// second call into JS, with the same order, under the same engine lock, before the same
// microtask checkpoint.
function runTicksNow() {
  if (tickInfo[kHasTickScheduled] === 1) processTicksAndRejections();
}

// Rejections are judged once no tick ran in a call: the ticks that ran may have queued
// microtasks that attach handlers, which the engine runs when C releases its lock, before it
// calls here again (the flag stays up for that).
function processTicksAndRejections() {
  const ranTicks = head !== tail;
  runTicks();
  if (tickInfo[kHasRejectionToWarn] && !ranTicks) {
    tickInfo[kHasRejectionToWarn] = 0;
    rejections.processPromiseRejections(pendingRejections);
  }
}

// queueMicrotask: a rejected-free microtask whose exception goes to the uncaught path.
// The promise is made on first use: the engine's first Promise costs ~0.2 ms, which a
// program that never queues a microtask should not pay at start-up.
let resolved;

function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    require('internal/validators').validateFunction(callback, 'callback');
  }
  resolved ??= Promise.resolve();
  const frame = asyncContext.current;
  resolved.then(() => {
    const prev = asyncContext.current;
    asyncContext.current = frame;
    try {
      callback();
    } catch (err) {
      triggerUncaughtException(err, false);
    } finally {
      asyncContext.current = prev;
    }
  });
}

module.exports = {
  nextTick,
  queueMicrotask,
  processTicksAndRejections,
  runTicksNow,
  onUnhandledRejection,
};
