'use strict';
// The global console: a Console over process.stdout and process.stderr. Like Node's, its
// methods are bound functions and it carries the Console class.

const { Console } = require('internal/console/constructor');

const globalConsole = new Console({ stdout: process.stdout, stderr: process.stderr });
// As in Node, every method is an own property (bound) and the prototype is a plain object,
// so code that wraps `Object.keys(console)` sees the same names, Console among them.
Object.setPrototypeOf(globalConsole, {});
Object.defineProperty(globalConsole, 'Console', {
  value: Console, writable: true, configurable: true, enumerable: true,
});

module.exports = globalConsole;
