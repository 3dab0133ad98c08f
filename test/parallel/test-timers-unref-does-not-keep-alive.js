'use strict';
// An unref'd timer does not keep the process alive: with only an unref'd 10 s timer (and
// interval) pending, the process exits at once and the callbacks never run.
const common = require('../common');
const assert = require('assert');

setTimeout(common.mustNotCall(), 10_000).unref();
setInterval(common.mustNotCall(), 10_000).unref();
// Unref'd from inside another callback.
setImmediate(common.mustCall(() => {
  const t = setTimeout(common.mustNotCall(), 10_000);
  t.unref();
}));

const start = process.hrtime.bigint();
let exited = false;
process.on('exit', (code) => {
  exited = true;
  assert.strictEqual(code, 0);
  const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
  assert(elapsedMs < 2000, `exited after ${elapsedMs} ms`);
});
process.on('beforeExit', common.mustCall(() => assert.strictEqual(exited, false)));
