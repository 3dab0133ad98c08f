'use strict';
// worker.kill() signals the worker (SIGTERM by default; not a disconnect); a worker
// that dies on its own reports its code with exitedAfterDisconnect false, and a
// replacement forked then gets the next id.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');

if (cluster.isWorker) {
  if (process.env.MODE === 'crash') {
    setTimeout(() => process.exit(3), 50);
  } else {
    setInterval(() => {}, 1000); // stays alive until killed
  }
  return;
}

const started = [];
const guard = setTimeout(() => {
  for (const w of started) w.process.kill('SIGKILL');
  assert.fail('timed out');
}, 20000);
guard.unref();
process.on('exit', () => {
  for (const w of started) if (!w.isDead()) w.process.kill('SIGKILL');
});

const victim = cluster.fork({ MODE: 'idle' });
started.push(victim);
victim.on('online', common.mustCall(() => {
  victim.kill();
  assert.strictEqual(victim.exitedAfterDisconnect, undefined);
}));
victim.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGTERM');
  assert.strictEqual(victim.exitedAfterDisconnect, false);
  const crasher = cluster.fork({ MODE: 'crash' });
  started.push(crasher);
  assert.strictEqual(crasher.id, victim.id + 1);
  crasher.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, 3);
    assert.strictEqual(signal, null);
    assert.strictEqual(crasher.exitedAfterDisconnect, false);
    assert.strictEqual(crasher.isDead(), true);
    setImmediate(common.mustCall(() => {
      assert.deepStrictEqual(cluster.workers, {});
      clearTimeout(guard);
    }));
  }));
}));
