'use strict';
// A parent whose forked child and its channel are unref'd exits while the child runs; a
// child with no 'message' listener exits on its own after sending; silent: true pipes the
// child's stdio.
const common = require('../common');
const assert = require('assert');
const { fork, execFileSync } = require('child_process');

if (process.argv[2] === 'sleeper') {
  process.on('message', () => {});
  setTimeout(() => {}, 20000);
  return;
}
if (process.argv[2] === 'sender') {
  process.send({ hello: 'parent' });
  console.log('stdout of the child');
  return;
}
if (process.argv[2] === 'parent') {
  const child = fork(__filename, ['sleeper'], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  child.unref();
  child.channel.unref();
  console.log(child.pid);
  return;
}

const start = Date.now();
const out = execFileSync(process.execPath, [__filename, 'parent'], { timeout: 10000 });
assert.ok(Date.now() - start < 8000);
const pid = Number(out.toString().trim());
assert.ok(pid > 0);
process.kill(pid, 'SIGKILL');

const child = fork(__filename, ['sender'], { silent: true });
let stdout = '';
child.stdout.on('data', (d) => { stdout += d; });
child.on('message', common.mustCall((m) => assert.deepStrictEqual(m, { hello: 'parent' })));
child.on('disconnect', common.mustCall());
child.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(stdout, 'stdout of the child\n');
}));
