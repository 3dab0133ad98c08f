'use strict';
// The global console's methods as Node has them: own enumerable properties in Node's order,
// each named like its key, of length 0, without a prototype, working detached and when
// called on another object; replacing Console.prototype's methods afterwards changes nothing.
require('../common');
const assert = require('assert');
const { Console } = require('console');

const names = [
  'log', 'info', 'debug', 'warn', 'error', 'dir', 'time', 'timeEnd', 'timeLog', 'trace',
  'assert', 'clear', 'count', 'countReset', 'group', 'groupEnd', 'table', 'dirxml',
  'groupCollapsed', 'Console', 'profile', 'profileEnd', 'timeStamp',
];
const keys = Object.keys(console);
assert.deepStrictEqual(keys.filter((k) => names.includes(k)), names);
for (const name of names) {
  if (name === 'Console') continue;
  const fn = console[name];
  assert.strictEqual(typeof fn, 'function', name);
  assert.strictEqual(fn.name, name);
  assert.strictEqual(fn.length, 0, name);
  assert.strictEqual(Object.hasOwn(fn, 'prototype'), false, name);
  const desc = Object.getOwnPropertyDescriptor(console, name);
  assert.strictEqual(desc.writable, true);
  assert.strictEqual(desc.enumerable, true);
  assert.strictEqual(desc.configurable, true);
}
assert.notStrictEqual(console.log, console.info);
assert.notStrictEqual(console.warn, console.error);

// The methods act on the global console whatever `this` is.
const { count, countReset } = console;
count.call({}, 'detached');
countReset.call(null, 'detached');

// Console.prototype changes made later do not reach the global console.
const original = Console.prototype.log;
let called = false;
Console.prototype.log = () => { called = true; };
console.log('global console log');
Console.prototype.log = original;
assert.strictEqual(called, false);
