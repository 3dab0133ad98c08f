'use strict';
// Exit codes, process.exit, 'beforeExit'/'exit', and the uncaught-exception path. Printing an
// uncaught error (and decorating a SyntaxError's stack) lives in internal/process/fatal,
// loaded the first time it is needed: most programs never need it.

const binding = internalBinding('process');
const { codes } = require('internal/errors/lazy');

let exitCode;
let captureCallback = null;

// Like Node: undefined/null, an integer, or a non-empty string holding one (' ' is 0, '0x10'
// is 16; '1.5' is out of range, 'abc' of the wrong type). It is read back as Node's int32
// field holds it (2 ** 31 reads -2147483648).
function normalizeExitCode(code) {
  if (code === undefined || code === null) return undefined;
  if (typeof code === 'string' && code !== '' && !Number.isNaN(+code)) code = +code;
  // (internal/validators is loaded here: start-up does not need it otherwise.)
  require('internal/validators').validateInteger(code, 'code');
  return code | 0;
}

function getExitCode() { return exitCode; }

function setExitCode(code) {
  exitCode = normalizeExitCode(code);
}

function numericExitCode() {
  return exitCode === undefined || exitCode === null ? 0 : Number(exitCode) & 0xff;
}

// EventEmitter.prototype.emit at start-up: a forwarder that the first call of any emitter
// method replaces with the real emit, internal/events/methods' (see lib/events.js).
const { emit: emitterEmit } = require('events').prototype;

function isEventEmitterEmit(emit) {
  return emit === emitterEmit || (require.loader.isLoaded('internal/events/methods') &&
    emit === require('internal/events/methods').methods.emit);
}

// process.emit(name, code), left out when it could do nothing: EventEmitter's own emit of an
// event without listeners. A program that never listens then never compiles emit (~0.3M
// instructions at every exit). A replaced process.emit (signal-exit does that) is called.
function emitProcessEvent(name, code) {
  if (process._events?.[name] === undefined) {
    const emit = process.emit;
    // (The forwarder checked here first: the first call of isEventEmitterEmit costs ~45k
    // instructions at every exit.)
    if (emit === emitterEmit || isEventEmitterEmit(emit)) return;
  }
  process.emit(name, code);
}

// Emits 'exit' once; returns the final exit code.
function emitExitOnce() {
  if (!process._exiting) {
    process._exiting = true;
    emitProcessEvent('exit', numericExitCode());
  }
  return numericExitCode();
}

function exit(code) {
  if (code !== undefined) setExitCode(code);
  binding.reallyExit(emitExitOnce());
}

function emitBeforeExit() {
  if (process._exiting) return numericExitCode();
  emitProcessEvent('beforeExit', numericExitCode());
  return numericExitCode();
}

function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureCallback = null;
    return;
  }
  if (typeof fn !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  }
  if (captureCallback !== null) throw new codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  captureCallback = fn;
}

function hasUncaughtExceptionCaptureCallback() {
  return captureCallback !== null;
}

let fatalModule;
function fatal() {
  fatalModule ??= require('internal/process/fatal');
  return fatalModule;
}

let handling = false;

// Called from C (and from tick and microtask runners) with an exception nobody caught.
function triggerUncaughtException(err, fromPromise) {
  const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  if (!handling) {
    handling = true;
    try {
      if (process.listenerCount('uncaughtExceptionMonitor') > 0) {
        process.emit('uncaughtExceptionMonitor', err, origin);
      }
      if (captureCallback !== null) {
        captureCallback(err);
        return;
      }
      if (process.listenerCount('uncaughtException') > 0) {
        process.emit('uncaughtException', err, origin);
        return;
      }
    } catch (handlerErr) {
      // A throwing 'uncaughtException' handler ends the process with code 7.
      fatal().printFatal(handlerErr, false);
      binding.reallyExit(7);
    } finally {
      handling = false;
    }
  }
  fatal().printFatal(err, fromPromise);
  setExitCodeSafe(1);
  try {
    emitExitOnce();
  } catch (exitErr) {
    fatal().printFatal(exitErr, false);
    binding.reallyExit(7);
  }
  binding.reallyExit(1);
}

function setExitCodeSafe(code) {
  exitCode = code;
}

function printFatal(err, fromPromise) {
  fatal().printFatal(err, fromPromise);
}

function decorateErrorStack(err) {
  fatal().decorateErrorStack(err);
}

module.exports = {
  exit,
  getExitCode,
  setExitCode,
  emitBeforeExit,
  // Called by C at the end: emitExitOnce itself, not a function that calls it (a first call
  // costs ~45k instructions).
  emitExit: emitExitOnce,
  triggerUncaughtException,
  setUncaughtExceptionCaptureCallback,
  hasUncaughtExceptionCaptureCallback,
  printFatal,
  decorateErrorStack,
};
