'use strict';
// spawnSync, execSync, execFileSync: output, input, encoding, status and signal, timeout,
// maxBuffer, errors shaped as Node's.
const assert = require('assert');
const { spawnSync, execSync, execFileSync } = require('child_process');

{
  const r = spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 5']);
  assert.deepStrictEqual(Object.keys(r), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  assert.strictEqual(r.status, 5);
  assert.strictEqual(r.signal, null);
  assert.strictEqual(typeof r.pid, 'number');
  assert.strictEqual(r.output[0], null);
  assert.ok(Buffer.isBuffer(r.stdout));
  assert.strictEqual(r.stdout.toString(), 'out\n');
  assert.strictEqual(r.stderr.toString(), 'err\n');
  assert.strictEqual(r.output[1], r.stdout);
}

{
  const r = spawnSync('cat', { input: 'from input', encoding: 'utf8' });
  assert.strictEqual(r.stdout, 'from input');
  assert.strictEqual(r.stderr, '');
  const big = Buffer.alloc(2 * 1024 * 1024, 'z');
  const r2 = spawnSync('cat', { input: big, maxBuffer: Infinity });
  assert.ok(r2.stdout.equals(big));
  const r3 = spawnSync('cat', { input: new Uint16Array([0x6968]) });
  assert.strictEqual(r3.stdout.toString(), 'hi');
}

{
  const r = spawnSync('sh', ['-c', 'kill -9 $$']);
  assert.strictEqual(r.status, null);
  assert.strictEqual(r.signal, 'SIGKILL');
}

{
  const start = Date.now();
  const r = spawnSync('sleep', ['10'], { timeout: 100 });
  assert.ok(Date.now() - start < 5000);
  assert.strictEqual(r.error.code, 'ETIMEDOUT');
  assert.strictEqual(r.error.message, 'spawnSync sleep ETIMEDOUT');
  assert.strictEqual(r.signal, 'SIGTERM');
  assert.strictEqual(r.status, null);
}

{
  const r = spawnSync('head', ['-c', '100000', '/dev/zero'], { maxBuffer: 100 });
  assert.strictEqual(r.error.code, 'ENOBUFS');
  assert.strictEqual(r.error.syscall, 'spawnSync head');
}

{
  const r = spawnSync('lode-no-such-binary', ['x']);
  assert.strictEqual(r.error.code, 'ENOENT');
  assert.strictEqual(r.error.message, 'spawnSync lode-no-such-binary ENOENT');
  assert.strictEqual(r.error.path, 'lode-no-such-binary');
  assert.deepStrictEqual(r.error.spawnargs, ['x']);
  assert.strictEqual(r.status, null);
  assert.strictEqual(r.output, null);
}

{
  const r = spawnSync('sh', ['-c', 'echo three >&3'], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
  assert.strictEqual(r.output[3].toString(), 'three\n');
  const r2 = spawnSync('echo', ['x'], { stdio: 'ignore' });
  assert.deepStrictEqual(r2.output, [null, null, null]);
  assert.strictEqual(r2.status, 0);
  assert.throws(() => spawnSync('echo', { stdio: ['ipc'] }), { code: 'ERR_IPC_SYNC_FORK' });
}

assert.strictEqual(execSync('echo $((6 * 7))').toString(), '42\n');
assert.strictEqual(execSync('cat', { input: 'piped', encoding: 'utf8' }), 'piped');
assert.strictEqual(execFileSync('echo', ['a', 'b'], { encoding: 'utf8' }), 'a b\n');

assert.throws(() => execSync('echo bad >&2; exit 3', { stdio: 'pipe' }), (err) => {
  assert.strictEqual(err.message, 'Command failed: echo bad >&2; exit 3\nbad\n');
  assert.strictEqual(err.status, 3);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.stderr.toString(), 'bad\n');
  assert.strictEqual(err.stdout.toString(), '');
  assert.strictEqual(typeof err.pid, 'number');
  return true;
});
assert.throws(() => execFileSync('sh', ['-c', 'exit 2'], { stdio: 'pipe' }), (err) => {
  assert.strictEqual(err.message, 'Command failed: sh -c exit 2');
  assert.strictEqual(err.status, 2);
  return true;
});
assert.throws(() => execFileSync('lode-no-such-binary'), (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.message, 'spawnSync lode-no-such-binary ENOENT');
  assert.ok(err.error === err);
  return true;
});
assert.throws(() => execSync('sleep 10', { timeout: 50 }), (err) => {
  assert.strictEqual(err.code, 'ETIMEDOUT');
  assert.strictEqual(err.signal, 'SIGTERM');
  return true;
});
assert.throws(() => spawnSync('cat', { input: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => spawnSync('cat', { timeout: 1.5 }), { code: 'ERR_OUT_OF_RANGE' });
