'use strict';
// An ES module entry point that imports nothing (the loader runs it without the graph's
// steps in Lode): its import.meta, its exports seen by import() of itself and by a module
// that imports it, errors thrown or made at each step, top-level await, a TypeScript main,
// require() of itself while it runs, and names and strings beyond Latin-1.
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'lode-esm-alone-')));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

function write(name, source) {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, source);
  return file;
}

function run(name, source) {
  const file = write(name, source);
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, file };
}

// import.meta, and the module's own namespace through import() of itself: the same object,
// with the exports, the body not run again.
{
  const r = run('meta.mjs', `
globalThis.runs = (globalThis.runs ?? 0) + 1;
export const answer = 42;
export function hello() { return 'hi'; }
export default 'main';
console.log(import.meta.main, import.meta.filename === ${JSON.stringify(path.join(tmp, 'meta.mjs'))},
            import.meta.dirname === ${JSON.stringify(tmp)}, import.meta.url.startsWith('file:///'));
import(import.meta.url).then((self) => {
  console.log(Object.keys(self).join(), self.answer, self.hello(), self.default, globalThis.runs,
              Object.prototype.toString.call(self), Object.isExtensible(self));
  return import(import.meta.url).then((again) => console.log(again === self));
});
`);
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout,
                     'true true true true\nanswer,default,hello 42 hi main 1 [object Module] false\n' +
                     'true\n');
}

// Without top-level await: import() of itself and of a module that imports it, after the
// main module ran; live bindings.
{
  write('other.mjs', `
import { counter, bump } from './live.mjs';
bump();
export const seen = counter;
`);
  const r = run('live.mjs', `
export let counter = 0;
export function bump() { counter++; }
import('./other.mjs').then((other) => {
  console.log(other.seen, counter);
  return import(import.meta.url);
}).then((self) => console.log(self.counter, self.bump === bump));
console.log('sync', counter);
`);
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, 'sync 0\n1 1\n1 true\n');
}

// A module without exports: its namespace is empty, tagged and not extensible.
{
  const r = run('empty.mjs', `
import(import.meta.url).then((ns) => {
  console.log(Object.keys(ns).length, ns[Symbol.toStringTag], Object.isExtensible(ns));
});
`);
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.stdout, '0 Module false\n');
}

// An error thrown by the main module: exit code 1, the error on stderr.
{
  const r = run('throws.mjs', "console.log('before');\nthrow new RangeError('boom');\n");
  assert.strictEqual(r.status, 1);
  assert.strictEqual(r.stdout, 'before\n');
  assert.match(r.stderr, /RangeError: boom/);
  assert.ok(r.stderr.includes(`file://${r.file}:2`), r.stderr);
}

// Syntax errors: the transform's (a duplicate export) and the engine's.
{
  const r = run('dup.mjs', 'export const a = 1;\nexport { a };\n');
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /SyntaxError/);
  const s = run('syntax.mjs', "console.log('never');\nlet x = ;\n");
  assert.strictEqual(s.status, 1);
  assert.strictEqual(s.stdout, '');
  assert.match(s.stderr, /SyntaxError/);
}

// require() of the main module while it runs: a cycle.
{
  const r = run('selfreq.mjs', `
export const x = 1;
const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
try {
  require(import.meta.filename);
  console.log('no error');
} catch (err) {
  console.log(err.code);
}
`);
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.stdout, 'ERR_REQUIRE_CYCLE_MODULE\n');
}

// Top-level await without imports.
{
  const r = run('tla.mjs', `
const value = await new Promise((resolve) => setTimeout(() => resolve('later'), 1));
console.log(value);
`);
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, 'later\n');
}

// A TypeScript main that imports nothing.
{
  const r = run('typed.mts', `
const n: number = 2;
export function twice(x: number): number { return x * n; }
console.log(twice(21));
`);
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, '42\n');
}

// Names and strings beyond Latin-1 (and within it), in a main alone and through an import.
{
  write('names.mjs', `
export const ü = 'Latin-1';
export const 𝒳 = 'astral';
const ok = 'ok ✓';
export { ok as 'quoted ✓ name' };
`);
  const r = run('unicode.mjs', `
import { ü, 𝒳, 'quoted ✓ name' as quoted } from './names.mjs';
const é = 'é😀';
console.log(ü, 𝒳, quoted, é, é.length);
`);
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.stdout, 'Latin-1 astral ok ✓ é😀 3\n');
  const alone = run('alone-unicode.mjs', "const ß = 'straße ✓';\nconsole.log(ß, ß.length);\n");
  assert.strictEqual(alone.stdout, 'straße ✓ 8\n');
  // Only Latin-1 characters, some beyond ASCII.
  const latin1 = run('latin1.mjs',
                     "const s = 'café ß ÿ';\nconsole.log(s, [...s].map((c) => c.charCodeAt(0)).join());\n");
  assert.strictEqual(latin1.stdout, 'café ß ÿ 99,97,102,233,32,223,32,255\n');
}

// A main module that imports only built-ins (also run without the graph's steps in Lode):
// named, default and namespace imports, its own namespace through import(), and the errors
// of a missing named export and of import attributes a built-in does not have.
{
  const r = run('builtins.mjs', `
import path, { sep } from 'path';
import * as ns from 'node:path';
export const separator = sep;
import(import.meta.url).then((self) => {
  console.log(self.separator, ns.default === path, Object.keys(self).join());
});
`);
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.stdout, '/ true separator\n');
  const missing = run('missing.mjs', "import { nope } from 'node:path';\nconsole.log('ran');\n");
  assert.strictEqual(missing.status, 1);
  assert.strictEqual(missing.stdout, '');
  assert.match(missing.stderr,
               /SyntaxError: The requested module 'node:path' does not provide an export named 'nope'/);
  const attr = run('attr.mjs', "import fs from 'node:fs' with { type: 'json' };\n");
  assert.strictEqual(attr.status, 1);
  assert.match(attr.stderr, /ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE/);
}
