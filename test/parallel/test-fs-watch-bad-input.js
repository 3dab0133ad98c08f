'use strict';
// Bad input for fs-watch: wrong types, out-of-range and huge values, closed or
// unbound handles, missing files. Each case must fail with Node's error name, code and message.
require('../common');
const assert = require('assert');
const fs = require('fs');

// fs.watch(path, options, notAFunction) is left out: Node starts the watcher before it
// checks the listener, so the throw leaves a live watcher that keeps the process up.
const throwing = [
  ['fs.watch missing', () => fs.watch('/nonexistent/xyz'), { name: 'Error', code: 'ENOENT', message: 'ENOENT: no such file or directory, watch \'/nonexistent/xyz\'' }],
  ['fs.watch bad opts', () => fs.watch('.', { recursive: 'x' }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.recursive" property must be of type boolean. Received type string (\'x\')' }],
  ['fs.watch bad encoding', () => fs.watch('.', { encoding: 'bogus' }), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The argument \'encoding\' is invalid encoding. Received \'bogus\'' }],
  ['fs.watchFile no listener', () => fs.watchFile('/tmp'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "listener" argument must be of type function. Received undefined' }],
];
for (const [label, fn, expected] of throwing) {
  assert.throws(fn, expected, label);
}
