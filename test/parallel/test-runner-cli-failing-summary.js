'use strict';
// `--test` with the spec reporter: the totals of all files come first, then one
// "failing tests" list with the failures of every file (each entry with its location,
// entries separated by a blank line and none after the last); a file that fails to load is
// listed as `test at <file>:1:1` with 'test failed'.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-test-failing-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
fs.writeFileSync(path.join(dir, 'a.test.js'),
                 "const { test } = require('node:test');\n" +
                 "test('a fails', () => { throw new Error('from a'); });\n" +
                 "test('a passes', () => {});\n");
fs.writeFileSync(path.join(dir, 'b.test.mjs'),
                 "import { test } from 'node:test';\n" +
                 "test('b fails', () => { throw new Error('from b'); });\n");
fs.writeFileSync(path.join(dir, 'c.test.js'), 'this is not javascript (\n');

const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec'],
                         { cwd: dir, encoding: 'utf8', timeout: 60000 });
assert.strictEqual(result.status, 1, result.stdout + result.stderr);
const out = result.stdout;

const totals = out.indexOf('\u2139 tests 4\n');
const list = out.indexOf('\n\u2716 failing tests:\n\n');
assert.ok(totals !== -1, out);
assert.ok(list > totals, out);
assert.strictEqual(out.indexOf('failing tests'), out.lastIndexOf('failing tests'), out);

const failing = out.slice(list + '\n\u2716 failing tests:\n\n'.length);
const entries = failing.split(/\n(?=test at )/);
assert.strictEqual(entries.length, 3, failing);
assert.match(entries[0], /^test at a\.test\.js:2:1\n\u2716 a fails \([\d.]+ms\)\n  Error: from a\n/);
assert.match(entries[1], /^test at b\.test\.mjs:2:1\n\u2716 b fails \([\d.]+ms\)\n  Error: from b\n/);
assert.match(entries[2], /^test at c\.test\.js:1:1\n\u2716 c\.test\.js \([\d.]+ms\)\n  'test failed'\n$/);
// A blank line ends every entry but the last.
assert.match(failing, /\n\ntest at b\.test\.mjs:/);
assert.match(failing, /\n\ntest at c\.test\.js:/);
