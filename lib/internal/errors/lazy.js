'use strict';
// internal/errors for the modules that load at start-up, which need it only to throw:
// `errors.X` reads require('internal/errors').X and `codes.ERR_X` its codes.ERR_X, when an
// error is made. internal/errors is large (~300 definitions, about 2 ms to compile and
// run), so a program that throws none of its errors never loads it.

const errors = new Proxy({}, {
  get(target, name) {
    return require('internal/errors')[name];
  },
});

const codes = new Proxy({}, {
  get(target, code) {
    return require('internal/errors').codes[code];
  },
});

// Set on an error by code that wants to add to its stack when it is printed as uncaught
// (events: "Emitted 'error' event at:"); the value is a function returning the text to append.
const kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');

module.exports = { errors, codes, kEnhanceStackBeforeInspector };
