'use strict';
// events.on(): an async iterator over an emitter's events. Loaded on the first call.

const { addAbortListener } = require('events');
const { codes, errors } = require('internal/errors/lazy');
const { validateAbortSignal, validateInteger, validateObject } = require('internal/validators');
const { listenAny, unlistenAny } = require('internal/events/listen');

const kWatermarkData = Symbol.for('nodejs.watermarkData');
const kDispose = Symbol.dispose;
const kEmptyObject = Object.freeze({ __proto__: null });

// A first-in first-out queue that does not shift arrays.
class Queue {
  #items = [];
  #head = 0;

  get isEmpty() {
    return this.#head === this.#items.length;
  }

  push(item) {
    this.#items.push(item);
  }

  shift() {
    const item = this.#items[this.#head];
    this.#items[this.#head++] = undefined;
    if (this.#head === this.#items.length) {
      this.#items.length = 0;
      this.#head = 0;
    } else if (this.#head > 1024 && this.#head * 2 > this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#head = 0;
    }
    return item;
  }
}

const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

// Returns an async iterator over `event` emissions (each value is the array of
// the event's arguments). Buffered events beyond highWaterMark pause the
// emitter (if it has pause()) until the buffer drains below lowWaterMark.
function on(emitter, event, options = kEmptyObject) {
  validateObject(options, 'options');
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted)
    throw new errors.AbortError(undefined, { cause: signal?.reason });

  const highWaterMark = options.highWaterMark ?? options.highWatermark ??
    Number.MAX_SAFE_INTEGER;
  validateInteger(highWaterMark, 'options.highWaterMark', 1);
  const lowWaterMark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWaterMark, 'options.lowWaterMark', 1);

  const unconsumedEvents = new Queue();
  const unconsumedPromises = new Queue();
  let paused = false;
  let error = null;
  let finished = false;
  let size = 0;

  const iterator = Object.setPrototypeOf({
    next() {
      if (size > 0) {
        const value = unconsumedEvents.shift();
        size--;
        if (paused && size < lowWaterMark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve({ value, done: false });
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => {
        unconsumedPromises.push({ resolve, reject });
      });
    },

    return() {
      return closeHandler();
    },

    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new codes.ERR_INVALID_ARG_TYPE(
          'EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },

    [Symbol.asyncIterator]() {
      return this;
    },

    [kWatermarkData]: {
      get size() { return size; },
      get low() { return lowWaterMark; },
      get high() { return highWaterMark; },
      get isPaused() { return paused; },
    },
  }, AsyncIteratorPrototype);

  const added = [];
  function listen(name, listener) {
    listenAny(emitter, name, listener);
    added.push(name, listener);
  }
  function unlistenAll() {
    while (added.length > 0) {
      const listener = added.pop();
      unlistenAny(emitter, added.pop(), listener);
    }
  }

  listen(event, function eventListener(...args) {
    eventHandler(args);
  });
  if (event !== 'error' && typeof emitter.on === 'function')
    listen('error', errorHandler);
  const closeEvents = options?.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++)
      listen(closeEvents[i], closeHandler);
  }
  const abortDisposable = signal ?
    addAbortListener(signal, abortListener) : null;

  return iterator;

  function abortListener() {
    errorHandler(new errors.AbortError(undefined, { cause: signal?.reason }));
  }

  function eventHandler(value) {
    if (unconsumedPromises.isEmpty) {
      size++;
      if (!paused && size > highWaterMark) {
        paused = true;
        emitter.pause();
      }
      unconsumedEvents.push(value);
    } else {
      unconsumedPromises.shift().resolve({ value, done: false });
    }
  }

  function errorHandler(err) {
    if (unconsumedPromises.isEmpty)
      error = err;
    else
      unconsumedPromises.shift().reject(err);
    closeHandler();
  }

  function closeHandler() {
    abortDisposable?.[kDispose]();
    unlistenAll();
    finished = true;
    const done = { value: undefined, done: true };
    while (!unconsumedPromises.isEmpty)
      unconsumedPromises.shift().resolve(done);
    return Promise.resolve(done);
  }
}

module.exports = { on };
