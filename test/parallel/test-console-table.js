'use strict';
// console.table draws a box with an (index) column, one column per property (in order of
// first appearance) and a Values column for primitive rows; cells are left-aligned.
// Non-objects are printed as console.log would.
require('../common');
const assert = require('assert');
const { Console } = require('console');
const { capture } = require('../fixtures/core/capture-stream');

const lines = [];
const c = new Console(capture(lines));
const table = (...args) => {
  lines.length = 0;
  c.table(...args);
  return lines.join('');
};

assert.strictEqual(table([{ a: 1, b: 2 }, { a: 3, b: 40 }]),
                   '┌─────────┬───┬────┐\n' +
                   '│ (index) │ a │ b  │\n' +
                   '├─────────┼───┼────┤\n' +
                   '│ 0       │ 1 │ 2  │\n' +
                   '│ 1       │ 3 │ 40 │\n' +
                   '└─────────┴───┴────┘\n');

assert.strictEqual(table({ x: { a: 1 }, y: { b: 2 } }),
                   '┌─────────┬───┬───┐\n' +
                   '│ (index) │ a │ b │\n' +
                   '├─────────┼───┼───┤\n' +
                   '│ x       │ 1 │   │\n' +
                   '│ y       │   │ 2 │\n' +
                   '└─────────┴───┴───┘\n');

assert.strictEqual(table([10, 200]),
                   '┌─────────┬────────┐\n' +
                   '│ (index) │ Values │\n' +
                   '├─────────┼────────┤\n' +
                   '│ 0       │ 10     │\n' +
                   '│ 1       │ 200    │\n' +
                   '└─────────┴────────┘\n');

// The properties argument picks columns.
assert.strictEqual(table([{ a: 1, b: 2 }], ['b']),
                   '┌─────────┬───┐\n' +
                   '│ (index) │ b │\n' +
                   '├─────────┼───┤\n' +
                   '│ 0       │ 2 │\n' +
                   '└─────────┴───┘\n');

// Rows of arrays: columns named by index.
assert.strictEqual(table([[1, 2], [3]]),
                   '┌─────────┬───┬───┐\n' +
                   '│ (index) │ 0 │ 1 │\n' +
                   '├─────────┼───┼───┤\n' +
                   '│ 0       │ 1 │ 2 │\n' +
                   '│ 1       │ 3 │   │\n' +
                   '└─────────┴───┴───┘\n');

assert.strictEqual(table(5), '5\n');
assert.strictEqual(table(null), 'null\n');
