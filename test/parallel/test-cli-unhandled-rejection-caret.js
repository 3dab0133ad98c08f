'use strict';
// The header of an error that ends the process: for a thrown error the caret goes under the
// `throw` of `throw new X(...)`; for an unhandled rejection (no throw site) under the
// error's own place, its `new`.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-rejection-caret-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

const cases = [
  ['async function f() {\n  throw new Error("in async");\n}\nf();\n', 2, 8],
  ['Promise.resolve().then(() => { throw new Error("late"); });\n', 1, 37],
  ['setTimeout(() => { throw new Error("timer"); });\n', 1, 19],
  ['function g() {\n  throw new TypeError("sync");\n}\ng();\n', 2, 2],
];
cases.forEach(([source, line, caret], i) => {
  const file = path.join(dir, `case${i}.js`);
  fs.writeFileSync(file, source);
  const { status, stderr } = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  assert.strictEqual(status, 1);
  const lines = stderr.split('\n');
  assert.strictEqual(lines[0], `${file}:${line}`);
  assert.strictEqual(lines[1], source.split('\n')[line - 1]);
  assert.strictEqual(lines[2], `${' '.repeat(caret)}^`, stderr);
});
