'use strict';
// console.context() and console.createTask(), the V8 extras Node's global console has
// (a context's methods report only to an attached inspector, so they print nothing here; a
// task runs its function).
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

assert.strictEqual(typeof console.context, 'function');
assert.strictEqual(typeof console.createTask, 'function');
assert.strictEqual(console.context.length, 1);
assert.strictEqual(console.createTask.length, 0);
assert.ok(Object.keys(console).includes('context'));
assert.ok(Object.keys(console).includes('createTask'));

const ctx = console.context('named');
assert.notStrictEqual(ctx, console);
assert.deepStrictEqual(Object.keys(ctx), [
  'dir', 'dirXml', 'table', 'groupEnd', 'clear', 'count', 'countReset', 'profile', 'profileEnd',
  'debug', 'error', 'info', 'log', 'warn', 'trace', 'group', 'groupCollapsed', 'assert', 'time',
  'timeLog', 'timeEnd', 'timeStamp',
]);
for (const key of Object.keys(ctx)) {
  assert.strictEqual(typeof ctx[key], 'function');
  assert.strictEqual(ctx[key].name, key);
  assert.strictEqual(ctx[key].length, 1);
  assert.strictEqual(ctx[key]('x'), undefined);
}

const task = console.createTask('work');
assert.strictEqual(task.run(() => 42), 42);
assert.throws(() => task.run(5), { name: 'Error', message: 'First argument must be a function.' });
for (const bad of [undefined, '', 1, {}]) {
  assert.throws(() => console.createTask(bad),
    { name: 'Error', message: 'First argument must be a non-empty string.' });
}

// A context prints nothing (and throws nothing) without an inspector.
const child = spawnSync(process.execPath, ['-e', `
  const c = console.context('x');
  c.log('to stdout', 1);
  c.error('to stderr');
  c.dirXml({ a: 1 });
  c.assert(false);
  console.log('end');
`], { encoding: 'utf8' });
assert.strictEqual(child.status, 0);
assert.strictEqual(child.stdout, 'end\n');
assert.strictEqual(child.stderr, '');
