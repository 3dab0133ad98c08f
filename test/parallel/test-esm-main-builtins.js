'use strict';
// An ES module entry point that imports only built-ins (resolved without the CommonJS
// loader in Lode), its errors, a path that needs percent-encoding in its URL, a module
// without exports and one that imports itself.
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-esm-main-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

function run(name, source) {
  const file = path.join(tmp, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, source);
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, file };
}

// Named and default imports of built-ins, with and without node:, and a node:-only one.
{
  const r = run('builtins.mjs', `
import { readFileSync } from 'fs';
import fsDefault, * as fsNs from 'node:fs';
import events, { EventEmitter, once } from 'events';
import test from 'node:test';
import { sep } from 'node:path';
console.log(typeof readFileSync, readFileSync === fsDefault.readFileSync,
            fsNs.default === fsDefault, EventEmitter === events, typeof once,
            typeof test, sep, import.meta.main);
`);
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, 'function true true true function function / true\n');
}

// Names that are not public built-ins.
for (const [specifier, code] of [
  ['test', 'ERR_MODULE_NOT_FOUND'], // only as node:test
  ['internal/errors', 'ERR_MODULE_NOT_FOUND'],
  ['node:internal/errors', 'ERR_UNKNOWN_BUILTIN_MODULE'],
  ['node:no-such-builtin', 'ERR_UNKNOWN_BUILTIN_MODULE'],
]) {
  const r = run('bad.mjs', `import x from '${specifier}';\n`);
  assert.strictEqual(r.status, 1, specifier);
  assert.match(r.stderr, new RegExp(code), specifier);
}

// A named import that a built-in does not provide.
{
  const r = run('missing.mjs', "import { noSuchExport } from 'node:fs';\n");
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr,
               /SyntaxError: The requested module 'node:fs' does not provide an export named 'noSuchExport'/);
}

// An error thrown by the entry module after its imports ran; exit code 1.
{
  const r = run('throws.mjs', "import 'node:path';\nthrow new RangeError('top level');\n");
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /RangeError: top level/);
  assert.strictEqual(r.stdout, '');
}

// A directory whose name needs percent-encoding: the URL, a relative import, and import()
// of the entry point itself (the same namespace: a module without exports, tagged 'Module'
// and not extensible).
{
  fs.mkdirSync(path.join(tmp, 'dir with space #1'));
  fs.writeFileSync(path.join(tmp, 'dir with space #1', 'dep.mjs'), 'export const value = 42;\n');
  const r = run('dir with space #1/main.mjs', `
import { value } from './dep.mjs';
Promise.all([import(import.meta.url), import('./main.mjs')]).then(([ns, again]) => {
  console.log(import.meta.url.endsWith('/dir%20with%20space%20%231/main.mjs'), value,
              ns === again, Object.keys(ns).length, Object.prototype.toString.call(ns),
              Object.isExtensible(ns),
              import.meta.filename === ${JSON.stringify(path.join(tmp, 'dir with space #1', 'main.mjs'))});
});
`);
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, 'true 42 true 0 [object Module] false true\n');
}

// An entry point that imports itself sees its own live bindings.
{
  const r = run('self.mjs', `
import * as self from './self.mjs';
export let count = 1;
count++;
console.log(self.count, Object.keys(self).join());
`);
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, '2 count\n');
}
