'use strict';
// The global console: Console's methods over process.stdout and process.stderr (made lazily,
// see internal/console/stdio). As in Node, each method is an own enumerable property named
// like it that works detached (`const { log } = console`), the keys come in Node's order with
// Console among them, and the prototype is a plain object.
//
// The Console class (internal/console/constructor) is loaded when first needed: for a method
// call that printPrimitives() below cannot answer, or a read of console.Console (an accessor
// until then, which becomes the data property Node has).

const {
  kStdout, kStderr, kGroupIndent, setState, formatPrimitives,
} = require('internal/console/shared');
const { stdout, stderr } = require('internal/console/stdio');

// The class, and its prototype's methods as they were when it was loaded: the global
// console's methods call those (Node binds its methods when the console is made).
let ConsoleClass;
let classMethods;
function consoleClass() {
  if (ConsoleClass === undefined) {
    ConsoleClass = require('internal/console/constructor').Console;
    classMethods = { __proto__: null };
    const names = Object.keys(globalConsole);
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      if (name !== 'Console') classMethods[name] = ConsoleClass.prototype[name];
    }
  }
  return ConsoleClass;
}

// console.log(...) and the like, written without the Console class when nothing could make
// the output differ: primitives only (a format specifier only in a lone string), no colors
// (strings never get any; other primitives do on a terminal), no group indentation, the
// console's own streams, and process.stdout/stderr not made yet (see internal/console/stdio).
// Returns whether it wrote.
function printPrimitives(key, facade, args) {
  if (globalConsole[key] !== facade || globalConsole[kGroupIndent] !== '') return false;
  const n = args.length;
  let strings = true;
  for (let i = 0; i < n && strings; i++) strings = typeof args[i] === 'string';
  let text;
  if (strings) {
    if (n > 1 && args[0].includes('%')) return false;
    text = n === 1 ? args[0] : args.join(' ');
  } else {
    if (facade.isTTY) return false;
    text = formatPrimitives(args);
    if (text === undefined) return false;
  }
  try {
    return facade.writeDirect(`${text}\n`);
  } catch (err) {
    // As the console's own write: stack overflows surface, other write errors are ignored.
    if (err instanceof RangeError && /call stack/i.test(err.message)) throw err;
    return true;
  }
}

function callClass(name, args) {
  consoleClass();
  return Reflect.apply(classMethods[name], globalConsole, args);
}

// The methods of what console.context() returns, in V8's order, each named like its key, of
// length 1, doing nothing.
const kContextMethods = [
  'dir', 'dirXml', 'table', 'groupEnd', 'clear', 'count', 'countReset', 'profile', 'profileEnd',
  'debug', 'error', 'info', 'log', 'warn', 'trace', 'group', 'groupCollapsed', 'assert', 'time',
  'timeLog', 'timeEnd', 'timeStamp',
];
function contextMethod(key) {
  return { [key](data) {} }[key];
}

// The methods in Node's order; as method definitions they have the method's name, no
// prototype and, with rest parameters, length 0, as in Node.
const globalConsole = {
  __proto__: {},
  log(...args) {
    if (!printPrimitives(kStdout, stdout, args)) callClass('log', args);
  },
  info(...args) {
    if (!printPrimitives(kStdout, stdout, args)) callClass('info', args);
  },
  debug(...args) {
    if (!printPrimitives(kStdout, stdout, args)) callClass('debug', args);
  },
  warn(...args) {
    if (!printPrimitives(kStderr, stderr, args)) callClass('warn', args);
  },
  error(...args) {
    if (!printPrimitives(kStderr, stderr, args)) callClass('error', args);
  },
  dir(...args) { return callClass('dir', args); },
  time(...args) { return callClass('time', args); },
  timeEnd(...args) { return callClass('timeEnd', args); },
  timeLog(...args) { return callClass('timeLog', args); },
  trace(...args) { return callClass('trace', args); },
  assert(...args) { return callClass('assert', args); },
  clear(...args) { return callClass('clear', args); },
  count(...args) { return callClass('count', args); },
  countReset(...args) { return callClass('countReset', args); },
  group(...args) { return callClass('group', args); },
  groupEnd(...args) { return callClass('groupEnd', args); },
  table(...args) { return callClass('table', args); },
  dirxml(...args) {
    if (!printPrimitives(kStdout, stdout, args)) callClass('dirxml', args);
  },
  groupCollapsed(...args) { return callClass('groupCollapsed', args); },
  // Node's is a data property; this accessor becomes one when first used.
  get Console() {
    defineConsole(consoleClass());
    return ConsoleClass;
  },
  set Console(value) {
    defineConsole(value);
  },
  profile(...args) { return callClass('profile', args); },
  profileEnd(...args) { return callClass('profileEnd', args); },
  timeStamp(...args) { return callClass('timeStamp', args); },
  // V8's extras, as Node has them: context() gives an object of console methods that report
  // only to an attached inspector (Lode has none, so they print nothing), createTask() a task
  // whose run(fn) calls fn.
  context(name) {
    const methods = { __proto__: {} };
    for (const key of kContextMethods) methods[key] = contextMethod(key);
    return methods;
  },
  createTask(...args) {
    if (typeof args[0] !== 'string' || args[0] === '') {
      throw new Error('First argument must be a non-empty string.');
    }
    return {
      run(fn) {
        if (typeof fn !== 'function') throw new Error('First argument must be a function.');
        return fn();
      },
    };
  },
};
setState(globalConsole, stdout, stderr, true, 'auto', undefined, 2);

function defineConsole(value) {
  Object.defineProperty(globalConsole, 'Console', {
    value, writable: true, configurable: true, enumerable: true,
  });
}

// console._stdout and _stderr are process.stdout and stderr (made when first asked for), and
// setting them redirects the console, as in Node.
function defineStream(name, key, placeholder) {
  Object.defineProperty(globalConsole, `_${name}`, {
    get() {
      const stream = globalConsole[key];
      return stream !== placeholder ? stream : process[name];
    },
    set(value) {
      globalConsole[key] = value;
    },
    enumerable: false,
    configurable: true,
  });
}
defineStream('stdout', kStdout, stdout);
defineStream('stderr', kStderr, stderr);

module.exports = globalConsole;
