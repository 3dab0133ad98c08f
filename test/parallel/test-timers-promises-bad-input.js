'use strict';
// timers/promises: setInterval's delay must be a number (checked when iteration starts), and
// scheduler.wait()/yield() need the scheduler as `this` (ERR_INVALID_THIS); the Scheduler
// class cannot be built by user code. node:timers no longer has active/enroll/unenroll.
const common = require('../common');
const assert = require('assert');
const timers = require('timers');
const { setInterval, scheduler } = require('timers/promises');

(async () => {
  for (const delay of ['5', null, {}, 1n]) {
    const it = setInterval(delay);
    await assert.rejects(it.next(), { code: 'ERR_INVALID_ARG_TYPE', message: /"delay"/ });
  }
  const it = setInterval(undefined, 'v');
  assert.deepStrictEqual(await it.next(), { value: 'v', done: false });
  await it.return();
})().then(common.mustCall());

assert.throws(() => scheduler.wait.call({}, 1), {
  name: 'TypeError', code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Scheduler',
});
assert.throws(() => scheduler.yield.call({}), { code: 'ERR_INVALID_THIS' });
assert.throws(() => new scheduler.constructor(), {
  name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR',
});
for (const name of ['active', 'enroll', 'unenroll', '_unrefActive']) {
  assert.strictEqual(timers[name], undefined);
}
