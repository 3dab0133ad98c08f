'use strict';
// Module graphs whose modules run at different times: a module that imports itself, a
// three-module cycle entered through a module outside it, a star re-export (through a
// cycle) of a module outside the cycle, hoisted functions and the temporal dead zone
// inside a cycle, an anonymous default function in a cycle, and locals whose names could
// clash with the loader's own (`i`, `k`, `n`, `x`). Files are written to a temporary
// directory.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esm-cycle-shapes-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name, text) => fs.writeFileSync(path.join(dir, name), text);

// Self-import: the module sees its own namespace, with its hoisted function callable and
// its `let` in the temporal dead zone until it runs.
write('self.mjs', `
import * as me from './self.mjs';
export const seen = [typeof me.hello, me.hello(), (() => {
  try { return me.later; } catch (err) { return err.constructor.name; }
})()];
export function hello() { return 'hi'; }
export let later = 'set';
export const afterRun = () => me.later;
`);

// entry → a → b → c → a; entry also imports leaf (outside the cycle), which c re-exports
// with `export *`, and c reads a's hoisted function and a's `let` (TDZ) before a has run.
write('entry.mjs', `
import { aValue, log } from './a.mjs';
import * as leaf from './leaf.mjs';
export const result = { aValue, log, leafValue: leaf.leafValue };
`);
write('leaf.mjs', `
export const leafValue = 'leaf';
export let leafCount = 0;
export function bump() { leafCount++; }
export default 'leaf default';
`);
write('a.mjs', `
import { bValue } from './b.mjs';
export const log = [];
export let aValue = 'a:' + bValue;
export function aHoisted() { return 'a hoisted'; }
export default function () { return 'anonymous default'; }
`);
write('b.mjs', `
import { cValue, fromLeaf } from './c.mjs';
export const bValue = 'b:' + cValue + ':' + fromLeaf;
`);
write('c.mjs', `
import { aHoisted, aValue } from './a.mjs';
import * as cNs from './c.mjs';
import anon from './a.mjs';
export * from './leaf.mjs';
let tdz;
try { tdz = aValue; } catch (err) { tdz = err.constructor.name; }
export const cValue = aHoisted() + '/' + tdz + '/' + anon.name + '/' + typeof anon;
export const fromLeaf = cNs.leafValue;
`);

// Locals named like the loader's own variables, exported through the accessor.
write('names.mjs', `
export const i = 'i', k = 'k', n = 'n', x = 'x';
let count = 0;
export { count as 'string name' };
export function increment() { count++; }
`);

// Relative specifiers with and without dot segments name the same module.
fs.mkdirSync(path.join(dir, 'sub'));
write('sub/via.mjs', `
import * as a from '../names.mjs';
import * as b from './../sub/../names.mjs';
import * as c from '../sub/./../names.mjs';
export const same = a === b && b === c && typeof a.increment === 'function';
`);

(async () => {
  const self = await import(path.join(dir, 'self.mjs'));
  assert.deepStrictEqual(self.seen, ['function', 'hi', 'ReferenceError']);
  assert.strictEqual(self.afterRun(), 'set');
  assert.deepStrictEqual(Object.keys(self), ['afterRun', 'hello', 'later', 'seen']);

  const entry = await import(path.join(dir, 'entry.mjs'));
  assert.deepStrictEqual(entry.result, {
    aValue: 'a:b:a hoisted/ReferenceError/default/function:leaf',
    log: [],
    leafValue: 'leaf',
  });
  const c = await import(path.join(dir, 'c.mjs'));
  // `export *` leaves out 'default'; the star-exported bindings stay live.
  assert.deepStrictEqual(Object.keys(c),
                         ['bump', 'cValue', 'fromLeaf', 'leafCount', 'leafValue']);
  assert.strictEqual(c.leafCount, 0);
  c.bump();
  assert.strictEqual(c.leafCount, 1);
  const a = await import(path.join(dir, 'a.mjs'));
  assert.strictEqual(a.default(), 'anonymous default');
  assert.strictEqual(a.default.name, 'default');

  const names = await import(path.join(dir, 'names.mjs'));
  assert.deepStrictEqual([names.i, names.k, names.n, names.x], ['i', 'k', 'n', 'x']);
  assert.strictEqual(names['string name'], 0);
  names.increment();
  assert.strictEqual(names['string name'], 1);
  assert.deepStrictEqual(Object.keys(names),
                         ['i', 'increment', 'k', 'n', 'string name', 'x']);
  assert.throws(() => { names.i = 1; }, TypeError);
  const via = await import(path.join(dir, 'sub', 'via.mjs'));
  assert.strictEqual(via.same, true);
})().then(common.mustCall());
