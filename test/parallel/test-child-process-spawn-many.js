'use strict';
// 1,000 spawns to completion leave no zombie behind; detached children lead a new session;
// uid/gid (which take libuv's fork path) work as root and fail with EPERM otherwise.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { spawn, spawnSync } = require('child_process');

const total = 1000;
let started = 0;
let closed = 0;
function next() {
  if (started === total) return;
  started++;
  spawn('true', { stdio: started % 2 ? 'ignore' : 'pipe' }).on('close', (code) => {
    assert.strictEqual(code, 0);
    closed++;
    next();
  });
}
for (let i = 0; i < 16; i++) next();

function zombies() {
  let n = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[0] === 'Z' && Number(fields[1]) === process.pid) n++;
  }
  return n;
}

process.on('exit', () => {
  assert.strictEqual(closed, total);
  assert.strictEqual(zombies(), 0);
});

{
  const child = spawn('sh', ['-c', 'ps -o sid= -p $$'], { detached: true });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(Number(out.trim()), child.pid);
  }));
}

if (process.getuid() === 0) {
  const r = spawnSync('id', ['-u'], { uid: 65534, gid: 65534, encoding: 'utf8' });
  assert.strictEqual(r.stdout, '65534\n');
  const child = spawn('id', ['-g'], { uid: 65534, gid: 65534 });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, '65534\n');
  }));
} else {
  assert.throws(() => spawn('id', { uid: 0 }), { code: 'EPERM', syscall: 'spawn' });
}
