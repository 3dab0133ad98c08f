'use strict';
// spawn: stdout/stderr pipes, stdin to cat, exit codes, 'spawn'/'exit'/'close' order, pid,
// spawnfile/spawnargs, argv0, env, cwd.
const common = require('../common');
const assert = require('assert');
const os = require('os');
const { spawn, ChildProcess } = require('child_process');

{
  const child = spawn('echo', ['hello', 'world']);
  assert.ok(child instanceof ChildProcess);
  assert.strictEqual(typeof child.pid, 'number');
  assert.strictEqual(child.spawnfile, 'echo');
  assert.deepStrictEqual(child.spawnargs, ['echo', 'hello', 'world']);
  assert.strictEqual(child.exitCode, null);
  assert.strictEqual(child.signalCode, null);
  assert.strictEqual(child.killed, false);
  assert.strictEqual(child.connected, false);
  assert.strictEqual(child.stdio.length, 3);
  assert.strictEqual(child.stdio[0], child.stdin);
  assert.strictEqual(child.stdio[1], child.stdout);
  let out = '';
  const events = [];
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => { out += d; });
  child.on('spawn', common.mustCall(() => events.push('spawn')));
  child.on('exit', common.mustCall((code, signal) => {
    events.push('exit');
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
    assert.strictEqual(child.exitCode, 0);
  }));
  child.on('close', common.mustCall((code, signal) => {
    events.push('close');
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
    assert.strictEqual(out, 'hello world\n');
    assert.deepStrictEqual(events, ['spawn', 'exit', 'close']);
  }));
}

{
  // stdin → cat → stdout, with a large payload in both directions.
  const child = spawn('cat');
  const chunks = [];
  child.stdout.on('data', (d) => chunks.push(d));
  const big = Buffer.alloc(3 * 1024 * 1024, 'abcdefgh');
  child.stdin.end(big);
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.ok(Buffer.concat(chunks).equals(big));
  }));
}

{
  const child = spawn('sh', ['-c', 'echo err >&2; exit 7']);
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  child.on('close', common.mustCall((code, signal) => {
    assert.strictEqual(code, 7);
    assert.strictEqual(signal, null);
    assert.strictEqual(err, 'err\n');
  }));
}

{
  // env replaces the environment; argv0 is what the child sees as $0.
  const child = spawn('sh', ['-c', 'echo "$FOO:$HOME:$0"'], {
    env: { FOO: 'bar', SKIPPED: undefined }, argv0: 'custom0',
  });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', common.mustCall(() => {
    assert.strictEqual(out, 'bar::custom0\n');
  }));
}

{
  const dir = os.tmpdir();
  const child = spawn('pwd', { cwd: dir });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', common.mustCall(() => {
    assert.strictEqual(require('fs').realpathSync(out.trim()), require('fs').realpathSync(dir));
  }));
}

{
  // shell: true runs the command line through /bin/sh; a path picks the shell.
  const child = spawn('echo $((1 + 2)) | tr 3 x', { shell: true });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', common.mustCall(() => assert.strictEqual(out, 'x\n')));
  const child2 = spawn('echo', ['a', 'b'], { shell: '/bin/sh', windowsHide: true });
  assert.deepStrictEqual(child2.spawnargs, ['/bin/sh', '-c', 'echo a b']);
  let out2 = '';
  child2.stdout.on('data', (d) => { out2 += d; });
  child2.on('close', common.mustCall(() => assert.strictEqual(out2, 'a b\n')));
}

{
  // A child that exits before reading its stdin: writing gets EPIPE, never a crash.
  const child = spawn('true');
  child.stdin.on('error', (err) => assert.ok(['EPIPE', 'ECONNRESET'].includes(err.code)));
  child.on('exit', common.mustCall(() => {
    child.stdin.write(Buffer.alloc(1024 * 1024));
  }));
}
