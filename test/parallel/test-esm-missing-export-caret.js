'use strict';
// A module that imports a name its dependency does not export fails at link time with a
// SyntaxError whose header quotes the import and underlines the whole name as written (the
// local name of a default import, the quoted string of a string name).
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-esm-caret-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
fs.writeFileSync(path.join(dir, 'dep.mjs'), 'export const present = 1;\n');
fs.writeFileSync(path.join(dir, 'dep.cjs'), 'module.exports = { present: 1 };\n');

const cases = [
  ["import { missingName } from './dep.mjs';", '         ^^^^^^^^^^^', 'missingName'],
  ["import { missingName as local } from './dep.mjs';", '         ^^^^^^^^^^^', 'missingName'],
  ["import dflt from './dep.mjs';", '       ^^^^', 'default'],
  ["import { present, 'odd name' as odd } from './dep.mjs';", '                  ^^^^^^^^^^',
   'odd name'],
  ["import { absent } from './dep.cjs';", '         ^^^^^^', 'absent'],
];
for (const [source, caret, name] of cases) {
  const file = path.join(dir, 'main.mjs');
  fs.writeFileSync(file, `${source}\n`);
  const result = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 30000 });
  assert.strictEqual(result.status, 1, result.stderr);
  const lines = result.stderr.split('\n');
  assert.strictEqual(lines[0], `file://${file}:1`);
  assert.strictEqual(lines[1], source);
  assert.strictEqual(lines[2], caret, result.stderr);
  assert.match(lines[3], /^SyntaxError: /);
  assert.ok(lines[3].includes(`'${name}'`), lines[3]);
}
