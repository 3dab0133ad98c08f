'use strict';
// --test-name-pattern / --test-skip-pattern: only the tests whose name (or an ancestor's, or
// the names from the outermost suite down joined by spaces) matches a name pattern run, and
// none that matches a skip pattern; the others are not run, reported or counted, and a suite
// is kept only for the tests of it that run (its hooks run for those). Patterns may be
// regular expression literals with flags, and be given several times; with --test, the
// children get them too.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-test-patterns-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'a.test.js');
fs.writeFileSync(file, `
const { test, describe, it, before, beforeEach } = require('node:test');
const ran = [];
process.on('exit', () => console.log('RAN ' + ran.join(',')));
describe('outer', () => {
  before(() => ran.push('before outer'));
  beforeEach((t) => ran.push('each ' + t.name));
  it('alpha', () => ran.push('alpha'));
  it('beta', () => ran.push('beta'));
  describe('inner', () => {
    before(() => ran.push('before inner'));
    it('gamma', () => ran.push('gamma'));
  });
});
test('delta', async (t) => {
  ran.push('delta');
  await t.test('delta child', () => ran.push('delta child'));
});
test('Epsilon', () => ran.push('Epsilon'));
`);

function run(...flags) {
  const result = spawnSync(process.execPath, [...flags, file], { encoding: 'utf8', timeout: 60000 });
  assert.strictEqual(result.status, 0, result.stdout + result.stderr);
  const ran = /^RAN (.*)$/m.exec(result.stdout)[1];
  const tests = Number(/^(?:\u2139|#) tests (\d+)$/m.exec(result.stdout)?.[1]);
  const suites = Number(/^(?:\u2139|#) suites (\d+)$/m.exec(result.stdout)?.[1]);
  return { ran, tests, suites, stdout: result.stdout };
}

let r = run('--test-name-pattern=alpha');
assert.strictEqual(r.ran, 'before outer,each alpha,alpha');
assert.strictEqual(r.tests, 1);
assert.strictEqual(r.suites, 1);
assert.doesNotMatch(r.stdout, /inner|gamma|delta|Epsilon/);

r = run('--test-skip-pattern=beta');
assert.strictEqual(r.ran, 'before outer,each alpha,alpha,before inner,each gamma,gamma,' +
                   'delta,delta child,Epsilon');

r = run('--test-name-pattern=/EPSILON/i', '--test-name-pattern', 'delta');
assert.strictEqual(r.ran, 'delta,delta child,Epsilon');
assert.strictEqual(r.suites, 0);

// A suite's name matches for all its tests; a skip pattern still applies to them.
r = run('--test-name-pattern=outer', '--test-skip-pattern=alpha');
assert.strictEqual(r.ran, 'before outer,each beta,beta,before inner,each gamma,gamma');

// The names joined: "outer inner gamma".
r = run('--test-name-pattern=inner gamma');
assert.strictEqual(r.ran, 'before outer,before inner,each gamma,gamma');

// A subtest of a test that does not match is never declared.
r = run('--test-name-pattern=delta child');
assert.strictEqual(r.ran, '');

// Under --test the child processes get the patterns.
r = run('--test', '--test-name-pattern=gamma');
assert.strictEqual(r.ran, 'before outer,before inner,each gamma,gamma');
assert.strictEqual(r.tests, 1);
