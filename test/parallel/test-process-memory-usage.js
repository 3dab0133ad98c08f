'use strict';
// process.memoryUsage() reports rss, heapTotal, heapUsed, external and arrayBuffers in
// bytes; process.memoryUsage.rss() alone.
require('../common');
const assert = require('assert');

const usage = process.memoryUsage();
assert.deepStrictEqual(Object.keys(usage).sort(),
                       ['arrayBuffers', 'external', 'heapTotal', 'heapUsed', 'rss']);
for (const [key, value] of Object.entries(usage)) {
  assert(Number.isInteger(value) && value >= 0, `${key}: ${value}`);
}
assert(usage.rss > 1024 * 1024, `rss ${usage.rss}`);

const rss = process.memoryUsage.rss();
assert(Number.isInteger(rss));
assert(rss > 1024 * 1024);

// The heap figures are the engine's, not fractions of rss: live objects kept across a
// collection show up in heapUsed and go away once dropped; external counts ArrayBuffer
// contents. Checked in a child with gc() exposed.
if (typeof globalThis.gc !== 'function') {
  const { spawnSync } = require('child_process');
  const child = spawnSync(process.execPath, ['--expose-gc', __filename], { encoding: 'utf8' });
  assert.strictEqual(child.status, 0, child.stderr);
} else {
  const gc = globalThis.gc;
  gc();
  const base = process.memoryUsage();
  assert(base.heapUsed <= base.heapTotal, `${base.heapUsed} > ${base.heapTotal}`);
  assert(base.arrayBuffers <= base.external);
  const keep = [];
  for (let i = 0; i < 200000; i++) keep.push({ i, s: 'x' + i });
  gc();
  const grown = process.memoryUsage();
  assert(grown.heapUsed - base.heapUsed > 200000 * 16,
         `heapUsed ${base.heapUsed} -> ${grown.heapUsed}`);
  assert(grown.heapTotal >= grown.heapUsed);
  assert.strictEqual(keep.length, 200000);  // kept alive until here
  keep.length = 0;
  gc();
  const dropped = process.memoryUsage();
  assert(dropped.heapUsed < grown.heapUsed - 200000 * 8,
         `heapUsed ${grown.heapUsed} -> ${dropped.heapUsed}`);
  const big = new ArrayBuffer(32 * 1024 * 1024);
  gc();
  assert(process.memoryUsage().external - dropped.external >= 32 * 1024 * 1024);
  assert.strictEqual(big.byteLength, 32 * 1024 * 1024);
}
