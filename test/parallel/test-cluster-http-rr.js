'use strict';
// Two workers serve HTTP on one port given by the primary (round-robin, the default on
// Linux): requests on new connections are answered by both, alternating, and every
// worker reports 'online' then 'listening' with the address it asked for.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const http = require('http');

if (cluster.isWorker) {
  assert.strictEqual(cluster.isPrimary, false);
  assert.strictEqual(cluster.isMaster, false);
  assert.strictEqual(typeof cluster.worker.id, 'number');
  assert.strictEqual(cluster.fork, undefined);
  const port = Number(process.env.TEST_PORT);
  http.createServer((req, res) => {
    res.setHeader('connection', 'close');
    res.end(`${cluster.worker.id}`);
  }).listen(port, '127.0.0.1');
  return;
}

assert.strictEqual(cluster.isPrimary, true);
assert.strictEqual(cluster.isMaster, true);
assert.strictEqual(cluster.schedulingPolicy, cluster.SCHED_RR);

const started = [];
const guard = setTimeout(() => {
  for (const w of started) w.process.kill('SIGKILL');
  assert.fail('timed out');
}, 20000);
guard.unref();
process.on('exit', () => {
  for (const w of started) if (!w.isDead()) w.process.kill('SIGKILL');
});

// Find a free port first: the workers listen on a fixed one.
const probe = http.createServer();
probe.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = probe.address();
  probe.close(common.mustCall(() => start(port)));
}));

function get(port, cb) {
  http.get({ port, host: '127.0.0.1', agent: false }, (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => cb(body));
  }).on('error', (err) => assert.fail(err));
}

function start(port) {
  let listening = 0;
  cluster.on('fork', common.mustCall((w) => assert.ok(w instanceof cluster.Worker), 2));
  cluster.on('online', common.mustCall(2));
  for (let i = 0; i < 2; i++) {
    const w = cluster.fork({ TEST_PORT: port });
    started.push(w);
    assert.strictEqual(cluster.workers[w.id], w);
    assert.strictEqual(w.state, 'none');
    w.on('online', common.mustCall(() => assert.strictEqual(w.state, 'online')));
    w.on('listening', common.mustCall((address) => {
      assert.deepStrictEqual(
        { ...address, fd: undefined },
        { addressType: 4, address: '127.0.0.1', port, fd: undefined });
      assert.strictEqual(w.state, 'listening');
      if (++listening === 2) run(port);
    }));
  }
}

function run(port) {
  const seen = [];
  let n = 0;
  (function next() {
    if (n++ === 8) return finish(seen);
    get(port, (body) => {
      seen.push(Number(body));
      next();
    });
  })();
}

function finish(seen) {
  const ids = started.map((w) => w.id);
  // Each new connection goes to the next free worker in turn.
  assert.deepStrictEqual(new Set(seen), new Set(ids));
  for (let i = 1; i < seen.length; i++) assert.notStrictEqual(seen[i], seen[i - 1]);
  cluster.disconnect(common.mustCall(() => {
    assert.deepStrictEqual(cluster.workers, {});
  }));
  let exits = 0;
  cluster.on('exit', common.mustCall((w, code, signal) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
    assert.strictEqual(w.exitedAfterDisconnect, true);
    if (++exits === 2) clearTimeout(guard);
  }, 2));
}
