'use strict';
// The default 'warning' printer runs before the program's own 'warning' listeners (Node
// installs it at start-up), so a warning is printed even when such a listener throws; the
// listener still gets it.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const code = `
  process.on('warning', (w) => {
    console.log('listener ' + w.name + ' ' + w.message);
    throw new Error('from listener');
  });
  process.on('uncaughtException', (err) => console.log('uncaught ' + err.message));
  process.emitWarning('first', 'MyWarning');
  const { EventEmitter } = require('events');
  const e = new EventEmitter();
  e.setMaxListeners(1);
  const s = Symbol('sym');
  e.on(s, () => {});
  e.on(s, () => {});
`;
const child = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
assert.strictEqual(child.status, 0, child.stderr);
assert.deepStrictEqual(child.stdout.trim().split('\n'), [
  'listener MyWarning first',
  'uncaught from listener',
  'listener MaxListenersExceededWarning Possible EventEmitter memory leak detected. ' +
    '2 Symbol(sym) listeners added to [EventEmitter]. MaxListeners is 1. ' +
    'Use emitter.setMaxListeners() to increase limit',
  'uncaught from listener',
]);
const lines = child.stderr.trim().split('\n');
assert.match(lines[0], /^\(node:\d+\) MyWarning: first$/);
assert.match(lines[1], /^\(Use `\S+ --trace-warnings \.\.\.` to show where the warning was created\)$/);
assert.match(lines[2], /^\(node:\d+\) MaxListenersExceededWarning: Possible EventEmitter memory leak detected\. 2 Symbol\(sym\) listeners added to \[EventEmitter\]\. MaxListeners is 1\. Use emitter\.setMaxListeners\(\) to increase limit$/);
assert.strictEqual(lines.length, 3);

// Without listeners of the program's own, the warning is printed once.
{
  const c = spawnSync(process.execPath, ['-e', 'process.emitWarning("w1"); process.emitWarning("w2", "X")'],
                      { encoding: 'utf8' });
  assert.strictEqual(c.status, 0);
  const l = c.stderr.trim().split('\n');
  assert.match(l[0], /^\(node:\d+\) Warning: w1$/);
  assert.match(l[2], /^\(node:\d+\) X: w2$/);
  assert.strictEqual(l.length, 3);
}
