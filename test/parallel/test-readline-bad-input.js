'use strict';
// Bad input for readline: wrong types, out-of-range and huge values, closed or
// unbound handles, missing files. Each case must fail with Node's error name, code and message.
require('../common');
const assert = require('assert');
const readline = require('readline');

const throwing = [
  ['rl createInterface bad completer', () => readline.createInterface({ input: process.stdin, completer: 5 }), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The argument \'completer\' is invalid. Received 5' }],
  ['rl createInterface bad historySize', () => readline.createInterface({ input: process.stdin, historySize: -1 }), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'The value of "size" is out of range. It must be >= 0. Received -1' }],
  ['rl createInterface bad tabSize', () => readline.createInterface({ input: process.stdin, tabSize: 0 }), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'The value of "tabSize" is out of range. It must be >= 1 && <= 4294967295. Received 0' }],
  ['rl cursorTo bad cb', () => readline.cursorTo(process.stdout, 1, 1, 5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "callback" argument must be of type function. Received type number (5)' }],
  ['rl closed question', () => { const { PassThrough } = require('stream'); const r = readline.createInterface({ input: new PassThrough() }); r.close(); r.question('q', () => {}); }, { name: 'Error', code: 'ERR_USE_AFTER_CLOSE', message: 'readline was closed' }],
  ['rl closed write', () => { const { PassThrough } = require('stream'); const r = readline.createInterface({ input: new PassThrough() }); r.close(); r.write('q'); }, { name: 'Error', code: 'ERR_USE_AFTER_CLOSE', message: 'readline was closed' }],
];
for (const [label, fn, expected] of throwing) {
  assert.throws(fn, expected, label);
}
