'use strict';
// kill(): default SIGTERM, names and numbers, 'exit' with the signal, killed, bad signals,
// kill after exit, timeout + killSignal, AbortSignal.
const common = require('../common');
const assert = require('assert');
const os = require('os');
const { spawn } = require('child_process');

{
  const child = spawn('sleep', ['10']);
  child.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGTERM');
    assert.strictEqual(child.signalCode, 'SIGTERM');
    assert.strictEqual(child.exitCode, null);
    assert.strictEqual(child.kill(), false);
  }));
  child.on('close', common.mustCall((code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGTERM');
  }));
  assert.throws(() => child.kill('SIGNOPE'), { code: 'ERR_UNKNOWN_SIGNAL' });
  assert.strictEqual(child.kill(), true);
  assert.strictEqual(child.killed, true);
}

{
  const child = spawn('sleep', ['10']);
  child.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGKILL')));
  assert.strictEqual(child.kill(os.constants.signals.SIGKILL), true);
}

{
  const child = spawn('sleep', ['10']);
  child.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGINT')));
  assert.strictEqual(child.kill('SIGINT'), true);
}

{
  // Signal 0 only checks that the process exists.
  const child = spawn('sleep', ['10']);
  assert.strictEqual(child.kill(0), true);
  child.kill('SIGKILL');
}

{
  const start = Date.now();
  const child = spawn('sleep', ['10'], { timeout: 100, killSignal: 'SIGUSR2' });
  child.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(signal, 'SIGUSR2');
    assert.ok(Date.now() - start < 5000);
  }));
}

{
  const ac = new AbortController();
  const child = spawn('sleep', ['10'], { signal: ac.signal });
  child.on('error', common.mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.cause, 'why');
  }));
  child.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGTERM')));
  setTimeout(() => ac.abort('why'), 50);
}

{
  // Already aborted: killed right after spawning.
  const child = spawn('sleep', ['10'], { signal: AbortSignal.abort(), killSignal: 'SIGKILL' });
  child.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
  child.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGKILL')));
}
