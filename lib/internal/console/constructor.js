'use strict';
// The Console class: console.* methods over a pair of writable streams.

const { codes } = require('internal/errors/lazy');
const { validateObject, validateInteger, validateOneOf } = require('internal/validators');

let inspectModule;
function lazyInspect() {
  return inspectModule ??= require('internal/util/inspect');
}

const kStdout = Symbol('kStdout');
const kStderr = Symbol('kStderr');
const kIgnoreErrors = Symbol('kIgnoreErrors');
const kColorMode = Symbol('kColorMode');
const kInspectOptions = Symbol('kInspectOptions');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentation = Symbol('kGroupIndentation');
const kCounts = Symbol('counts');
const kTimers = Symbol('timers');

function isWritable(stream) {
  return stream !== null && typeof stream === 'object' && typeof stream.write === 'function';
}

function formatDuration(ms) {
  if (ms >= 60000) {
    const totalSeconds = ms / 1000;
    const minutes = Math.floor(totalSeconds / 60);
    if (minutes >= 60) {
      const hours = Math.floor(minutes / 60);
      const m = minutes % 60;
      const s = (totalSeconds - minutes * 60).toFixed(3);
      return `${hours}:${String(m).padStart(2, '0')}:${s.padStart(6, '0')} (h:mm:ss.mmm)`;
    }
    const s = (totalSeconds - minutes * 60).toFixed(3);
    return `${minutes}:${s.padStart(6, '0')} (m:ss.mmm)`;
  }
  if (ms >= 1000) return `${(ms / 1000).toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
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
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    // Any explicit colorMode conflicts with inspectOptions.colors, even 'auto' (as in Node).
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
  }
  validateInteger(groupIndentation, 'groupIndentation', 0, 1000);
  define(this, kStdout, stdout);
  define(this, kStderr, err);
  define(this, kIgnoreErrors, !!ignore);
  define(this, kColorMode, colorMode);
  define(this, kInspectOptions, inspectOptions);
  define(this, kGroupIndent, '');
  define(this, kGroupIndentation, groupIndentation);
  define(this, kCounts, new Map());
  define(this, kTimers, new Map());
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

// Whether util.format would return `args.join(' ')`: only strings, and no format
// specifiers to apply (a lone string is never formatted). console.log('text') then does
// not load util.inspect, which costs ~3 ms of a short program's start-up.
// Formats the common case — strings, numbers, booleans, null, undefined and bigints, with no
// format specifier and no colors — without loading util.inspect, exactly as it would.
function formatPrimitives(args) {
  if (args.length > 1 && typeof args[0] === 'string' && args[0].includes('%')) return undefined;
  let text = '';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    let part;
    switch (typeof arg) {
      case 'string': part = arg; break;
      case 'number': part = Object.is(arg, -0) ? '-0' : `${arg}`; break;
      case 'bigint': part = `${arg}n`; break;
      case 'boolean':
      case 'undefined': part = `${arg}`; break;
      default:
        if (arg !== null) return undefined;
        part = 'null';
    }
    text = i === 0 ? part : `${text} ${part}`;
  }
  return text;
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

  dir(object, options) {
    const { inspect } = lazyInspect();
    write(this, false, inspect(object, {
      customInspect: false,
      ...inspectOptionsFor(this, this[kStdout]),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (this[kTimers].has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this[kTimers].set(label, process.hrtime.bigint());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label, [])) this[kTimers].delete(label);
  },

  timeLog(label = 'default', ...data) {
    timeLogImpl(this, 'timeLog', `${label}`, data);
  },

  trace(...args) {
    const err = { name: 'Trace', message: formatArgs(this, this[kStderr], args) };
    Error.captureStackTrace(err, this.trace);
    write(this, true, err.stack);
  },

  assert(expression, ...args) {
    if (!expression) {
      if (typeof args[0] === 'string') {
        args[0] = `Assertion failed: ${args[0]}`;
      } else {
        args.unshift('Assertion failed');
      }
      this.warn(...args);
    }
  },

  clear() {
    const stream = this[kStdout];
    if (stream.isTTY && process.env.TERM !== 'dumb') {
      stream.write('\x1b[1;1H\x1b[0J');
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const n = (this[kCounts].get(label) || 0) + 1;
    this[kCounts].set(label, n);
    this.log(`${label}: ${n}`);
  },

  // Node looks the label up before converting it to a string, so a non-string label (a number,
  // an object) is never found and only warns; the observable behaviour is kept.
  countReset(label = 'default') {
    if (!this[kCounts].has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    this[kCounts].delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) this.log(...data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentation]);
  },

  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentation]);
  },

  table(data, properties) {
    if (properties !== undefined && !Array.isArray(properties)) {
      throw new codes.ERR_INVALID_ARG_TYPE('properties', 'Array', properties);
    }
    if (data === null || typeof data !== 'object') return this.log(data);
    this.log(renderTable(this, data, properties));
  },

  profile() {},
  profileEnd() {},
  timeStamp() {},
};

function timeLogImpl(console, name, label, data) {
  const start = console[kTimers].get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const text = `${label}: ${formatDuration(ms)}`;
  if (data.length > 0) console.log(text, ...data);
  else console.log(text);
  return true;
}

// console.table: one row per own key of data (or per entry of a Map or Set), one column per
// key of the row objects (or per entry of `properties`), and a Values column for primitives.
function renderTable(console, data, properties) {
  const { inspect, getStringWidth } = lazyInspect();
  const opts = {
    ...inspectOptionsFor(console, console[kStdout]), depth: 1, maxArrayLength: 3,
    breakLength: Infinity,
  };
  const fmt = (v) => inspect(v, opts);
  const width = getStringWidth || ((s) => s.length);

  if (data instanceof Map) {
    const rows = [];
    let i = 0;
    for (const [k, v] of data) rows.push([String(i++), fmt(k), fmt(v)]);
    return drawTable(['(iteration index)', 'Key', 'Values'], rows, width);
  }
  if (data instanceof Set) {
    const rows = [];
    let i = 0;
    for (const v of data) rows.push([String(i++), fmt(v)]);
    return drawTable(['(iteration index)', 'Values'], rows, width);
  }

  const rowKeys = Object.keys(data);
  const columns = new Map(); // column key → Map(row index → text)
  const values = []; // row index → text, for primitive rows
  rowKeys.forEach((rowKey, i) => {
    const value = data[rowKey];
    if (value === null || (typeof value !== 'function' && typeof value !== 'object')) {
      values[i] = fmt(value);
      return;
    }
    for (const key of properties || Object.keys(value)) {
      // Columns are named by string keys (1 and '1' are one column); a symbol in
      // `properties` gets no column, as in Node.
      if (typeof key === 'symbol') continue;
      const column = `${key}`;
      if (!columns.has(column)) columns.set(column, new Map());
      if (Object.prototype.hasOwnProperty.call(value, key)) {
        columns.get(column).set(i, fmt(value[key]));
      }
    }
  });
  const hasValues = values.length > 0;
  const header = ['(index)', ...columns.keys()];
  if (hasValues) header.push('Values');
  const rows = rowKeys.map((rowKey, i) => {
    const row = [rowKey];
    for (const column of columns.values()) row.push(column.get(i) ?? '');
    if (hasValues) row.push(values[i] ?? '');
    return row;
  });
  return drawTable(header, rows, width);
}

function drawTable(header, rows, width) {
  const widths = header.map((h, c) => Math.max(width(String(h)), ...rows.map((r) => width(r[c] ?? ''))) + 2);
  const line = (l, m, r) => l + widths.map((w) => '─'.repeat(w)).join(m) + r;
  const render = (cells) => '│' + cells.map((cell, c) => {
    const text = cell ?? '';
    return ` ${text}${' '.repeat(widths[c] - width(text) - 1)}`;
  }).join('│') + '│';
  const out = [line('┌', '┬', '┐'), render(header), line('├', '┼', '┤')];
  for (const row of rows) out.push(render(row));
  out.push(line('└', '┴', '┘'));
  return out.join('\n');
}

consoleMethods.info = consoleMethods.log;
consoleMethods.debug = consoleMethods.log;
consoleMethods.dirxml = consoleMethods.log;
consoleMethods.error = consoleMethods.warn;
consoleMethods.groupCollapsed = consoleMethods.group;

for (const [name, fn] of Object.entries(consoleMethods)) {
  Object.defineProperty(Console.prototype, name, {
    value: fn, writable: true, configurable: true, enumerable: true,
  });
}
Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance !== null && typeof instance === 'object' && kStdout in instance;
  },
});


module.exports = { Console, kStdout, kStderr, formatDuration };
