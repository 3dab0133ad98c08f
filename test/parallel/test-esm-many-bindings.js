'use strict';
// A module whose import/export lists are long (over a thousand names) links and evaluates like
// any other: the transform's result for it is too big for the native side's stack buffer and
// is built another way, and every name must survive the collections made meanwhile.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-esm-many-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

const n = 1500;
const names = Array.from({ length: n }, (_, i) => `value_${i}_${'x'.repeat(i % 7)}`);
fs.writeFileSync(path.join(dir, 'exports.mjs'),
  names.map((name, i) => `export const ${name} = ${i};`).join('\n') +
  `\nexport * from './more.mjs';\nexport { ${names[0]} as renamed } from './exports.mjs';\n`);
fs.writeFileSync(path.join(dir, 'more.mjs'), 'export const extra = "extra";\n');
fs.writeFileSync(path.join(dir, 'imports.mjs'),
  `import { ${names.join(', ')} } from './exports.mjs';\n` +
  `export const sum = ${names.join(' + ')};\n` +
  'export { extra, renamed } from \'./exports.mjs\';\n');

(async () => {
  if (typeof globalThis.gc === 'function') globalThis.gc();
  const ns = await import(pathToFileURL(path.join(dir, 'imports.mjs')).href);
  assert.strictEqual(ns.sum, (n * (n - 1)) / 2);
  assert.strictEqual(ns.extra, 'extra');
  assert.strictEqual(ns.renamed, 0);
  const all = await import(pathToFileURL(path.join(dir, 'exports.mjs')).href);
  assert.strictEqual(Object.keys(all).length, n + 2);
  assert.strictEqual(all[names[n - 1]], n - 1);
})().then(common.mustCall());
