'use strict';
// What the Console class (internal/console/constructor) and the global console (lib/console.js)
// share: the symbol keys of a console's state, setting that state, and the formatting of
// primitives. The global console loads the class only when it needs more than this.

const kStdout = Symbol('kStdout');
const kStderr = Symbol('kStderr');
const kIgnoreErrors = Symbol('kIgnoreErrors');
const kColorMode = Symbol('kColorMode');
const kInspectOptions = Symbol('kInspectOptions');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentation = Symbol('kGroupIndentation');
const kCounts = Symbol('counts');
const kTimers = Symbol('timers');

// A console's state, in non-enumerable symbol-keyed properties (the global console's too).
function setState(console, stdout, stderr, ignoreErrors, colorMode, inspectOptions,
                  groupIndentation) {
  Object.defineProperties(console, {
    [kStdout]: { value: stdout, writable: true, configurable: true },
    [kStderr]: { value: stderr, writable: true, configurable: true },
    [kIgnoreErrors]: { value: ignoreErrors, writable: true, configurable: true },
    [kColorMode]: { value: colorMode, writable: true, configurable: true },
    [kInspectOptions]: { value: inspectOptions, writable: true, configurable: true },
    [kGroupIndent]: { value: '', writable: true, configurable: true },
    [kGroupIndentation]: { value: groupIndentation, writable: true, configurable: true },
    [kCounts]: { value: new Map(), writable: true, configurable: true },
    [kTimers]: { value: new Map(), writable: true, configurable: true },
  });
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

module.exports = {
  kStdout, kStderr, kIgnoreErrors, kColorMode, kInspectOptions, kGroupIndent,
  kGroupIndentation, kCounts, kTimers, setState, formatPrimitives,
};
