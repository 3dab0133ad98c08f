'use strict';
// SCHED_NONE: the primary binds once and hands the socket to every worker, which accept
// from it themselves. Port 0 in the workers means one random port, the same for all.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const net = require('net');

if (cluster.isWorker) {
  const server = net.createServer((socket) => socket.end(`${cluster.worker.id}`));
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
  return;
}

cluster.schedulingPolicy = cluster.SCHED_NONE;
const started = [];
const guard = setTimeout(() => {
  for (const w of started) w.process.kill('SIGKILL');
  assert.fail('timed out');
}, 20000);
guard.unref();
process.on('exit', () => {
  for (const w of started) if (!w.isDead()) w.process.kill('SIGKILL');
});

const ports = [];
cluster.on('message', common.mustCall((worker, message) => {
  ports.push(message.port);
  if (ports.length === 2) run();
}, 2));
for (let i = 0; i < 2; i++) started.push(cluster.fork());
// The policy is fixed once workers exist.
cluster.schedulingPolicy = cluster.SCHED_RR;

function fetch(port, cb) {
  let data = '';
  net.connect(port, '127.0.0.1')
    .setEncoding('utf8')
    .on('data', (d) => { data += d; })
    .on('end', () => cb(data));
}

function run() {
  assert.strictEqual(ports[0], ports[1]);
  assert.ok(ports[0] > 0);
  let pending = 6;
  const ids = started.map((w) => `${w.id}`);
  for (let i = 0; i < 6; i++) {
    fetch(ports[0], common.mustCall((data) => {
      assert.ok(ids.includes(data), data);
      if (--pending === 0) stop();
    }));
  }
}

function stop() {
  cluster.on('exit', common.mustCall((w, code) => assert.strictEqual(code, 0), 2));
  cluster.disconnect(common.mustCall(() => clearTimeout(guard)));
}
