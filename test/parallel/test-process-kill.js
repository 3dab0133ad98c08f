'use strict';
// process.kill(pid, 0) checks that the process exists and returns true; an unknown signal
// name throws ERR_UNKNOWN_SIGNAL; a non-number pid ERR_INVALID_ARG_TYPE; a missing process
// ESRCH.
require('../common');
const assert = require('assert');

assert.strictEqual(process.kill(process.pid, 0), true);

assert.throws(() => process.kill(process.pid, 'SIGNOPE'), {
  code: 'ERR_UNKNOWN_SIGNAL',
  name: 'TypeError',
  message: 'Unknown signal: SIGNOPE',
});
assert.throws(() => process.kill(process.pid, 'sigterm'), { code: 'ERR_UNKNOWN_SIGNAL' });

assert.throws(() => process.kill('abc'), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: "The \"pid\" argument must be of type number. Received type string ('abc')",
});

assert.throws(() => process.kill(2 ** 30, 0), {
  code: 'ESRCH',
  syscall: 'kill',
  errno: -3,
});
