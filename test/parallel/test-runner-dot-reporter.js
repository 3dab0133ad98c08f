'use strict';
// --test-reporter=dot: a '.' for each test or suite that passed and an 'X' for each that
// failed, in the order they end, then a blank line, "Failed tests:" and each failed one
// (a suite failed by its tests too, a file that did not load as 'test failed'); no totals.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-test-dot-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
fs.writeFileSync(path.join(dir, 'p.test.js'), `
const { test, describe, it } = require('node:test');
describe('s', () => { it('bad', () => { throw new Error('bad one'); }); it('good', () => {}); });
test('skipped', { skip: true }, () => {});
`);
fs.writeFileSync(path.join(dir, 'q.test.js'), 'not javascript (\n');
fs.writeFileSync(path.join(dir, 'ok.test.js'), "require('node:test')('fine', () => {});\n");

function run(args) {
  return spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', timeout: 60000 });
}

{
  const r = run(['--test-reporter=dot', 'p.test.js']);
  assert.strictEqual(r.status, 1);
  assert.ok(r.stdout.startsWith('X.X.\n\nFailed tests:\n\n\u2716 bad ('), r.stdout);
  assert.match(r.stdout, /\n {2}Error: bad one\n/);
  assert.match(r.stdout, /\n\u2716 s \([\d.]+ms\)\n {2}'1 subtest failed'\n$/);
  assert.doesNotMatch(r.stdout, /\u2139/);
}
{
  const r = run(['--test', '--test-reporter=dot', 'ok.test.js', 'p.test.js', 'q.test.js']);
  assert.strictEqual(r.status, 1);
  assert.ok(r.stdout.startsWith('.X.X.X\n\nFailed tests:\n\n\u2716 bad ('), r.stdout);
  assert.match(r.stdout, /\n\u2716 q\.test\.js \([\d.]+ms\)\n {2}'test failed'\n$/);
  assert.strictEqual(r.stderr, '');
}
{
  const r = run(['--test', '--test-reporter=dot', 'ok.test.js']);
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, '.\n');
}
