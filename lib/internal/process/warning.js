'use strict';
// process.emitWarning and the default 'warning' printer.

const { codes } = require('internal/errors/lazy');
const { options } = internalBinding('process');

let printerInstalled = false;

function writeWarning(warning) {
  if (options.noWarnings) return;
  if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
  const trace = process.traceDeprecation && warning.name === 'DeprecationWarning';
  let text = `(node:${process.pid}) `;
  if (warning.code) text += `[${warning.code}] `;
  if (trace && warning.stack) {
    text += warning.stack;
  } else {
    // The warning's own toString (so an empty name or message prints as Error#toString
    // does: "tw", "Warning"), or Error's when it has none.
    text += typeof warning.toString === 'function' ?
      `${warning.toString()}` : Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') text += `\n${warning.detail}`;
  if (!emitWarning.shownHint) {
    emitWarning.shownHint = true;
    // Node names the command as it was typed and the flag that traces this kind of warning.
    const command = process.argv0.slice(process.argv0.lastIndexOf('/') + 1);
    const flag = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
    text += `\n(Use \`${command} ${flag} ...\` to show where the warning was created)`;
  }
  process.stderr.write(`${text}\n`);
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('type', 'string', type);
  }
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  if (typeof warning === 'string') {
    const msg = warning;
    warning = new Error(msg);
    warning.name = String(type || 'Warning');
    if (code !== undefined) warning.code = code;
    if (detail !== undefined) warning.detail = detail;
    Error.captureStackTrace(warning, ctor || process.emitWarning);
  } else if (!(warning instanceof Error)) {
    throw new codes.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    // Thrown from a tick, after the warnings emitted before it have been printed.
    if (process.throwDeprecation) {
      process.nextTick(() => { throw warning; });
      return;
    }
  }
  if (!printerInstalled) {
    printerInstalled = true;
    // First, as Node's (installed at start-up) is: it prints even when a listener added by
    // the program throws.
    process.prependListener('warning', writeWarning);
  }
  process.nextTick(() => process.emit('warning', warning));
}

module.exports = { emitWarning };
