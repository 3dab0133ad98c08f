'use strict';
// A listener for a signal that cannot be caught (SIGKILL, SIGSTOP) throws Node's
// `uv_signal_start EINVAL`; a listener for a name that is not a signal is an ordinary event.
require('../common');
const assert = require('assert');

for (const name of ['SIGKILL', 'SIGSTOP']) {
  assert.throws(() => process.on(name, () => {}), {
    name: 'Error', code: 'EINVAL', syscall: 'uv_signal_start', message: 'uv_signal_start EINVAL',
  });
  process.removeAllListeners(name);
}
const bogus = () => {};
process.on('SIGBOGUS', bogus);
assert.strictEqual(process.emit('SIGBOGUS'), true);
process.off('SIGBOGUS', bogus);
