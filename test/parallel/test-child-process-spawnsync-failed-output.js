'use strict';
// spawnSync() of a program that cannot start: error set, status and signal null, output null
// and stdout/stderr undefined; a child that ran with ignored stdio has null in output.
require('../common');
const assert = require('assert');
const { spawnSync, execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

for (const file of ['definitely-not-a-command-lode', os.tmpdir()]) {
  const result = spawnSync(file, ['x']);
  assert.ok(result.error instanceof Error);
  assert.match(result.error.code, /^(ENOENT|EACCES)$/);
  assert.strictEqual(result.error.syscall, `spawnSync ${file}`);
  assert.strictEqual(result.error.path, file);
  assert.deepStrictEqual(result.error.spawnargs, ['x']);
  assert.strictEqual(result.status, null);
  assert.strictEqual(result.signal, null);
  assert.strictEqual(result.output, null);
  assert.strictEqual(result.stdout, undefined);
  assert.strictEqual(result.stderr, undefined);
  assert.strictEqual(result.pid, 0);
  // With an encoding too.
  assert.strictEqual(spawnSync(file, { encoding: 'utf8' }).stdout, undefined);
}

// A file without execute permission fails with EACCES.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-spawnsync-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const script = path.join(dir, 'not-executable.sh');
fs.writeFileSync(script, '#!/bin/sh\necho hi\n', { mode: 0o644 });
const denied = spawnSync(script);
assert.strictEqual(denied.error.code, 'EACCES');
assert.strictEqual(denied.stdout, undefined);
assert.throws(() => execFileSync(script), { code: 'EACCES' });

// A child that ran: ignored streams are null in output and as stdout/stderr.
const ran = spawnSync(process.execPath, ['-e', '0'], { stdio: 'ignore' });
assert.strictEqual(ran.status, 0);
assert.deepStrictEqual(ran.output, [null, null, null]);
assert.strictEqual(ran.stdout, null);
assert.strictEqual(ran.stderr, null);
