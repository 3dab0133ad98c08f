'use strict';
// Unhandled promise rejections, as --unhandled-rejections says to treat them. Loaded by
// internal/process/task_queues when the engine first reports one.

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

// Reports the rejections of `pendingRejections` ({ promise, reason } records, emptied), which
// no handler took in time.
function processPromiseRejections(pendingRejections) {
  while (pendingRejections.length > 0) {
    const { promise, reason } = pendingRejections.shift();
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

module.exports = { processPromiseRejections };
