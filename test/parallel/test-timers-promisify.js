'use strict';
// util.promisify(setTimeout) and util.promisify(setImmediate) return promise versions that
// resolve with the given value.
const common = require('../common');
const assert = require('assert');
const util = require('util');

if (typeof util.promisify !== 'function') {
  console.log('skipped: no util.promisify');
  process.exit(0);
}

const sleep = util.promisify(setTimeout);
const immediate = util.promisify(setImmediate);

async function main() {
  const start = process.hrtime.bigint();
  assert.strictEqual(await sleep(10, 'slept'), 'slept');
  assert(Number(process.hrtime.bigint() - start) / 1e6 >= 9);
  assert.strictEqual(await immediate('now'), 'now');
  assert.strictEqual(sleep, require('timers/promises').setTimeout);
  assert.strictEqual(immediate, require('timers/promises').setImmediate);
}

main().then(common.mustCall());
