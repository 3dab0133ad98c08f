'use strict';
// The global console: a Console over process.stdout and process.stderr (made lazily, see
// internal/console/stdio). Like Node's, its methods are bound functions and it carries the
// Console class.

const { Console, kStdout, kStderr } = require('internal/console/constructor');
const { stdout, stderr } = require('internal/console/stdio');

const globalConsole = new Console({ stdout, stderr });
// As in Node, every method is an own property (bound) and the prototype is a plain object,
// so code that wraps `Object.keys(console)` sees the same names, Console among them.
Object.setPrototypeOf(globalConsole, {});
// console._stdout and _stderr are process.stdout and stderr (made when first asked for), and
// setting them redirects the console, as in Node.
for (const [name, key, fd] of [['_stdout', kStdout, 1], ['_stderr', kStderr, 2]]) {
  const facade = fd === 1 ? stdout : stderr;
  Object.defineProperty(globalConsole, name, {
    get() {
      const stream = globalConsole[key];
      return stream !== facade ? stream : fd === 1 ? process.stdout : process.stderr;
    },
    set(value) {
      globalConsole[key] = value;
    },
    enumerable: false,
    configurable: true,
  });
}
Object.defineProperty(globalConsole, 'Console', {
  value: Console, writable: true, configurable: true, enumerable: true,
});

module.exports = globalConsole;
