'use strict';
// timers/promises: setTimeout(delay, value) and setImmediate(value) resolve with the value
// (after the delay), setInterval(delay, value) is an async iterator that yields the value once
// per period until the loop breaks, which clears the interval.
const common = require('../common');
const assert = require('assert');
const timersPromises = require('timers/promises');

assert.strictEqual(require('node:timers/promises'), timersPromises);
assert.strictEqual(require('timers').promises, timersPromises);

async function main() {
  const start = process.hrtime.bigint();
  assert.strictEqual(await timersPromises.setTimeout(20, 'value'), 'value');
  const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
  assert(elapsedMs >= 19, `resolved after ${elapsedMs} ms`);
  assert.strictEqual(await timersPromises.setTimeout(1), undefined);
  assert.strictEqual(await timersPromises.setTimeout(), undefined);

  assert.strictEqual(await timersPromises.setImmediate('imm'), 'imm');
  assert.strictEqual(await timersPromises.setImmediate(), undefined);

  // setImmediate's promise resolves after the callbacks already queued with setImmediate.
  const order = [];
  setImmediate(() => order.push('callback'));
  await timersPromises.setImmediate();
  order.push('promise');
  assert.deepStrictEqual(order, ['callback', 'promise']);

  let n = 0;
  for await (const value of timersPromises.setInterval(5, 'tick')) {
    assert.strictEqual(value, 'tick');
    if (++n === 3) break;
  }
  assert.strictEqual(n, 3);
}

main().then(common.mustCall());
