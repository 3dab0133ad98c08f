'use strict';
// The error part of util.inspect (internal/util/inspect): an error's stack in V8's format,
// with the constructor's name put in front, the frames its cause shares folded, and colors.
// Loaded by the first error inspect shows, so that showing other values does not parse it.

const { isNativeError } = require('internal/util/types');

const { getOwnPropertyDescriptor } = Object;
const hasOwn = Object.hasOwn;
const propertyIsEnumerable = Function.prototype.call.bind(Object.prototype.propertyIsEnumerable);
const objectToString = Function.prototype.call.bind(Object.prototype.toString);
// Reading the global Error installs V8-style stacks (internal/bootstrap/node) if nothing did
// yet: Error.prototype then has internal/stack's `stack` accessor.
const errorToString = Function.prototype.call.bind(Error.prototype.toString);
const errorStackDescriptor = getOwnPropertyDescriptor(Error.prototype, 'stack');
const errorStackGetter = errorStackDescriptor && errorStackDescriptor.get;

// Filled by setup(): internal/util/inspect's own functions.
let inspect;
let getPrefix;

function setup(shared) {
  ({ inspect, getPrefix } = shared);
}

let stackModule;

// The error's stack in V8's format ("Name: message\n    at fn (file:line:col)"), or the
// error's toString() when it has no stack.
function getStackString(err) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    // A throwing stack getter counts as no stack, as in Node.
  }
  if (stack === undefined && errorStackGetter !== undefined && !(err instanceof Error)) {
    // The stack accessor lives on Error.prototype, which this error no longer inherits from.
    try {
      stack = errorStackGetter.call(err);
    } catch {
      // Not an error the accessor knows.
    }
  }
  if (!stack) return errorToString(err);
  if (typeof stack !== 'string') {
    // Node shows a non-string stack inspected, under the error's "name: message".
    const shown = inspect(stack, { compact: false }).replaceAll('\n', '\n    ');
    return `${errorToString(err)}\n    ${shown}`;
  }
  if (stackModule === undefined) {
    try {
      stackModule = require('internal/stack');
    } catch {
      stackModule = null;
    }
  }
  if (stackModule !== null && typeof stackModule.toV8Stack === 'function') {
    const converted = stackModule.toV8Stack(err);
    if (typeof converted === 'string') return converted;
  }
  return stack;
}

// Properties JavaScriptCore adds to every error; V8 has no such properties.
const engineErrorProps = new Set(['line', 'column', 'sourceURL']);

function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    for (const name of ['name', 'message', 'stack']) {
      const index = keys.indexOf(name);
      // Only hide the property when its text already shows in the stack.
      if (index !== -1 && (typeof err[name] !== 'string' || stack.includes(err[name]))) {
        keys.splice(index, 1);
      }
    }
  } else if (ctx.showHidden) {
    for (let i = keys.length - 1; i >= 0; i--) {
      if (engineErrorProps.has(keys[i]) && !propertyIsEnumerable(err, keys[i])) keys.splice(i, 1);
    }
    // V8 gives each error an own `stack` accessor; here it is inherited from Error.prototype.
    if (!hasOwn(err, 'stack') && errorStackDescriptor !== undefined &&
        errorStackDescriptor.get !== undefined) {
      keys.unshift(['stack', { get: errorStackDescriptor.get, set: errorStackDescriptor.set,
                               enumerable: false }]);
    }
  }
}

// Puts the constructor's name in front of a stack that only names the inherited `name`
// ("Error: x" of a `class Foo extends Error` becomes "Foo [Error]: x").
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

// Where `a` (the error's frames) repeats a run of at least four of `b` (its cause's frames).
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // A throwing getter leaves the frames as they are.
  }
  if (cause !== null && typeof cause === 'object' && isNativeError(cause)) {
    const causeStack = getStackString(cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

const coreFrame = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
const nodeModulesPath = /(?:^|[/\\])node_modules[/\\]((?:@[^/\\]+[/\\])?[^/\\]+)(?=[/\\])/g;

function underlineNodeModules(ctx, text) {
  let result = '';
  let last = 0;
  nodeModulesPath.lastIndex = 0;
  let match;
  while ((match = nodeModulesPath.exec(text)) !== null) {
    const start = match.index + match[0].length - match[1].length;
    result += text.slice(last, start) + ctx.stylize(match[1], 'module');
    last = start + match[1].length;
  }
  return last === 0 ? text : result + text.slice(last);
}

// Colors a stack frame: Lode's own frames grey, the working directory part of a path grey
// (with the parentheses around the location), and package names under node_modules
// underlined.
function highlightFrame(ctx, line) {
  if (coreFrame.test(line)) return ctx.stylize(line, 'undefined');
  let cwd;
  try {
    cwd = process.cwd();
  } catch {
    cwd = undefined;
  }
  if (cwd !== undefined) {
    const prefix = cwd.endsWith('/') ? cwd : `${cwd}/`;
    let start = line.indexOf(prefix);
    if (start !== -1) {
      let end = start + prefix.length;
      if (line.slice(start - 7, start) === 'file://') start -= 7;
      let closing = '';
      let rest = line.slice(end);
      if (line[start - 1] === '(') {
        start--;
        if (rest.endsWith(')')) {
          rest = rest.slice(0, -1);
          closing = ctx.stylize(')', 'undefined');
        }
      }
      return line.slice(0, start) + ctx.stylize(line.slice(start, end), 'undefined') +
        underlineNodeModules(ctx, rest) + closing;
    }
  }
  return underlineNodeModules(ctx, line);
}

function formatError(err, constructor, tag, ctx, keys) {
  let name;
  let message;
  try {
    name = err.name;
    message = err.message;
  } catch {
    // An error whose name or message getter throws is shown as Object#toString shows it
    // ("[object Error]"), with its keys, as in Node.
    return objectToString(err);
  }
  name = name != null ? String(name) : 'Error';
  let stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);

  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  let errors;
  try {
    errors = err.errors;
  } catch {
    // A throwing `errors` getter is not an AggregateError's list.
  }
  if (Array.isArray(errors) && (keys.length === 0 || !keys.includes('errors'))) {
    keys.push('errors');
  }

  stack = improveStack(stack, constructor, name, tag);

  // The message may contain what looks like a stack frame; search after it.
  let pos = (message && stack.indexOf(message)) || -1;
  if (pos !== -1) pos += `${message}`.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let newStack = stack.slice(0, stackStart);
    const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) {
      for (const line of lines) newStack += `\n${highlightFrame(ctx, line)}`;
    } else {
      newStack += `\n${lines.join('\n')}`;
    }
    stack = newStack;
  }

  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

module.exports = { setup, formatError };
