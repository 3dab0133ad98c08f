'use strict';
// node:assert: assertion functions, AssertionError with Node's messages and diffs, the
// strict mode (assert.strict, node:assert/strict), the Assert class and the deprecated
// CallTracker.
//
// Messages follow Node 24 to the character, because programs and test suites compare
// them: `Expected values to be strictly equal:\n\n1 !== 2\n`, diffs of the inspected
// values line by line (a Myers diff, '+' for actual and '-' for expected, long runs of
// unchanged lines collapsed unless the diff option is 'full'), and for a falsy
// assert.ok() the source text of the call, read from the caller's file.

const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateObject, validateOneOf } = require('internal/validators');
const { inspect } = require('internal/util/inspect');
const { isDeepEqual, isDeepStrictEqual } = require('internal/util/comparisons');
const {
  isDate,
  isMap,
  isPromise,
  isRegExp,
  isSet,
  isArrayBufferView,
  isBoxedPrimitive,
} = require('internal/util/types');

const kNoException = Symbol('kNoException');
const kOptions = Symbol('kOptions');
const defaultOptions = Object.freeze({ __proto__: null, diff: 'simple', strict: false });

function isError(value) {
  if (typeof Error.isError === 'function') return Error.isError(value);
  return Object.prototype.toString.call(value) === '[object Error]' || value instanceof Error;
}

// ----------------------------------------------------------------------------------
// Messages and diffs

const readableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Unchanged lines shown around a change before the rest of a run is collapsed.
const kContextLines = 5;
// Two single-line values at most this long (quotes of strings not counted) are shown
// as `a !== b`.
const kMaxShortLength = 12;

// How values are shown in assertion messages: every property on its own line, keys
// sorted, getters read, nothing cut short, custom inspection off.
function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function isObjectLike(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

// Lines of an inspected object that differ only by a trailing comma are the same line.
function sameLine(actual, expected, ignoreComma) {
  return actual === expected ||
    (ignoreComma && (`${actual},` === expected || actual === `${expected},`));
}

// The Myers diff of two lists of lines: a list of [kind, line] in order, where kind is
// 'nop' (in both), 'insert' (only in actual) or 'delete' (only in expected).
function myersDiff(actual, expected, ignoreComma) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  const frontier = new Int32Array(2 * max + 2);
  const history = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    history.push(frontier.slice());
    for (let k = -d; k <= d; k += 2) {
      let x;
      if (k === -d || (k !== d && frontier[max + k - 1] < frontier[max + k + 1])) {
        x = frontier[max + k + 1];
      } else {
        x = frontier[max + k - 1] + 1;
      }
      let y = x - k;
      while (x < n && y < m && sameLine(actual[x], expected[y], ignoreComma)) {
        x++;
        y++;
      }
      frontier[max + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }

  // Walk back from the end through the saved frontiers.
  const edits = [];
  let x = n;
  let y = m;
  for (let d = history.length - 1; d >= 0; d--) {
    const saved = history[d];
    const k = x - y;
    const previousK = (k === -d || (k !== d && saved[max + k - 1] < saved[max + k + 1])) ?
      k + 1 : k - 1;
    const previousX = saved[max + previousK];
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      const line = actual[x - 1];
      // Of two lines equal but for a comma, show the one with it.
      edits.push(['nop', ignoreComma && !line.endsWith(',') ? expected[y - 1] : line]);
      x--;
      y--;
    }
    if (d > 0) {
      if (x > previousX) {
        edits.push(['insert', actual[x - 1]]);
        x--;
      } else {
        edits.push(['delete', expected[y - 1]]);
        y--;
      }
    }
  }
  return edits.reverse();
}

// Renders a diff. In 'simple' mode a run of more than kContextLines unchanged lines
// keeps its first kContextLines lines and, before the next change, its last line (or
// two); longer gaps show '...' and set `skipped`. Unchanged lines after the last change
// are cut after kContextLines.
function renderDiff(edits, full) {
  const lines = [];
  let skipped = false;
  let run = [];
  const flushRun = () => {
    if (full || run.length <= kContextLines) {
      for (const line of run) lines.push(`  ${line}`);
    } else {
      for (let i = 0; i < kContextLines; i++) lines.push(`  ${run[i]}`);
      const hidden = run.length - kContextLines;
      if (hidden === 1) {
        lines.push(`  ${run.at(-1)}`);
      } else if (hidden === 2) {
        lines.push(`  ${run.at(-2)}`, `  ${run.at(-1)}`);
      } else {
        lines.push('...', `  ${run.at(-1)}`);
        skipped = true;
      }
    }
    run = [];
  };
  for (const [kind, line] of edits) {
    if (kind === 'nop') {
      run.push(line);
      continue;
    }
    flushRun();
    lines.push(kind === 'insert' ? `+ ${line}` : `- ${line}`);
  }
  const trailing = full ? run : run.slice(0, kContextLines);
  for (const line of trailing) lines.push(`  ${line}`);
  return { text: `\n${lines.join('\n').trimEnd()}`, skipped };
}

// The message of a failed strictEqual, deepStrictEqual or partialDeepStrictEqual:
// a header (or the caller's message) and a diff of the inspected values.
function createDiffMessage(actual, expected, operator, customMessage, diffMode) {
  if (operator === 'strictEqual' && ((typeof actual === 'object' && actual !== null &&
      typeof expected === 'object' && expected !== null) ||
      (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const inspectedActual = inspectValue(actual);
  const inspectedExpected = inspectValue(expected);
  const actualLines = inspectedActual.split('\n');
  const expectedLines = inspectedExpected.split('\n');
  const title = customMessage != null ? String(customMessage) : readableOperator[operator];
  let header = '+ actual - expected';
  let body;
  let skipped = false;

  const singleLines = actualLines.length === 1 && expectedLines.length === 1;
  if (singleLines && (!isObjectLike(actual) || typeof actual === 'function' ||
      !isObjectLike(expected) || typeof expected === 'function')) {
    const a = actualLines[0];
    const b = expectedLines[0];
    let length = a.length + b.length;
    if (typeof actual === 'string') length -= 2;
    if (typeof expected === 'string') length -= 2;
    if (length <= kMaxShortLength && (actual !== 0 || expected !== 0)) {
      return `${title}\n\n${a} !== ${b}\n`;
    }
    body = `\n+ ${a}\n- ${b}`;
    // Point at the first differing character when both fit on a terminal line, unless
    // it is within the first three or one value is a prefix of the other.
    if (a.length + b.length <= terminalColumns()) {
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      if (i > 2 && i < a.length && i < b.length) body += `\n${' '.repeat(i + 2)}^`;
    }
  } else if (inspectedActual === inspectedExpected) {
    return `${customMessage != null ? String(customMessage) : readableOperator.notIdentical}` +
      `\n\n${inspectedActual}\n`;
  } else {
    const edits = myersDiff(actualLines, expectedLines, isObjectLike(actual));
    ({ text: body, skipped } = renderDiff(edits, diffMode === 'full'));
  }
  return `${title}\n${header}${skipped ? '\n... Skipped lines' : ''}\n${body}\n`;
}

function terminalColumns() {
  const stderr = process.stderr;
  return stderr?.isTTY && stderr.columns > 0 ? stderr.columns : 80;
}

function truncate(text, limit) {
  return text.length > limit ? `${text.slice(0, limit - 3)}...` : text;
}

// The message AssertionError generates when it is given none.
function generatedMessage(actual, expected, operator, diffMode) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual' ||
      operator === 'partialDeepStrictEqual') {
    return createDiffMessage(actual, expected, operator, undefined, diffMode);
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let title = readableOperator[operator];
    if (operator === 'notStrictEqual' && isObjectLike(actual)) {
      title = readableOperator.notStrictEqualObject;
    }
    const lines = inspectValue(actual).split('\n');
    if (lines.length > 50) {
      lines.length = 47;
      lines[46] = '...';
    }
    if (lines.length === 1) return `${title}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
    return `${title}\n\n${lines.join('\n')}\n`;
  }
  let shownActual = inspectValue(actual);
  let shownExpected = inspectValue(expected);
  const title = readableOperator[operator];
  if (operator === 'notDeepEqual' && shownActual === shownExpected) {
    return truncate(`${title}\n\n${shownActual}`, 1024);
  }
  shownActual = truncate(shownActual, 512);
  shownExpected = truncate(shownExpected, 512);
  if (operator === 'deepEqual') {
    return `${title}\n\n${shownActual}\n\nshould loosely deep-equal\n\n${shownExpected}`;
  }
  const unequalTitle = readableOperator[`${operator}Unequal`];
  if (unequalTitle !== undefined) {
    return `${unequalTitle}\n\n${shownActual}\n\nshould not loosely deep-equal\n\n${shownExpected}`;
  }
  return `${shownActual} ${operator} ${shownExpected}`;
}

// A stackless copy of an error for messages: its prototype, own enumerable properties,
// message and cause (copied the same way), so that it is shown as `[Error: message]`.
function copyError(source) {
  const copy = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(copy, 'message', { value: source.message });
  if (source.cause !== undefined) {
    const cause = isError(source.cause) ? copyError(source.cause) : source.cause;
    Object.defineProperty(copy, 'cause', { value: cause });
  }
  return copy;
}

function isErrorWithStack(value) {
  return typeof value === 'object' && value !== null && 'stack' in value &&
    value instanceof Error;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, diff = 'simple' } = options;
    const { actual, expected } = options;
    // Two errors are compared without their stacks, which would differ anyway.
    let shownActual = actual;
    let shownExpected = expected;
    if (isErrorWithStack(actual) && isErrorWithStack(expected)) {
      shownActual = copyError(actual);
      shownExpected = copyError(expected);
    }
    let text;
    if (message != null) {
      text = (operator === 'deepStrictEqual' || operator === 'strictEqual') ?
        createDiffMessage(shownActual, shownExpected, operator, message, diff) :
        String(message);
    } else {
      text = generatedMessage(shownActual, shownExpected, operator, diff);
    }
    // No stack from the constructor itself: it is captured below, from the caller.
    const limit = Error.stackTraceLimit;
    if (isStackTraceLimitWritable()) Error.stackTraceLimit = 0;
    super(text);
    if (isStackTraceLimitWritable()) Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    // The stack's first line reads `AssertionError [ERR_ASSERTION]: …`, as in Node.
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]',
      writable: true,
      enumerable: false,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    const { details } = options;
    if (details) {
      // Several failures in one error (CallTracker#verify): numbered properties.
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    this.diff = diff;
    Error.captureStackTrace(this, stackStartFn || AssertionError);
    // Reading the stack formats it while the name above is in place.
    void this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

function isStackTraceLimitWritable() {
  const descriptor = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  return descriptor === undefined ? Object.isExtensible(Error) :
    descriptor.writable === true || typeof descriptor.set === 'function';
}

function innerFail(details) {
  if (details.message instanceof Error) throw details.message;
  throw new AssertionError(details);
}

function diffOf(self) {
  return self?.[kOptions]?.diff ?? 'simple';
}

// ----------------------------------------------------------------------------------
// assert.ok(): the message quotes the call from the caller's source.

const callMessages = new Map();

// The call site of `fn`'s caller: [file, line, column], or undefined.
function callSiteOf(fn) {
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  try {
    Error.stackTraceLimit = 1;
    Error.prepareStackTrace = (holder, frames) => frames;
    const holder = {};
    Error.captureStackTrace(holder, fn);
    const frame = Array.isArray(holder.stack) ? holder.stack[0] : undefined;
    if (frame === undefined || typeof frame.getFileName !== 'function') return undefined;
    return [frame.getFileName(), frame.getLineNumber(), frame.getColumnNumber()];
  } catch {
    return undefined;
  } finally {
    Error.prepareStackTrace = savedPrepare;
    Error.stackTraceLimit = savedLimit;
  }
}

function readSource(file) {
  try {
    return internalBinding('fs_core').readFileUtf8(file);
  } catch {
    return undefined;
  }
}

// Made by the first failed assertion that needs it: a Unicode property class in a regular
// expression literal costs ~2.2M instructions where the literal is evaluated, which
// loading assert then paid.
let identifierChar;
function isIdentifierChar(ch) {
  identifierChar ??= /[\p{ID_Continue}$\u200c\u200d]/u;
  return identifierChar.test(ch);
}

// Index of the bracket that closes the one at `open`, skipping strings and nested
// brackets, or -1 when the line ends first.
function closingBracket(text, open) {
  const pairs = { '(': ')', '[': ']', '{': '}' };
  const stack = [];
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\'' || ch === '"' || ch === '`') {
      for (i++; i < text.length && text[i] !== ch; i++) {
        if (text[i] === '\\') i++;
      }
      continue;
    }
    if (ch === '/' && text[i + 1] === '/') return -1;
    if (pairs[ch] !== undefined) {
      stack.push(pairs[ch]);
    } else if (ch === ')' || ch === ']' || ch === '}') {
      if (stack.pop() !== ch) return -1;
      if (stack.length === 0) return i;
    }
  }
  return -1;
}

// The text of the call `callee(…)` on `line` whose frame reported `column` (1-based;
// JavaScriptCore points at the '(', V8 at the callee): the callee (a chain like
// `assert.strict.ok` or `assert['ok']`) through the closing parenthesis, or through the
// end of the line when the call goes on to the next one.
function callTextAt(line, column) {
  let paren = column - 1;
  while (paren < line.length && line[paren] !== '(') {
    if (!isIdentifierChar(line[paren]) && !'.[]\'" \t'.includes(line[paren])) return undefined;
    paren++;
  }
  if (paren >= line.length) return undefined;

  let start = paren;
  let i = paren - 1;
  const skipSpaces = () => {
    while (i >= 0 && (line[i] === ' ' || line[i] === '\t')) i--;
  };
  skipSpaces();
  while (i >= 0) {
    if (line[i] === ']') {
      let depth = 0;
      for (; i >= 0; i--) {
        if (line[i] === ']') depth++;
        else if (line[i] === '[' && --depth === 0) break;
      }
      if (i < 0) return undefined;
      start = i;
      i--;
      skipSpaces();
    } else if (isIdentifierChar(line[i])) {
      while (i >= 0 && isIdentifierChar(line[i])) i--;
      start = i + 1;
      skipSpaces();
      if (i < 0 || line[i] !== '.') break;
      i--;
      if (i >= 0 && line[i] === '?') i--;
      skipSpaces();
    } else {
      break;
    }
  }
  if (start === paren) return undefined;
  const close = closingBracket(line, paren);
  return close === -1 ? line.slice(start).trimEnd() : line.slice(start, close + 1);
}

// The generated message of a falsy assert.ok() called through `fn`, or undefined when
// the call's source cannot be read.
function falsyValueMessage(fn) {
  const site = callSiteOf(fn);
  if (site === undefined) return undefined;
  const [file, lineNumber, column] = site;
  if (typeof file !== 'string' || file.startsWith('node:') || !(lineNumber > 0)) {
    return undefined;
  }
  const key = `${file}:${lineNumber}:${column}`;
  if (callMessages.has(key)) return callMessages.get(key);
  let message;
  const source = readSource(file);
  if (source !== undefined) {
    const line = source.split(/\r?\n/)[lineNumber - 1];
    const call = line === undefined ? undefined : callTextAt(line, column);
    if (call !== undefined) {
      message = `The expression evaluated to a falsy value:\n\n  ${call}\n`;
    }
  }
  callMessages.set(key, message);
  return message;
}

function innerOk(fn, argumentCount, value, message) {
  if (value) return;
  let generated = false;
  if (argumentCount === 0) {
    generated = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generated = true;
    message = falsyValueMessage(fn);
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({
    actual: value, expected: true, message, operator: '==', stackStartFn: fn,
  });
  err.generatedMessage = generated;
  throw err;
}

// ----------------------------------------------------------------------------------
// throws(), rejects() and their negations

class Comparison {
  constructor(source, keys, actual = undefined) {
    for (const key of keys) {
      if (!(key in source)) continue;
      if (actual !== undefined && typeof actual[key] === 'string' &&
          isRegExp(source[key]) && RegExp.prototype.exec.call(source[key], actual[key]) !== null) {
        this[key] = actual[key];
      } else {
        this[key] = source[key];
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
}

// Checks a thrown (or rejected) `actual` against `expected`: a RegExp tested on its
// string, an Error class, a validation function, or an object whose every key must be
// deep-equal (a RegExp value matching a string).
function checkExpectedError(actual, expected, message, fn) {
  let generated = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const text = String(actual);
      if (RegExp.prototype.exec.call(expected, text) !== null) return;
      if (!message) {
        generated = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(text)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({
        actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn,
      });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            RegExp.prototype.exec.call(expected[key], actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Error.isPrototypeOf(expected)) {
    if (!message) {
      generated = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = actual.constructor?.name || actual.name;
        message += expected.name === name ?
          'an error with identical name but a different prototype.' : `"${name}"`;
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
  } else {
    const result = Reflect.apply(expected, {}, [actual]);
    if (result === true) return;
    if (!message) {
      generated = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return "true". ` +
        `Received ${inspect(result)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }
  const err = new AssertionError({
    actual, expected, message, operator: fn.name, stackStartFn: fn,
  });
  err.generatedMessage = generated;
  throw err;
}

function thrownBy(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (err) {
    return err;
  }
  return kNoException;
}

function isThenable(value) {
  return isPromise(value) || (value !== null && typeof value === 'object' &&
    typeof value.then === 'function' && typeof value.catch === 'function');
}

async function rejectionOf(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isThenable(promise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', promise);
    }
  } else if (isThenable(promiseFn)) {
    promise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (err) {
    return err;
  }
  return kNoException;
}

// `rest` is what followed fn: [error], [error, message] or [message].
function expectError(fn, actual, rest, kind) {
  let [error, message] = rest;
  if (typeof error === 'string') {
    if (rest.length === 2) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT('error/message',
          `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message',
        `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }
  if (actual === kNoException) {
    let details = '';
    if (error?.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    innerFail({
      actual: undefined,
      expected: error,
      operator: fn.name,
      message: `Missing expected ${kind}${details}`,
      stackStartFn: fn,
    });
  }
  if (error) checkExpectedError(actual, error, message, fn);
}

function matchesError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return RegExp.prototype.exec.call(expected, String(actual)) !== null;
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Error.isPrototypeOf(expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectNoError(fn, actual, rest, kind) {
  if (actual === kNoException) return;
  let [error, message] = rest;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || matchesError(actual, error)) {
    innerFail({
      actual,
      expected: error,
      operator: fn.name,
      message: `Got unwanted ${kind}${message ? `: ${message}` : '.'}\n` +
        `Actual message: "${actual?.message}"`,
      stackStartFn: fn,
    });
  }
  throw actual;
}

// ----------------------------------------------------------------------------------
// partialDeepStrictEqual(): every property of `expected` must be in `actual`

function tagOf(value) {
  return Object.prototype.toString.call(value);
}

function isPartiallyEqual(actual, expected, seen = new Map()) {
  if (Object.is(actual, expected)) return true;
  if (!isObjectLike(actual) || !isObjectLike(expected)) return false;
  if (typeof actual !== typeof expected || tagOf(actual) !== tagOf(expected)) return false;
  if (Array.isArray(actual) !== Array.isArray(expected)) return false;
  // A pair met again while it is being compared (a cycle) is assumed equal: the
  // comparison in progress decides. A pair found unequal is forgotten, since the search
  // for an array element or a Set member tries several.
  if (seen.get(actual) === expected) return true;
  seen.set(actual, expected);
  const equal = isPartiallyEqualObject(actual, expected, seen);
  if (!equal) seen.delete(actual);
  return equal;
}

function isPartiallyEqualObject(actual, expected, seen) {
  if (isDate(actual) && !Object.is(actual.getTime(), expected.getTime())) return false;
  if (isRegExp(actual) && (actual.source !== expected.source ||
      actual.flags !== expected.flags || actual.lastIndex !== expected.lastIndex)) {
    return false;
  }
  if (isBoxedPrimitive(actual) &&
      !Object.is(actual.valueOf(), expected.valueOf())) {
    return false;
  }
  if (isError(actual)) {
    for (const key of ['name', 'message', 'cause', 'errors']) {
      if (!(key in expected)) continue;
      if (!(key in actual) || !isPartiallyEqual(actual[key], expected[key], seen)) return false;
    }
  }
  if (Array.isArray(expected) || (isArrayBufferView(expected) && !(expected instanceof DataView))) {
    // The elements of expected must appear in actual in the same order.
    let from = 0;
    for (let i = 0; i < expected.length; i++) {
      if (Array.isArray(expected) && !(i in expected)) continue;
      while (from < actual.length && !isPartiallyEqual(actual[from], expected[i], seen)) from++;
      if (from === actual.length) return false;
      from++;
    }
  } else if (isSet(expected)) {
    if (!isSet(actual)) return false;
    const candidates = [...actual];
    for (const item of expected) {
      if (actual.has(item)) {
        candidates.splice(candidates.indexOf(item), 1);
        continue;
      }
      const index = candidates.findIndex((candidate) => isPartiallyEqual(candidate, item, seen));
      if (index === -1) return false;
      candidates.splice(index, 1);
    }
  } else if (isMap(expected)) {
    if (!isMap(actual)) return false;
    for (const [key, value] of expected) {
      if (!actual.has(key) || !isPartiallyEqual(actual.get(key), value, seen)) return false;
    }
  }
  const keys = Array.isArray(expected) || isArrayBufferView(expected) ?
    Object.keys(expected).filter((key) => !/^(?:0|[1-9]\d*)$/.test(key)) :
    Object.keys(expected);
  for (const symbol of Object.getOwnPropertySymbols(expected)) {
    if (Object.prototype.propertyIsEnumerable.call(expected, symbol)) keys.push(symbol);
  }
  for (const key of keys) {
    if (!Object.hasOwn(actual, key) || !isPartiallyEqual(actual[key], expected[key], seen)) {
      return false;
    }
  }
  return true;
}

// ----------------------------------------------------------------------------------
// The assertions. Each is written once, as impl(self, fn, ...args): `self` gives the
// options of an Assert instance (or none), `fn` is the function the caller called,
// where stacks start.

function missingArgs(count) {
  if (count < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
}

const implementations = {
  ok(self, fn, ...args) {
    innerOk(fn, args.length, ...args);
  },

  fail(self, fn, ...args) {
    let [actual, expected, message, operator, stackStartFn] = args;
    let internalMessage = false;
    if (actual == null && args.length <= 1) {
      internalMessage = true;
      message = 'Failed';
    } else if (args.length === 1) {
      message = actual;
      actual = undefined;
    } else {
      warnFailDeprecation();
      if (args.length === 2) operator = '!=';
    }
    if (message instanceof Error) throw message;
    const err = new AssertionError({
      actual,
      expected,
      operator: operator === undefined ? 'fail' : operator,
      stackStartFn: stackStartFn || fn,
      message,
      diff: diffOf(self),
    });
    if (internalMessage) err.generatedMessage = true;
    throw err;
  },

  equal(self, fn, ...args) {
    missingArgs(args.length);
    const [actual, expected, message] = args;
    if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
      innerFail({ actual, expected, message, operator: '==', stackStartFn: fn });
    }
  },

  notEqual(self, fn, ...args) {
    missingArgs(args.length);
    const [actual, expected, message] = args;
    if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
      innerFail({ actual, expected, message, operator: '!=', stackStartFn: fn });
    }
  },

  deepEqual(self, fn, ...args) {
    missingArgs(args.length);
    const [actual, expected, message] = args;
    if (!isDeepEqual(actual, expected)) {
      innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: fn });
    }
  },

  notDeepEqual(self, fn, ...args) {
    missingArgs(args.length);
    const [actual, expected, message] = args;
    if (isDeepEqual(actual, expected)) {
      innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: fn });
    }
  },

  deepStrictEqual(self, fn, ...args) {
    missingArgs(args.length);
    const [actual, expected, message] = args;
    if (!isDeepStrictEqual(actual, expected, self?.[kOptions])) {
      innerFail({
        actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn,
        diff: diffOf(self),
      });
    }
  },

  notDeepStrictEqual(self, fn, ...args) {
    missingArgs(args.length);
    const [actual, expected, message] = args;
    if (isDeepStrictEqual(actual, expected, self?.[kOptions])) {
      innerFail({
        actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: fn,
        diff: diffOf(self),
      });
    }
  },

  strictEqual(self, fn, ...args) {
    missingArgs(args.length);
    const [actual, expected, message] = args;
    if (!Object.is(actual, expected)) {
      innerFail({
        actual, expected, message, operator: 'strictEqual', stackStartFn: fn,
        diff: diffOf(self),
      });
    }
  },

  notStrictEqual(self, fn, ...args) {
    missingArgs(args.length);
    const [actual, expected, message] = args;
    if (Object.is(actual, expected)) {
      innerFail({
        actual, expected, message, operator: 'notStrictEqual', stackStartFn: fn,
        diff: diffOf(self),
      });
    }
  },

  partialDeepStrictEqual(self, fn, ...args) {
    missingArgs(args.length);
    const [actual, expected, message] = args;
    if (!isPartiallyEqual(actual, expected)) {
      innerFail({
        actual, expected, message, operator: 'partialDeepStrictEqual', stackStartFn: fn,
        diff: diffOf(self),
      });
    }
  },

  match(self, fn, ...args) {
    matchImpl(fn, true, ...args);
  },

  doesNotMatch(self, fn, ...args) {
    matchImpl(fn, false, ...args);
  },

  throws(self, fn, promiseFn, ...rest) {
    expectError(fn, thrownBy(promiseFn), rest, 'exception');
  },

  async rejects(self, fn, promiseFn, ...rest) {
    expectError(fn, await rejectionOf(promiseFn), rest, 'rejection');
  },

  doesNotThrow(self, fn, promiseFn, ...rest) {
    expectNoError(fn, thrownBy(promiseFn), rest, 'exception');
  },

  async doesNotReject(self, fn, promiseFn, ...rest) {
    expectNoError(fn, await rejectionOf(promiseFn), rest, 'rejection');
  },

  ifError(self, fn, err) {
    if (err === null || err === undefined) return;
    let message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') {
      message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
    } else {
      message += inspect(err);
    }
    const failure = new AssertionError({
      actual: err, expected: null, operator: 'ifError', message, stackStartFn: fn,
    });
    appendOriginalFrames(failure, err);
    throw failure;
  },
};

// Public arities, as Node reports them (Function#length).
const arities = {
  ok: 0, fail: 5, equal: 3, notEqual: 3, deepEqual: 3, notDeepEqual: 3, deepStrictEqual: 3,
  notDeepStrictEqual: 3, strictEqual: 3, notStrictEqual: 3, partialDeepStrictEqual: 3,
  match: 3, doesNotMatch: 3, throws: 1, rejects: 1, doesNotThrow: 1, doesNotReject: 1,
  ifError: 1,
};

function matchImpl(fn, shouldMatch, string, regexp, message) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  if (typeof string === 'string' &&
      (RegExp.prototype.exec.call(regexp, string) !== null) === shouldMatch) {
    return;
  }
  if (message instanceof Error) throw message;
  const generated = !message;
  if (!message) {
    if (typeof string !== 'string') {
      message = 'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${inspect(string)})`;
    } else {
      message = (shouldMatch ? 'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
    }
  }
  const err = new AssertionError({
    actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn,
  });
  err.generatedMessage = generated;
  throw err;
}

// Continues the stack of an ifError() failure with the frames of the error it got,
// without the frames both share.
function appendOriginalFrames(failure, err) {
  const original = err.stack;
  if (typeof original !== 'string') return;
  const framesStart = original.indexOf('\n    at');
  if (framesStart === -1) return;
  const originalFrames = original.slice(framesStart + 1).split('\n');
  let ownFrames = String(failure.stack).split('\n');
  for (const frame of originalFrames) {
    const index = ownFrames.indexOf(frame);
    if (index !== -1) {
      ownFrames = ownFrames.slice(0, index);
      break;
    }
  }
  failure.stack = `${ownFrames.join('\n')}\n${originalFrames.join('\n')}`;
}

let failWarned = false;
function warnFailDeprecation() {
  if (failWarned || typeof process.emitWarning !== 'function') return;
  failWarned = true;
  process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
    'Please use assert.strictEqual() instead or only pass a message.',
  'DeprecationWarning', 'DEP0094');
}

// Makes a function named `name` with Node's arity that runs implementations[name] with
// `selfOf(this)` and itself as the start of stacks.
function makeAssertion(name, selfOf) {
  const impl = implementations[name];
  const isAsync = name === 'rejects' || name === 'doesNotReject';
  // Not `return impl(…)`: under proper tail calls (JavaScriptCore's default for strict
  // code, which Lode turns off) that would drop this frame, where stacks must start.
  const assertion = isAsync ?
    { async [name](...args) { return impl(selfOf(this), assertion, ...args); } }[name] :
    { [name](...args) {
      const result = impl(selfOf(this), assertion, ...args);
      return result;
    } }[name];
  Object.defineProperty(assertion, 'length', { value: arities[name] });
  return assertion;
}

const noOptions = () => undefined;
const instanceOptions = (self) => (self instanceof Assert ? self : undefined);

// ----------------------------------------------------------------------------------
// The Assert class: assertions with their own options.

class Assert {
  constructor(options = {}) {
    options = { __proto__: null, strict: true, ...options };
    if (options.diff !== undefined) {
      validateOneOf(options.diff, 'options.diff', ['simple', 'full']);
    }
    this.AssertionError = AssertionError;
    Object.defineProperty(this, kOptions, {
      value: options, writable: false, enumerable: false, configurable: false,
    });
    if (options.strict) {
      this.equal = this.strictEqual;
      this.deepEqual = this.deepStrictEqual;
      this.notEqual = this.notStrictEqual;
      this.notDeepEqual = this.notDeepStrictEqual;
    }
  }
}
for (const name of ['fail', 'ok', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual',
  'deepStrictEqual', 'notDeepStrictEqual', 'strictEqual', 'notStrictEqual',
  'partialDeepStrictEqual', 'throws', 'rejects', 'doesNotThrow', 'doesNotReject', 'ifError',
  'match', 'doesNotMatch']) {
  Object.defineProperty(Assert.prototype, name, {
    value: makeAssertion(name, instanceOptions),
    writable: true,
    enumerable: false,
    configurable: true,
  });
}

// ----------------------------------------------------------------------------------
// CallTracker (deprecated): functions that must be called an exact number of times.

class CallTracker {
  #calls = new Map();

  calls(fn = () => {}, exact = 1) {
    if (typeof fn === 'number') {
      exact = fn;
      fn = () => {};
    }
    validateFunction(fn, 'fn');
    if (!Number.isInteger(exact) || exact < 1 || exact > 0xffffffff) {
      const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
      throw new ERR_OUT_OF_RANGE('exact', '>= 1 && <= 4294967295', exact);
    }
    const record = {
      fn,
      exact,
      calls: [],
      name: fn.name || 'calls',
      stackTrace: new Error(),
    };
    const tracked = function(...args) {
      record.calls.push({ thisArg: this, arguments: args });
      return Reflect.apply(fn, this, args);
    };
    Object.defineProperty(tracked, 'length', { value: fn.length });
    this.#calls.set(tracked, record);
    return tracked;
  }

  getCalls(tracked) {
    const record = this.#calls.get(tracked);
    if (record === undefined) {
      throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return record.calls.map((call) => ({ ...call }));
  }

  report() {
    const errors = [];
    for (const record of this.#calls.values()) {
      if (record.calls.length === record.exact) continue;
      errors.push({
        message: `Expected the ${record.name} function to be executed ${record.exact} ` +
          `time(s) but was executed ${record.calls.length} time(s).`,
        actual: record.calls.length,
        expected: record.exact,
        operator: record.name,
        stack: record.stackTrace,
      });
    }
    return errors;
  }

  reset(tracked = undefined) {
    if (tracked === undefined) {
      for (const record of this.#calls.values()) record.calls = [];
      return;
    }
    const record = this.#calls.get(tracked);
    if (record === undefined) {
      throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    record.calls = [];
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message :
      'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

let callTrackerWarned = false;
// The exported CallTracker warns (DEP0173) the first time it is used, as Node's does.
const DeprecatedCallTracker = new Proxy(CallTracker, {
  construct(target, args, newTarget) {
    if (!callTrackerWarned && typeof process.emitWarning === 'function') {
      callTrackerWarned = true;
      process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning',
        'DEP0173');
    }
    return Reflect.construct(target, args, newTarget === DeprecatedCallTracker ?
      target : newTarget);
  },
});

// ----------------------------------------------------------------------------------
// The module: the ok() function carrying every assertion.

const assert = makeAssertion('ok', noOptions);
const assertions = {};
for (const name of Object.keys(arities)) {
  assertions[name] = name === 'ok' ? assert : makeAssertion(name, noOptions);
}

assert.AssertionError = AssertionError;
assert.CallTracker = DeprecatedCallTracker;
for (const name of ['ok', 'fail', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual',
  'deepStrictEqual', 'notDeepStrictEqual', 'strictEqual', 'notStrictEqual',
  'partialDeepStrictEqual', 'match', 'doesNotMatch', 'throws', 'rejects', 'doesNotThrow',
  'doesNotReject', 'ifError']) {
  assert[name] = assertions[name];
}

// Strict mode: the same module, with the loose comparisons replaced by strict ones.
function strict(...args) {
  innerOk(strict, args.length, ...args);
}
for (const key of Object.keys(assert)) strict[key] = assert[key];
strict.equal = assert.strictEqual;
strict.deepEqual = assert.deepStrictEqual;
strict.notEqual = assert.notStrictEqual;
strict.notDeepEqual = assert.notDeepStrictEqual;
strict.Assert = Assert;
strict.strict = strict;

assert.strict = strict;
assert.Assert = Assert;

module.exports = assert;
