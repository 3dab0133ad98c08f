'use strict';
// Unhandled promise rejections, as --unhandled-rejections says to treat them. Loaded by
// internal/process/task_queues when the engine first reports one.

const { defineProperty: ObjectDefineProperty, hasOwn: ObjectHasOwn } = Object;

// The uncaught-exception path lives in internal/process/execution.
function triggerUncaughtException(err, fromPromise) {
  require('internal/process/execution').triggerUncaughtException(err, fromPromise);
}

// --unhandled-rejections: throw (default), strict, warn, warn-with-error-code or none.
const rejectionMode = internalBinding('process').options.unhandledRejections;
let lastRejectionId = 0;

function warnUnhandledRejection(reason) {
  const id = ++lastRejectionId;
  let text;
  try {
    text = reason instanceof Error && typeof reason.stack === 'string' ? reason.stack : String(reason);
  } catch {
    text = Object.prototype.toString.call(reason);
  }
  process.emitWarning(text, 'UnhandledPromiseRejectionWarning');
  process.emitWarning('Unhandled promise rejection. This error originated either by throwing ' +
    'inside of an async function without a catch block, or by rejecting a promise which was ' +
    'not handled with .catch(). To terminate the node process on unhandled promise ' +
    'rejection, use the CLI flag `--unhandled-rejections=strict` (see ' +
    'https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
    `(rejection id: ${id})`, 'UnhandledPromiseRejectionWarning');
}

// The engine judges a rejection unhandled when the microtask queue runs dry, but Node judges
// it only once the ticks queued meanwhile (and their microtasks) have run too: a handler that
// such a tick attaches (`process.nextTick(() => p.catch(...))`, an `await p` in it) makes it
// handled. The engine says nothing when a handler comes later, so until the report is
// processed, a look-up of the promise's `then` (every `.then`, `.catch`, `.finally`, thenable
// resolution) or `constructor` (`await`, Promise.resolve, the combinators) marks it handled;
// the first look-up removes these own accessors, so the inherited properties answer from then
// on. Returns the record processPromiseRejections takes.
function watchHandling(promise, reason) {
  const record = { promise, reason, handled: false, watched: false };
  if (promise === null || typeof promise !== 'object') return record;
  const handledAt = (key) => ({
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() {
      record.handled = true;
      unwatch(record);
      return promise[key];
    },
    set(value) {
      unwatch(record);
      promise[key] = value;
    },
  });
  try {
    if (ObjectHasOwn(promise, 'then') || ObjectHasOwn(promise, 'constructor')) return record;
    record.watched = true;
    ObjectDefineProperty(promise, 'then', handledAt('then'));
    ObjectDefineProperty(promise, 'constructor', handledAt('constructor'));
  } catch {
    // A frozen or proxied promise: reported as the engine judged it (an accessor already
    // defined goes).
    unwatch(record);
  }
  return record;
}

function unwatch(record) {
  if (record.watched) {
    record.watched = false;
    delete record.promise.then;
    delete record.promise.constructor;
  }
}

// Reports the rejections of `pendingRejections` (watchHandling's records, emptied) that no
// handler took in time.
function processPromiseRejections(pendingRejections) {
  while (pendingRejections.length > 0) {
    const record = pendingRejections.shift();
    unwatch(record);
    if (record.handled) continue;
    const { promise, reason } = record;
    switch (rejectionMode) {
      case 'strict':
        // Raised first; 'unhandledRejection' follows if an uncaughtException handler coped.
        triggerUncaughtException(unhandledRejectionError(reason), true);
        process.emit('unhandledRejection', reason, promise);
        break;
      case 'warn':
        process.emit('unhandledRejection', reason, promise);
        warnUnhandledRejection(reason);
        break;
      case 'warn-with-error-code':
        if (!process.emit('unhandledRejection', reason, promise)) {
          warnUnhandledRejection(reason);
          process.exitCode = 1;
        }
        break;
      case 'none':
        process.emit('unhandledRejection', reason, promise);
        break;
      default:
        if (!process.emit('unhandledRejection', reason, promise)) {
          triggerUncaughtException(unhandledRejectionError(reason), true);
        }
    }
  }
}

function unhandledRejectionError(reason) {
  if (reason instanceof Error) return reason;
  let text;
  try {
    text = String(reason);
  } catch {
    text = Object.prototype.toString.call(reason);
  }
  const err = new Error('This error originated either by throwing inside of an async function ' +
    'without a catch block, or by rejecting a promise which was not handled with .catch(). ' +
    `The promise rejected with the reason "${text}".`);
  err.name = 'UnhandledPromiseRejection';
  err.code = 'ERR_UNHANDLED_REJECTION';
  return err;
}

module.exports = { processPromiseRejections, watchHandling };
