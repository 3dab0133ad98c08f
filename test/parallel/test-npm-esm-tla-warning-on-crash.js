'use strict';
// An ES module entry that dies of an uncaught exception while a top-level await is still
// pending: Node prints the error and exits 1, with no "Detected unsettled top-level await"
// warning (the warning is only for a loop that ran dry with the evaluation pending).
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-tla-'));
const file = path.join(dir, 'entry.mjs');
fs.writeFileSync(file, 'await new Promise((r) => setTimeout(r, 1));\n' +
  "await new Promise(() => { setTimeout(() => { throw new Error('boom'); }, 5); });\n");
const result = spawnSync(process.execPath, [file], { encoding: 'utf8' });
fs.rmSync(dir, { recursive: true });
assert.strictEqual(result.status, 1);
assert.match(result.stderr, /Error: boom/);
assert.doesNotMatch(result.stderr, /unsettled top-level await/);
