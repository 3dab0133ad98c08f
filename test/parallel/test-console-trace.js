'use strict';
// console.trace writes "Trace: <message>" and the stack of the caller to stderr only.
require('../common');
const assert = require('assert');
const { Console } = require('console');
const { capture } = require('../fixtures/core/capture-stream');

const out = [];
const err = [];
const c = new Console({
  stdout: capture(out),
  stderr: capture(err),
});

function callerOfTrace() {
  c.trace('here %d', 1);
}
callerOfTrace();
c.trace();

assert.deepStrictEqual(out, []);
assert.strictEqual(err.length, 2);
const lines = err[0].split('\n');
assert.strictEqual(lines[0], 'Trace: here 1');
assert.match(lines[1], /^ {4}at callerOfTrace \(.*test-console-trace\.js:\d+:\d+\)$/);
assert.strictEqual(err[0].endsWith('\n'), true);
assert.match(err[1], /^Trace\n {4}at /);
