'use strict';
// --test-global-setup=<module>: its globalSetup() runs once before the tests and its
// globalTeardown() once after the summary, in the process that runs the tests; under --test
// the children see what setup put in process.env, and do not run the hooks again.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-test-global-setup-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
fs.writeFileSync(path.join(dir, 'setup.mjs'), `
export async function globalSetup() {
  await new Promise((resolve) => setTimeout(resolve, 10));
  console.log('SETUP');
  process.env.FROM_SETUP = 'yes';
}
export async function globalTeardown() { console.log('TEARDOWN'); }
`);
fs.writeFileSync(path.join(dir, 'a.test.js'),
                 "require('node:test')('a', () => { console.log('a env=' + process.env.FROM_SETUP); });\n");
fs.writeFileSync(path.join(dir, 'b.test.js'),
                 "require('node:test')('b', () => { console.log('b env=' + process.env.FROM_SETUP); });\n");

for (const args of [['a.test.js'], ['--test', 'a.test.js', 'b.test.js']]) {
  const r = spawnSync(process.execPath, ['--test-global-setup=setup.mjs', ...args],
                      { cwd: dir, encoding: 'utf8', timeout: 60000 });
  assert.strictEqual(r.status, 0, r.stdout + r.stderr);
  const lines = r.stdout.split('\n');
  assert.strictEqual(lines.filter((l) => l === 'SETUP').length, 1, r.stdout);
  assert.strictEqual(lines.filter((l) => l === 'TEARDOWN').length, 1, r.stdout);
  assert.strictEqual(lines[0], 'SETUP', r.stdout);
  assert.ok(lines.includes('a env=yes'), r.stdout);
  assert.ok(lines.indexOf('TEARDOWN') > lines.findIndex((l) => l.startsWith('\u2139 duration_ms')),
            r.stdout);
}
