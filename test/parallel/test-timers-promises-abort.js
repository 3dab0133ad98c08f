'use strict';
// timers/promises with an AbortSignal: an already aborted signal rejects at once, aborting
// later rejects the pending promise (and cancels the timer) with an AbortError whose cause is
// the abort reason; aborting a setInterval iterator ends it with the same error.
const common = require('../common');
const assert = require('assert');

if (typeof AbortController === 'undefined') {
  console.log('skipped: no AbortController');
  process.exit(0);
}

const { setTimeout, setImmediate, setInterval } = require('timers/promises');

const abortError = { name: 'AbortError', code: 'ABORT_ERR' };

async function main() {
  const aborted = AbortSignal.abort('why');
  await assert.rejects(setTimeout(1, 'v', { signal: aborted }), abortError);
  await assert.rejects(setImmediate('v', { signal: aborted }), abortError);

  const ac = new AbortController();
  const pending = setTimeout(10_000, 'v', { signal: ac.signal });
  const reason = new Error('stop');
  ac.abort(reason);
  await assert.rejects(pending, (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.cause, reason);
    return true;
  });

  const ac2 = new AbortController();
  const pendingImmediate = setImmediate('v', { signal: ac2.signal });
  ac2.abort();
  await assert.rejects(pendingImmediate, abortError);

  const ac3 = new AbortController();
  let n = 0;
  await assert.rejects(async () => {
    for await (const value of setInterval(2, 'x', { signal: ac3.signal })) {
      assert.strictEqual(value, 'x');
      if (++n === 2) ac3.abort();
    }
  }, abortError);
  assert.strictEqual(n, 2);
}

// The 10 s timer is cancelled by the abort: the test ends promptly.
main().then(common.mustCall());
