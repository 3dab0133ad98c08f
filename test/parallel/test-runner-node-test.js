'use strict';
// node:test run in-process (`node file.js`): the tap and spec reporters, the summary
// counts, the exit code, hooks order, subtests, suites, plans, skip/todo and timeouts.
// The fixtures are test/fixtures/test-runner/*.js.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const path = require('path');

const fixtures = path.join(__dirname, '..', 'fixtures', 'test-runner');

function run(file, reporter) {
  const args = reporter === undefined ? [] : [`--test-reporter=${reporter}`];
  const result = spawnSync(process.execPath, [...args, path.join(fixtures, file)], {
    encoding: 'utf8', timeout: 30000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function summary(stdout, prefix) {
  const counts = {};
  for (const line of stdout.split('\n')) {
    const match = new RegExp(`^${prefix} (\\w+) ([\\d.]+)$`).exec(line);
    if (match !== null) counts[match[1]] = Number(match[2]);
  }
  delete counts.duration_ms;
  return counts;
}

// A mixed file, tap reporter.
{
  const { status, stdout, stderr } = run('mixed.js', 'tap');
  assert.strictEqual(status, 1, stdout + stderr);
  const lines = stdout.split('\n');
  assert.strictEqual(lines[0], 'TAP version 13');
  assert.deepStrictEqual(summary(stdout, '#'), {
    tests: 19, suites: 2, pass: 10, fail: 4, cancelled: 1, skipped: 3, todo: 1,
  });
  const has = (line) => assert(lines.includes(line), `missing line ${JSON.stringify(line)}`);
  has('ok 1 - sync pass');
  has('ok 2 - async pass');
  has('# a diagnostic');
  has('not ok 3 - fails');
  has("  failureType: 'testCodeFailure'");
  has("  code: 'ERR_ASSERTION'");
  has("  operator: 'strictEqual'");
  has('ok 4 - callback');
  has('not ok 5 - callback error');
  has("  error: 'cb failed'");
  has('not ok 6 - plan short');
  has("  error: 'plan expected 2 assertions but received 1'");
  has('ok 7 - plan met');
  has('ok 8 - skip option # SKIP not today');
  has('ok 9 - skip method # SKIP');
  has('not ok 10 - todo # TODO');
  has('ok 11 - skip inside # SKIP later');
  has('    ok 1 - first');
  has('    ok 2 - second');
  has('    1..2');
  has('ok 12 - subtests');
  has('    not ok 2 - two');
  has('        ok 1 - three');
  has('not ok 13 - suite');
  has("  type: 'suite'");
  has("  failureType: 'subtestsFailed'");
  has("  error: '1 subtest failed'");
  has('not ok 14 - timeout');
  has("  failureType: 'testTimeoutFailure'");
  has("  error: 'test timed out after 20ms'");
  has('ok 15 - name only');
  has('1..15');
  assert.match(stdout, /location: '.*mixed\.js:14:1'/);
  // Hooks: root before first, root after last; beforeEach/afterEach around each test
  // of the suite and its nested suite.
  const order = /ORDER (.*)/.exec(stderr);
  assert.notStrictEqual(order, null, stderr);
  assert.deepStrictEqual(JSON.parse(order[1]), [
    'before', 'sync pass',
    'beforeEach one', 'afterEach one', 'beforeEach two', 'afterEach two',
    'beforeEach three', 'afterEach three', 'after',
  ]);
}

// The same file with the default (spec) reporter.
{
  const { status, stdout } = run('mixed.js');
  assert.strictEqual(status, 1);
  const lines = stdout.split('\n');
  assert.deepStrictEqual(summary(stdout, '\u2139'), {
    tests: 19, suites: 2, pass: 10, fail: 4, cancelled: 1, skipped: 3, todo: 1,
  });
  const has = (re) => assert(lines.some((line) => re.test(line)), `no line matches ${re}`);
  has(/^\u2714 sync pass \([\d.]+ms\)$/);
  has(/^\u2716 fails \([\d.]+ms\)$/);
  has(/^\uFE63 skip option \([\d.]+ms\) # not today$/);
  has(/^\u26A0 todo \([\d.]+ms\) # TODO$/);
  has(/^\u25B6 suite$/);
  has(/^ {2}\u2716 two \([\d.]+ms\)$/);
  has(/^ {4}\u2714 three \([\d.]+ms\)$/);
  has(/^\u2139 a diagnostic$/);
  has(/^\u2716 failing tests:$/);
  has(/^ {2}'plan expected 2 assertions but received 1'$/);
}

// All passing: exit code 0; test() inside a running test is its subtest; concurrency.
{
  const { status, stdout, stderr } = run('pass.js', 'tap');
  assert.strictEqual(status, 0, stdout + stderr);
  assert.deepStrictEqual(summary(stdout, '#'), {
    tests: 7, suites: 0, pass: 7, fail: 0, cancelled: 0, skipped: 0, todo: 0,
  });
  assert.match(stdout, /^ {4}ok 1 - inner$/m);
  assert.match(stdout, /^ {4}ok 2 - after await$/m);
  assert.match(stdout, /^ {8}ok 1 - c1$/m);
  assert.match(stdout, /^ok 2 - signal$/m);
  const seen = /SEEN (.*)/.exec(stderr);
  assert.deepStrictEqual(JSON.parse(seen[1]),
                         ['outer > inner', 'result undefined', 'outer > after await', 'c2',
                          'c1', 'outer']);
}

// Module-level after() hooks run when the queue is empty, not only at exit.
{
  const { status, stdout, stderr } = run('root-after.js', 'tap');
  assert.strictEqual(status, 0, stdout + stderr);
  const order = /ORDER (.*)/.exec(stderr);
  assert.deepStrictEqual(JSON.parse(order[1]),
                         ['first', 'in listen', 'after hook', 'closing', 'late']);
  assert.match(stdout, /^# pass 3$/m);
  assert.match(stdout, /^ok 2 - in listen$/m);
}

// A test awaiting a test declared by a module it imports.
{
  const { status, stdout, stderr } = run('imports-test.js', 'tap');
  assert.strictEqual(status, 0, stdout + stderr);
  assert.deepStrictEqual(summary(stdout, '#'), {
    tests: 2, suites: 0, pass: 2, fail: 0, cancelled: 0, skipped: 0, todo: 0,
  });
}

// `only`.
{
  const { status, stdout, stderr } = run('only.js', 'tap');
  assert.strictEqual(status, 0, stdout + stderr);
  assert.deepStrictEqual(summary(stdout, '#'), {
    tests: 2, suites: 1, pass: 2, fail: 0, cancelled: 0, skipped: 0, todo: 0,
  });
  assert.doesNotMatch(stdout, / - [bd]$/m);
}

// Plans that wait.
{
  const { status, stdout } = run('plan-wait.js', 'tap');
  assert.strictEqual(status, 1);
  assert.deepStrictEqual(summary(stdout, '#'), {
    tests: 3, suites: 0, pass: 2, fail: 0, cancelled: 1, skipped: 0, todo: 0,
  });
  assert.match(stdout,
               /^ {2}error: 'plan timed out after 10ms with 0 assertions when expecting 1'$/m);
}
