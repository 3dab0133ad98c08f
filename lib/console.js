'use strict';
// The global console: Console's methods over process.stdout and process.stderr (made lazily,
// see makeStream below). As in Node, each method is an own enumerable property named
// like it that works detached (`const { log } = console`), the keys come in Node's order with
// Console among them, and the prototype is a plain object.
//
// The Console class (internal/console/constructor) is loaded when first needed: for a method
// call that printPrimitives() below cannot answer, or a read of console.Console (an accessor
// until then, which becomes the data property Node has).

const {
  kStdout, kStderr, kGroupIndent, setState, formatPrimitives,
} = require('internal/console/shared');

// What the global console writes to: stand-ins for process.stdout and process.stderr, which
// are made lazily. process.stdout and stderr write synchronously to files, pipes and
// terminals alike, so until a program touches one of them, console output can go straight to
// its file descriptor with the same synchronous write — and `console.log('hi')` need not load
// the streams (about two thirds of a hello world's start-up). Once the real stream exists (a
// program read process.stdout, perhaps to patch its write()), everything goes through it, as
// in Node. (Part of this module rather than one of its own: a built-in costs ~0.15M
// instructions to load besides its size.)

const fsBinding = internalBinding('fs_core');
const { loader } = require;

function realStream(fd) {
  if (!loader.isLoaded('internal/process/stdio')) return undefined;
  return require('internal/process/stdio').peekWritable(fd);
}

function makeStream(fd) {
  let isTTY;
  const stream = {
    get isTTY() {
      const real = realStream(fd);
      if (real !== undefined) return real.isTTY;
      isTTY ??= fsBinding.guessHandleType(fd) === 'TTY';
      return isTTY;
    },
    getColorDepth(env) {
      const real = realStream(fd);
      if (real !== undefined) return real.getColorDepth(env);
      return require('internal/tty').getColorDepth(env);
    },
    hasColors(count, env) {
      const real = realStream(fd);
      if (real !== undefined) return real.hasColors(count, env);
      return require('internal/tty').hasColors.call(stream, count, env);
    },
    // The global console's plain path: false once the real stream exists (the console then
    // goes through it as usual), else as write().
    writeDirect(text) {
      // (realStream's test inline: this runs at every program's first console.log.)
      if (loader.isLoaded('internal/process/stdio') &&
          require('internal/process/stdio').peekWritable(fd) !== undefined) {
        return false;
      }
      if (fsBinding.writeString(fd, text) < 0) {
        (fd === 1 ? process.stdout : process.stderr).write(text);
      }
      return true;
    },
    write(text) {
      const real = realStream(fd);
      // A failed direct write (EPIPE, a closed descriptor…) is retried through the real
      // stream, which reports it the way Node does.
      if (real !== undefined || fsBinding.writeString(fd, text) < 0) {
        return (real ?? (fd === 1 ? process.stdout : process.stderr)).write(text);
      }
      return true;
    },
    // The console's error handling: while the stream is not made, a write either succeeded
    // or went to the real stream, so one listener is as good as any.
    listenerCount(name) {
      return realStream(fd)?.listenerCount(name) ?? 1;
    },
    once(name, listener) {
      realStream(fd)?.once(name, listener);
      return stream;
    },
    removeListener(name, listener) {
      realStream(fd)?.removeListener(name, listener);
      return stream;
    },
  };
  return stream;
}

const stdout = makeStream(1);
const stderr = makeStream(2);

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
// console's own streams, and process.stdout/stderr not made yet (see makeStream above).
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
