'use strict';
// The async context AsyncLocalStorage reads: a frame is an immutable Map from storage to
// store (undefined = the empty frame). Code that defers a callback (process.nextTick,
// queueMicrotask, timers, immediates, AsyncResource) captures `current` when it schedules
// and runs the callback with that frame current again. Promise reactions run in whatever
// frame is current when they fire: the engine exposes no promise hooks to the C API.

const state = { current: undefined };

// Runs fn(...args) with `frame` current, restoring the previous frame afterwards.
function runInFrame(frame, fn, thisArg, args) {
  const prev = state.current;
  state.current = frame;
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    state.current = prev;
  }
}

module.exports = { state, runInFrame };
