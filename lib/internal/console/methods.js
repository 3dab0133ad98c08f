'use strict';
// The bodies of the console methods other than log and warn (and their aliases), loaded on
// the first call of one of them: see the forwarders in internal/console/constructor.

const { codes } = require('internal/errors/lazy');
const {
  kStdout, kStderr, kCounts, kTimers, kGroupIndent, kGroupIndentation,
  formatArgs, inspectOptionsFor, lazyInspect, write,
} = require('internal/console/constructor').internals;

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

module.exports = {
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
    const indent = this[kGroupIndent];
    this[kGroupIndent] = indent.slice(0, indent.length - this[kGroupIndentation]);
  },

  table(data, properties) {
    if (properties !== undefined && !Array.isArray(properties)) {
      throw new codes.ERR_INVALID_ARG_TYPE('properties', 'Array', properties);
    }
    if (data === null || typeof data !== 'object') return this.log(data);
    this.log(renderTable(this, data, properties));
  },
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
  const widths = header.map((h, c) =>
    Math.max(width(String(h)), ...rows.map((r) => width(r[c] ?? ''))) + 2);
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
