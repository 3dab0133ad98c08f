'use strict';
// Test-runner flags that Node 24 accepts: --test-timeout (the default timeout of every
// test), --test-force-exit (end once the tests are done, even with handles open),
// --test-shard=<index>/<total> (a share of the sorted files, checked), and
// --test-concurrency / --test-update-snapshots / --test-isolation, which start the run.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-test-flags-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name, text) => fs.writeFileSync(path.join(dir, name), text);
write('a.test.js', "require('node:test')('a', () => {});\n");
write('b.test.js', "require('node:test')('b', () => {});\n");
write('c.test.js', "require('node:test')('c', () => {});\n");
write('slow.js', "require('node:test')('slow', () => new Promise((r) => setTimeout(r, 5000)));\n");
write('open.js', "require('node:test')('open', () => { setInterval(() => {}, 1000); });\n");

function run(args) {
  return spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', timeout: 30000 });
}
const count = (out, key) => Number(new RegExp(`^\u2139 ${key} (\\d+)$`, 'm').exec(out)?.[1]);

{
  const r = run(['--test-timeout=50', 'slow.js']);
  assert.strictEqual(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /test timed out after 50ms/);
  assert.strictEqual(count(r.stdout, 'cancelled'), 1);
}
{
  const started = Date.now();
  const r = run(['--test-force-exit', 'open.js']);
  assert.strictEqual(r.status, 0, r.stdout + r.stderr);
  assert.strictEqual(count(r.stdout, 'pass'), 1);
  assert.ok(Date.now() - started < 20000);
}
{
  const r = run(['--test', '--test-force-exit', 'open.js']);
  assert.strictEqual(r.status, 0, r.stdout + r.stderr);
  assert.strictEqual(count(r.stdout, 'pass'), 1);
}
{
  const names = (r) => [...r.stdout.matchAll(/^\u2714 (\w+) /gm)].map((m) => m[1]).join();
  const one = run(['--test', '--test-shard=1/2', 'a.test.js', 'b.test.js', 'c.test.js']);
  const two = run(['--test', '--test-shard=2/2', 'a.test.js', 'b.test.js', 'c.test.js']);
  assert.strictEqual(one.status, 0, one.stdout + one.stderr);
  assert.strictEqual(names(one), 'a,c');
  assert.strictEqual(names(two), 'b');
  const bad = run(['--test', '--test-shard=3/2', 'a.test.js']);
  assert.notStrictEqual(bad.status, 0);
  assert.match(bad.stderr, /ERR_OUT_OF_RANGE.*"options\.shard\.index" is out of range/);
  const malformed = run(['--test', '--test-shard=x', 'a.test.js']);
  assert.match(malformed.stderr,
               /ERR_INVALID_ARG_VALUE.*'--test-shard' must be in the form of <index>\/<total>/);
}
for (const flag of ['--test-concurrency=1', '--test-update-snapshots', '--test-isolation=process']) {
  const r = run(['--test', flag, 'a.test.js']);
  assert.strictEqual(r.status, 0, `${flag}: ${r.stdout}${r.stderr}`);
  assert.strictEqual(count(r.stdout, 'pass'), 1);
}
