'use strict';
// A signal listener alone does not keep the process alive.
const common = require('../common');
const assert = require('assert');

process.on('SIGUSR2', common.mustNotCall());
const start = process.hrtime.bigint();
process.on('exit', () => {
  assert(Number(process.hrtime.bigint() - start) / 1e6 < 2000);
});
