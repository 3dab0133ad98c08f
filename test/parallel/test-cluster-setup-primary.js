'use strict';
// setupPrimary/setupMaster: settings merge over the defaults (exec = process.argv[1],
// args = process.argv.slice(2), execArgv, silent false), 'setup' is emitted with them,
// and the next fork uses them: another script, its arguments, silent (piped stdout), cwd.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const path = require('path');
const os = require('os');

if (cluster.isWorker) {
  // Reached only if exec were ignored: the worker would run this file.
  process.exit(7);
}

assert.strictEqual(cluster.setupMaster, cluster.setupPrimary);
assert.deepStrictEqual(cluster.settings, {});

const worker = path.join(os.tmpdir(), `lode-cluster-setup-${process.pid}.js`);
require('fs').writeFileSync(worker, `
  const cluster = require('cluster');
  console.log(JSON.stringify({ argv: process.argv.slice(2), cwd: process.cwd(),
    isWorker: cluster.isWorker, id: cluster.worker.id, unique: process.env.NODE_UNIQUE_ID,
    extra: process.env.EXTRA }));
  cluster.worker.disconnect();
`);
process.on('exit', () => require('fs').rmSync(worker, { force: true }));

cluster.once('setup', common.mustCall((settings) => {
  assert.deepStrictEqual(settings, cluster.settings);
  assert.deepStrictEqual(settings, {
    args: ['a', 'b'],
    exec: worker,
    execArgv: process.execArgv,
    silent: true,
    cwd: os.tmpdir(),
  });
}));
cluster.setupPrimary({ exec: worker, args: ['a', 'b'], silent: true, cwd: os.tmpdir() });

const w = cluster.fork({ EXTRA: 'x' });
const guard = setTimeout(() => {
  w.process.kill('SIGKILL');
  assert.fail('timed out');
}, 20000);
guard.unref();
process.on('exit', () => {
  if (!w.isDead()) w.process.kill('SIGKILL');
});

let out = '';
w.process.stdout.setEncoding('utf8').on('data', (d) => { out += d; });
w.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  assert.strictEqual(w.exitedAfterDisconnect, true);
  clearTimeout(guard);
}));
w.process.on('close', common.mustCall(() => {
  const seen = JSON.parse(out);
  assert.deepStrictEqual(seen, {
    argv: ['a', 'b'],
    cwd: require('fs').realpathSync(os.tmpdir()),
    isWorker: true,
    id: w.id,
    extra: 'x',
  });
}));
