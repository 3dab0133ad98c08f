'use strict';
// spawn failures: ENOENT for a missing binary and a missing cwd (Node's error shape, 'close'
// after 'error', stdio streams that exist but never connect), and argument validation.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

{
  const child = spawn('lode-no-such-binary', ['a', 'b']);
  assert.strictEqual(child.pid, undefined);
  child.on('spawn', common.mustNotCall());
  child.on('exit', common.mustNotCall());
  child.on('error', common.mustCall((err) => {
    assert.strictEqual(err.message, 'spawn lode-no-such-binary ENOENT');
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.errno, -2);
    assert.strictEqual(err.syscall, 'spawn lode-no-such-binary');
    assert.strictEqual(err.path, 'lode-no-such-binary');
    assert.deepStrictEqual(err.spawnargs, ['a', 'b']);
    assert.strictEqual(child.stdin.destroyed, true);
  }));
  child.on('close', common.mustCall((code, signal) => {
    assert.strictEqual(code, -2);
    assert.strictEqual(signal, null);
  }));
}

{
  const child = spawn('true', { cwd: '/lode-no-such-dir' });
  child.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'spawn true');
    assert.strictEqual(err.path, 'true');
  }));
}

assert.throws(() => spawn(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => spawn(''), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => spawn('echo', 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => spawn('echo', [], 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => spawn('echo', ['a\u0000b']), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => spawn('echo', { env: { A: 'x\u0000' } }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => spawn('echo', { uid: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => spawn('echo', { shell: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => spawn('echo', { detached: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => spawn('echo', { stdio: 'bogus' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => spawn('echo', { stdio: [{}] }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => spawn('echo', { stdio: ['ipc', 'ipc'] }), { code: 'ERR_IPC_ONE_PIPE' });
assert.throws(() => spawn('echo', { timeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => spawn('echo', { killSignal: 'SIGNOPE' }), { code: 'ERR_UNKNOWN_SIGNAL' });
assert.throws(() => spawn('echo', { signal: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => spawn('echo', { serialization: 'xml' }), { code: 'ERR_INVALID_ARG_VALUE' });
