'use strict';
// worker.send / process.send in both directions, the 'message' events on the worker and
// on cluster, and a disconnect started by the worker itself: 'disconnect' then 'exit'
// with exitedAfterDisconnect true. Cluster's own messages never reach 'message'.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');

if (cluster.isWorker) {
  const worker = cluster.worker;
  assert.strictEqual(worker.isConnected(), true);
  assert.strictEqual(worker.isDead(), false);
  worker.on('message', (m) => {
    if (m.cmd === 'echo') {
      worker.send({ cmd: 'echoed', value: m.value, id: worker.id });
    } else if (m.cmd === 'bye') {
      worker.on('disconnect', () => {
        assert.strictEqual(worker.exitedAfterDisconnect, true);
      });
      worker.disconnect();
    }
  });
  process.on('message', (m) => assert.notStrictEqual(m?.cmd, 'NODE_CLUSTER'));
  process.send({ cmd: 'hello', pid: process.pid });
  return;
}

const guard = setTimeout(() => {
  worker.process.kill('SIGKILL');
  assert.fail('timed out');
}, 20000);
guard.unref();
process.on('exit', () => {
  if (!worker.isDead()) worker.process.kill('SIGKILL');
});

const worker = cluster.fork();
const seen = [];
cluster.on('message', common.mustCall((w, m, handle) => {
  assert.strictEqual(w, worker);
  assert.strictEqual(handle, undefined);
  seen.push(m.cmd);
}, 2));
worker.on('message', common.mustCall((m) => {
  assert.notStrictEqual(m.cmd, 'NODE_CLUSTER');
  if (m.cmd === 'hello') {
    assert.strictEqual(m.pid, worker.process.pid);
    assert.strictEqual(worker.send({ cmd: 'echo', value: [1, 'two', { three: 3 }] }), true);
  } else {
    assert.deepStrictEqual(m, { cmd: 'echoed', value: [1, 'two', { three: 3 }], id: worker.id });
    worker.send({ cmd: 'bye' });
  }
}, 2));

const order = [];
worker.on('disconnect', common.mustCall(() => {
  order.push('disconnect');
  assert.strictEqual(worker.exitedAfterDisconnect, true);
  assert.strictEqual(worker.isConnected(), false);
  assert.strictEqual(worker.state, 'disconnected');
}));
cluster.on('disconnect', common.mustCall((w) => assert.strictEqual(w, worker)));
worker.on('exit', common.mustCall((code, signal) => {
  order.push('exit');
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  assert.strictEqual(worker.isDead(), true);
  assert.strictEqual(worker.state, 'dead');
  clearTimeout(guard);
  // Gone from the list once both disconnected and dead.
  setImmediate(common.mustCall(() => assert.deepStrictEqual(cluster.workers, {})));
}));
process.on('exit', () => {
  assert.deepStrictEqual(seen, ['hello', 'echoed']);
  assert.deepStrictEqual(order.sort(), ['disconnect', 'exit']);
});
