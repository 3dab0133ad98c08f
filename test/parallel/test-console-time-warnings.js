'use strict';
// console.timeEnd/timeLog for an unknown label, console.time for a label already started and
// countReset for an unknown label emit a process warning instead of printing.
const common = require('../common');
const assert = require('assert');
const { Console } = require('console');
const { capture } = require('../fixtures/core/capture-stream');

const lines = [];
const c = new Console(capture(lines));

const warnings = [];
process.on('warning', common.mustCall((w) => warnings.push(w.message), 4));

c.timeEnd('nope');
c.timeLog('nope');
c.time('twice');
c.time('twice');
c.countReset('nope');

process.on('exit', () => {
  assert.deepStrictEqual(lines, []);
  assert.deepStrictEqual(warnings, [
    "No such label 'nope' for console.timeEnd()",
    "No such label 'nope' for console.timeLog()",
    "Label 'twice' already exists for console.time()",
    "Count for 'nope' does not exist",
  ]);
});
