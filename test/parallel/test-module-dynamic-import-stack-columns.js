'use strict';
// Stack columns in a CommonJS file that calls import() (which Lode rewrites, and compiles
// with one more wrapper parameter) are the file's own: on line 1, and after import() calls.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-import-columns-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'c.js');
fs.writeFileSync(file,
                 'const e0 = new Error("a"); const p = import("node:path"); ' +
                 'const e1 = new Error("x");\n' +
                 'const q = [import("node:fs"), import("node:os")]; const e2 = new Error("y");\n' +
                 'const at = (e) => /:(\\d+:\\d+)\\)$/.exec(e.stack.split("\\n")[1])[1];\n' +
                 'console.log([e0, e1, e2].map(at).join(" "));\n' +
                 'Promise.all([p, ...q]).then(() => { throw new Error("late"); });\n');
const result = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 30000 });
assert.strictEqual(result.stdout, '1:12 1:70 2:62\n');
// The unhandled rejection's header quotes line 5 with the caret under `new`.
const lines = result.stderr.split('\n');
assert.strictEqual(lines[0], `${file}:5`);
assert.strictEqual(lines[2], `${' '.repeat(42)}^`);
