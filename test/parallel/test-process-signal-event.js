'use strict';
// A 'SIGUSR2' listener receives the signal sent with process.kill(process.pid, 'SIGUSR2'),
// with the signal name. (A signal listener does not keep the loop alive by itself: the
// interval does, until the signal arrives.)
const common = require('../common');
const assert = require('assert');

const keepAlive = setInterval(() => {}, 1000);
const listener = common.mustCall((signal) => {
  assert.strictEqual(signal, 'SIGUSR2');
  process.removeListener('SIGUSR2', listener);
  clearInterval(keepAlive);
});
process.on('SIGUSR2', listener);
assert.strictEqual(process.kill(process.pid, 'SIGUSR2'), true);
