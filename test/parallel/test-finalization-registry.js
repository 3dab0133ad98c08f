'use strict';
// FinalizationRegistry callbacks run once their targets are collected (JavaScriptCore
// schedules them on its own run loop, which Lode drives from the event loop), and do not
// keep the process alive by themselves.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  let called = 0;
  const registry = new FinalizationRegistry(common.mustCallAtLeast((held) => {
    assert.strictEqual(typeof held, 'number');
    called++;
  }));
  (function register() {
    for (let i = 0; i < 1000; i++) registry.register({ payload: new Array(16).fill(i) }, i);
  })();
  (async () => {
    for (let i = 0; i < 50 && called === 0; i++) {
      globalThis.gc();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    assert.ok(called > 0);
  })().then(common.mustCall());
  return;
}

const child = spawnSync(process.execPath, ['--expose-gc', __filename, 'child'],
                        { encoding: 'utf8' });
assert.strictEqual(child.status, 0, child.stderr);

// A registry with live targets doesn't hold the process open.
const idle = spawnSync(process.execPath, ['-e', `
  globalThis.keep = {};
  new FinalizationRegistry(() => {}).register(globalThis.keep, 1);
`], { timeout: 10000 });
assert.strictEqual(idle.status, 0);
