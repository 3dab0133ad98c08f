'use strict';
// The spec reporter colors its lines as Node does when colors are on (FORCE_COLOR, or a color
// terminal on stderr): a passed test green, a failed one red, a skipped one gray, a failed
// todo yellow ⚠ (a passed todo is a green ✔), durations gray, diagnostics and totals blue;
// `--test` children follow the parent. Without colors, no escape codes at all.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-test-colors-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
fs.writeFileSync(path.join(dir, 'c.test.js'), `
const { test } = require('node:test');
test('good', (t) => { t.diagnostic('a note'); });
test('bad', () => { throw new Error('bad one'); });
test('skipped', { skip: true }, () => {});
test('todo passing', { todo: true }, () => {});
test('todo failing', { todo: 'later' }, () => { throw new Error('x'); });
`);

const ESC = '\u001b';
const green = `${ESC}[32m`;
const red = `${ESC}[31m`;
const gray = `${ESC}[90m`;
const blue = `${ESC}[34m`;
const yellow = `${ESC}[33m`;
const white = `${ESC}[39m`;

function run(args, env) {
  const { FORCE_COLOR, NO_COLOR, NODE_DISABLE_COLORS, ...rest } = process.env;
  return spawnSync(process.execPath, args, {
    cwd: dir, encoding: 'utf8', timeout: 60000, env: { ...rest, ...env },
  });
}

// Durations vary: the checks read them as (Nms).
const normalized = (text) => text.replace(/\(\d+(?:\.\d+)?ms\)/g, '(Nms)');

for (const args of [['c.test.js'], ['--test', 'c.test.js']]) {
  const lines = normalized(run(args, { FORCE_COLOR: '1' }).stdout).split('\n');
  const has = (line) => assert.ok(lines.includes(line), `${JSON.stringify(line)} in\n${lines.join('\n')}`);
  has(`${green}\u2714 good ${gray}(Nms)${white}${white}`);
  has(`${blue}\u2139 a note${white}`);
  has(`${red}\u2716 bad ${gray}(Nms)${white}${white}`);
  has(`${gray}\uFE63 skipped ${gray}(Nms)${white} # SKIP${white}`);
  has(`${green}\u2714 todo passing ${gray}(Nms)${white} # TODO${white}`);
  has(`${yellow}\u26A0 todo failing ${gray}(Nms)${white} # later${white}`);
  has(`${blue}\u2139 tests 5${white}`);
  has(`${red}\u2716 failing tests:${white}`);
}
for (const env of [{}, { FORCE_COLOR: '0' }]) {
  for (const args of [['c.test.js'], ['--test', 'c.test.js']]) {
    const { stdout } = run(args, env);
    assert.ok(!stdout.includes(ESC), stdout);
    assert.match(stdout, /^\u2714 todo passing \([\d.]+ms\) # TODO$/m);
    assert.match(stdout, /^\u26A0 todo failing \([\d.]+ms\) # later$/m);
  }
}
