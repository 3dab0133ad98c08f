'use strict';
// exec and execFile: callbacks with stdout/stderr, encodings, errors with code, killed,
// signal and cmd, timeout, maxBuffer, util.promisify.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const { exec, execFile } = require('child_process');

exec('echo hi; echo there >&2', common.mustSucceed((stdout, stderr) => {
  assert.strictEqual(stdout, 'hi\n');
  assert.strictEqual(stderr, 'there\n');
}));

exec('printf abc', { encoding: 'buffer' }, common.mustSucceed((stdout, stderr) => {
  assert.ok(Buffer.isBuffer(stdout));
  assert.strictEqual(stdout.toString(), 'abc');
  assert.ok(Buffer.isBuffer(stderr));
}));

exec('printf abc', { encoding: 'hex' }, common.mustSucceed((stdout) => {
  assert.strictEqual(stdout, '616263');
}));

exec('echo out; echo bad >&2; exit 3', common.mustCall((err, stdout, stderr) => {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.message, 'Command failed: echo out; echo bad >&2; exit 3\nbad\n');
  assert.strictEqual(err.code, 3);
  assert.strictEqual(err.killed, false);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.cmd, 'echo out; echo bad >&2; exit 3');
  assert.strictEqual(stdout, 'out\n');
  assert.strictEqual(stderr, 'bad\n');
}));

exec('sleep 10', { timeout: 50 }, common.mustCall((err) => {
  assert.strictEqual(err.killed, true);
  assert.strictEqual(err.signal, 'SIGTERM');
  assert.strictEqual(err.code, null);
}));

exec('sleep 10', { timeout: 50, killSignal: 'SIGKILL' }, common.mustCall((err) => {
  assert.strictEqual(err.signal, 'SIGKILL');
}));

exec('head -c 5000 /dev/zero', { maxBuffer: 100 }, common.mustCall((err, stdout) => {
  assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
  assert.strictEqual(err.message, 'stdout maxBuffer length exceeded');
  assert.strictEqual(err.name, 'RangeError');
  assert.strictEqual(stdout.length, 100);
}));

exec('head -c 5000 /dev/zero >&2', { maxBuffer: 10 }, common.mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.message, 'stderr maxBuffer length exceeded');
  assert.strictEqual(stderr.length, 10);
}));

exec('head -c 3000000 /dev/zero', { maxBuffer: Infinity }, common.mustSucceed((stdout) => {
  assert.strictEqual(stdout.length, 3000000);
}));

execFile('echo', ['a', 'b'], common.mustSucceed((stdout) => assert.strictEqual(stdout, 'a b\n')));
execFile('sh', ['-c', 'exit 4'], common.mustCall((err) => {
  assert.strictEqual(err.code, 4);
  assert.strictEqual(err.cmd, 'sh -c exit 4');
}));
execFile('lode-no-such-binary', common.mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.message, 'spawn lode-no-such-binary ENOENT');
  assert.strictEqual(err.cmd, 'lode-no-such-binary');
  assert.strictEqual(stdout, '');
  assert.strictEqual(stderr, '');
}));

{
  const ac = new AbortController();
  execFile('sleep', ['10'], { signal: ac.signal }, common.mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
  }));
  ac.abort();
}

(async () => {
  const pexec = util.promisify(exec);
  const p = pexec('echo promised');
  assert.strictEqual(typeof p.child.pid, 'number');
  assert.deepStrictEqual(await p, { stdout: 'promised\n', stderr: '' });
  const pexecFile = util.promisify(execFile);
  assert.deepStrictEqual(await pexecFile('echo', ['x']), { stdout: 'x\n', stderr: '' });
  await assert.rejects(pexec('echo o; echo e >&2; exit 1'), (err) => {
    assert.strictEqual(err.code, 1);
    assert.strictEqual(err.stdout, 'o\n');
    assert.strictEqual(err.stderr, 'e\n');
    return true;
  });
})().then(common.mustCall());

assert.throws(() => exec(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => exec('echo', { maxBuffer: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => execFile('echo', [], {}, 'nope'), { code: 'ERR_INVALID_ARG_TYPE' });
