'use strict';

// Stack traces in V8's format from JavaScriptCore's frames: parsing JSC's
// `fn@file:line:col` lines, the CallSite objects handed to
// Error.prepareStackTrace, and V8's default text. internal/stack records the
// frames and loads this module when a stack is first read.

const {
  getEvalSource, kIsNodeError, kModuleWrapperName, internals: {
    PendingFrames, stackStates, firstLineColumnOffsets, defineOwnStackAccessor, installedError,
  },
} = require('internal/stack');
const { columnShifts } = require('internal/stack/sources');

const { getOwnPropertyDescriptor, hasOwn } = Object;
const ReflectApply = Reflect.apply;
let formattingDepth = 0;

// JSC frame lines: `fn@file:line:col`, `fn@[native code]`, `fn@` (no source),
// and `@file:line:col` for anonymous functions.
const locationPattern = /^(.*):(\d+):(\d+)$/;

/**
 * Parses a JSC stack string into frames
 * { functionName, fileName, lineNumber, columnNumber, native }.
 * Names are '' for anonymous functions; positions are null when unknown.
 */
function parseJSCStack(stack) {
  const frames = [];
  if (typeof stack !== 'string' || stack === '') return frames;
  const lines = stack.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    // File paths often hold '@' (node_modules/@scope/pkg); function names
    // shown by JSC do not, so the first '@' separates them.
    const at = line.indexOf('@');
    let functionName;
    let location;
    if (at === -1) {
      functionName = line;
      location = '';
    } else {
      functionName = line.slice(0, at);
      location = line.slice(at + 1);
    }
    const frame = {
      functionName,
      fileName: null,
      lineNumber: null,
      columnNumber: null,
      native: false,
    };
    if (location === '[native code]') {
      frame.native = true;
    } else if (location !== '') {
      const match = locationPattern.exec(location);
      if (match !== null) {
        frame.fileName = match[1];
        frame.lineNumber = Number(match[2]);
        frame.columnNumber = Number(match[3]);
      } else {
        frame.fileName = location;
      }
    }
    frames.push(frame);
  }
  return frames;
}

// Line `lineNumber` (1-based) of a user file (an absolute path) or of -e/-p/stdin code, or
// undefined. Files are read once and kept, up to 64 of them.
const sourceLinesCache = new Map();

function sourceLineOf(fileName, lineNumber) {
  if (typeof fileName !== 'string') return undefined;
  // Registered code (-e, ES modules, node:vm) wins over the file, and is looked up each time:
  // a vm script may register other code under the same name later.
  const registered = getEvalSource(fileName);
  let entry = sourceLinesCache.get(fileName);
  if (entry === undefined || (registered !== undefined && entry.text !== registered)) {
    if (sourceLinesCache.size >= 64) sourceLinesCache.clear();
    let text = registered;
    if (text === undefined && fileName[0] === '/') {
      try {
        text = internalBinding('fs_core').readFileUtf8(fileName);
      } catch {
        // Deleted or unreadable since it ran: no line to show.
      }
    }
    entry = { text, lines: text === undefined ? null : text.split(/\r?\n/) };
    sourceLinesCache.set(fileName, entry);
  }
  return entry.lines === null ? undefined : entry.lines[lineNumber - 1];
}

// JavaScriptCore reports a call at its '(' where V8 reports the start of the callee's name,
// or `new` for a construction. For frames whose source can be read, returns V8's column.

function v8ColumnOf(frame) {
  const column = frame.columnNumber;
  const src = sourceLineOf(frame.fileName, frame.lineNumber);
  if (src === undefined) return column;
  if (src[column - 1] === '.') return v8MemberColumn(src, column);
  if (src[column - 1] !== '(') {
    // An unresolvable name (`missing;`): JSC is just past it, V8 at its start.
    if (column >= 2 && /[\w$]/.test(src[column - 2]) && !/[\w$]/.test(src[column - 1] ?? '')) {
      const start = nameStartBefore(src, column - 1);
      if (!/[\d.]/.test(src[start]) && src[start - 1] !== '.') return start + 1;
    }
    return column;
  }
  let i = column - 1;
  while (i > 0 && /\s/.test(src[i - 1])) i--;
  const nameEnd = i;
  i = nameStartBefore(src, i);
  if (i === nameEnd) return column; // `(f)(x)`, `f()()`: no name to point at
  // `new a.b()` is reported at `new`: look past the member chain before the name.
  let chainStart = i;
  while (chainStart > 1 && src[chainStart - 1] === '.' && /[\w$]/.test(src[chainStart - 2])) {
    chainStart = nameStartBefore(src, chainStart - 1);
  }
  const newKeyword = /\bnew\s+$/.exec(src.slice(0, chainStart));
  return (newKeyword === null ? i : newKeyword.index) + 1;
}

// Where the identifier characters that end just before src[end] begin (end itself when none).
function nameStartBefore(src, end) {
  while (end > 0 && /[\w$]/.test(src[end - 1])) end--;
  return end;
}

// A failed property access (`null.x`, `a.b.c = 1`): JSC is at the dot; V8 is at the name
// for a read and at the `=` for an assignment, and at the dot too inside an optional chain.
function v8MemberColumn(src, column) {
  for (let i = column - 2; i >= 0 && !/[;{}(),=]/.test(src[i]); i--) {
    if (src[i] === '?' && src[i + 1] === '.') return column;
  }
  let i = column;
  while (i < src.length && /\s/.test(src[i])) i++;
  const nameStart = i;
  while (i < src.length && /[\w$]/.test(src[i])) i++;
  if (i === nameStart) return column;
  while (i < src.length && /\s/.test(src[i])) i++;
  if (src[i] === '=' && src[i + 1] !== '=' && src[i + 1] !== '>') return i + 1;
  return nameStart + 1;
}

// Whether the frame's (V8) column sits on a `new` keyword.
function isNewExpressionAt(frame) {
  if (frame.columnNumber === null) return false;
  const src = sourceLineOf(frame.fileName, frame.lineNumber);
  return src !== undefined && /^new\b/.test(src.slice(frame.columnNumber - 1));
}

function isJSCStack(stack) {
  if (typeof stack !== 'string') return false;
  if (stack === '') return true;
  const lines = stack.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    if (line.startsWith('    at ') || line.indexOf('@') === -1) return false;
  }
  return true;
}

const topLevelNames = new Set(['global code', 'module code', 'eval code']);

/**
 * One stack frame with V8's CallSite interface. JSC does not expose the
 * receiver or the function object, so those answer as V8 does for a plain
 * function call; constructor calls are recognised from the caller's source.
 */
class CallSite {
  #functionName;
  #typeName;
  #fileName;
  #lineNumber;
  #columnNumber;
  #eval;
  #toplevel;
  #isConstructorCall;

  constructor(frame) {
    let name = frame.functionName;
    this.#typeName = null;
    this.#toplevel = true;
    this.#eval = name === 'eval code' || (frame.fileName === null &&
      !frame.native && name === 'anonymous');
    if (topLevelNames.has(name)) {
      name = this.#eval ? 'eval' : null;
    } else if (name === kModuleWrapperName) {
      this.#typeName = 'Object';
      this.#toplevel = false;
      name = null;
    } else if (name === '') {
      name = null;
    }
    this.#functionName = name;
    this.#isConstructorCall = frame.isConstructor === true && name !== null;
    this.#fileName = frame.fileName;
    this.#lineNumber = frame.lineNumber;
    this.#columnNumber = frame.columnNumber;
  }

  getThis() { return undefined; }
  getTypeName() { return this.#typeName; }
  getFunction() { return undefined; }
  getFunctionName() { return this.#functionName; }
  getMethodName() { return null; }
  getFileName() { return this.#fileName; }
  getLineNumber() { return this.#lineNumber; }
  getColumnNumber() { return this.#columnNumber; }
  getEnclosingLineNumber() { return null; }
  getEnclosingColumnNumber() { return null; }
  getPosition() { return 0; }
  getScriptHash() { return ''; }
  getEvalOrigin() { return undefined; }
  getScriptNameOrSourceURL() { return this.#fileName; }
  getPromiseIndex() { return null; }
  isToplevel() { return this.#toplevel; }
  isEval() { return this.#eval; }
  // V8 answers false for built-in functions such as Array.prototype.map.
  isNative() { return false; }
  isConstructor() { return this.#isConstructorCall; }
  isAsync() { return false; }
  isPromiseAll() { return false; }

  toString() {
    let location;
    if (this.#fileName === null) {
      location = '<anonymous>';
    } else {
      location = this.#fileName;
      if (this.#lineNumber !== null) {
        location += `:${this.#lineNumber}`;
        if (this.#columnNumber !== null) location += `:${this.#columnNumber}`;
      }
    }
    const name = this.#functionName;
    if (this.#isConstructorCall) return `new ${name} (${location})`;
    if (this.#typeName !== null) {
      return `${this.#typeName}.${name ?? '<anonymous>'} (${location})`;
    }
    if (name !== null) return `${name} (${location})`;
    return location;
  }
}

// V8 builds the header from `name` and `message` (never from a custom
// toString): `name: message`, or whichever of the two is not empty.
function stackHeader(error) {
  if (error === null || (typeof error !== 'object' && typeof error !== 'function')) {
    return String(error);
  }
  let name = error.name;
  name = name === undefined ? 'Error' : String(name);
  let message = error.message;
  message = message === undefined ? '' : String(message);
  const nodeError = error[kIsNodeError];
  if (nodeError) {
    // Node error classes keep their code here; toString() names it too.
    const code = typeof nodeError === 'string' ? nodeError : error.code;
    return `${name} [${code}]: ${message}`;
  }
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

/** Formats a header and call sites the way V8 prints `error.stack`. */
function formatV8Stack(error, callSites) {
  let stack = stackHeader(error);
  for (let i = 0; i < callSites.length; i++) {
    stack += `\n    at ${callSites[i]}`;
  }
  return stack;
}

// Built-ins that V8 runs without a frame of their own: Function.prototype
// call/apply, Reflect.apply/construct, and eval under the code it runs. Also
// the natives binding's runBuiltin, which runs a built-in module's code where
// Node calls a module wrapper function.
const framelessNatives = new Set(['apply', 'call', 'construct', 'runBuiltin']);

function isFrameShownByV8(frame, previous) {
  if (!frame.native) return true;
  if (framelessNatives.has(frame.functionName)) return false;
  return !(frame.functionName === 'eval' && previous?.functionName === 'eval code');
}

/**
 * Maps a 1-based column that the engine reports on `line` of fileName's transformed code back
 * to the column in the file, by the shifts internal/stack/sources keeps (a column inside a
 * rewritten reference maps to its start).
 */
function sourceColumnOf(fileName, line, column) {
  const shifts = columnShifts.get(fileName);
  if (shifts === undefined) return column;
  let grown = 0;
  for (let i = 0; i < shifts.length; i += 4) {
    if (shifts[i] < line) continue;
    if (shifts[i] > line) break;
    const start = shifts[i + 1] + grown;
    const end = shifts[i + 2] + grown + shifts[i + 3];
    if (column - 1 < start) break;
    if (column - 1 < end) return shifts[i + 1] + 1;
    grown += shifts[i + 3];
  }
  return column - grown;
}

function callSitesOf(pending) {
  let raw = pending.raw;
  if (pending.hidden !== null) raw = pending.hidden.stack;
  const frames = parseJSCStack(raw);
  const callSites = [];
  const limit = Math.floor(pending.limit);
  const end = Math.min(frames.length, pending.skip + limit + 1);
  for (let i = pending.skip; i < end; i++) {
    const frame = frames[i];
    if (frame.lineNumber === 1 && firstLineColumnOffsets.size > 0) {
      const offset = firstLineColumnOffsets.get(frame.fileName);
      if (offset !== undefined && frame.columnNumber > offset) frame.columnNumber -= offset;
    }
    if (columnShifts.size > 0 && frame.columnNumber !== null) {
      frame.columnNumber = sourceColumnOf(frame.fileName, frame.lineNumber, frame.columnNumber);
    }
    if (frame.columnNumber !== null) frame.columnNumber = v8ColumnOf(frame);
  }
  for (let i = pending.skip; i < frames.length && callSites.length < limit; i++) {
    const frame = frames[i];
    if (!isFrameShownByV8(frame, frames[i - 1])) continue;
    // A frame whose caller's call site reads `new X(...)` is a constructor call (V8 prints
    // `new X`); JavaScriptCore's frames do not say so themselves.
    frame.isConstructor = i + 1 < end && isNewExpressionAt(frames[i + 1]);
    callSites.push(new CallSite(frame));
  }
  return callSites;
}

function formatStack(error, pending) {
  const callSites = callSitesOf(pending);
  const prepare = installedError().prepareStackTrace;
  // Errors created while a prepareStackTrace hook runs get the default
  // format, so a hook that reads another stack cannot recurse.
  if (typeof prepare === 'function' && formattingDepth === 0) {
    formattingDepth++;
    try {
      return ReflectApply(prepare, installedError(), [error, callSites]);
    } finally {
      formattingDepth--;
    }
  }
  return formatV8Stack(error, callSites);
}

/**
 * Returns error.stack in V8's format. Errors created by the engine itself
 * carry JSC's format; they are converted (once: `stack` then becomes an
 * accessor as on other errors). Anything else is returned unchanged.
 */
function toV8Stack(error) {
  if (error === null || (typeof error !== 'object' && typeof error !== 'function')) {
    return undefined;
  }
  const descriptor = getOwnPropertyDescriptor(error, 'stack');
  if (descriptor !== undefined && hasOwn(descriptor, 'value') &&
      isJSCStack(descriptor.value) && descriptor.configurable) {
    stackStates.set(error, new PendingFrames(null, descriptor.value, 0, Infinity));
    defineOwnStackAccessor(error);
  }
  return error.stack;
}

module.exports = {
  formatStack,
  toV8Stack,
  sourceLineOf,
  isNewExpressionAt,
  v8ColumnOf,
  CallSite,
  formatV8Stack,
  isFrameShownByV8,
  isJSCStack,
  parseJSCStack,
};
