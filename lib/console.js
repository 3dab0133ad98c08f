'use strict';
// The global console: a Console over process.stdout and process.stderr. Like Node's, its
// methods are bound functions and it carries the Console class.

const { Console } = require('internal/console/constructor');

const globalConsole = new Console({ stdout: process.stdout, stderr: process.stderr });
Object.defineProperty(globalConsole, 'Console', {
  value: Console, writable: true, configurable: true, enumerable: false,
});

module.exports = globalConsole;
