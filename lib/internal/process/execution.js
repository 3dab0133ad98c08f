'use strict';
// Exit codes, process.exit, 'beforeExit'/'exit', and the uncaught-exception path.

const binding = internalBinding('process');
const { codes } = require('internal/errors/lazy');
const { validateInteger } = require('internal/validators');

let exitCode;
let captureCallback = null;

// Like Node: undefined/null, an integer, or a string holding an integer (read back as a number).
function normalizeExitCode(code) {
  if (code === undefined || code === null) return undefined;
  if (typeof code === 'string' && code.trim() !== '' && Number.isSafeInteger(Number(code))) {
    return Number(code);
  }
  validateInteger(code, 'code');
  return code;
}

function getExitCode() { return exitCode; }

function setExitCode(code) {
  exitCode = normalizeExitCode(code);
}

function numericExitCode() {
  return exitCode === undefined || exitCode === null ? 0 : Number(exitCode) & 0xff;
}

// Emits 'exit' once; returns the final exit code.
function emitExitOnce() {
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', numericExitCode());
  }
  return numericExitCode();
}

function exit(code) {
  if (code !== undefined) setExitCode(code);
  binding.reallyExit(emitExitOnce());
}

function emitBeforeExit() {
  if (process._exiting) return numericExitCode();
  process.emit('beforeExit', numericExitCode());
  return numericExitCode();
}

function emitExit() {
  return emitExitOnce();
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

// Reads line `line` (1-based) of a user file, for the "file:line / source / caret" header.
const evalSources = new Map();

// Remembers the source of -e/-p/stdin code so uncaught errors can quote it.
function registerEvalSource(name, source) {
  evalSources.set(name, source);
}

function sourceLine(file, line) {
  try {
    let text = evalSources.get(file);
    if (text === undefined) {
      if (!file || !file.startsWith('/')) return undefined;
      text = internalBinding('fs').readFileUtf8(file);
    }
    return text.split(/\r?\n/)[line - 1];
  } catch {
    return undefined;
  }
}

// The first stack frame in a user file (not node:), from a V8- or JSC-format stack.
function firstUserFrame(err) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    return undefined;
  }
  if (typeof stack !== 'string') return undefined;
  const re = /(?:\(|at |@)(\/[^\n]*?|\[eval\]|\[stdin\]):(\d+):(\d+)\)?$/;
  for (const text of stack.split('\n')) {
    const m = re.exec(text);
    if (m) return { file: m[1], line: Number(m[2]), column: Number(m[3]) };
  }
  return undefined;
}

function errorHeader(err) {
  if (err === null || typeof err !== 'object') return '';
  let file = err.sourceURL;
  let line = err.line;
  let column = err.column;
  if (err instanceof SyntaxError && typeof file === 'string') {
    // JavaScriptCore points at the offending token; Node prints that line too.
  } else {
    const frame = firstUserFrame(err);
    if (frame) ({ file, line, column } = frame);
  }
  if (typeof file !== 'string' || typeof line !== 'number') return '';
  const src = sourceLine(file, line);
  if (src === undefined) return `${file}:${line}\n`;
  if (line === 1) column -= require('internal/stack').getFirstLineColumnOffset(file);
  const caret = ' '.repeat(Math.max(0, (column || 1) - 1)) + '^';
  return `${file}:${line}\n${src}\n${caret}\n\n`;
}

function describe(err, fromPromise) {
  let text;
  try {
    const { inspect } = require('internal/util/inspect');
    if (err instanceof Error) {
      text = inspect(err, { colors: false });
    } else {
      text = inspect(err);
    }
  } catch {
    try {
      text = err instanceof Error ? String(err.stack || err) : String(err);
    } catch {
      text = 'Uncaught exception (could not be printed)';
    }
  }
  return text;
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
      printFatal(handlerErr, false);
      binding.reallyExit(7);
    } finally {
      handling = false;
    }
  }
  printFatal(err, fromPromise);
  setExitCodeSafe(1);
  try {
    emitExitOnce();
  } catch (exitErr) {
    printFatal(exitErr, false);
    binding.reallyExit(7);
  }
  binding.reallyExit(1);
}

function setExitCodeSafe(code) {
  exitCode = code;
}

function printFatal(err, fromPromise) {
  let text = errorHeader(err) + describe(err, fromPromise);
  if (!(err instanceof Error) && !fromPromise) {
    text += '\n(Use `node --trace-uncaught ...` to show where the exception was thrown)';
  }
  text += `\n\nNode.js ${process.version}\n`;
  internalBinding('fs').writeString(2, text);
}

module.exports = {
  exit,
  getExitCode,
  setExitCode,
  emitBeforeExit,
  emitExit,
  triggerUncaughtException,
  setUncaughtExceptionCaptureCallback,
  hasUncaughtExceptionCaptureCallback,
  printFatal,
  registerEvalSource,
};
