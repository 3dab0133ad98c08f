'use strict';
// The JavaScript side of timers: every Timeout lives in one binary heap ordered by
// (expiry, creation sequence), driven by a single uv timer in C; immediates live in a queue
// drained by a uv check handle. C calls processTimers/processImmediate once per callback.

const binding = internalBinding('timers');
const { validateFunction } = require('internal/validators');
const { codes } = require('internal/errors/lazy');
const asyncContext = require('internal/async_context_frame').state;

const TIMEOUT_MAX = 2 ** 31 - 1;

const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const kHeapIndex = Symbol('heapIndex');
const kExpiry = Symbol('expiry');
const kSeq = Symbol('seq');
const kFrame = Symbol('asyncContextFrame');
const kInternalKeys = new Set([kHeapIndex, kExpiry, kSeq, kFrame]);

let seq = 0;
let nextAsyncId = 1;
let refCount = 0;
let timerRefed = true;
let scheduledExpiry = Infinity;

// Timers with a primitive id (from +timeout), for clearTimeout(number).
const knownTimers = new Map();

// --- binary heap --------------------------------------------------------------------------
const heap = [];

function before(a, b) {
  return a[kExpiry] < b[kExpiry] || (a[kExpiry] === b[kExpiry] && a[kSeq] < b[kSeq]);
}

function place(t, i) {
  heap[i] = t;
  t[kHeapIndex] = i;
}

function siftUp(i) {
  const t = heap[i];
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(t, heap[parent])) break;
    place(heap[parent], i);
    i = parent;
  }
  place(t, i);
}

function siftDown(i) {
  const t = heap[i];
  const n = heap.length;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= n) break;
    if (child + 1 < n && before(heap[child + 1], heap[child])) child++;
    if (!before(heap[child], t)) break;
    place(heap[child], i);
    i = child;
  }
  place(t, i);
}

// Node links an armed timer into a per-duration list; Lode keeps every timer in one heap.
// This object stands in for that list so `_idlePrev`/`_idleNext` read as in Node: the list
// while the timer is armed, null once it has fired or been cleared.
class TimersList {
  constructor() {
    this._idleNext = this;
    this._idlePrev = this;
  }
}
const timersList = new TimersList();

function heapInsert(t) {
  heap.push(t);
  siftUp(heap.length - 1);
  t._idlePrev = t._idleNext = timersList;
}

function heapRemove(t) {
  const i = t[kHeapIndex];
  if (i === -1) return;
  t[kHeapIndex] = -1;
  t._idlePrev = t._idleNext = null;
  const last = heap.pop();
  if (i < heap.length) {
    place(last, i);
    siftDown(i);
    siftUp(last[kHeapIndex]);
  }
}

// --- ref counting -------------------------------------------------------------------------
function updateTimerRef() {
  const want = refCount > 0;
  if (want !== timerRefed) {
    timerRefed = want;
    binding.toggleTimerRef(want);
  }
}

// The loop time (whole milliseconds) at which a timer started at `start` is due. A fractional
// delay (1.5) is due at the first whole millisecond after it, as in Node; a fractional expiry
// would also make the uv timer re-arm itself with a 0 ms timeout and spin forever.
function expiryOf(start, delay) {
  return Math.ceil(start + delay);
}

function schedule(t) {
  t[kExpiry] = expiryOf(t._idleStart, t._idleTimeout);
  t[kSeq] = seq++;
  heapInsert(t);
  if (t[kExpiry] < scheduledExpiry) {
    scheduledExpiry = t[kExpiry];
    binding.scheduleTimer(t[kExpiry] - t._idleStart);
  }
}

// Node warns about a negative or NaN delay once per process, about an overflow every time;
// a missing delay (undefined) is silently 1.
let warnedNegative = false;
let warnedNaN = false;

function normalizeDelay(after) {
  const given = after;
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
        '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
    } else if (after < 0 && !warnedNegative) {
      warnedNegative = true;
      process.emitWarning(`${after} is a negative number.` +
        '\nTimeout duration was set to 1.', 'TimeoutNegativeWarning');
    } else if (Number.isNaN(after) && given !== undefined && !warnedNaN) {
      warnedNaN = true;
      process.emitWarning(`${after} is not a number.` +
        '\nTimeout duration was set to 1.', 'TimeoutNaNWarning');
    }
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after = normalizeDelay(after);
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[kHeapIndex] = -1;
    this[kExpiry] = 0;
    this[kSeq] = 0;
    this[kFrame] = asyncContext.current;
    this[Symbol.for('asyncId')] = nextAsyncId++;
    if (isRefed) refCount++;
    updateTimerRef();
  }

  start() {
    this._idleStart = binding.getLibuvNow();
    schedule(this);
  }

  refresh() {
    if (this[kHeapIndex] !== -1) {
      heapRemove(this);
      this._idleStart = binding.getLibuvNow();
      schedule(this);
    } else if (!this._destroyed && this._onTimeout !== null) {
      this._idleStart = binding.getLibuvNow();
      schedule(this);
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) {
        refCount--;
        updateTimerRef();
      }
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) {
        refCount++;
        updateTimerRef();
      }
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  // Like Node's: shallow, so the list and callback show as [TimersList] and [Function]; the
  // heap bookkeeping is left out.
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const view = Object.create(Timeout.prototype);
    for (const key of Reflect.ownKeys(this)) {
      if (!kInternalKeys.has(key)) view[key] = this[key];
    }
    return inspect(view, { ...options, depth: 0, customInspect: false });
  }

  [Symbol.toPrimitive]() {
    const id = this[Symbol.for('asyncId')];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimers.set(id, this);
    }
    return id;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }
}

function unenroll(t) {
  if (t._destroyed) return;
  t._destroyed = true;
  // Node marks a cleared timer this way, and refresh() leaves such a timer alone.
  t._idleTimeout = -1;
  heapRemove(t);
  if (t[kRefed]) {
    refCount--;
    updateTimerRef();
  }
  if (t[kHasPrimitive]) knownTimers.delete(t[Symbol.for('asyncId')]);
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = knownTimers.get(Number(timer));
    if (t !== undefined) {
      t._onTimeout = null;
      unenroll(t);
    }
  }
}

// Runs the first expired timer. Returns 0 if it ran one (C calls again), the next expiry
// if none is due at `now`, or -1 when no timer is left.
function processTimers(now) {
  const t = heap[0];
  if (t === undefined) {
    scheduledExpiry = Infinity;
    return -1;
  }
  if (t[kExpiry] > now) {
    scheduledExpiry = t[kExpiry];
    return t[kExpiry];
  }
  heapRemove(t);
  if (t._destroyed || t._onTimeout === null) return 0;
  const start = t._repeat ? binding.getLibuvNow() : 0;
  let threw = true;
  const outerFrame = asyncContext.current;
  asyncContext.current = t[kFrame];
  try {
    const args = t._timerArgs;
    if (args === undefined) t._onTimeout();
    else t._onTimeout(...args);
    threw = false;
  } finally {
    asyncContext.current = outerFrame;
    if (t._repeat && t._onTimeout !== null && !t._destroyed) {
      t._idleTimeout = t._repeat;
      t._idleStart = start;
      t[kExpiry] = expiryOf(start, t._idleTimeout);
      t[kSeq] = seq++;
      heapInsert(t);
    } else if (t[kHeapIndex] === -1 && !t._destroyed) {
      // Not re-armed by refresh() inside the callback: the timer is done.
      t._destroyed = true;
      if (t[kRefed]) {
        refCount--;
        updateTimerRef();
      }
      if (t[kHasPrimitive]) knownTimers.delete(t[Symbol.for('asyncId')]);
    }
    if (threw) rearm();
  }
  return 0;
}

// After an exception escaped a timer callback, C stops calling processTimers for this pass;
// make sure the uv timer fires again for what is left.
function rearm() {
  const t = heap[0];
  if (t !== undefined) {
    scheduledExpiry = t[kExpiry];
    binding.scheduleTimer(Math.max(1, t[kExpiry] - binding.getLibuvNow()));
  } else {
    scheduledExpiry = Infinity;
  }
}

// --- immediates ---------------------------------------------------------------------------
let immediateQueue = [];
let batch = [];
let batchIndex = 0;
let immediateRefCount = 0;
// [0]: immediates created and neither run nor cleared; the C check handle calls
// processImmediate only while it is above 0.
const immediateInfo = binding.immediateInfo;

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    this[kFrame] = asyncContext.current;
    this[Symbol.for('asyncId')] = nextAsyncId++;
    if (immediateRefCount++ === 0) binding.toggleImmediateRef(true);
    immediateInfo[0]++;
    immediateQueue.push(this);
  }

  // kRefed is null once the immediate has run or been cleared: ref() and unref() then do
  // nothing and hasRef() is false, as in Node.
  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateRefCount++ === 0) binding.toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateRefCount === 0) binding.toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

function finishImmediate(imm) {
  imm._destroyed = true;
  immediateInfo[0]--;
  if (imm[kRefed] && --immediateRefCount === 0) binding.toggleImmediateRef(false);
  imm[kRefed] = null;
}

function clearImmediate(imm) {
  if (!imm || imm._destroyed || !(imm instanceof Immediate)) return;
  finishImmediate(imm);
  imm._onImmediate = null;
}

// Runs one immediate of the batch taken at the start of this check phase. Returns whether the
// batch has more.
function processImmediate(first) {
  if (first) {
    batch = batchIndex < batch.length ? batch.slice(batchIndex).concat(immediateQueue) : immediateQueue;
    batchIndex = 0;
    immediateQueue = [];
  }
  while (batchIndex < batch.length) {
    const imm = batch[batchIndex++];
    if (imm._destroyed) continue;
    finishImmediate(imm);
    const fn = imm._onImmediate;
    const args = imm._argv;
    // The callback's `this` is the Immediate, as in Node.
    const outerFrame = asyncContext.current;
    asyncContext.current = imm[kFrame];
    try {
      if (args === undefined) fn.call(imm);
      else fn.apply(imm, args);
    } finally {
      asyncContext.current = outerFrame;
    }
    return batchIndex < batch.length;
  }
  batch = [];
  batchIndex = 0;
  return false;
}

binding.setupTimers(processTimers, processImmediate);

function activeResources() {
  const out = [];
  for (const t of heap) if (t[kRefed]) out.push('Timeout');
  for (const imm of immediateQueue) if (!imm._destroyed && imm[kRefed]) out.push('Immediate');
  return out;
}

// --- public API ---------------------------------------------------------------------------
function setTimeout(callback, after, ...args) {
  validateFunction(callback, 'callback');
  const t = new Timeout(callback, after, args.length ? args : undefined, false, true);
  t.start();
  return t;
}

function setInterval(callback, repeat, ...args) {
  validateFunction(callback, 'callback');
  const t = new Timeout(callback, repeat, args.length ? args : undefined, true, true);
  t.start();
  return t;
}

function setImmediate(callback, ...args) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, args.length ? args : undefined);
}

module.exports = {
  Timeout,
  Immediate,
  setTimeout,
  setInterval,
  setImmediate,
  clearTimeout,
  clearInterval: clearTimeout,
  clearImmediate,
  activeResources,
};
