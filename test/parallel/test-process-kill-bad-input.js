'use strict';
// process.kill() checks its arguments as Node does: a pid loosely equal to an int32 ('12',
// true) is accepted, an int32 signal goes to the kernel as is, a falsy one means SIGTERM,
// anything else must name a signal; failures read `kill ESRCH`, `kill EINVAL`.
require('../common');
const assert = require('assert');

const missing = 2 ** 30; // No such process.

assert.strictEqual(process.kill(String(process.pid), 0), true);
assert.throws(() => process.kill(process.pid + 0.5, 0), { code: 'ERR_INVALID_ARG_TYPE' });

for (const sig of [undefined, null, '', NaN, 'SIGTERM', 15]) {
  assert.throws(() => process.kill(missing, sig), {
    name: 'Error', code: 'ESRCH', syscall: 'kill', message: 'kill ESRCH',
  });
}
// The kernel rejects a bad signal number before sending anything.
assert.throws(() => process.kill(process.pid, 999), { code: 'EINVAL', message: 'kill EINVAL' });
assert.throws(() => process.kill(process.pid, -5), { code: 'EINVAL', message: 'kill EINVAL' });

for (const [sig, shown] of [[1.5, '1.5'], [Infinity, 'Infinity'], [2 ** 31, '2147483648'],
                            [true, 'true'], [{}, '{}'], ['sigterm', 'sigterm'],
                            ['toString', 'toString']]) {
  assert.throws(() => process.kill(missing, sig), {
    name: 'TypeError', code: 'ERR_UNKNOWN_SIGNAL', message: `Unknown signal: ${shown}`,
  });
}
