'use strict';
// 'beforeExit' is emitted with process.exitCode when the loop is empty; work it schedules
// runs, and 'beforeExit' comes again once that work is done. 'exit' comes after the last one.
const common = require('../common');
const assert = require('assert');

const events = [];
let rounds = 0;

process.on('beforeExit', common.mustCall((code) => {
  events.push(`beforeExit ${code}`);
  rounds++;
  if (rounds === 1) {
    setTimeout(common.mustCall(() => events.push('timeout')), 1);
  } else if (rounds === 2) {
    process.exitCode = 0;
    Promise.resolve().then(common.mustCall(() => events.push('promise')));
    setImmediate(common.mustCall(() => events.push('immediate')));
  }
}, 3));

process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(events, [
    'beforeExit 0', 'timeout', 'beforeExit 0', 'promise', 'immediate', 'beforeExit 0',
  ]);
});
