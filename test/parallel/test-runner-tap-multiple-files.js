'use strict';
// `--test --test-reporter=tap` over several files: one TAP stream numbering the top-level
// tests of all files in turn, the tests' own output (stdout and stderr) as `# ` comments, a
// file that fails to load as a failed test, and a plan of all top-level tests.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-test-tap-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
fs.writeFileSync(path.join(dir, 'a.test.js'), "const { test } = require('node:test');\n" +
  "console.log('hello from a');\ntest('a1', () => {});\ntest('a2', () => {});\n");
fs.writeFileSync(path.join(dir, 'b.test.js'), "const { test } = require('node:test');\n" +
  "test('b1', () => { console.log('in b1'); console.error('err in b1'); });\n");
fs.writeFileSync(path.join(dir, 'c.test.js'), 'not javascript (\n');

const args = ['--test', '--test-reporter=tap', 'a.test.js', 'b.test.js'];
{
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', timeout: 60000 });
  assert.strictEqual(r.status, 0, r.stdout + r.stderr);
  const lines = r.stdout.split('\n');
  const order = ['TAP version 13', '# hello from a', 'ok 1 - a1', 'ok 2 - a2', '# in b1',
                 '# err in b1', 'ok 3 - b1', '1..3', '# tests 3', '# pass 3'];
  let at = -1;
  for (const line of order) {
    const next = lines.indexOf(line, at + 1);
    assert.ok(next > at, `${JSON.stringify(line)} after line ${at} in\n${r.stdout}`);
    at = next;
  }
  assert.ok(!lines.includes('hello from a'), r.stdout);
}
{
  const r = spawnSync(process.execPath, [...args, 'c.test.js'],
                      { cwd: dir, encoding: 'utf8', timeout: 60000 });
  assert.strictEqual(r.status, 1);
  assert.match(r.stdout, /^# Subtest: c\.test\.js\nnot ok \d+ - c\.test\.js\n {2}---\n/m);
  assert.match(r.stdout, /^ {2}failureType: 'testCodeFailure'\n {2}exitCode: 1\n {2}signal: ~\n {2}error: 'test failed'\n {2}code: 'ERR_TEST_FAILURE'$/m);
  assert.match(r.stdout, /^1\.\.4$/m);
  assert.match(r.stdout, /^# fail 1$/m);
}
