'use strict';
// Bad input for tty: wrong types, out-of-range and huge values, closed or
// unbound handles, missing files. Each case must fail with Node's error name, code and message.
require('../common');
const assert = require('assert');
const tty = require('tty');
const fs = require('fs');

const throwing = [
  ['tty ReadStream bad fd', () => new tty.ReadStream(-1), { name: 'RangeError', code: 'ERR_INVALID_FD', message: '"fd" must be a positive integer: -1' }],
  ['tty WriteStream bad fd', () => new tty.WriteStream('x'), { name: 'RangeError', code: 'ERR_INVALID_FD', message: '"fd" must be a positive integer: x' }],
  ['tty WriteStream non tty', () => new tty.WriteStream(fs.openSync('/dev/null', 'r')), { name: 'SystemError', code: 'ERR_TTY_INIT_FAILED', message: 'TTY initialization failed: uv_tty_init returned EINVAL (invalid argument)' }],
];
for (const [label, fn, expected] of throwing) {
  assert.throws(fn, expected, label);
}

// isatty() never throws: anything that is not an open terminal fd is false.
for (const fd of ['x', -1, 1.5, 2 ** 31, null, undefined]) {
  assert.strictEqual(tty.isatty(fd), false);
}
