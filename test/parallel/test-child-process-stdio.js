'use strict';
// stdio forms: 'ignore', 'inherit', fd numbers, per-slot arrays, extra pipes beyond fd 2,
// 'overlapped', a stream with an fd, and 10 MiB written quickly by a child.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

{
  const child = spawn('echo', ['x'], { stdio: 'ignore' });
  assert.strictEqual(child.stdin, null);
  assert.strictEqual(child.stdout, null);
  assert.strictEqual(child.stderr, null);
  assert.deepStrictEqual(child.stdio, [null, null, null]);
  child.on('close', common.mustCall((code) => assert.strictEqual(code, 0)));
}

{
  const child = spawn('true', { stdio: 'inherit' });
  assert.deepStrictEqual(child.stdio, [null, null, null]);
  child.on('close', common.mustCall((code) => assert.strictEqual(code, 0)));
}

{
  // An fd number (a file) as stdout, and a stream with an fd.
  const file = path.join(os.tmpdir(), `lode-cp-stdio-${process.pid}.txt`);
  const fd = fs.openSync(file, 'w');
  const child = spawn('echo', ['to-file'], { stdio: ['ignore', fd, 'pipe'] });
  assert.strictEqual(child.stdout, null);
  assert.notStrictEqual(child.stderr, null);
  child.on('close', common.mustCall(() => {
    fs.closeSync(fd);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'to-file\n');
    fs.unlinkSync(file);
  }));
}

{
  // Extra pipes: fd 3 and fd 4 of the child, each a duplex socket in the parent.
  const child = spawn('sh', ['-c', 'echo three >&3; cat <&4 >&3'], {
    stdio: ['pipe', 'pipe', 'pipe', 'pipe', 'overlapped'],
  });
  assert.strictEqual(child.stdio.length, 5);
  let out = '';
  child.stdio[3].on('data', (d) => { out += d; });
  child.stdio[4].end('four\n');
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, 'three\nfour\n');
  }));
}

{
  // 'ignore' beyond fd 2 leaves the slot out; undefined there means ignore too.
  const child = spawn('sh', ['-c', 'echo hi >&3 2>/dev/null || echo closed'], {
    stdio: ['pipe', 'pipe', 'pipe', 'ignore'],
  });
  assert.strictEqual(child.stdio[3], null);
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', common.mustCall(() => assert.strictEqual(out, 'closed\n')));
}

{
  // 10 MiB from a child that writes fast.
  const child = spawn('head', ['-c', String(10 * 1024 * 1024), '/dev/zero']);
  let n = 0;
  child.stdout.on('data', (d) => { n += d.length; });
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(n, 10 * 1024 * 1024);
  }));
}

{
  // Unread output does not keep 'close' from coming.
  const child = spawn('sh', ['-c', 'echo lots; echo more >&2']);
  child.on('close', common.mustCall((code) => assert.strictEqual(code, 0)));
}
