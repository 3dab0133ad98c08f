'use strict';
// The Console class: console.* methods over a pair of writable streams.

const { codes } = require('internal/errors/lazy');

let inspectModule;
function lazyInspect() {
  return inspectModule ??= require('internal/util/inspect');
}

let methodsModule;
function methods() {
  return methodsModule ??= require('internal/console/methods');
}

const {
  kStdout, kStderr, kIgnoreErrors, kColorMode, kInspectOptions, kGroupIndent,
  kGroupIndentation, kCounts, kTimers, setState, formatPrimitives,
} = require('internal/console/shared');

function isWritable(stream) {
  return stream !== null && typeof stream === 'object' && typeof stream.write === 'function';
}

function Console(options, stderr, ignoreErrors) {
  if (!new.target) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr, ignoreErrors };
  }
  const {
    stdout,
    stderr: err = stdout,
    ignoreErrors: ignore = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation = 2,
  } = options;
  if (!isWritable(stdout)) throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!isWritable(err)) throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stderr');
  // internal/validators loads here: the global console is no Console instance.
  const { validateObject, validateInteger, validateOneOf } = require('internal/validators');
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    // Any explicit colorMode conflicts with inspectOptions.colors, even 'auto' (as in Node).
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
  }
  validateInteger(groupIndentation, 'groupIndentation', 0, 1000);
  setState(this, stdout, err, !!ignore, colorMode, inspectOptions, groupIndentation);
  // Methods are bound so `const { log } = console` works, as in Node.
  for (const key of Object.keys(Console.prototype)) {
    define(this, key, Console.prototype[key].bind(this), true);
  }
}

function define(obj, key, value, enumerable = false) {
  Object.defineProperty(obj, key, { value, writable: true, configurable: true, enumerable });
}

function useColors(console, stream) {
  const mode = console[kColorMode];
  if (mode !== 'auto') return mode;
  return stream.isTTY === true &&
    (typeof stream.hasColors === 'function' ? stream.hasColors() : false);
}

function inspectOptionsFor(console, stream) {
  const base = console[kInspectOptions];
  const colors = useColors(console, stream);
  if (base === undefined) return colors ? { colors: true } : undefined;
  return base.colors === undefined ? { ...base, colors } : base;
}

function formatArgs(console, stream, args) {
  const opts = inspectOptionsFor(console, stream);
  if (opts === undefined) {
    const text = formatPrimitives(args);
    if (text !== undefined) return text;
  }
  const { formatWithOptions } = lazyInspect();
  return opts === undefined ? formatWithOptions({}, ...args) : formatWithOptions(opts, ...args);
}

function write(console, useStderr, text) {
  const stream = useStderr ? console[kStderr] : console[kStdout];
  const indent = console[kGroupIndent];
  if (indent.length !== 0) {
    if (text.includes('\n')) text = text.replace(/\n/g, `\n${indent}`);
    text = indent + text;
  }
  text += '\n';
  if (!console[kIgnoreErrors]) {
    stream.write(text);
    return;
  }
  try {
    // An error listener that swallows asynchronous write errors, as Node's does.
    if (typeof stream.listenerCount === 'function' && stream.listenerCount('error') === 0 &&
        typeof stream.once === 'function') {
      stream.once('error', noop);
      try {
        stream.write(text);
      } finally {
        stream.removeListener('error', noop);
      }
    } else {
      stream.write(text);
    }
  } catch (err) {
    // Stack overflows must still surface; everything else is ignored.
    if (err instanceof RangeError && /call stack/i.test(err.message)) throw err;
  }
}

function noop() {}

const consoleMethods = {
  log(...args) {
    write(this, false, formatArgs(this, this[kStdout], args));
  },

  warn(...args) {
    write(this, true, formatArgs(this, this[kStderr], args));
  },

  // The other methods' bodies live in internal/console/methods, loaded on first call: a
  // program that only logs never parses them.
  dir(object, options) {
    return methods().dir.call(this, object, options);
  },
  time(label = 'default') {
    return methods().time.call(this, label);
  },
  timeEnd(label = 'default') {
    return methods().timeEnd.call(this, label);
  },
  timeLog(label = 'default', ...data) {
    return methods().timeLog.call(this, label, ...data);
  },
  trace(...args) {
    return methods().trace.apply(this, args);
  },
  assert(expression, ...args) {
    return methods().assert.call(this, expression, ...args);
  },
  clear() {
    return methods().clear.call(this);
  },
  count(label = 'default') {
    return methods().count.call(this, label);
  },
  countReset(label = 'default') {
    return methods().countReset.call(this, label);
  },
  group(...data) {
    return methods().group.apply(this, data);
  },
  groupEnd() {
    return methods().groupEnd.call(this);
  },
  table(data, properties) {
    return methods().table.call(this, data, properties);
  },

  profile() {},
  profileEnd() {},
  timeStamp() {},
};

consoleMethods.info = consoleMethods.log;
consoleMethods.debug = consoleMethods.log;
consoleMethods.dirxml = consoleMethods.log;
consoleMethods.error = consoleMethods.warn;
consoleMethods.groupCollapsed = consoleMethods.group;

// Writable, enumerable and configurable, as assignment makes them.
Object.assign(Console.prototype, consoleMethods);
Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance !== null && typeof instance === 'object' && kStdout in instance;
  },
});

module.exports = {
  Console,
  kStdout,
  kStderr,
  // For internal/console/methods and the global console (lib/console.js).
  internals: {
    kStdout, kStderr, kCounts, kTimers, kGroupIndent, kGroupIndentation,
    formatArgs, inspectOptionsFor, lazyInspect, write,
  },
};
