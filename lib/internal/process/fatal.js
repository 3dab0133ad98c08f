'use strict';
// Printing an uncaught exception like Node (file:line, the source line with a caret, the
// inspected error) and giving a SyntaxError from compiling user code Node's stack. Loaded by
// internal/process/execution on the first uncaught error or syntax error.

const { kEnhanceStackBeforeInspector } = require('internal/errors/lazy');

// Line `line` (1-based) of a user file or of -e/-p/stdin code, for the "file:line / source /
// caret" header; the stack formatter reads and caches the same lines.
function sourceLine(file, line) {
  return require('internal/stack/format').sourceLineOf(file, line);
}

// { file, line, column } of the first frame of a V8-format stack whose file `wanted` accepts.
function firstFrameWhere(stack, wanted) {
  for (const text of stack.split('\n')) {
    if (!text.startsWith('    at ')) continue;
    const m = /\((.*):(\d+):(\d+)\)$/.exec(text) ?? /at (.*):(\d+):(\d+)$/.exec(text);
    if (m !== null && wanted(m[1])) return { file: m[1], line: Number(m[2]), column: Number(m[3]) };
  }
  return undefined;
}

const isUserFile = (file) => file.startsWith('/') || file.startsWith('file://') ||
  file === '[eval]' || file === '[stdin]';

// The first stack frame in a user file (not node:), from the error's V8-format stack (whose
// line-1 columns are already corrected for the module wrapper).
function firstUserFrame(err) {
  let stack;
  try {
    stack = require('internal/stack').toV8Stack(err);
  } catch {
    return undefined;
  }
  return typeof stack === 'string' ? firstFrameWhere(stack, isUserFile) : undefined;
}

// "file:line", the source line and a caret under column (`width` carets under a token, as
// Node underlines a missing import's name); tabs before the caret are kept so it lines up in
// a terminal.
function sourceContext(file, line, column, width = 1) {
  const src = sourceLine(file, line);
  if (src === undefined) return `${file}:${line}\n`;
  const col = Math.min(Math.max(1, column || 1), src.length + 1);
  const caret = src.slice(0, col - 1).replace(/[^\t]/g, ' ') + '^'.repeat(Math.max(1, width));
  return `${file}:${line}\n${src}\n${caret}\n\n`;
}

const kDecorated = Symbol('kDecorated');

function errorHeader(err, fromPromise) {
  if (err === null || typeof err !== 'object' || err[kDecorated]) return '';
  const frame = firstUserFrame(err);
  if (frame === undefined) return '';
  const src = sourceLine(frame.file, frame.line);
  // Node moves the caret to the `throw` for scripts, not for ES modules (file: URLs), nor for
  // a rejection (no throw site: the error's own place).
  const column = src === undefined || frame.file.startsWith('file:') || fromPromise ?
    frame.column : throwSiteColumn(src, frame.column);
  return sourceContext(frame.file, frame.line, column);
}

// Node's header points at the `throw` of `throw new X(...)`, where the stack's top frame points
// at `new` (frames already carry V8's columns, see internal/stack/format).
function throwSiteColumn(src, column) {
  const i = column - 1;
  if (!src.startsWith('new', i)) return column;
  const throwKeyword = /\bthrow\s+$/.exec(src.slice(0, i));
  return (throwKeyword === null ? i : throwKeyword.index) + 1;
}

// Gives a SyntaxError from compiling user code Node's stack: the file:line, the source line
// and a caret, a blank line, then "SyntaxError: message" and the frames. JavaScriptCore
// reports the line but not the column of the offending token, so the caret goes under the
// last occurrence of the token the message quotes. Its own line/column/sourceURL
// properties become non-enumerable, as Node's error has none.
function decorateErrorStack(err) {
  if (!(err instanceof SyntaxError) || err[kDecorated]) return;
  const file = err.sourceURL;
  const line = err.line;
  if (typeof file !== 'string' || typeof line !== 'number') return;
  const src = sourceLine(file, line);
  const token = /'([^']+)'/.exec(err.message)?.[1];
  const column = src !== undefined && token !== undefined ? src.lastIndexOf(token) + 1 : 1;
  let stack;
  try {
    stack = require('internal/stack').toV8Stack(err);
  } catch {
    stack = `${err.name}: ${err.message}`;
  }
  for (const key of ['line', 'column', 'sourceURL']) {
    if (Object.hasOwn(err, key)) {
      Object.defineProperty(err, key, { enumerable: false });
    }
  }
  Object.defineProperty(err, 'stack', {
    value: sourceContext(file, line, column) + stack,
    writable: true, enumerable: false, configurable: true,
  });
  Object.defineProperty(err, kDecorated, { value: true });
}

function stderrHasColors() {
  return internalBinding('fs_core').guessHandleType(2) === 'TTY' &&
    require('internal/tty').hasColors();
}

function describe(err, fromPromise) {
  let text;
  try {
    const enhance = err !== null && typeof err === 'object' ? err[kEnhanceStackBeforeInspector] : undefined;
    if (typeof enhance === 'function') {
      const stack = require('internal/stack').toV8Stack(err);
      if (typeof stack === 'string') {
        Object.defineProperty(err, 'stack', {
          value: stack + enhance(), writable: true, configurable: true, enumerable: false,
        });
      }
    }
    const { inspect } = require('internal/util/inspect');
    // As Node: the value's own custom inspect is not used, nesting shows to depth 5 at
    // least, and colors are on when stderr is a terminal that has them.
    text = inspect(err, {
      colors: stderrHasColors() || inspect.defaultOptions.colors,
      customInspect: false,
      depth: Math.max(inspect.defaultOptions.depth, 5),
    });
  } catch {
    try {
      text = err instanceof Error ? String(err.stack || err) : String(err);
    } catch {
      text = 'Uncaught exception (could not be printed)';
    }
  }
  return text;
}

// Prints an uncaught exception like Node. Whatever the thrown value does (a Proxy that throws
// on every access, a throwing stack getter), this must print something and return.
function printFatal(err, fromPromise) {
  let header = '';
  try {
    header = errorHeader(err, fromPromise);
  } catch {
    // Nothing to quote from a value that cannot be inspected.
  }
  let text = header + describe(err, fromPromise);
  // Node gives the hint for a thrown primitive only: an object is shown whole.
  const isObject = (typeof err === 'object' && err !== null) || typeof err === 'function';
  if (!isObject && !fromPromise) {
    text += '\n(Use `node --trace-uncaught ...` to show where the exception was thrown)';
  }
  text += `\n\nNode.js ${process.version}\n`;
  internalBinding('fs_core').writeString(2, text);
}

module.exports = {
  printFatal,
  decorateErrorStack,
  firstFrameWhere,
  kDecorated,
  sourceContext,
  throwSiteColumn,
};
