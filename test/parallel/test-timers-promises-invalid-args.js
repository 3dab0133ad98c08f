'use strict';
// timers/promises functions reject (never throw synchronously) on invalid options.
const common = require('../common');
const assert = require('assert');
const { setTimeout, setImmediate } = require('timers/promises');

async function main() {
  for (const fn of [() => setTimeout(1, undefined, 'x'), () => setImmediate(undefined, 1)]) {
    const promise = fn();
    assert(promise instanceof Promise);
    await assert.rejects(promise, { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  }
  await assert.rejects(setTimeout(1, undefined, { ref: 'yes' }),
                       { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  await assert.rejects(setImmediate(undefined, { signal: {} }),
                       { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}

main().then(common.mustCall());
