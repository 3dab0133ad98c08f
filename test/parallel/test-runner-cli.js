'use strict';
// `--test [files]`: finds the test files (default patterns, node_modules left out), runs
// each in a child process and prints one summary; a file that fails to load counts as one
// failed test; the exit code is 1 when anything failed. --test-only makes `only` apply.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-test-cli-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name, text) => {
  fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  fs.writeFileSync(path.join(dir, name), text);
};
write('test/a.test.js', "require('node:test')('a passes', () => {});\n");
write('b.test.mjs', "import { test } from 'node:test';\n" +
  "test('b fails', () => { throw new Error('b'); });\ntest('b passes', () => {});\n");
write('test/c-bad.js', 'this is not javascript (\n');
write('node_modules/x/x.test.js',
      "require('node:test')('must not run', () => { throw new Error('x'); });\n");
write('helper.js', "console.log('not a test file');\n");
write('only.test.js', "const { test } = require('node:test');\n" +
  "test.only('kept', () => {});\ntest('dropped with --test-only', () => {});\n");

function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', timeout: 60000 });
  const counts = {};
  for (const line of result.stdout.split('\n')) {
    const match = /^(?:\u2139|#) (tests|suites|pass|fail|cancelled|skipped|todo) (\d+)$/.exec(line);
    if (match !== null) counts[match[1]] = Number(match[2]);
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, counts };
}

{
  const { status, stdout, stderr, counts } = run(['--test']);
  assert.strictEqual(status, 1, stdout + stderr);
  assert.deepStrictEqual(counts, {
    tests: 6, suites: 0, pass: 4, fail: 2, cancelled: 0, skipped: 0, todo: 0,
  });
  assert.match(stdout, /^\u2716 b fails/m);
  assert.match(stdout, /^\u2714 a passes/m);
  assert.match(stdout, /^\u2716 test[/\\]c-bad\.js/m);
  assert.doesNotMatch(stdout, /must not run|not a test file/);
}

{
  const { status, counts } = run(['--test', 'test/a.test.js']);
  assert.strictEqual(status, 0);
  assert.deepStrictEqual(counts, {
    tests: 1, suites: 0, pass: 1, fail: 0, cancelled: 0, skipped: 0, todo: 0,
  });
}

{
  const { status, counts } = run(['--test', '--test-only', 'only.test.js']);
  assert.strictEqual(status, 0);
  assert.strictEqual(counts.tests, 1);
  assert.strictEqual(counts.pass, 1);
}

{
  const { status, stdout, counts } = run(['--test', '--test-reporter=tap', 'b.test.mjs']);
  assert.strictEqual(status, 1);
  assert.match(stdout, /^TAP version 13$/m);
  assert.match(stdout, /^not ok \d+ - b fails$/m);
  assert.deepStrictEqual(counts, {
    tests: 2, suites: 0, pass: 1, fail: 1, cancelled: 0, skipped: 0, todo: 0,
  });
}
